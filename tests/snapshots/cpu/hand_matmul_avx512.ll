; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"A", ptr noalias %"B", ptr noalias %"C") nounwind
{
entry:
  %"C.local" = alloca [256 x float], align 64
  %"closure0" = alloca {ptr, ptr, i64}
  %".5" = mul i64 4, 4096
  %".6" = add i64 %".5", 64
  %".7" = and i64 %".6", -64
  %"B.packed" = call ptr @"aligned_alloc"(i64 64, i64 %".7")
  %".8" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"B", ptr %".8"
  %".10" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %"B.packed", ptr %".10"
  %".12" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store i64 0, ptr %".12"
  %".14" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 2, i32 %".14")
  %".16" = add i64 0, 2
  br label %"j.outer.header"
j.outer.header:
  %"j.outer" = phi  i64 [0, %"entry"], [%"j.outer.next", %"i.outer.inner.exit"]
  %".18" = icmp slt i64 %"j.outer", %".16"
  br i1 %".18", label %"j.outer.body", label %"j.outer.exit"
j.outer.body:
  %".20" = add i64 0, 8
  br label %"i.outer.inner.header"
j.outer.exit:
  call void @"free"(ptr %"B.packed")
  ret void
i.outer.inner.header:
  %"i.outer.inner" = phi  i64 [0, %"j.outer.body"], [%"i.outer.inner.next", %"i.inner.exit"]
  %".22" = icmp slt i64 %"i.outer.inner", %".20"
  br i1 %".22", label %"i.outer.inner.body", label %"i.outer.inner.exit"
i.outer.inner.body:
  %".24" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".25" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".24"
  %".26" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".26", align 4
  %".28" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".29" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".28"
  %".30" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".30", align 4
  %".32" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".33" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".32"
  %".34" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".34", align 4
  %".36" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".37" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".36"
  %".38" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".38", align 4
  %".40" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".41" = add <16 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".40"
  %".42" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".42", align 4
  %".44" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".45" = add <16 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".44"
  %".46" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".46", align 4
  %".48" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".49" = add <16 x i64> <i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96>, %".48"
  %".50" = getelementptr inbounds float, ptr %"C.local", i64 96
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".50", align 4
  %".52" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".53" = add <16 x i64> <i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112>, %".52"
  %".54" = getelementptr inbounds float, ptr %"C.local", i64 112
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".54", align 4
  %".56" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".57" = add <16 x i64> <i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128>, %".56"
  %".58" = getelementptr inbounds float, ptr %"C.local", i64 128
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".58", align 4
  %".60" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".61" = add <16 x i64> <i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144>, %".60"
  %".62" = getelementptr inbounds float, ptr %"C.local", i64 144
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".62", align 4
  %".64" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".65" = add <16 x i64> <i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160>, %".64"
  %".66" = getelementptr inbounds float, ptr %"C.local", i64 160
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".66", align 4
  %".68" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".69" = add <16 x i64> <i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176>, %".68"
  %".70" = getelementptr inbounds float, ptr %"C.local", i64 176
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".70", align 4
  %".72" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".73" = add <16 x i64> <i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192>, %".72"
  %".74" = getelementptr inbounds float, ptr %"C.local", i64 192
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".74", align 4
  %".76" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".77" = add <16 x i64> <i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208>, %".76"
  %".78" = getelementptr inbounds float, ptr %"C.local", i64 208
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".78", align 4
  %".80" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".81" = add <16 x i64> <i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224>, %".80"
  %".82" = getelementptr inbounds float, ptr %"C.local", i64 224
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".82", align 4
  %".84" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".85" = add <16 x i64> <i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240>, %".84"
  %".86" = getelementptr inbounds float, ptr %"C.local", i64 240
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".86", align 4
  %".88" = add i64 0, 64
  br label %"k.header"
i.outer.inner.exit:
  %"j.outer.next" = add nsw i64 %"j.outer", 1
  br label %"j.outer.header"
