; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"A", ptr noalias %"B", ptr noalias %"C") nounwind
{
entry:
  %"C.local" = alloca [256 x float], align 64
  %"closure0" = alloca {ptr, ptr, i64}
  %"B.packed" = alloca [4096 x float], align 64
  %".5" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"B", ptr %".5"
  %".7" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %"B.packed", ptr %".7"
  %".9" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store i64 0, ptr %".9"
  %".11" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 2, i32 %".11")
  %".13" = add i64 0, 2
  br label %"j.outer.header"
j.outer.header:
  %"j.outer" = phi  i64 [0, %"entry"], [%"j.outer.next", %"i.outer.inner.exit"]
  %".15" = icmp slt i64 %"j.outer", %".13"
  br i1 %".15", label %"j.outer.body", label %"j.outer.exit"
j.outer.body:
  %".17" = add i64 0, 8
  br label %"i.outer.inner.header"
j.outer.exit:
  ret void
i.outer.inner.header:
  %"i.outer.inner" = phi  i64 [0, %"j.outer.body"], [%"i.outer.inner.next", %"i.inner.exit"]
  %".19" = icmp slt i64 %"i.outer.inner", %".17"
  br i1 %".19", label %"i.outer.inner.body", label %"i.outer.inner.exit"
i.outer.inner.body:
  %".21" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".22" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".21"
  %".23" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".23", align 4
  %".25" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".26" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".25"
  %".27" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".27", align 4
  %".29" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".30" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".29"
  %".31" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".31", align 4
  %".33" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".34" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".33"
  %".35" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".35", align 4
  %".37" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".38" = add <16 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".37"
  %".39" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".39", align 4
  %".41" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".42" = add <16 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".41"
  %".43" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".43", align 4
  %".45" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".46" = add <16 x i64> <i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96>, %".45"
  %".47" = getelementptr inbounds float, ptr %"C.local", i64 96
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".47", align 4
  %".49" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".50" = add <16 x i64> <i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112>, %".49"
  %".51" = getelementptr inbounds float, ptr %"C.local", i64 112
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".51", align 4
  %".53" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".54" = add <16 x i64> <i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128>, %".53"
  %".55" = getelementptr inbounds float, ptr %"C.local", i64 128
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".55", align 4
  %".57" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".58" = add <16 x i64> <i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144>, %".57"
  %".59" = getelementptr inbounds float, ptr %"C.local", i64 144
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".59", align 4
  %".61" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".62" = add <16 x i64> <i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160>, %".61"
  %".63" = getelementptr inbounds float, ptr %"C.local", i64 160
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".63", align 4
  %".65" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".66" = add <16 x i64> <i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176>, %".65"
  %".67" = getelementptr inbounds float, ptr %"C.local", i64 176
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".67", align 4
  %".69" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".70" = add <16 x i64> <i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192>, %".69"
  %".71" = getelementptr inbounds float, ptr %"C.local", i64 192
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".71", align 4
  %".73" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".74" = add <16 x i64> <i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208>, %".73"
  %".75" = getelementptr inbounds float, ptr %"C.local", i64 208
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".75", align 4
  %".77" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".78" = add <16 x i64> <i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224>, %".77"
  %".79" = getelementptr inbounds float, ptr %"C.local", i64 224
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".79", align 4
  %".81" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".82" = add <16 x i64> <i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240>, %".81"
  %".83" = getelementptr inbounds float, ptr %"C.local", i64 240
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".83", align 4
  %".85" = add i64 0, 64
  br label %"k.header"
i.outer.inner.exit:
  %"j.outer.next" = add nsw i64 %"j.outer", 1
  br label %"j.outer.header"
k.header:
  %"k" = phi  i64 [0, %"i.outer.inner.body"], [%"k.next", %"k.body"]
  %".87" = icmp slt i64 %"k", %".85"
  br i1 %".87", label %"k.body", label %"k.exit"
