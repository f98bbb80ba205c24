; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"A", ptr noalias %"B", ptr noalias %"C") nounwind
{
entry:
  %"C.local.1" = alloca [64 x float], align 64
  %"C.local" = alloca [96 x float], align 64
  %"closure1" = alloca {ptr, ptr, i64}
  %"closure0" = alloca {ptr, ptr, i64}
  %".5" = mul i64 4, 4096
  %".6" = add i64 %".5", 64
  %".7" = and i64 %".6", -64
  %"A.packed" = call ptr @"aligned_alloc"(i64 64, i64 %".7")
  %".8" = mul i64 4, 4608
  %".9" = add i64 %".8", 64
  %".10" = and i64 %".9", -64
  %"B.packed" = call ptr @"aligned_alloc"(i64 64, i64 %".10")
  %".11" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"A", ptr %".11"
  %".13" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %"A.packed", ptr %".13"
  %".15" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store i64 0, ptr %".15"
  %".17" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 16, i32 %".17")
  %".19" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure1", i32 0, i32 0
  store ptr %"B", ptr %".19"
  %".21" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure1", i32 0, i32 1
  store ptr %"B.packed", ptr %".21"
  %".23" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure1", i32 0, i32 2
  store i64 0, ptr %".23"
  %".25" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par1", ptr %"closure1", i64 2, i32 %".25")
  %".27" = add i64 0, 64
  br label %"i0.header"
i0.header:
  %"i0" = phi  i64 [0, %"entry"], [%"i0.next", %"i0.body"]
  %".29" = icmp slt i64 %"i0", %".27"
  br i1 %".29", label %"i0.body", label %"i0.exit"
i0.body:
  %".31" = mul i64 %"i0", 24
  %".32" = add i64 %".31", 3072
  %".33" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".32", i32 0
  %".34" = shufflevector <16 x i64> %".33", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".35" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".36" = add <16 x i64> %".34", %".35"
  %".37" = mul i64 %"i0", 64
  %".38" = add i64 %".37", 48
  %".39" = getelementptr inbounds float, ptr %"B", i64 %".38"
  %".40" = load <16 x float>, ptr %".39", align 4
  %".41" = mul i64 %"i0", 24
  %".42" = add i64 %".41", 3072
  %".43" = getelementptr inbounds float, ptr %"B.packed", i64 %".42"
  store <16 x float> %".40", ptr %".43", align 4
  %"i0.next" = add nsw i64 %"i0", 1
  br label %"i0.header"
i0.exit:
  %".46" = add i64 0, 2
  br label %"j.outer.header"
j.outer.header:
  %"j.outer" = phi  i64 [0, %"i0.exit"], [%"j.outer.next", %"i.outer.inner.exit"]
  %".48" = icmp slt i64 %"j.outer", %".46"
  br i1 %".48", label %"j.outer.body", label %"j.outer.exit"
j.outer.body:
  %".50" = add i64 0, 16
  br label %"i.outer.inner.header"
j.outer.exit:
  %".401" = add i64 0, 16
  br label %"i.outer.inner.header.1"
i.outer.inner.header:
  %"i.outer.inner" = phi  i64 [0, %"j.outer.body"], [%"i.outer.inner.next", %"i.inner.exit"]
  %".52" = icmp slt i64 %"i.outer.inner", %".50"
  br i1 %".52", label %"i.outer.inner.body", label %"i.outer.inner.exit"
i.outer.inner.body:
  %".54" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".55" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".54"
  %".56" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".56", align 4
  %".58" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".59" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".58"
  %".60" = getelementptr inbounds float, ptr %"C.local", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".60", align 4
  %".62" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".63" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".62"
  %".64" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".64", align 4
  %".66" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".67" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".66"
  %".68" = getelementptr inbounds float, ptr %"C.local", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".68", align 4
  %".70" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".71" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".70"
  %".72" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".72", align 4
  %".74" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".75" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".74"
  %".76" = getelementptr inbounds float, ptr %"C.local", i64 40
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".76", align 4
  %".78" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".79" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".78"
  %".80" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".80", align 4
  %".82" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".83" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".82"
  %".84" = getelementptr inbounds float, ptr %"C.local", i64 56
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".84", align 4
  %".86" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".87" = add <8 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".86"
  %".88" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".88", align 4
  %".90" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".91" = add <8 x i64> <i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72>, %".90"
  %".92" = getelementptr inbounds float, ptr %"C.local", i64 72
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".92", align 4
  %".94" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".95" = add <8 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".94"
  %".96" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".96", align 4
  %".98" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".99" = add <8 x i64> <i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88>, %".98"
  %".100" = getelementptr inbounds float, ptr %"C.local", i64 88
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".100", align 4
  %".102" = add i64 0, 64
  br label %"k.header"
i.outer.inner.exit:
  %"j.outer.next" = add nsw i64 %"j.outer", 1
  br label %"j.outer.header"
k.header:
  %"k" = phi  i64 [0, %"i.outer.inner.body"], [%"k.next", %"k.body"]
  %".104" = icmp slt i64 %"k", %".102"
  br i1 %".104", label %"k.body", label %"k.exit"