k.header:
  %"k" = phi  i64 [0, %"i.outer.inner.body"], [%"k.next", %"k.body"]
  %".90" = icmp slt i64 %"k", %".88"
  br i1 %".90", label %"k.body", label %"k.exit"
k.body:
  %".92" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".93" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".92"
  %".94" = getelementptr inbounds float, ptr %"C.local", i64 0
  %".95" = load <16 x float>, ptr %".94", align 4
  %".96" = mul i64 %"i.outer.inner", 512
  %".97" = add i64 %"k", %".96"
  %".98" = getelementptr inbounds float, ptr %"A", i64 %".97"
  %".99" = load float, ptr %".98", align 4
  %".100" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".99", i32 0
  %".101" = shufflevector <16 x float> %".100", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".102" = mul i64 %"k", 32
  %".103" = mul i64 %"j.outer", 2048
  %".104" = add i64 %".102", %".103"
  %".105" = getelementptr inbounds float, ptr %"B.packed", i64 %".104"
  %".106" = load <16 x float>, ptr %".105", align 4
  %".107" = fmul contract <16 x float> %".101", %".106"
  %".108" = fadd contract <16 x float> %".95", %".107"
  %".109" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <16 x float> %".108", ptr %".109", align 4
  %".111" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".112" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".111"
  %".113" = getelementptr inbounds float, ptr %"C.local", i64 16
  %".114" = load <16 x float>, ptr %".113", align 4
  %".115" = mul i64 %"i.outer.inner", 512
  %".116" = add i64 %"k", %".115"
  %".117" = getelementptr inbounds float, ptr %"A", i64 %".116"
  %".118" = load float, ptr %".117", align 4
  %".119" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".118", i32 0
  %".120" = shufflevector <16 x float> %".119", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".121" = mul i64 %"k", 32
  %".122" = mul i64 %"j.outer", 2048
  %".123" = add i64 %".121", %".122"
  %".124" = add i64 %".123", 16
  %".125" = getelementptr inbounds float, ptr %"B.packed", i64 %".124"
  %".126" = load <16 x float>, ptr %".125", align 4
  %".127" = fmul contract <16 x float> %".120", %".126"
  %".128" = fadd contract <16 x float> %".114", %".127"
  %".129" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <16 x float> %".128", ptr %".129", align 4
  %".131" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".132" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".131"
  %".133" = getelementptr inbounds float, ptr %"C.local", i64 32
  %".134" = load <16 x float>, ptr %".133", align 4
  %".135" = mul i64 %"i.outer.inner", 512
  %".136" = add i64 %"k", %".135"
  %".137" = add i64 %".136", 64
  %".138" = getelementptr inbounds float, ptr %"A", i64 %".137"
  %".139" = load float, ptr %".138", align 4
  %".140" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".139", i32 0
  %".141" = shufflevector <16 x float> %".140", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".142" = mul i64 %"k", 32
  %".143" = mul i64 %"j.outer", 2048
  %".144" = add i64 %".142", %".143"
  %".145" = getelementptr inbounds float, ptr %"B.packed", i64 %".144"
  %".146" = load <16 x float>, ptr %".145", align 4
  %".147" = fmul contract <16 x float> %".141", %".146"
  %".148" = fadd contract <16 x float> %".134", %".147"
  %".149" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <16 x float> %".148", ptr %".149", align 4
  %".151" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".152" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".151"
  %".153" = getelementptr inbounds float, ptr %"C.local", i64 48
  %".154" = load <16 x float>, ptr %".153", align 4
  %".155" = mul i64 %"i.outer.inner", 512
  %".156" = add i64 %"k", %".155"
  %".157" = add i64 %".156", 64
  %".158" = getelementptr inbounds float, ptr %"A", i64 %".157"
  %".159" = load float, ptr %".158", align 4
  %".160" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".159", i32 0
  %".161" = shufflevector <16 x float> %".160", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".162" = mul i64 %"k", 32
  %".163" = mul i64 %"j.outer", 2048
  %".164" = add i64 %".162", %".163"
  %".165" = add i64 %".164", 16
  %".166" = getelementptr inbounds float, ptr %"B.packed", i64 %".165"
  %".167" = load <16 x float>, ptr %".166", align 4
  %".168" = fmul contract <16 x float> %".161", %".167"
  %".169" = fadd contract <16 x float> %".154", %".168"
  %".170" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <16 x float> %".169", ptr %".170", align 4
  %".172" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".173" = add <16 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".172"
  %".174" = getelementptr inbounds float, ptr %"C.local", i64 64
  %".175" = load <16 x float>, ptr %".174", align 4
  %".176" = mul i64 %"i.outer.inner", 512
  %".177" = add i64 %"k", %".176"
  %".178" = add i64 %".177", 128
  %".179" = getelementptr inbounds float, ptr %"A", i64 %".178"
  %".180" = load float, ptr %".179", align 4
  %".181" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".180", i32 0
  %".182" = shufflevector <16 x float> %".181", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".183" = mul i64 %"k", 32
  %".184" = mul i64 %"j.outer", 2048
  %".185" = add i64 %".183", %".184"
  %".186" = getelementptr inbounds float, ptr %"B.packed", i64 %".185"
  %".187" = load <16 x float>, ptr %".186", align 4
  %".188" = fmul contract <16 x float> %".182", %".187"
  %".189" = fadd contract <16 x float> %".175", %".188"
  %".190" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <16 x float> %".189", ptr %".190", align 4
  %".192" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".193" = add <16 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".192"
  %".194" = getelementptr inbounds float, ptr %"C.local", i64 80
  %".195" = load <16 x float>, ptr %".194", align 4
  %".196" = mul i64 %"i.outer.inner", 512
  %".197" = add i64 %"k", %".196"
  %".198" = add i64 %".197", 128
  %".199" = getelementptr inbounds float, ptr %"A", i64 %".198"
  %".200" = load float, ptr %".199", align 4
  %".201" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".200", i32 0
  %".202" = shufflevector <16 x float> %".201", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".203" = mul i64 %"k", 32
  %".204" = mul i64 %"j.outer", 2048
  %".205" = add i64 %".203", %".204"
  %".206" = add i64 %".205", 16
  %".207" = getelementptr inbounds float, ptr %"B.packed", i64 %".206"
  %".208" = load <16 x float>, ptr %".207", align 4
  %".209" = fmul contract <16 x float> %".202", %".208"
  %".210" = fadd contract <16 x float> %".195", %".209"
  %".211" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <16 x float> %".210", ptr %".211", align 4
  %".213" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".214" = add <16 x i64> <i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96>, %".213"
  %".215" = getelementptr inbounds float, ptr %"C.local", i64 96
  %".216" = load <16 x float>, ptr %".215", align 4
  %".217" = mul i64 %"i.outer.inner", 512
  %".218" = add i64 %"k", %".217"
  %".219" = add i64 %".218", 192
  %".220" = getelementptr inbounds float, ptr %"A", i64 %".219"
  %".221" = load float, ptr %".220", align 4
  %".222" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".221", i32 0
  %".223" = shufflevector <16 x float> %".222", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".224" = mul i64 %"k", 32
  %".225" = mul i64 %"j.outer", 2048
  %".226" = add i64 %".224", %".225"
  %".227" = getelementptr inbounds float, ptr %"B.packed", i64 %".226"
  %".228" = load <16 x float>, ptr %".227", align 4
  %".229" = fmul contract <16 x float> %".223", %".228"
  %".230" = fadd contract <16 x float> %".216", %".229"
  %".231" = getelementptr inbounds float, ptr %"C.local", i64 96
  store <16 x float> %".230", ptr %".231", align 4
  %".233" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".234" = add <16 x i64> <i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112>, %".233"
  %".235" = getelementptr inbounds float, ptr %"C.local", i64 112
  %".236" = load <16 x float>, ptr %".235", align 4
  %".237" = mul i64 %"i.outer.inner", 512
  %".238" = add i64 %"k", %".237"
  %".239" = add i64 %".238", 192
  %".240" = getelementptr inbounds float, ptr %"A", i64 %".239"
  %".241" = load float, ptr %".240", align 4
  %".242" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".241", i32 0
  %".243" = shufflevector <16 x float> %".242", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".244" = mul i64 %"k", 32
  %".245" = mul i64 %"j.outer", 2048
  %".246" = add i64 %".244", %".245"
  %".247" = add i64 %".246", 16
  %".248" = getelementptr inbounds float, ptr %"B.packed", i64 %".247"
  %".249" = load <16 x float>, ptr %".248", align 4
  %".250" = fmul contract <16 x float> %".243", %".249"
  %".251" = fadd contract <16 x float> %".236", %".250"
  %".252" = getelementptr inbounds float, ptr %"C.local", i64 112
  store <16 x float> %".251", ptr %".252", align 4
  %".254" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".255" = add <16 x i64> <i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128>, %".254"
  %".256" = getelementptr inbounds float, ptr %"C.local", i64 128
  %".257" = load <16 x float>, ptr %".256", align 4
  %".258" = mul i64 %"i.outer.inner", 512
  %".259" = add i64 %"k", %".258"
  %".260" = add i64 %".259", 256
  %".261" = getelementptr inbounds float, ptr %"A", i64 %".260"
  %".262" = load float, ptr %".261", align 4
  %".263" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".262", i32 0
  %".264" = shufflevector <16 x float> %".263", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".265" = mul i64 %"k", 32
  %".266" = mul i64 %"j.outer", 2048
  %".267" = add i64 %".265", %".266"
  %".268" = getelementptr inbounds float, ptr %"B.packed", i64 %".267"
  %".269" = load <16 x float>, ptr %".268", align 4
  %".270" = fmul contract <16 x float> %".264", %".269"
  %".271" = fadd contract <16 x float> %".257", %".270"
  %".272" = getelementptr inbounds float, ptr %"C.local", i64 128
  store <16 x float> %".271", ptr %".272", align 4
  %".274" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".275" = add <16 x i64> <i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144>, %".274"
  %".276" = getelementptr inbounds float, ptr %"C.local", i64 144
  %".277" = load <16 x float>, ptr %".276", align 4
  %".278" = mul i64 %"i.outer.inner", 512
  %".279" = add i64 %"k", %".278"
  %".280" = add i64 %".279", 256
  %".281" = getelementptr inbounds float, ptr %"A", i64 %".280"
  %".282" = load float, ptr %".281", align 4
  %".283" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".282", i32 0
  %".284" = shufflevector <16 x float> %".283", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".285" = mul i64 %"k", 32
  %".286" = mul i64 %"j.outer", 2048
  %".287" = add i64 %".285", %".286"
  %".288" = add i64 %".287", 16
  %".289" = getelementptr inbounds float, ptr %"B.packed", i64 %".288"
  %".290" = load <16 x float>, ptr %".289", align 4
  %".291" = fmul contract <16 x float> %".284", %".290"
  %".292" = fadd contract <16 x float> %".277", %".291"
  %".293" = getelementptr inbounds float, ptr %"C.local", i64 144
  store <16 x float> %".292", ptr %".293", align 4
  %".295" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".296" = add <16 x i64> <i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160>, %".295"
  %".297" = getelementptr inbounds float, ptr %"C.local", i64 160
  %".298" = load <16 x float>, ptr %".297", align 4
  %".299" = mul i64 %"i.outer.inner", 512
  %".300" = add i64 %"k", %".299"
  %".301" = add i64 %".300", 320
  %".302" = getelementptr inbounds float, ptr %"A", i64 %".301"
  %".303" = load float, ptr %".302", align 4
  %".304" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".303", i32 0
  %".305" = shufflevector <16 x float> %".304", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".306" = mul i64 %"k", 32
  %".307" = mul i64 %"j.outer", 2048
  %".308" = add i64 %".306", %".307"
  %".309" = getelementptr inbounds float, ptr %"B.packed", i64 %".308"
  %".310" = load <16 x float>, ptr %".309", align 4
  %".311" = fmul contract <16 x float> %".305", %".310"
  %".312" = fadd contract <16 x float> %".298", %".311"
  %".313" = getelementptr inbounds float, ptr %"C.local", i64 160
  store <16 x float> %".312", ptr %".313", align 4
  %".315" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".316" = add <16 x i64> <i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176>, %".315"
  %".317" = getelementptr inbounds float, ptr %"C.local", i64 176
  %".318" = load <16 x float>, ptr %".317", align 4
  %".319" = mul i64 %"i.outer.inner", 512
  %".320" = add i64 %"k", %".319"
  %".321" = add i64 %".320", 320
  %".322" = getelementptr inbounds float, ptr %"A", i64 %".321"
  %".323" = load float, ptr %".322", align 4
  %".324" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".323", i32 0
  %".325" = shufflevector <16 x float> %".324", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".326" = mul i64 %"k", 32
  %".327" = mul i64 %"j.outer", 2048
  %".328" = add i64 %".326", %".327"
  %".329" = add i64 %".328", 16
  %".330" = getelementptr inbounds float, ptr %"B.packed", i64 %".329"
  %".331" = load <16 x float>, ptr %".330", align 4
  %".332" = fmul contract <16 x float> %".325", %".331"
  %".333" = fadd contract <16 x float> %".318", %".332"
  %".334" = getelementptr inbounds float, ptr %"C.local", i64 176
  store <16 x float> %".333", ptr %".334", align 4
  %".336" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".337" = add <16 x i64> <i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192>, %".336"
  %".338" = getelementptr inbounds float, ptr %"C.local", i64 192
  %".339" = load <16 x float>, ptr %".338", align 4
  %".340" = mul i64 %"i.outer.inner", 512
  %".341" = add i64 %"k", %".340"
  %".342" = add i64 %".341", 384
  %".343" = getelementptr inbounds float, ptr %"A", i64 %".342"
  %".344" = load float, ptr %".343", align 4
  %".345" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".344", i32 0
  %".346" = shufflevector <16 x float> %".345", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".347" = mul i64 %"k", 32
  %".348" = mul i64 %"j.outer", 2048
  %".349" = add i64 %".347", %".348"
  %".350" = getelementptr inbounds float, ptr %"B.packed", i64 %".349"
  %".351" = load <16 x float>, ptr %".350", align 4
  %".352" = fmul contract <16 x float> %".346", %".351"
  %".353" = fadd contract <16 x float> %".339", %".352"
  %".354" = getelementptr inbounds float, ptr %"C.local", i64 192
  store <16 x float> %".353", ptr %".354", align 4
  %".356" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".357" = add <16 x i64> <i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208>, %".356"
  %".358" = getelementptr inbounds float, ptr %"C.local", i64 208
  %".359" = load <16 x float>, ptr %".358", align 4
  %".360" = mul i64 %"i.outer.inner", 512
  %".361" = add i64 %"k", %".360"
  %".362" = add i64 %".361", 384
  %".363" = getelementptr inbounds float, ptr %"A", i64 %".362"
  %".364" = load float, ptr %".363", align 4
  %".365" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".364", i32 0
  %".366" = shufflevector <16 x float> %".365", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".367" = mul i64 %"k", 32
  %".368" = mul i64 %"j.outer", 2048
  %".369" = add i64 %".367", %".368"
  %".370" = add i64 %".369", 16
  %".371" = getelementptr inbounds float, ptr %"B.packed", i64 %".370"
  %".372" = load <16 x float>, ptr %".371", align 4
  %".373" = fmul contract <16 x float> %".366", %".372"
  %".374" = fadd contract <16 x float> %".359", %".373"
  %".375" = getelementptr inbounds float, ptr %"C.local", i64 208
  store <16 x float> %".374", ptr %".375", align 4
  %".377" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".378" = add <16 x i64> <i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224>, %".377"
  %".379" = getelementptr inbounds float, ptr %"C.local", i64 224
  %".380" = load <16 x float>, ptr %".379", align 4
  %".381" = mul i64 %"i.outer.inner", 512
  %".382" = add i64 %"k", %".381"
  %".383" = add i64 %".382", 448
  %".384" = getelementptr inbounds float, ptr %"A", i64 %".383"
  %".385" = load float, ptr %".384", align 4
  %".386" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".385", i32 0
  %".387" = shufflevector <16 x float> %".386", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".388" = mul i64 %"k", 32
  %".389" = mul i64 %"j.outer", 2048
  %".390" = add i64 %".388", %".389"
  %".391" = getelementptr inbounds float, ptr %"B.packed", i64 %".390"
  %".392" = load <16 x float>, ptr %".391", align 4
  %".393" = fmul contract <16 x float> %".387", %".392"
  %".394" = fadd contract <16 x float> %".380", %".393"
  %".395" = getelementptr inbounds float, ptr %"C.local", i64 224
  store <16 x float> %".394", ptr %".395", align 4
  %".397" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".398" = add <16 x i64> <i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240>, %".397"
  %".399" = getelementptr inbounds float, ptr %"C.local", i64 240
  %".400" = load <16 x float>, ptr %".399", align 4
  %".401" = mul i64 %"i.outer.inner", 512
  %".402" = add i64 %"k", %".401"
  %".403" = add i64 %".402", 448
  %".404" = getelementptr inbounds float, ptr %"A", i64 %".403"
  %".405" = load float, ptr %".404", align 4
  %".406" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".405", i32 0
  %".407" = shufflevector <16 x float> %".406", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".408" = mul i64 %"k", 32
  %".409" = mul i64 %"j.outer", 2048
  %".410" = add i64 %".408", %".409"
  %".411" = add i64 %".410", 16
  %".412" = getelementptr inbounds float, ptr %"B.packed", i64 %".411"
  %".413" = load <16 x float>, ptr %".412", align 4
  %".414" = fmul contract <16 x float> %".407", %".413"
  %".415" = fadd contract <16 x float> %".400", %".414"
  %".416" = getelementptr inbounds float, ptr %"C.local", i64 240
  store <16 x float> %".415", ptr %".416", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