k.body:
  %".89" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".90" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".89"
  %".91" = getelementptr inbounds float, ptr %"C.local", i64 0
  %".92" = load <16 x float>, ptr %".91", align 4
  %".93" = mul i64 %"i.outer.inner", 512
  %".94" = add i64 %"k", %".93"
  %".95" = getelementptr inbounds float, ptr %"A", i64 %".94"
  %".96" = load float, ptr %".95", align 4
  %".97" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".96", i32 0
  %".98" = shufflevector <16 x float> %".97", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".99" = mul i64 %"k", 32
  %".100" = mul i64 %"j.outer", 2048
  %".101" = add i64 %".99", %".100"
  %".102" = getelementptr inbounds float, ptr %"B.packed", i64 %".101"
  %".103" = load <16 x float>, ptr %".102", align 4
  %".104" = fmul contract <16 x float> %".98", %".103"
  %".105" = fadd contract <16 x float> %".92", %".104"
  %".106" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <16 x float> %".105", ptr %".106", align 4
  %".108" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".109" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".108"
  %".110" = getelementptr inbounds float, ptr %"C.local", i64 16
  %".111" = load <16 x float>, ptr %".110", align 4
  %".112" = mul i64 %"i.outer.inner", 512
  %".113" = add i64 %"k", %".112"
  %".114" = getelementptr inbounds float, ptr %"A", i64 %".113"
  %".115" = load float, ptr %".114", align 4
  %".116" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".115", i32 0
  %".117" = shufflevector <16 x float> %".116", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".118" = mul i64 %"k", 32
  %".119" = mul i64 %"j.outer", 2048
  %".120" = add i64 %".118", %".119"
  %".121" = add i64 %".120", 16
  %".122" = getelementptr inbounds float, ptr %"B.packed", i64 %".121"
  %".123" = load <16 x float>, ptr %".122", align 4
  %".124" = fmul contract <16 x float> %".117", %".123"
  %".125" = fadd contract <16 x float> %".111", %".124"
  %".126" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <16 x float> %".125", ptr %".126", align 4
  %".128" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".129" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".128"
  %".130" = getelementptr inbounds float, ptr %"C.local", i64 32
  %".131" = load <16 x float>, ptr %".130", align 4
  %".132" = mul i64 %"i.outer.inner", 512
  %".133" = add i64 %"k", %".132"
  %".134" = add i64 %".133", 64
  %".135" = getelementptr inbounds float, ptr %"A", i64 %".134"
  %".136" = load float, ptr %".135", align 4
  %".137" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".136", i32 0
  %".138" = shufflevector <16 x float> %".137", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".139" = mul i64 %"k", 32
  %".140" = mul i64 %"j.outer", 2048
  %".141" = add i64 %".139", %".140"
  %".142" = getelementptr inbounds float, ptr %"B.packed", i64 %".141"
  %".143" = load <16 x float>, ptr %".142", align 4
  %".144" = fmul contract <16 x float> %".138", %".143"
  %".145" = fadd contract <16 x float> %".131", %".144"
  %".146" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <16 x float> %".145", ptr %".146", align 4
  %".148" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".149" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".148"
  %".150" = getelementptr inbounds float, ptr %"C.local", i64 48
  %".151" = load <16 x float>, ptr %".150", align 4
  %".152" = mul i64 %"i.outer.inner", 512
  %".153" = add i64 %"k", %".152"
  %".154" = add i64 %".153", 64
  %".155" = getelementptr inbounds float, ptr %"A", i64 %".154"
  %".156" = load float, ptr %".155", align 4
  %".157" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".156", i32 0
  %".158" = shufflevector <16 x float> %".157", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".159" = mul i64 %"k", 32
  %".160" = mul i64 %"j.outer", 2048
  %".161" = add i64 %".159", %".160"
  %".162" = add i64 %".161", 16
  %".163" = getelementptr inbounds float, ptr %"B.packed", i64 %".162"
  %".164" = load <16 x float>, ptr %".163", align 4
  %".165" = fmul contract <16 x float> %".158", %".164"
  %".166" = fadd contract <16 x float> %".151", %".165"
  %".167" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <16 x float> %".166", ptr %".167", align 4
  %".169" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".170" = add <16 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".169"
  %".171" = getelementptr inbounds float, ptr %"C.local", i64 64
  %".172" = load <16 x float>, ptr %".171", align 4
  %".173" = mul i64 %"i.outer.inner", 512
  %".174" = add i64 %"k", %".173"
  %".175" = add i64 %".174", 128
  %".176" = getelementptr inbounds float, ptr %"A", i64 %".175"
  %".177" = load float, ptr %".176", align 4
  %".178" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".177", i32 0
  %".179" = shufflevector <16 x float> %".178", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".180" = mul i64 %"k", 32
  %".181" = mul i64 %"j.outer", 2048
  %".182" = add i64 %".180", %".181"
  %".183" = getelementptr inbounds float, ptr %"B.packed", i64 %".182"
  %".184" = load <16 x float>, ptr %".183", align 4
  %".185" = fmul contract <16 x float> %".179", %".184"
  %".186" = fadd contract <16 x float> %".172", %".185"
  %".187" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <16 x float> %".186", ptr %".187", align 4
  %".189" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".190" = add <16 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".189"
  %".191" = getelementptr inbounds float, ptr %"C.local", i64 80
  %".192" = load <16 x float>, ptr %".191", align 4
  %".193" = mul i64 %"i.outer.inner", 512
  %".194" = add i64 %"k", %".193"
  %".195" = add i64 %".194", 128
  %".196" = getelementptr inbounds float, ptr %"A", i64 %".195"
  %".197" = load float, ptr %".196", align 4
  %".198" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".197", i32 0
  %".199" = shufflevector <16 x float> %".198", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".200" = mul i64 %"k", 32
  %".201" = mul i64 %"j.outer", 2048
  %".202" = add i64 %".200", %".201"
  %".203" = add i64 %".202", 16
  %".204" = getelementptr inbounds float, ptr %"B.packed", i64 %".203"
  %".205" = load <16 x float>, ptr %".204", align 4
  %".206" = fmul contract <16 x float> %".199", %".205"
  %".207" = fadd contract <16 x float> %".192", %".206"
  %".208" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <16 x float> %".207", ptr %".208", align 4
  %".210" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".211" = add <16 x i64> <i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96>, %".210"
  %".212" = getelementptr inbounds float, ptr %"C.local", i64 96
  %".213" = load <16 x float>, ptr %".212", align 4
  %".214" = mul i64 %"i.outer.inner", 512
  %".215" = add i64 %"k", %".214"
  %".216" = add i64 %".215", 192
  %".217" = getelementptr inbounds float, ptr %"A", i64 %".216"
  %".218" = load float, ptr %".217", align 4
  %".219" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".218", i32 0
  %".220" = shufflevector <16 x float> %".219", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".221" = mul i64 %"k", 32
  %".222" = mul i64 %"j.outer", 2048
  %".223" = add i64 %".221", %".222"
  %".224" = getelementptr inbounds float, ptr %"B.packed", i64 %".223"
  %".225" = load <16 x float>, ptr %".224", align 4
  %".226" = fmul contract <16 x float> %".220", %".225"
  %".227" = fadd contract <16 x float> %".213", %".226"
  %".228" = getelementptr inbounds float, ptr %"C.local", i64 96
  store <16 x float> %".227", ptr %".228", align 4
  %".230" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".231" = add <16 x i64> <i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112>, %".230"
  %".232" = getelementptr inbounds float, ptr %"C.local", i64 112
  %".233" = load <16 x float>, ptr %".232", align 4
  %".234" = mul i64 %"i.outer.inner", 512
  %".235" = add i64 %"k", %".234"
  %".236" = add i64 %".235", 192
  %".237" = getelementptr inbounds float, ptr %"A", i64 %".236"
  %".238" = load float, ptr %".237", align 4
  %".239" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".238", i32 0
  %".240" = shufflevector <16 x float> %".239", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".241" = mul i64 %"k", 32
  %".242" = mul i64 %"j.outer", 2048
  %".243" = add i64 %".241", %".242"
  %".244" = add i64 %".243", 16
  %".245" = getelementptr inbounds float, ptr %"B.packed", i64 %".244"
  %".246" = load <16 x float>, ptr %".245", align 4
  %".247" = fmul contract <16 x float> %".240", %".246"
  %".248" = fadd contract <16 x float> %".233", %".247"
  %".249" = getelementptr inbounds float, ptr %"C.local", i64 112
  store <16 x float> %".248", ptr %".249", align 4
  %".251" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".252" = add <16 x i64> <i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128>, %".251"
  %".253" = getelementptr inbounds float, ptr %"C.local", i64 128
  %".254" = load <16 x float>, ptr %".253", align 4
  %".255" = mul i64 %"i.outer.inner", 512
  %".256" = add i64 %"k", %".255"
  %".257" = add i64 %".256", 256
  %".258" = getelementptr inbounds float, ptr %"A", i64 %".257"
  %".259" = load float, ptr %".258", align 4
  %".260" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".259", i32 0
  %".261" = shufflevector <16 x float> %".260", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".262" = mul i64 %"k", 32
  %".263" = mul i64 %"j.outer", 2048
  %".264" = add i64 %".262", %".263"
  %".265" = getelementptr inbounds float, ptr %"B.packed", i64 %".264"
  %".266" = load <16 x float>, ptr %".265", align 4
  %".267" = fmul contract <16 x float> %".261", %".266"
  %".268" = fadd contract <16 x float> %".254", %".267"
  %".269" = getelementptr inbounds float, ptr %"C.local", i64 128
  store <16 x float> %".268", ptr %".269", align 4
  %".271" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".272" = add <16 x i64> <i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144>, %".271"
  %".273" = getelementptr inbounds float, ptr %"C.local", i64 144
  %".274" = load <16 x float>, ptr %".273", align 4
  %".275" = mul i64 %"i.outer.inner", 512
  %".276" = add i64 %"k", %".275"
  %".277" = add i64 %".276", 256
  %".278" = getelementptr inbounds float, ptr %"A", i64 %".277"
  %".279" = load float, ptr %".278", align 4
  %".280" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".279", i32 0
  %".281" = shufflevector <16 x float> %".280", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".282" = mul i64 %"k", 32
  %".283" = mul i64 %"j.outer", 2048
  %".284" = add i64 %".282", %".283"
  %".285" = add i64 %".284", 16
  %".286" = getelementptr inbounds float, ptr %"B.packed", i64 %".285"
  %".287" = load <16 x float>, ptr %".286", align 4
  %".288" = fmul contract <16 x float> %".281", %".287"
  %".289" = fadd contract <16 x float> %".274", %".288"
  %".290" = getelementptr inbounds float, ptr %"C.local", i64 144
  store <16 x float> %".289", ptr %".290", align 4
  %".292" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".293" = add <16 x i64> <i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160>, %".292"
  %".294" = getelementptr inbounds float, ptr %"C.local", i64 160
  %".295" = load <16 x float>, ptr %".294", align 4
  %".296" = mul i64 %"i.outer.inner", 512
  %".297" = add i64 %"k", %".296"
  %".298" = add i64 %".297", 320
  %".299" = getelementptr inbounds float, ptr %"A", i64 %".298"
  %".300" = load float, ptr %".299", align 4
  %".301" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".300", i32 0
  %".302" = shufflevector <16 x float> %".301", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".303" = mul i64 %"k", 32
  %".304" = mul i64 %"j.outer", 2048
  %".305" = add i64 %".303", %".304"
  %".306" = getelementptr inbounds float, ptr %"B.packed", i64 %".305"
  %".307" = load <16 x float>, ptr %".306", align 4
  %".308" = fmul contract <16 x float> %".302", %".307"
  %".309" = fadd contract <16 x float> %".295", %".308"
  %".310" = getelementptr inbounds float, ptr %"C.local", i64 160
  store <16 x float> %".309", ptr %".310", align 4
  %".312" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".313" = add <16 x i64> <i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176>, %".312"
  %".314" = getelementptr inbounds float, ptr %"C.local", i64 176
  %".315" = load <16 x float>, ptr %".314", align 4
  %".316" = mul i64 %"i.outer.inner", 512
  %".317" = add i64 %"k", %".316"
  %".318" = add i64 %".317", 320
  %".319" = getelementptr inbounds float, ptr %"A", i64 %".318"
  %".320" = load float, ptr %".319", align 4
  %".321" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".320", i32 0
  %".322" = shufflevector <16 x float> %".321", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".323" = mul i64 %"k", 32
  %".324" = mul i64 %"j.outer", 2048
  %".325" = add i64 %".323", %".324"
  %".326" = add i64 %".325", 16
  %".327" = getelementptr inbounds float, ptr %"B.packed", i64 %".326"
  %".328" = load <16 x float>, ptr %".327", align 4
  %".329" = fmul contract <16 x float> %".322", %".328"
  %".330" = fadd contract <16 x float> %".315", %".329"
  %".331" = getelementptr inbounds float, ptr %"C.local", i64 176
  store <16 x float> %".330", ptr %".331", align 4
  %".333" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".334" = add <16 x i64> <i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192>, %".333"
  %".335" = getelementptr inbounds float, ptr %"C.local", i64 192
  %".336" = load <16 x float>, ptr %".335", align 4
  %".337" = mul i64 %"i.outer.inner", 512
  %".338" = add i64 %"k", %".337"
  %".339" = add i64 %".338", 384
  %".340" = getelementptr inbounds float, ptr %"A", i64 %".339"
  %".341" = load float, ptr %".340", align 4
  %".342" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".341", i32 0
  %".343" = shufflevector <16 x float> %".342", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".344" = mul i64 %"k", 32
  %".345" = mul i64 %"j.outer", 2048
  %".346" = add i64 %".344", %".345"
  %".347" = getelementptr inbounds float, ptr %"B.packed", i64 %".346"
  %".348" = load <16 x float>, ptr %".347", align 4
  %".349" = fmul contract <16 x float> %".343", %".348"
  %".350" = fadd contract <16 x float> %".336", %".349"
  %".351" = getelementptr inbounds float, ptr %"C.local", i64 192
  store <16 x float> %".350", ptr %".351", align 4
  %".353" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".354" = add <16 x i64> <i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208>, %".353"
  %".355" = getelementptr inbounds float, ptr %"C.local", i64 208
  %".356" = load <16 x float>, ptr %".355", align 4
  %".357" = mul i64 %"i.outer.inner", 512
  %".358" = add i64 %"k", %".357"
  %".359" = add i64 %".358", 384
  %".360" = getelementptr inbounds float, ptr %"A", i64 %".359"
  %".361" = load float, ptr %".360", align 4
  %".362" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".361", i32 0
  %".363" = shufflevector <16 x float> %".362", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".364" = mul i64 %"k", 32
  %".365" = mul i64 %"j.outer", 2048
  %".366" = add i64 %".364", %".365"
  %".367" = add i64 %".366", 16
  %".368" = getelementptr inbounds float, ptr %"B.packed", i64 %".367"
  %".369" = load <16 x float>, ptr %".368", align 4
  %".370" = fmul contract <16 x float> %".363", %".369"
  %".371" = fadd contract <16 x float> %".356", %".370"
  %".372" = getelementptr inbounds float, ptr %"C.local", i64 208
  store <16 x float> %".371", ptr %".372", align 4
  %".374" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".375" = add <16 x i64> <i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224>, %".374"
  %".376" = getelementptr inbounds float, ptr %"C.local", i64 224
  %".377" = load <16 x float>, ptr %".376", align 4
  %".378" = mul i64 %"i.outer.inner", 512
  %".379" = add i64 %"k", %".378"
  %".380" = add i64 %".379", 448
  %".381" = getelementptr inbounds float, ptr %"A", i64 %".380"
  %".382" = load float, ptr %".381", align 4
  %".383" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".382", i32 0
  %".384" = shufflevector <16 x float> %".383", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".385" = mul i64 %"k", 32
  %".386" = mul i64 %"j.outer", 2048
  %".387" = add i64 %".385", %".386"
  %".388" = getelementptr inbounds float, ptr %"B.packed", i64 %".387"
  %".389" = load <16 x float>, ptr %".388", align 4
  %".390" = fmul contract <16 x float> %".384", %".389"
  %".391" = fadd contract <16 x float> %".377", %".390"
  %".392" = getelementptr inbounds float, ptr %"C.local", i64 224
  store <16 x float> %".391", ptr %".392", align 4
  %".394" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".395" = add <16 x i64> <i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240>, %".394"
  %".396" = getelementptr inbounds float, ptr %"C.local", i64 240
  %".397" = load <16 x float>, ptr %".396", align 4
  %".398" = mul i64 %"i.outer.inner", 512
  %".399" = add i64 %"k", %".398"
  %".400" = add i64 %".399", 448
  %".401" = getelementptr inbounds float, ptr %"A", i64 %".400"
  %".402" = load float, ptr %".401", align 4
  %".403" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".402", i32 0
  %".404" = shufflevector <16 x float> %".403", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".405" = mul i64 %"k", 32
  %".406" = mul i64 %"j.outer", 2048
  %".407" = add i64 %".405", %".406"
  %".408" = add i64 %".407", 16
  %".409" = getelementptr inbounds float, ptr %"B.packed", i64 %".408"
  %".410" = load <16 x float>, ptr %".409", align 4
  %".411" = fmul contract <16 x float> %".404", %".410"
  %".412" = fadd contract <16 x float> %".397", %".411"
  %".413" = getelementptr inbounds float, ptr %"C.local", i64 240
  store <16 x float> %".412", ptr %".413", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