k.body:
  %".106" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".107" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".106"
  %".108" = getelementptr inbounds float, ptr %"C.local", i64 0
  %".109" = load <8 x float>, ptr %".108", align 4
  %".110" = mul i64 %"k", 4
  %".111" = mul i64 %"i.outer.inner", 256
  %".112" = add i64 %".110", %".111"
  %".113" = getelementptr inbounds float, ptr %"A.packed", i64 %".112"
  %".114" = load float, ptr %".113", align 4
  %".115" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".114", i32 0
  %".116" = shufflevector <8 x float> %".115", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".117" = mul i64 %"k", 24
  %".118" = mul i64 %"j.outer", 1536
  %".119" = add i64 %".117", %".118"
  %".120" = getelementptr inbounds float, ptr %"B.packed", i64 %".119"
  %".121" = load <8 x float>, ptr %".120", align 4
  %".122" = fmul contract <8 x float> %".116", %".121"
  %".123" = fadd contract <8 x float> %".109", %".122"
  %".124" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <8 x float> %".123", ptr %".124", align 4
  %".126" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".127" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".126"
  %".128" = getelementptr inbounds float, ptr %"C.local", i64 8
  %".129" = load <8 x float>, ptr %".128", align 4
  %".130" = mul i64 %"k", 4
  %".131" = mul i64 %"i.outer.inner", 256
  %".132" = add i64 %".130", %".131"
  %".133" = getelementptr inbounds float, ptr %"A.packed", i64 %".132"
  %".134" = load float, ptr %".133", align 4
  %".135" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".134", i32 0
  %".136" = shufflevector <8 x float> %".135", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".137" = mul i64 %"k", 24
  %".138" = mul i64 %"j.outer", 1536
  %".139" = add i64 %".137", %".138"
  %".140" = add i64 %".139", 8
  %".141" = getelementptr inbounds float, ptr %"B.packed", i64 %".140"
  %".142" = load <8 x float>, ptr %".141", align 4
  %".143" = fmul contract <8 x float> %".136", %".142"
  %".144" = fadd contract <8 x float> %".129", %".143"
  %".145" = getelementptr inbounds float, ptr %"C.local", i64 8
  store <8 x float> %".144", ptr %".145", align 4
  %".147" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".148" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".147"
  %".149" = getelementptr inbounds float, ptr %"C.local", i64 16
  %".150" = load <8 x float>, ptr %".149", align 4
  %".151" = mul i64 %"k", 4
  %".152" = mul i64 %"i.outer.inner", 256
  %".153" = add i64 %".151", %".152"
  %".154" = getelementptr inbounds float, ptr %"A.packed", i64 %".153"
  %".155" = load float, ptr %".154", align 4
  %".156" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".155", i32 0
  %".157" = shufflevector <8 x float> %".156", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".158" = mul i64 %"k", 24
  %".159" = mul i64 %"j.outer", 1536
  %".160" = add i64 %".158", %".159"
  %".161" = add i64 %".160", 16
  %".162" = getelementptr inbounds float, ptr %"B.packed", i64 %".161"
  %".163" = load <8 x float>, ptr %".162", align 4
  %".164" = fmul contract <8 x float> %".157", %".163"
  %".165" = fadd contract <8 x float> %".150", %".164"
  %".166" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <8 x float> %".165", ptr %".166", align 4
  %".168" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".169" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".168"
  %".170" = getelementptr inbounds float, ptr %"C.local", i64 24
  %".171" = load <8 x float>, ptr %".170", align 4
  %".172" = mul i64 %"k", 4
  %".173" = mul i64 %"i.outer.inner", 256
  %".174" = add i64 %".172", %".173"
  %".175" = add i64 %".174", 1
  %".176" = getelementptr inbounds float, ptr %"A.packed", i64 %".175"
  %".177" = load float, ptr %".176", align 4
  %".178" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".177", i32 0
  %".179" = shufflevector <8 x float> %".178", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".180" = mul i64 %"k", 24
  %".181" = mul i64 %"j.outer", 1536
  %".182" = add i64 %".180", %".181"
  %".183" = getelementptr inbounds float, ptr %"B.packed", i64 %".182"
  %".184" = load <8 x float>, ptr %".183", align 4
  %".185" = fmul contract <8 x float> %".179", %".184"
  %".186" = fadd contract <8 x float> %".171", %".185"
  %".187" = getelementptr inbounds float, ptr %"C.local", i64 24
  store <8 x float> %".186", ptr %".187", align 4
  %".189" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".190" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".189"
  %".191" = getelementptr inbounds float, ptr %"C.local", i64 32
  %".192" = load <8 x float>, ptr %".191", align 4
  %".193" = mul i64 %"k", 4
  %".194" = mul i64 %"i.outer.inner", 256
  %".195" = add i64 %".193", %".194"
  %".196" = add i64 %".195", 1
  %".197" = getelementptr inbounds float, ptr %"A.packed", i64 %".196"
  %".198" = load float, ptr %".197", align 4
  %".199" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".198", i32 0
  %".200" = shufflevector <8 x float> %".199", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".201" = mul i64 %"k", 24
  %".202" = mul i64 %"j.outer", 1536
  %".203" = add i64 %".201", %".202"
  %".204" = add i64 %".203", 8
  %".205" = getelementptr inbounds float, ptr %"B.packed", i64 %".204"
  %".206" = load <8 x float>, ptr %".205", align 4
  %".207" = fmul contract <8 x float> %".200", %".206"
  %".208" = fadd contract <8 x float> %".192", %".207"
  %".209" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <8 x float> %".208", ptr %".209", align 4
  %".211" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".212" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".211"
  %".213" = getelementptr inbounds float, ptr %"C.local", i64 40
  %".214" = load <8 x float>, ptr %".213", align 4
  %".215" = mul i64 %"k", 4
  %".216" = mul i64 %"i.outer.inner", 256
  %".217" = add i64 %".215", %".216"
  %".218" = add i64 %".217", 1
  %".219" = getelementptr inbounds float, ptr %"A.packed", i64 %".218"
  %".220" = load float, ptr %".219", align 4
  %".221" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".220", i32 0
  %".222" = shufflevector <8 x float> %".221", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".223" = mul i64 %"k", 24
  %".224" = mul i64 %"j.outer", 1536
  %".225" = add i64 %".223", %".224"
  %".226" = add i64 %".225", 16
  %".227" = getelementptr inbounds float, ptr %"B.packed", i64 %".226"
  %".228" = load <8 x float>, ptr %".227", align 4
  %".229" = fmul contract <8 x float> %".222", %".228"
  %".230" = fadd contract <8 x float> %".214", %".229"
  %".231" = getelementptr inbounds float, ptr %"C.local", i64 40
  store <8 x float> %".230", ptr %".231", align 4
  %".233" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".234" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".233"
  %".235" = getelementptr inbounds float, ptr %"C.local", i64 48
  %".236" = load <8 x float>, ptr %".235", align 4
  %".237" = mul i64 %"k", 4
  %".238" = mul i64 %"i.outer.inner", 256
  %".239" = add i64 %".237", %".238"
  %".240" = add i64 %".239", 2
  %".241" = getelementptr inbounds float, ptr %"A.packed", i64 %".240"
  %".242" = load float, ptr %".241", align 4
  %".243" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".242", i32 0
  %".244" = shufflevector <8 x float> %".243", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".245" = mul i64 %"k", 24
  %".246" = mul i64 %"j.outer", 1536
  %".247" = add i64 %".245", %".246"
  %".248" = getelementptr inbounds float, ptr %"B.packed", i64 %".247"
  %".249" = load <8 x float>, ptr %".248", align 4
  %".250" = fmul contract <8 x float> %".244", %".249"
  %".251" = fadd contract <8 x float> %".236", %".250"
  %".252" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <8 x float> %".251", ptr %".252", align 4
  %".254" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".255" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".254"
  %".256" = getelementptr inbounds float, ptr %"C.local", i64 56
  %".257" = load <8 x float>, ptr %".256", align 4
  %".258" = mul i64 %"k", 4
  %".259" = mul i64 %"i.outer.inner", 256
  %".260" = add i64 %".258", %".259"
  %".261" = add i64 %".260", 2
  %".262" = getelementptr inbounds float, ptr %"A.packed", i64 %".261"
  %".263" = load float, ptr %".262", align 4
  %".264" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".263", i32 0
  %".265" = shufflevector <8 x float> %".264", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".266" = mul i64 %"k", 24
  %".267" = mul i64 %"j.outer", 1536
  %".268" = add i64 %".266", %".267"
  %".269" = add i64 %".268", 8
  %".270" = getelementptr inbounds float, ptr %"B.packed", i64 %".269"
  %".271" = load <8 x float>, ptr %".270", align 4
  %".272" = fmul contract <8 x float> %".265", %".271"
  %".273" = fadd contract <8 x float> %".257", %".272"
  %".274" = getelementptr inbounds float, ptr %"C.local", i64 56
  store <8 x float> %".273", ptr %".274", align 4
  %".276" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".277" = add <8 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".276"
  %".278" = getelementptr inbounds float, ptr %"C.local", i64 64
  %".279" = load <8 x float>, ptr %".278", align 4
  %".280" = mul i64 %"k", 4
  %".281" = mul i64 %"i.outer.inner", 256
  %".282" = add i64 %".280", %".281"
  %".283" = add i64 %".282", 2
  %".284" = getelementptr inbounds float, ptr %"A.packed", i64 %".283"
  %".285" = load float, ptr %".284", align 4
  %".286" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".285", i32 0
  %".287" = shufflevector <8 x float> %".286", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".288" = mul i64 %"k", 24
  %".289" = mul i64 %"j.outer", 1536
  %".290" = add i64 %".288", %".289"
  %".291" = add i64 %".290", 16
  %".292" = getelementptr inbounds float, ptr %"B.packed", i64 %".291"
  %".293" = load <8 x float>, ptr %".292", align 4
  %".294" = fmul contract <8 x float> %".287", %".293"
  %".295" = fadd contract <8 x float> %".279", %".294"
  %".296" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <8 x float> %".295", ptr %".296", align 4
  %".298" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".299" = add <8 x i64> <i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72>, %".298"
  %".300" = getelementptr inbounds float, ptr %"C.local", i64 72
  %".301" = load <8 x float>, ptr %".300", align 4
  %".302" = mul i64 %"k", 4
  %".303" = mul i64 %"i.outer.inner", 256
  %".304" = add i64 %".302", %".303"
  %".305" = add i64 %".304", 3
  %".306" = getelementptr inbounds float, ptr %"A.packed", i64 %".305"
  %".307" = load float, ptr %".306", align 4
  %".308" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".307", i32 0
  %".309" = shufflevector <8 x float> %".308", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".310" = mul i64 %"k", 24
  %".311" = mul i64 %"j.outer", 1536
  %".312" = add i64 %".310", %".311"
  %".313" = getelementptr inbounds float, ptr %"B.packed", i64 %".312"
  %".314" = load <8 x float>, ptr %".313", align 4
  %".315" = fmul contract <8 x float> %".309", %".314"
  %".316" = fadd contract <8 x float> %".301", %".315"
  %".317" = getelementptr inbounds float, ptr %"C.local", i64 72
  store <8 x float> %".316", ptr %".317", align 4
  %".319" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".320" = add <8 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".319"
  %".321" = getelementptr inbounds float, ptr %"C.local", i64 80
  %".322" = load <8 x float>, ptr %".321", align 4
  %".323" = mul i64 %"k", 4
  %".324" = mul i64 %"i.outer.inner", 256
  %".325" = add i64 %".323", %".324"
  %".326" = add i64 %".325", 3
  %".327" = getelementptr inbounds float, ptr %"A.packed", i64 %".326"
  %".328" = load float, ptr %".327", align 4
  %".329" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".328", i32 0
  %".330" = shufflevector <8 x float> %".329", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".331" = mul i64 %"k", 24
  %".332" = mul i64 %"j.outer", 1536
  %".333" = add i64 %".331", %".332"
  %".334" = add i64 %".333", 8
  %".335" = getelementptr inbounds float, ptr %"B.packed", i64 %".334"
  %".336" = load <8 x float>, ptr %".335", align 4
  %".337" = fmul contract <8 x float> %".330", %".336"
  %".338" = fadd contract <8 x float> %".322", %".337"
  %".339" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <8 x float> %".338", ptr %".339", align 4
  %".341" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".342" = add <8 x i64> <i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88>, %".341"
  %".343" = getelementptr inbounds float, ptr %"C.local", i64 88
  %".344" = load <8 x float>, ptr %".343", align 4
  %".345" = mul i64 %"k", 4
  %".346" = mul i64 %"i.outer.inner", 256
  %".347" = add i64 %".345", %".346"
  %".348" = add i64 %".347", 3
  %".349" = getelementptr inbounds float, ptr %"A.packed", i64 %".348"
  %".350" = load float, ptr %".349", align 4
  %".351" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".350", i32 0
  %".352" = shufflevector <8 x float> %".351", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".353" = mul i64 %"k", 24
  %".354" = mul i64 %"j.outer", 1536
  %".355" = add i64 %".353", %".354"
  %".356" = add i64 %".355", 16
  %".357" = getelementptr inbounds float, ptr %"B.packed", i64 %".356"
  %".358" = load <8 x float>, ptr %".357", align 4
  %".359" = fmul contract <8 x float> %".352", %".358"
  %".360" = fadd contract <8 x float> %".344", %".359"
  %".361" = getelementptr inbounds float, ptr %"C.local", i64 88
  store <8 x float> %".360", ptr %".361", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