k.exit:
  %".419" = add i64 0, 8
  br label %"i.inner.header"
i.inner.header:
  %"i.inner" = phi  i64 [0, %"k.exit"], [%"i.inner.next", %"j.inner.outer.exit"]
  %".421" = icmp slt i64 %"i.inner", %".419"
  br i1 %".421", label %"i.inner.body", label %"i.inner.exit"
i.inner.body:
  %".423" = add i64 0, 2
  br label %"j.inner.outer.header"
i.inner.exit:
  %"i.outer.inner.next" = add nsw i64 %"i.outer.inner", 1
  br label %"i.outer.inner.header"
j.inner.outer.header:
  %"j.inner.outer" = phi  i64 [0, %"i.inner.body"], [%"j.inner.outer.next", %"j.inner.outer.body"]
  %".425" = icmp slt i64 %"j.inner.outer", %".423"
  br i1 %".425", label %"j.inner.outer.body", label %"j.inner.outer.exit"
j.inner.outer.body:
  %".427" = mul i64 %"i.inner", 64
  %".428" = mul i64 %"i.outer.inner", 512
  %".429" = add i64 %".427", %".428"
  %".430" = mul i64 %"j.outer", 32
  %".431" = add i64 %".429", %".430"
  %".432" = mul i64 %"j.inner.outer", 16
  %".433" = add i64 %".431", %".432"
  %".434" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".433", i32 0
  %".435" = shufflevector <16 x i64> %".434", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".436" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".437" = add <16 x i64> %".435", %".436"
  %".438" = mul i64 %"i.inner", 32
  %".439" = mul i64 %"j.inner.outer", 16
  %".440" = add i64 %".438", %".439"
  %".441" = getelementptr inbounds float, ptr %"C.local", i64 %".440"
  %".442" = load <16 x float>, ptr %".441", align 4
  %".443" = mul i64 %"i.inner", 64
  %".444" = mul i64 %"i.outer.inner", 512
  %".445" = add i64 %".443", %".444"
  %".446" = mul i64 %"j.outer", 32
  %".447" = add i64 %".445", %".446"
  %".448" = mul i64 %"j.inner.outer", 16
  %".449" = add i64 %".447", %".448"
  %".450" = getelementptr inbounds float, ptr %"C", i64 %".449"
  store <16 x float> %".442", ptr %".450", align 4
  %"j.inner.outer.next" = add nsw i64 %"j.inner.outer", 1
  br label %"j.inner.outer.header"