k.exit:
  %".416" = add i64 0, 8
  br label %"i.inner.header"
i.inner.header:
  %"i.inner" = phi  i64 [0, %"k.exit"], [%"i.inner.next", %"j.inner.outer.exit"]
  %".418" = icmp slt i64 %"i.inner", %".416"
  br i1 %".418", label %"i.inner.body", label %"i.inner.exit"
i.inner.body:
  %".420" = add i64 0, 2
  br label %"j.inner.outer.header"
i.inner.exit:
  %"i.outer.inner.next" = add nsw i64 %"i.outer.inner", 1
  br label %"i.outer.inner.header"
j.inner.outer.header:
  %"j.inner.outer" = phi  i64 [0, %"i.inner.body"], [%"j.inner.outer.next", %"j.inner.outer.body"]
  %".422" = icmp slt i64 %"j.inner.outer", %".420"
  br i1 %".422", label %"j.inner.outer.body", label %"j.inner.outer.exit"
j.inner.outer.body:
  %".424" = mul i64 %"i.inner", 64
  %".425" = mul i64 %"i.outer.inner", 512
  %".426" = add i64 %".424", %".425"
  %".427" = mul i64 %"j.outer", 32
  %".428" = add i64 %".426", %".427"
  %".429" = mul i64 %"j.inner.outer", 16
  %".430" = add i64 %".428", %".429"
  %".431" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".430", i32 0
  %".432" = shufflevector <16 x i64> %".431", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".433" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".434" = add <16 x i64> %".432", %".433"
  %".435" = mul i64 %"i.inner", 32
  %".436" = mul i64 %"j.inner.outer", 16
  %".437" = add i64 %".435", %".436"
  %".438" = getelementptr inbounds float, ptr %"C.local", i64 %".437"
  %".439" = load <16 x float>, ptr %".438", align 4
  %".440" = mul i64 %"i.inner", 64
  %".441" = mul i64 %"i.outer.inner", 512
  %".442" = add i64 %".440", %".441"
  %".443" = mul i64 %"j.outer", 32
  %".444" = add i64 %".442", %".443"
  %".445" = mul i64 %"j.inner.outer", 16
  %".446" = add i64 %".444", %".445"
  %".447" = getelementptr inbounds float, ptr %"C", i64 %".446"
  store <16 x float> %".439", ptr %".447", align 4
  %"j.inner.outer.next" = add nsw i64 %"j.inner.outer", 1
  br label %"j.inner.outer.header"
j.inner.outer.exit:
  %"i.inner.next" = add nsw i64 %"i.inner", 1
  br label %"i.inner.header"
}

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