k.exit:
  %".364" = add i64 0, 4
  br label %"i.inner.header"
i.inner.header:
  %"i.inner" = phi  i64 [0, %"k.exit"], [%"i.inner.next", %"j.inner.outer.exit"]
  %".366" = icmp slt i64 %"i.inner", %".364"
  br i1 %".366", label %"i.inner.body", label %"i.inner.exit"
i.inner.body:
  %".368" = add i64 0, 3
  br label %"j.inner.outer.header"
i.inner.exit:
  %"i.outer.inner.next" = add nsw i64 %"i.outer.inner", 1
  br label %"i.outer.inner.header"
j.inner.outer.header:
  %"j.inner.outer" = phi  i64 [0, %"i.inner.body"], [%"j.inner.outer.next", %"j.inner.outer.body"]
  %".370" = icmp slt i64 %"j.inner.outer", %".368"
  br i1 %".370", label %"j.inner.outer.body", label %"j.inner.outer.exit"
j.inner.outer.body:
  %".372" = mul i64 %"i.inner", 64
  %".373" = mul i64 %"i.outer.inner", 256
  %".374" = add i64 %".372", %".373"
  %".375" = mul i64 %"j.outer", 24
  %".376" = add i64 %".374", %".375"
  %".377" = mul i64 %"j.inner.outer", 8
  %".378" = add i64 %".376", %".377"
  %".379" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".378", i32 0
  %".380" = shufflevector <8 x i64> %".379", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".381" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".382" = add <8 x i64> %".380", %".381"
  %".383" = mul i64 %"i.inner", 24
  %".384" = mul i64 %"j.inner.outer", 8
  %".385" = add i64 %".383", %".384"
  %".386" = getelementptr inbounds float, ptr %"C.local", i64 %".385"
  %".387" = load <8 x float>, ptr %".386", align 4
  %".388" = mul i64 %"i.inner", 64
  %".389" = mul i64 %"i.outer.inner", 256
  %".390" = add i64 %".388", %".389"
  %".391" = mul i64 %"j.outer", 24
  %".392" = add i64 %".390", %".391"
  %".393" = mul i64 %"j.inner.outer", 8
  %".394" = add i64 %".392", %".393"
  %".395" = getelementptr inbounds float, ptr %"C", i64 %".394"
  store <8 x float> %".387", ptr %".395", align 4
  %"j.inner.outer.next" = add nsw i64 %"j.inner.outer", 1
  br label %"j.inner.outer.header"