j.inner.outer.exit:
  %"i.inner.next" = add nsw i64 %"i.inner", 1
  br label %"i.inner.header"
}

declare ptr @"aligned_alloc"(i64 %".1", i64 %".2")

declare void @"free"(ptr %".1")

define internal void @"tcomp_main.par0.body"(ptr noalias %"B", ptr noalias %"B.packed", i64 %".3", i64 %".4", i64 %".5") nounwind
{
entry:
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".4", %"entry"], [%"it.next", %"i0.exit"]
  %".8" = icmp slt i64 %"it", %".5"
  br i1 %".8", label %"it.body", label %"it.exit"
it.body:
  %"i1.outer" = add i64 %".3", %"it"
  %".10" = add i64 0, 64
  br label %"i0.header"
it.exit:
  ret void
i0.header:
  %"i0" = phi  i64 [0, %"it.body"], [%"i0.next", %"i0.body"]
  %".12" = icmp slt i64 %"i0", %".10"
  br i1 %".12", label %"i0.body", label %"i0.exit"
i0.body:
  %".14" = mul i64 %"i0", 32
  %".15" = mul i64 %"i1.outer", 2048
  %".16" = add i64 %".14", %".15"
  %".17" = insertelement <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".16", i32 0
  %".18" = shufflevector <32 x i64> %".17", <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".19" = mul <32 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %".20" = add <32 x i64> %".18", %".19"
  %".21" = mul i64 %"i0", 64
  %".22" = mul i64 %"i1.outer", 32
  %".23" = add i64 %".21", %".22"
  %".24" = getelementptr inbounds float, ptr %"B", i64 %".23"
  %".25" = load <32 x float>, ptr %".24", align 4
  %".26" = mul i64 %"i0", 32
  %".27" = mul i64 %"i1.outer", 2048
  %".28" = add i64 %".26", %".27"
  %".29" = getelementptr inbounds float, ptr %"B.packed", i64 %".28"
  store <32 x float> %".25", ptr %".29", align 4
  %"i0.next" = add nsw i64 %"i0", 1
  br label %"i0.header"
i0.exit:
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
}

define internal void @"tcomp_main.par0"(ptr %".1", i64 %".2", i64 %".3") nounwind
{
entry:
  %".5" = getelementptr inbounds {ptr, ptr, i64}, ptr %".1", i32 0, i32 0
  %".6" = load ptr, ptr %".5"
  %".7" = getelementptr inbounds {ptr, ptr, i64}, ptr %".1", i32 0, i32 1
  %".8" = load ptr, ptr %".7"
  %".9" = getelementptr inbounds {ptr, ptr, i64}, ptr %".1", i32 0, i32 2
  %".10" = load i64, ptr %".9"
  call void @"tcomp_main.par0.body"(ptr %".6", ptr %".8", i64 %".10", i64 %".2", i64 %".3")
  ret void
}

@"tcomp_num_threads" = weak global i32 1
declare void @"tcomp_rt_parallel_for"(ptr %".1", ptr %".2", i64 %".3", i32 %".4")