j.inner.outer.exit:
  %"i.inner.next" = add nsw i64 %"i.inner", 1
  br label %"i.inner.header"
i.outer.inner.header.1:
  %"i.outer.inner.1" = phi  i64 [0, %"j.outer.exit"], [%"i.outer.inner.next.1", %"i.inner.exit.1"]
  %".403" = icmp slt i64 %"i.outer.inner.1", %".401"
  br i1 %".403", label %"i.outer.inner.body.1", label %"i.outer.inner.exit.1"
i.outer.inner.body.1:
  %".405" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".406" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".405"
  %".407" = getelementptr inbounds float, ptr %"C.local.1", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".407", align 4
  %".409" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".410" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".409"
  %".411" = getelementptr inbounds float, ptr %"C.local.1", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".411", align 4
  %".413" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".414" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".413"
  %".415" = getelementptr inbounds float, ptr %"C.local.1", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".415", align 4
  %".417" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".418" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".417"
  %".419" = getelementptr inbounds float, ptr %"C.local.1", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".419", align 4
  %".421" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".422" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".421"
  %".423" = getelementptr inbounds float, ptr %"C.local.1", i64 32
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".423", align 4
  %".425" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".426" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".425"
  %".427" = getelementptr inbounds float, ptr %"C.local.1", i64 40
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".427", align 4
  %".429" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".430" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".429"
  %".431" = getelementptr inbounds float, ptr %"C.local.1", i64 48
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".431", align 4
  %".433" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".434" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".433"
  %".435" = getelementptr inbounds float, ptr %"C.local.1", i64 56
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".435", align 4
  %".437" = add i64 0, 64
  br label %"k.header.1"
i.outer.inner.exit.1:
  call void @"free"(ptr %"B.packed")
  call void @"free"(ptr %"A.packed")
  ret void
k.header.1:
  %"k.1" = phi  i64 [0, %"i.outer.inner.body.1"], [%"k.next.1", %"k.body.1"]
  %".439" = icmp slt i64 %"k.1", %".437"
  br i1 %".439", label %"k.body.1", label %"k.exit.1"
k.body.1:
  %".441" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".442" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".441"
  %".443" = getelementptr inbounds float, ptr %"C.local.1", i64 0
  %".444" = load <8 x float>, ptr %".443", align 4
  %".445" = mul i64 %"k.1", 4
  %".446" = mul i64 %"i.outer.inner.1", 256
  %".447" = add i64 %".445", %".446"
  %".448" = getelementptr inbounds float, ptr %"A.packed", i64 %".447"
  %".449" = load float, ptr %".448", align 4
  %".450" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".449", i32 0
  %".451" = shufflevector <8 x float> %".450", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".452" = mul i64 %"k.1", 24
  %".453" = add i64 %".452", 3072
  %".454" = getelementptr inbounds float, ptr %"B.packed", i64 %".453"
  %".455" = load <8 x float>, ptr %".454", align 4
  %".456" = fmul contract <8 x float> %".451", %".455"
  %".457" = fadd contract <8 x float> %".444", %".456"
  %".458" = getelementptr inbounds float, ptr %"C.local.1", i64 0
  store <8 x float> %".457", ptr %".458", align 4
  %".460" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".461" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".460"
  %".462" = getelementptr inbounds float, ptr %"C.local.1", i64 8
  %".463" = load <8 x float>, ptr %".462", align 4
  %".464" = mul i64 %"k.1", 4
  %".465" = mul i64 %"i.outer.inner.1", 256
  %".466" = add i64 %".464", %".465"
  %".467" = getelementptr inbounds float, ptr %"A.packed", i64 %".466"
  %".468" = load float, ptr %".467", align 4
  %".469" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".468", i32 0
  %".470" = shufflevector <8 x float> %".469", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".471" = mul i64 %"k.1", 24
  %".472" = add i64 %".471", 3080
  %".473" = getelementptr inbounds float, ptr %"B.packed", i64 %".472"
  %".474" = load <8 x float>, ptr %".473", align 4
  %".475" = fmul contract <8 x float> %".470", %".474"
  %".476" = fadd contract <8 x float> %".463", %".475"
  %".477" = getelementptr inbounds float, ptr %"C.local.1", i64 8
  store <8 x float> %".476", ptr %".477", align 4
  %".479" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".480" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".479"
  %".481" = getelementptr inbounds float, ptr %"C.local.1", i64 16
  %".482" = load <8 x float>, ptr %".481", align 4
  %".483" = mul i64 %"k.1", 4
  %".484" = mul i64 %"i.outer.inner.1", 256
  %".485" = add i64 %".483", %".484"
  %".486" = add i64 %".485", 1
  %".487" = getelementptr inbounds float, ptr %"A.packed", i64 %".486"
  %".488" = load float, ptr %".487", align 4
  %".489" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".488", i32 0
  %".490" = shufflevector <8 x float> %".489", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".491" = mul i64 %"k.1", 24
  %".492" = add i64 %".491", 3072
  %".493" = getelementptr inbounds float, ptr %"B.packed", i64 %".492"
  %".494" = load <8 x float>, ptr %".493", align 4
  %".495" = fmul contract <8 x float> %".490", %".494"
  %".496" = fadd contract <8 x float> %".482", %".495"
  %".497" = getelementptr inbounds float, ptr %"C.local.1", i64 16
  store <8 x float> %".496", ptr %".497", align 4
  %".499" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".500" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".499"
  %".501" = getelementptr inbounds float, ptr %"C.local.1", i64 24
  %".502" = load <8 x float>, ptr %".501", align 4
  %".503" = mul i64 %"k.1", 4
  %".504" = mul i64 %"i.outer.inner.1", 256
  %".505" = add i64 %".503", %".504"
  %".506" = add i64 %".505", 1
  %".507" = getelementptr inbounds float, ptr %"A.packed", i64 %".506"
  %".508" = load float, ptr %".507", align 4
  %".509" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".508", i32 0
  %".510" = shufflevector <8 x float> %".509", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".511" = mul i64 %"k.1", 24
  %".512" = add i64 %".511", 3080
  %".513" = getelementptr inbounds float, ptr %"B.packed", i64 %".512"
  %".514" = load <8 x float>, ptr %".513", align 4
  %".515" = fmul contract <8 x float> %".510", %".514"
  %".516" = fadd contract <8 x float> %".502", %".515"
  %".517" = getelementptr inbounds float, ptr %"C.local.1", i64 24
  store <8 x float> %".516", ptr %".517", align 4
  %".519" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".520" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".519"
  %".521" = getelementptr inbounds float, ptr %"C.local.1", i64 32
  %".522" = load <8 x float>, ptr %".521", align 4
  %".523" = mul i64 %"k.1", 4
  %".524" = mul i64 %"i.outer.inner.1", 256
  %".525" = add i64 %".523", %".524"
  %".526" = add i64 %".525", 2
  %".527" = getelementptr inbounds float, ptr %"A.packed", i64 %".526"
  %".528" = load float, ptr %".527", align 4
  %".529" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".528", i32 0
  %".530" = shufflevector <8 x float> %".529", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".531" = mul i64 %"k.1", 24
  %".532" = add i64 %".531", 3072
  %".533" = getelementptr inbounds float, ptr %"B.packed", i64 %".532"
  %".534" = load <8 x float>, ptr %".533", align 4
  %".535" = fmul contract <8 x float> %".530", %".534"
  %".536" = fadd contract <8 x float> %".522", %".535"
  %".537" = getelementptr inbounds float, ptr %"C.local.1", i64 32
  store <8 x float> %".536", ptr %".537", align 4
  %".539" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".540" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".539"
  %".541" = getelementptr inbounds float, ptr %"C.local.1", i64 40
  %".542" = load <8 x float>, ptr %".541", align 4
  %".543" = mul i64 %"k.1", 4
  %".544" = mul i64 %"i.outer.inner.1", 256
  %".545" = add i64 %".543", %".544"
  %".546" = add i64 %".545", 2
  %".547" = getelementptr inbounds float, ptr %"A.packed", i64 %".546"
  %".548" = load float, ptr %".547", align 4
  %".549" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".548", i32 0
  %".550" = shufflevector <8 x float> %".549", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".551" = mul i64 %"k.1", 24
  %".552" = add i64 %".551", 3080
  %".553" = getelementptr inbounds float, ptr %"B.packed", i64 %".552"
  %".554" = load <8 x float>, ptr %".553", align 4
  %".555" = fmul contract <8 x float> %".550", %".554"
  %".556" = fadd contract <8 x float> %".542", %".555"
  %".557" = getelementptr inbounds float, ptr %"C.local.1", i64 40
  store <8 x float> %".556", ptr %".557", align 4
  %".559" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".560" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".559"
  %".561" = getelementptr inbounds float, ptr %"C.local.1", i64 48
  %".562" = load <8 x float>, ptr %".561", align 4
  %".563" = mul i64 %"k.1", 4
  %".564" = mul i64 %"i.outer.inner.1", 256
  %".565" = add i64 %".563", %".564"
  %".566" = add i64 %".565", 3
  %".567" = getelementptr inbounds float, ptr %"A.packed", i64 %".566"
  %".568" = load float, ptr %".567", align 4
  %".569" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".568", i32 0
  %".570" = shufflevector <8 x float> %".569", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".571" = mul i64 %"k.1", 24
  %".572" = add i64 %".571", 3072
  %".573" = getelementptr inbounds float, ptr %"B.packed", i64 %".572"
  %".574" = load <8 x float>, ptr %".573", align 4
  %".575" = fmul contract <8 x float> %".570", %".574"
  %".576" = fadd contract <8 x float> %".562", %".575"
  %".577" = getelementptr inbounds float, ptr %"C.local.1", i64 48
  store <8 x float> %".576", ptr %".577", align 4
  %".579" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".580" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".579"
  %".581" = getelementptr inbounds float, ptr %"C.local.1", i64 56
  %".582" = load <8 x float>, ptr %".581", align 4
  %".583" = mul i64 %"k.1", 4
  %".584" = mul i64 %"i.outer.inner.1", 256
  %".585" = add i64 %".583", %".584"
  %".586" = add i64 %".585", 3
  %".587" = getelementptr inbounds float, ptr %"A.packed", i64 %".586"
  %".588" = load float, ptr %".587", align 4
  %".589" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".588", i32 0
  %".590" = shufflevector <8 x float> %".589", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".591" = mul i64 %"k.1", 24
  %".592" = add i64 %".591", 3080
  %".593" = getelementptr inbounds float, ptr %"B.packed", i64 %".592"
  %".594" = load <8 x float>, ptr %".593", align 4
  %".595" = fmul contract <8 x float> %".590", %".594"
  %".596" = fadd contract <8 x float> %".582", %".595"
  %".597" = getelementptr inbounds float, ptr %"C.local.1", i64 56
  store <8 x float> %".596", ptr %".597", align 4
  %"k.next.1" = add nsw i64 %"k.1", 1
  br label %"k.header.1"
k.exit.1:
  %".600" = add i64 0, 4
  br label %"i.inner.header.1"
i.inner.header.1:
  %"i.inner.1" = phi  i64 [0, %"k.exit.1"], [%"i.inner.next.1", %"j.inner.outer.exit.1"]
  %".602" = icmp slt i64 %"i.inner.1", %".600"
  br i1 %".602", label %"i.inner.body.1", label %"i.inner.exit.1"
i.inner.body.1:
  %".604" = add i64 0, 2
  br label %"j.inner.outer.header.1"
i.inner.exit.1:
  %"i.outer.inner.next.1" = add nsw i64 %"i.outer.inner.1", 1
  br label %"i.outer.inner.header.1"
j.inner.outer.header.1:
  %"j.inner.outer.1" = phi  i64 [0, %"i.inner.body.1"], [%"j.inner.outer.next.1", %"j.inner.outer.body.1"]
  %".606" = icmp slt i64 %"j.inner.outer.1", %".604"
  br i1 %".606", label %"j.inner.outer.body.1", label %"j.inner.outer.exit.1"
j.inner.outer.body.1:
  %".608" = mul i64 %"i.inner.1", 64
  %".609" = mul i64 %"i.outer.inner.1", 256
  %".610" = add i64 %".608", %".609"
  %".611" = mul i64 %"j.inner.outer.1", 8
  %".612" = add i64 %".610", %".611"
  %".613" = add i64 %".612", 48
  %".614" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".613", i32 0
  %".615" = shufflevector <8 x i64> %".614", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".616" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".617" = add <8 x i64> %".615", %".616"
  %".618" = mul i64 %"i.inner.1", 16
  %".619" = mul i64 %"j.inner.outer.1", 8
  %".620" = add i64 %".618", %".619"
  %".621" = getelementptr inbounds float, ptr %"C.local.1", i64 %".620"
  %".622" = load <8 x float>, ptr %".621", align 4
  %".623" = mul i64 %"i.inner.1", 64
  %".624" = mul i64 %"i.outer.inner.1", 256
  %".625" = add i64 %".623", %".624"
  %".626" = mul i64 %"j.inner.outer.1", 8
  %".627" = add i64 %".625", %".626"
  %".628" = add i64 %".627", 48
  %".629" = getelementptr inbounds float, ptr %"C", i64 %".628"
  store <8 x float> %".622", ptr %".629", align 4
  %"j.inner.outer.next.1" = add nsw i64 %"j.inner.outer.1", 1
  br label %"j.inner.outer.header.1"
j.inner.outer.exit.1:
  %"i.inner.next.1" = add nsw i64 %"i.inner.1", 1
  br label %"i.inner.header.1"
}

declare ptr @"aligned_alloc"(i64 %".1", i64 %".2")

declare void @"free"(ptr %".1")

define internal void @"tcomp_main.par0.body"(ptr noalias %"A", ptr noalias %"A.packed", i64 %".3", i64 %".4", i64 %".5") nounwind
{
entry:
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".4", %"entry"], [%"it.next", %"i1.exit"]
  %".8" = icmp slt i64 %"it", %".5"
  br i1 %".8", label %"it.body", label %"it.exit"
it.body:
  %"i0.outer" = add i64 %".3", %"it"
  %".10" = add i64 0, 64
  br label %"i1.header"
it.exit:
  ret void
i1.header:
  %"i1" = phi  i64 [0, %"it.body"], [%"i1.next", %"i0.inner.exit"]
  %".12" = icmp slt i64 %"i1", %".10"
  br i1 %".12", label %"i1.body", label %"i1.exit"
i1.body:
  %".14" = add i64 0, 4
  br label %"i0.inner.header"
i1.exit:
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
i0.inner.header:
  %"i0.inner" = phi  i64 [0, %"i1.body"], [%"i0.inner.next", %"i0.inner.body"]
  %".16" = icmp slt i64 %"i0.inner", %".14"
  br i1 %".16", label %"i0.inner.body", label %"i0.inner.exit"
i0.inner.body:
  %".18" = mul i64 %"i1", 4
  %".19" = mul i64 %"i0.outer", 256
  %".20" = add i64 %".18", %".19"
  %".21" = add i64 %".20", %"i0.inner"
  %".22" = mul i64 %"i0.outer", 256
  %".23" = add i64 %"i1", %".22"
  %".24" = mul i64 %"i0.inner", 64
  %".25" = add i64 %".23", %".24"
  %".26" = getelementptr inbounds float, ptr %"A", i64 %".25"
  %".27" = load float, ptr %".26", align 4
  %".28" = getelementptr inbounds float, ptr %"A.packed", i64 %".21"
  store float %".27", ptr %".28", align 4
  %"i0.inner.next" = add nsw i64 %"i0.inner", 1
  br label %"i0.inner.header"
i0.inner.exit:
  %"i1.next" = add nsw i64 %"i1", 1
  br label %"i1.header"
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

define internal void @"tcomp_main.par1.body"(ptr noalias %"B", ptr noalias %"B.packed", i64 %".3", i64 %".4", i64 %".5") nounwind
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
  %".14" = mul i64 %"i0", 24
  %".15" = mul i64 %"i1.outer", 1536
  %".16" = add i64 %".14", %".15"
  %".17" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".16", i32 0
  %".18" = shufflevector <16 x i64> %".17", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".19" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".20" = add <16 x i64> %".18", %".19"
  %".21" = mul i64 %"i0", 64
  %".22" = mul i64 %"i1.outer", 24
  %".23" = add i64 %".21", %".22"
  %".24" = getelementptr inbounds float, ptr %"B", i64 %".23"
  %".25" = load <16 x float>, ptr %".24", align 4
  %".26" = mul i64 %"i0", 24
  %".27" = mul i64 %"i1.outer", 1536
  %".28" = add i64 %".26", %".27"
  %".29" = getelementptr inbounds float, ptr %"B.packed", i64 %".28"
  store <16 x float> %".25", ptr %".29", align 4
  %".31" = mul i64 %"i0", 24
  %".32" = mul i64 %"i1.outer", 1536
  %".33" = add i64 %".31", %".32"
  %".34" = add i64 %".33", 16
  %".35" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".34", i32 0
  %".36" = shufflevector <8 x i64> %".35", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".37" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".38" = add <8 x i64> %".36", %".37"
  %".39" = mul i64 %"i0", 64
  %".40" = mul i64 %"i1.outer", 24
  %".41" = add i64 %".39", %".40"
  %".42" = add i64 %".41", 16
  %".43" = getelementptr inbounds float, ptr %"B", i64 %".42"
  %".44" = load <8 x float>, ptr %".43", align 4
  %".45" = mul i64 %"i0", 24
  %".46" = mul i64 %"i1.outer", 1536
  %".47" = add i64 %".45", %".46"
  %".48" = add i64 %".47", 16
  %".49" = getelementptr inbounds float, ptr %"B.packed", i64 %".48"
  store <8 x float> %".44", ptr %".49", align 4
  %"i0.next" = add nsw i64 %"i0", 1
  br label %"i0.header"
i0.exit:
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
}

define internal void @"tcomp_main.par1"(ptr %".1", i64 %".2", i64 %".3") nounwind
{
entry:
  %".5" = getelementptr inbounds {ptr, ptr, i64}, ptr %".1", i32 0, i32 0
  %".6" = load ptr, ptr %".5"
  %".7" = getelementptr inbounds {ptr, ptr, i64}, ptr %".1", i32 0, i32 1
  %".8" = load ptr, ptr %".7"
  %".9" = getelementptr inbounds {ptr, ptr, i64}, ptr %".1", i32 0, i32 2
  %".10" = load i64, ptr %".9"
  call void @"tcomp_main.par1.body"(ptr %".6", ptr %".8", i64 %".10", i64 %".2", i64 %".3")
  ret void
}
