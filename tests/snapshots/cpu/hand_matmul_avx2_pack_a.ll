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
  %"B.packed" = alloca [4608 x float], align 64
  %"A.packed" = alloca [4096 x float], align 64
  %".5" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"A", ptr %".5"
  %".7" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %"A.packed", ptr %".7"
  %".9" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store i64 0, ptr %".9"
  %".11" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 16, i32 %".11")
  %".13" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure1", i32 0, i32 0
  store ptr %"B", ptr %".13"
  %".15" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure1", i32 0, i32 1
  store ptr %"B.packed", ptr %".15"
  %".17" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure1", i32 0, i32 2
  store i64 0, ptr %".17"
  %".19" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par1", ptr %"closure1", i64 2, i32 %".19")
  %".21" = add i64 0, 64
  br label %"i0.header"
i0.header:
  %"i0" = phi  i64 [0, %"entry"], [%"i0.next", %"i0.body"]
  %".23" = icmp slt i64 %"i0", %".21"
  br i1 %".23", label %"i0.body", label %"i0.exit"
i0.body:
  %".25" = mul i64 %"i0", 24
  %".26" = add i64 %".25", 3072
  %".27" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".26", i32 0
  %".28" = shufflevector <16 x i64> %".27", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".29" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".30" = add <16 x i64> %".28", %".29"
  %".31" = mul i64 %"i0", 64
  %".32" = add i64 %".31", 48
  %".33" = getelementptr inbounds float, ptr %"B", i64 %".32"
  %".34" = load <16 x float>, ptr %".33", align 4
  %".35" = mul i64 %"i0", 24
  %".36" = add i64 %".35", 3072
  %".37" = getelementptr inbounds float, ptr %"B.packed", i64 %".36"
  store <16 x float> %".34", ptr %".37", align 4
  %"i0.next" = add nsw i64 %"i0", 1
  br label %"i0.header"
i0.exit:
  %".40" = add i64 0, 2
  br label %"j.outer.header"
j.outer.header:
  %"j.outer" = phi  i64 [0, %"i0.exit"], [%"j.outer.next", %"i.outer.inner.exit"]
  %".42" = icmp slt i64 %"j.outer", %".40"
  br i1 %".42", label %"j.outer.body", label %"j.outer.exit"
j.outer.body:
  %".44" = add i64 0, 16
  br label %"i.outer.inner.header"
j.outer.exit:
  %".395" = add i64 0, 16
  br label %"i.outer.inner.header.1"
i.outer.inner.header:
  %"i.outer.inner" = phi  i64 [0, %"j.outer.body"], [%"i.outer.inner.next", %"i.inner.exit"]
  %".46" = icmp slt i64 %"i.outer.inner", %".44"
  br i1 %".46", label %"i.outer.inner.body", label %"i.outer.inner.exit"
i.outer.inner.body:
  %".48" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".49" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".48"
  %".50" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".50", align 4
  %".52" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".53" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".52"
  %".54" = getelementptr inbounds float, ptr %"C.local", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".54", align 4
  %".56" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".57" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".56"
  %".58" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".58", align 4
  %".60" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".61" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".60"
  %".62" = getelementptr inbounds float, ptr %"C.local", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".62", align 4
  %".64" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".65" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".64"
  %".66" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".66", align 4
  %".68" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".69" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".68"
  %".70" = getelementptr inbounds float, ptr %"C.local", i64 40
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".70", align 4
  %".72" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".73" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".72"
  %".74" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".74", align 4
  %".76" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".77" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".76"
  %".78" = getelementptr inbounds float, ptr %"C.local", i64 56
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".78", align 4
  %".80" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".81" = add <8 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".80"
  %".82" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".82", align 4
  %".84" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".85" = add <8 x i64> <i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72>, %".84"
  %".86" = getelementptr inbounds float, ptr %"C.local", i64 72
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".86", align 4
  %".88" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".89" = add <8 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".88"
  %".90" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".90", align 4
  %".92" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".93" = add <8 x i64> <i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88>, %".92"
  %".94" = getelementptr inbounds float, ptr %"C.local", i64 88
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".94", align 4
  %".96" = add i64 0, 64
  br label %"k.header"
i.outer.inner.exit:
  %"j.outer.next" = add nsw i64 %"j.outer", 1
  br label %"j.outer.header"
k.header:
  %"k" = phi  i64 [0, %"i.outer.inner.body"], [%"k.next", %"k.body"]
  %".98" = icmp slt i64 %"k", %".96"
  br i1 %".98", label %"k.body", label %"k.exit"
k.body:
  %".100" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".101" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".100"
  %".102" = getelementptr inbounds float, ptr %"C.local", i64 0
  %".103" = load <8 x float>, ptr %".102", align 4
  %".104" = mul i64 %"k", 4
  %".105" = mul i64 %"i.outer.inner", 256
  %".106" = add i64 %".104", %".105"
  %".107" = getelementptr inbounds float, ptr %"A.packed", i64 %".106"
  %".108" = load float, ptr %".107", align 4
  %".109" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".108", i32 0
  %".110" = shufflevector <8 x float> %".109", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".111" = mul i64 %"k", 24
  %".112" = mul i64 %"j.outer", 1536
  %".113" = add i64 %".111", %".112"
  %".114" = getelementptr inbounds float, ptr %"B.packed", i64 %".113"
  %".115" = load <8 x float>, ptr %".114", align 4
  %".116" = fmul contract <8 x float> %".110", %".115"
  %".117" = fadd contract <8 x float> %".103", %".116"
  %".118" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <8 x float> %".117", ptr %".118", align 4
  %".120" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".121" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".120"
  %".122" = getelementptr inbounds float, ptr %"C.local", i64 8
  %".123" = load <8 x float>, ptr %".122", align 4
  %".124" = mul i64 %"k", 4
  %".125" = mul i64 %"i.outer.inner", 256
  %".126" = add i64 %".124", %".125"
  %".127" = getelementptr inbounds float, ptr %"A.packed", i64 %".126"
  %".128" = load float, ptr %".127", align 4
  %".129" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".128", i32 0
  %".130" = shufflevector <8 x float> %".129", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".131" = mul i64 %"k", 24
  %".132" = mul i64 %"j.outer", 1536
  %".133" = add i64 %".131", %".132"
  %".134" = add i64 %".133", 8
  %".135" = getelementptr inbounds float, ptr %"B.packed", i64 %".134"
  %".136" = load <8 x float>, ptr %".135", align 4
  %".137" = fmul contract <8 x float> %".130", %".136"
  %".138" = fadd contract <8 x float> %".123", %".137"
  %".139" = getelementptr inbounds float, ptr %"C.local", i64 8
  store <8 x float> %".138", ptr %".139", align 4
  %".141" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".142" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".141"
  %".143" = getelementptr inbounds float, ptr %"C.local", i64 16
  %".144" = load <8 x float>, ptr %".143", align 4
  %".145" = mul i64 %"k", 4
  %".146" = mul i64 %"i.outer.inner", 256
  %".147" = add i64 %".145", %".146"
  %".148" = getelementptr inbounds float, ptr %"A.packed", i64 %".147"
  %".149" = load float, ptr %".148", align 4
  %".150" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".149", i32 0
  %".151" = shufflevector <8 x float> %".150", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".152" = mul i64 %"k", 24
  %".153" = mul i64 %"j.outer", 1536
  %".154" = add i64 %".152", %".153"
  %".155" = add i64 %".154", 16
  %".156" = getelementptr inbounds float, ptr %"B.packed", i64 %".155"
  %".157" = load <8 x float>, ptr %".156", align 4
  %".158" = fmul contract <8 x float> %".151", %".157"
  %".159" = fadd contract <8 x float> %".144", %".158"
  %".160" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <8 x float> %".159", ptr %".160", align 4
  %".162" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".163" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".162"
  %".164" = getelementptr inbounds float, ptr %"C.local", i64 24
  %".165" = load <8 x float>, ptr %".164", align 4
  %".166" = mul i64 %"k", 4
  %".167" = mul i64 %"i.outer.inner", 256
  %".168" = add i64 %".166", %".167"
  %".169" = add i64 %".168", 1
  %".170" = getelementptr inbounds float, ptr %"A.packed", i64 %".169"
  %".171" = load float, ptr %".170", align 4
  %".172" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".171", i32 0
  %".173" = shufflevector <8 x float> %".172", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".174" = mul i64 %"k", 24
  %".175" = mul i64 %"j.outer", 1536
  %".176" = add i64 %".174", %".175"
  %".177" = getelementptr inbounds float, ptr %"B.packed", i64 %".176"
  %".178" = load <8 x float>, ptr %".177", align 4
  %".179" = fmul contract <8 x float> %".173", %".178"
  %".180" = fadd contract <8 x float> %".165", %".179"
  %".181" = getelementptr inbounds float, ptr %"C.local", i64 24
  store <8 x float> %".180", ptr %".181", align 4
  %".183" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".184" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".183"
  %".185" = getelementptr inbounds float, ptr %"C.local", i64 32
  %".186" = load <8 x float>, ptr %".185", align 4
  %".187" = mul i64 %"k", 4
  %".188" = mul i64 %"i.outer.inner", 256
  %".189" = add i64 %".187", %".188"
  %".190" = add i64 %".189", 1
  %".191" = getelementptr inbounds float, ptr %"A.packed", i64 %".190"
  %".192" = load float, ptr %".191", align 4
  %".193" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".192", i32 0
  %".194" = shufflevector <8 x float> %".193", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".195" = mul i64 %"k", 24
  %".196" = mul i64 %"j.outer", 1536
  %".197" = add i64 %".195", %".196"
  %".198" = add i64 %".197", 8
  %".199" = getelementptr inbounds float, ptr %"B.packed", i64 %".198"
  %".200" = load <8 x float>, ptr %".199", align 4
  %".201" = fmul contract <8 x float> %".194", %".200"
  %".202" = fadd contract <8 x float> %".186", %".201"
  %".203" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <8 x float> %".202", ptr %".203", align 4
  %".205" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".206" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".205"
  %".207" = getelementptr inbounds float, ptr %"C.local", i64 40
  %".208" = load <8 x float>, ptr %".207", align 4
  %".209" = mul i64 %"k", 4
  %".210" = mul i64 %"i.outer.inner", 256
  %".211" = add i64 %".209", %".210"
  %".212" = add i64 %".211", 1
  %".213" = getelementptr inbounds float, ptr %"A.packed", i64 %".212"
  %".214" = load float, ptr %".213", align 4
  %".215" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".214", i32 0
  %".216" = shufflevector <8 x float> %".215", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".217" = mul i64 %"k", 24
  %".218" = mul i64 %"j.outer", 1536
  %".219" = add i64 %".217", %".218"
  %".220" = add i64 %".219", 16
  %".221" = getelementptr inbounds float, ptr %"B.packed", i64 %".220"
  %".222" = load <8 x float>, ptr %".221", align 4
  %".223" = fmul contract <8 x float> %".216", %".222"
  %".224" = fadd contract <8 x float> %".208", %".223"
  %".225" = getelementptr inbounds float, ptr %"C.local", i64 40
  store <8 x float> %".224", ptr %".225", align 4
  %".227" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".228" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".227"
  %".229" = getelementptr inbounds float, ptr %"C.local", i64 48
  %".230" = load <8 x float>, ptr %".229", align 4
  %".231" = mul i64 %"k", 4
  %".232" = mul i64 %"i.outer.inner", 256
  %".233" = add i64 %".231", %".232"
  %".234" = add i64 %".233", 2
  %".235" = getelementptr inbounds float, ptr %"A.packed", i64 %".234"
  %".236" = load float, ptr %".235", align 4
  %".237" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".236", i32 0
  %".238" = shufflevector <8 x float> %".237", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".239" = mul i64 %"k", 24
  %".240" = mul i64 %"j.outer", 1536
  %".241" = add i64 %".239", %".240"
  %".242" = getelementptr inbounds float, ptr %"B.packed", i64 %".241"
  %".243" = load <8 x float>, ptr %".242", align 4
  %".244" = fmul contract <8 x float> %".238", %".243"
  %".245" = fadd contract <8 x float> %".230", %".244"
  %".246" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <8 x float> %".245", ptr %".246", align 4
  %".248" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".249" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".248"
  %".250" = getelementptr inbounds float, ptr %"C.local", i64 56
  %".251" = load <8 x float>, ptr %".250", align 4
  %".252" = mul i64 %"k", 4
  %".253" = mul i64 %"i.outer.inner", 256
  %".254" = add i64 %".252", %".253"
  %".255" = add i64 %".254", 2
  %".256" = getelementptr inbounds float, ptr %"A.packed", i64 %".255"
  %".257" = load float, ptr %".256", align 4
  %".258" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".257", i32 0
  %".259" = shufflevector <8 x float> %".258", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".260" = mul i64 %"k", 24
  %".261" = mul i64 %"j.outer", 1536
  %".262" = add i64 %".260", %".261"
  %".263" = add i64 %".262", 8
  %".264" = getelementptr inbounds float, ptr %"B.packed", i64 %".263"
  %".265" = load <8 x float>, ptr %".264", align 4
  %".266" = fmul contract <8 x float> %".259", %".265"
  %".267" = fadd contract <8 x float> %".251", %".266"
  %".268" = getelementptr inbounds float, ptr %"C.local", i64 56
  store <8 x float> %".267", ptr %".268", align 4
  %".270" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".271" = add <8 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".270"
  %".272" = getelementptr inbounds float, ptr %"C.local", i64 64
  %".273" = load <8 x float>, ptr %".272", align 4
  %".274" = mul i64 %"k", 4
  %".275" = mul i64 %"i.outer.inner", 256
  %".276" = add i64 %".274", %".275"
  %".277" = add i64 %".276", 2
  %".278" = getelementptr inbounds float, ptr %"A.packed", i64 %".277"
  %".279" = load float, ptr %".278", align 4
  %".280" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".279", i32 0
  %".281" = shufflevector <8 x float> %".280", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".282" = mul i64 %"k", 24
  %".283" = mul i64 %"j.outer", 1536
  %".284" = add i64 %".282", %".283"
  %".285" = add i64 %".284", 16
  %".286" = getelementptr inbounds float, ptr %"B.packed", i64 %".285"
  %".287" = load <8 x float>, ptr %".286", align 4
  %".288" = fmul contract <8 x float> %".281", %".287"
  %".289" = fadd contract <8 x float> %".273", %".288"
  %".290" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <8 x float> %".289", ptr %".290", align 4
  %".292" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".293" = add <8 x i64> <i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72>, %".292"
  %".294" = getelementptr inbounds float, ptr %"C.local", i64 72
  %".295" = load <8 x float>, ptr %".294", align 4
  %".296" = mul i64 %"k", 4
  %".297" = mul i64 %"i.outer.inner", 256
  %".298" = add i64 %".296", %".297"
  %".299" = add i64 %".298", 3
  %".300" = getelementptr inbounds float, ptr %"A.packed", i64 %".299"
  %".301" = load float, ptr %".300", align 4
  %".302" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".301", i32 0
  %".303" = shufflevector <8 x float> %".302", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".304" = mul i64 %"k", 24
  %".305" = mul i64 %"j.outer", 1536
  %".306" = add i64 %".304", %".305"
  %".307" = getelementptr inbounds float, ptr %"B.packed", i64 %".306"
  %".308" = load <8 x float>, ptr %".307", align 4
  %".309" = fmul contract <8 x float> %".303", %".308"
  %".310" = fadd contract <8 x float> %".295", %".309"
  %".311" = getelementptr inbounds float, ptr %"C.local", i64 72
  store <8 x float> %".310", ptr %".311", align 4
  %".313" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".314" = add <8 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".313"
  %".315" = getelementptr inbounds float, ptr %"C.local", i64 80
  %".316" = load <8 x float>, ptr %".315", align 4
  %".317" = mul i64 %"k", 4
  %".318" = mul i64 %"i.outer.inner", 256
  %".319" = add i64 %".317", %".318"
  %".320" = add i64 %".319", 3
  %".321" = getelementptr inbounds float, ptr %"A.packed", i64 %".320"
  %".322" = load float, ptr %".321", align 4
  %".323" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".322", i32 0
  %".324" = shufflevector <8 x float> %".323", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".325" = mul i64 %"k", 24
  %".326" = mul i64 %"j.outer", 1536
  %".327" = add i64 %".325", %".326"
  %".328" = add i64 %".327", 8
  %".329" = getelementptr inbounds float, ptr %"B.packed", i64 %".328"
  %".330" = load <8 x float>, ptr %".329", align 4
  %".331" = fmul contract <8 x float> %".324", %".330"
  %".332" = fadd contract <8 x float> %".316", %".331"
  %".333" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <8 x float> %".332", ptr %".333", align 4
  %".335" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".336" = add <8 x i64> <i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88>, %".335"
  %".337" = getelementptr inbounds float, ptr %"C.local", i64 88
  %".338" = load <8 x float>, ptr %".337", align 4
  %".339" = mul i64 %"k", 4
  %".340" = mul i64 %"i.outer.inner", 256
  %".341" = add i64 %".339", %".340"
  %".342" = add i64 %".341", 3
  %".343" = getelementptr inbounds float, ptr %"A.packed", i64 %".342"
  %".344" = load float, ptr %".343", align 4
  %".345" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".344", i32 0
  %".346" = shufflevector <8 x float> %".345", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".347" = mul i64 %"k", 24
  %".348" = mul i64 %"j.outer", 1536
  %".349" = add i64 %".347", %".348"
  %".350" = add i64 %".349", 16
  %".351" = getelementptr inbounds float, ptr %"B.packed", i64 %".350"
  %".352" = load <8 x float>, ptr %".351", align 4
  %".353" = fmul contract <8 x float> %".346", %".352"
  %".354" = fadd contract <8 x float> %".338", %".353"
  %".355" = getelementptr inbounds float, ptr %"C.local", i64 88
  store <8 x float> %".354", ptr %".355", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
k.exit:
  %".358" = add i64 0, 4
  br label %"i.inner.header"
i.inner.header:
  %"i.inner" = phi  i64 [0, %"k.exit"], [%"i.inner.next", %"j.inner.outer.exit"]
  %".360" = icmp slt i64 %"i.inner", %".358"
  br i1 %".360", label %"i.inner.body", label %"i.inner.exit"
i.inner.body:
  %".362" = add i64 0, 3
  br label %"j.inner.outer.header"
i.inner.exit:
  %"i.outer.inner.next" = add nsw i64 %"i.outer.inner", 1
  br label %"i.outer.inner.header"
j.inner.outer.header:
  %"j.inner.outer" = phi  i64 [0, %"i.inner.body"], [%"j.inner.outer.next", %"j.inner.outer.body"]
  %".364" = icmp slt i64 %"j.inner.outer", %".362"
  br i1 %".364", label %"j.inner.outer.body", label %"j.inner.outer.exit"
j.inner.outer.body:
  %".366" = mul i64 %"i.inner", 64
  %".367" = mul i64 %"i.outer.inner", 256
  %".368" = add i64 %".366", %".367"
  %".369" = mul i64 %"j.outer", 24
  %".370" = add i64 %".368", %".369"
  %".371" = mul i64 %"j.inner.outer", 8
  %".372" = add i64 %".370", %".371"
  %".373" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".372", i32 0
  %".374" = shufflevector <8 x i64> %".373", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".375" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".376" = add <8 x i64> %".374", %".375"
  %".377" = mul i64 %"i.inner", 24
  %".378" = mul i64 %"j.inner.outer", 8
  %".379" = add i64 %".377", %".378"
  %".380" = getelementptr inbounds float, ptr %"C.local", i64 %".379"
  %".381" = load <8 x float>, ptr %".380", align 4
  %".382" = mul i64 %"i.inner", 64
  %".383" = mul i64 %"i.outer.inner", 256
  %".384" = add i64 %".382", %".383"
  %".385" = mul i64 %"j.outer", 24
  %".386" = add i64 %".384", %".385"
  %".387" = mul i64 %"j.inner.outer", 8
  %".388" = add i64 %".386", %".387"
  %".389" = getelementptr inbounds float, ptr %"C", i64 %".388"
  store <8 x float> %".381", ptr %".389", align 4
  %"j.inner.outer.next" = add nsw i64 %"j.inner.outer", 1
  br label %"j.inner.outer.header"
j.inner.outer.exit:
  %"i.inner.next" = add nsw i64 %"i.inner", 1
  br label %"i.inner.header"
i.outer.inner.header.1:
  %"i.outer.inner.1" = phi  i64 [0, %"j.outer.exit"], [%"i.outer.inner.next.1", %"i.inner.exit.1"]
  %".397" = icmp slt i64 %"i.outer.inner.1", %".395"
  br i1 %".397", label %"i.outer.inner.body.1", label %"i.outer.inner.exit.1"
i.outer.inner.body.1:
  %".399" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".400" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".399"
  %".401" = getelementptr inbounds float, ptr %"C.local.1", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".401", align 4
  %".403" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".404" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".403"
  %".405" = getelementptr inbounds float, ptr %"C.local.1", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".405", align 4
  %".407" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".408" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".407"
  %".409" = getelementptr inbounds float, ptr %"C.local.1", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".409", align 4
  %".411" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".412" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".411"
  %".413" = getelementptr inbounds float, ptr %"C.local.1", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".413", align 4
  %".415" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".416" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".415"
  %".417" = getelementptr inbounds float, ptr %"C.local.1", i64 32
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".417", align 4
  %".419" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".420" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".419"
  %".421" = getelementptr inbounds float, ptr %"C.local.1", i64 40
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".421", align 4
  %".423" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".424" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".423"
  %".425" = getelementptr inbounds float, ptr %"C.local.1", i64 48
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".425", align 4
  %".427" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".428" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".427"
  %".429" = getelementptr inbounds float, ptr %"C.local.1", i64 56
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".429", align 4
  %".431" = add i64 0, 64
  br label %"k.header.1"
i.outer.inner.exit.1:
  ret void
k.header.1:
  %"k.1" = phi  i64 [0, %"i.outer.inner.body.1"], [%"k.next.1", %"k.body.1"]
  %".433" = icmp slt i64 %"k.1", %".431"
  br i1 %".433", label %"k.body.1", label %"k.exit.1"
k.body.1:
  %".435" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".436" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".435"
  %".437" = getelementptr inbounds float, ptr %"C.local.1", i64 0
  %".438" = load <8 x float>, ptr %".437", align 4
  %".439" = mul i64 %"k.1", 4
  %".440" = mul i64 %"i.outer.inner.1", 256
  %".441" = add i64 %".439", %".440"
  %".442" = getelementptr inbounds float, ptr %"A.packed", i64 %".441"
  %".443" = load float, ptr %".442", align 4
  %".444" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".443", i32 0
  %".445" = shufflevector <8 x float> %".444", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".446" = mul i64 %"k.1", 24
  %".447" = add i64 %".446", 3072
  %".448" = getelementptr inbounds float, ptr %"B.packed", i64 %".447"
  %".449" = load <8 x float>, ptr %".448", align 4
  %".450" = fmul contract <8 x float> %".445", %".449"
  %".451" = fadd contract <8 x float> %".438", %".450"
  %".452" = getelementptr inbounds float, ptr %"C.local.1", i64 0
  store <8 x float> %".451", ptr %".452", align 4
  %".454" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".455" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".454"
  %".456" = getelementptr inbounds float, ptr %"C.local.1", i64 8
  %".457" = load <8 x float>, ptr %".456", align 4
  %".458" = mul i64 %"k.1", 4
  %".459" = mul i64 %"i.outer.inner.1", 256
  %".460" = add i64 %".458", %".459"
  %".461" = getelementptr inbounds float, ptr %"A.packed", i64 %".460"
  %".462" = load float, ptr %".461", align 4
  %".463" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".462", i32 0
  %".464" = shufflevector <8 x float> %".463", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".465" = mul i64 %"k.1", 24
  %".466" = add i64 %".465", 3080
  %".467" = getelementptr inbounds float, ptr %"B.packed", i64 %".466"
  %".468" = load <8 x float>, ptr %".467", align 4
  %".469" = fmul contract <8 x float> %".464", %".468"
  %".470" = fadd contract <8 x float> %".457", %".469"
  %".471" = getelementptr inbounds float, ptr %"C.local.1", i64 8
  store <8 x float> %".470", ptr %".471", align 4
  %".473" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".474" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".473"
  %".475" = getelementptr inbounds float, ptr %"C.local.1", i64 16
  %".476" = load <8 x float>, ptr %".475", align 4
  %".477" = mul i64 %"k.1", 4
  %".478" = mul i64 %"i.outer.inner.1", 256
  %".479" = add i64 %".477", %".478"
  %".480" = add i64 %".479", 1
  %".481" = getelementptr inbounds float, ptr %"A.packed", i64 %".480"
  %".482" = load float, ptr %".481", align 4
  %".483" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".482", i32 0
  %".484" = shufflevector <8 x float> %".483", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".485" = mul i64 %"k.1", 24
  %".486" = add i64 %".485", 3072
  %".487" = getelementptr inbounds float, ptr %"B.packed", i64 %".486"
  %".488" = load <8 x float>, ptr %".487", align 4
  %".489" = fmul contract <8 x float> %".484", %".488"
  %".490" = fadd contract <8 x float> %".476", %".489"
  %".491" = getelementptr inbounds float, ptr %"C.local.1", i64 16
  store <8 x float> %".490", ptr %".491", align 4
  %".493" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".494" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".493"
  %".495" = getelementptr inbounds float, ptr %"C.local.1", i64 24
  %".496" = load <8 x float>, ptr %".495", align 4
  %".497" = mul i64 %"k.1", 4
  %".498" = mul i64 %"i.outer.inner.1", 256
  %".499" = add i64 %".497", %".498"
  %".500" = add i64 %".499", 1
  %".501" = getelementptr inbounds float, ptr %"A.packed", i64 %".500"
  %".502" = load float, ptr %".501", align 4
  %".503" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".502", i32 0
  %".504" = shufflevector <8 x float> %".503", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".505" = mul i64 %"k.1", 24
  %".506" = add i64 %".505", 3080
  %".507" = getelementptr inbounds float, ptr %"B.packed", i64 %".506"
  %".508" = load <8 x float>, ptr %".507", align 4
  %".509" = fmul contract <8 x float> %".504", %".508"
  %".510" = fadd contract <8 x float> %".496", %".509"
  %".511" = getelementptr inbounds float, ptr %"C.local.1", i64 24
  store <8 x float> %".510", ptr %".511", align 4
  %".513" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".514" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".513"
  %".515" = getelementptr inbounds float, ptr %"C.local.1", i64 32
  %".516" = load <8 x float>, ptr %".515", align 4
  %".517" = mul i64 %"k.1", 4
  %".518" = mul i64 %"i.outer.inner.1", 256
  %".519" = add i64 %".517", %".518"
  %".520" = add i64 %".519", 2
  %".521" = getelementptr inbounds float, ptr %"A.packed", i64 %".520"
  %".522" = load float, ptr %".521", align 4
  %".523" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".522", i32 0
  %".524" = shufflevector <8 x float> %".523", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".525" = mul i64 %"k.1", 24
  %".526" = add i64 %".525", 3072
  %".527" = getelementptr inbounds float, ptr %"B.packed", i64 %".526"
  %".528" = load <8 x float>, ptr %".527", align 4
  %".529" = fmul contract <8 x float> %".524", %".528"
  %".530" = fadd contract <8 x float> %".516", %".529"
  %".531" = getelementptr inbounds float, ptr %"C.local.1", i64 32
  store <8 x float> %".530", ptr %".531", align 4
  %".533" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".534" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".533"
  %".535" = getelementptr inbounds float, ptr %"C.local.1", i64 40
  %".536" = load <8 x float>, ptr %".535", align 4
  %".537" = mul i64 %"k.1", 4
  %".538" = mul i64 %"i.outer.inner.1", 256
  %".539" = add i64 %".537", %".538"
  %".540" = add i64 %".539", 2
  %".541" = getelementptr inbounds float, ptr %"A.packed", i64 %".540"
  %".542" = load float, ptr %".541", align 4
  %".543" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".542", i32 0
  %".544" = shufflevector <8 x float> %".543", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".545" = mul i64 %"k.1", 24
  %".546" = add i64 %".545", 3080
  %".547" = getelementptr inbounds float, ptr %"B.packed", i64 %".546"
  %".548" = load <8 x float>, ptr %".547", align 4
  %".549" = fmul contract <8 x float> %".544", %".548"
  %".550" = fadd contract <8 x float> %".536", %".549"
  %".551" = getelementptr inbounds float, ptr %"C.local.1", i64 40
  store <8 x float> %".550", ptr %".551", align 4
  %".553" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".554" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".553"
  %".555" = getelementptr inbounds float, ptr %"C.local.1", i64 48
  %".556" = load <8 x float>, ptr %".555", align 4
  %".557" = mul i64 %"k.1", 4
  %".558" = mul i64 %"i.outer.inner.1", 256
  %".559" = add i64 %".557", %".558"
  %".560" = add i64 %".559", 3
  %".561" = getelementptr inbounds float, ptr %"A.packed", i64 %".560"
  %".562" = load float, ptr %".561", align 4
  %".563" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".562", i32 0
  %".564" = shufflevector <8 x float> %".563", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".565" = mul i64 %"k.1", 24
  %".566" = add i64 %".565", 3072
  %".567" = getelementptr inbounds float, ptr %"B.packed", i64 %".566"
  %".568" = load <8 x float>, ptr %".567", align 4
  %".569" = fmul contract <8 x float> %".564", %".568"
  %".570" = fadd contract <8 x float> %".556", %".569"
  %".571" = getelementptr inbounds float, ptr %"C.local.1", i64 48
  store <8 x float> %".570", ptr %".571", align 4
  %".573" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".574" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".573"
  %".575" = getelementptr inbounds float, ptr %"C.local.1", i64 56
  %".576" = load <8 x float>, ptr %".575", align 4
  %".577" = mul i64 %"k.1", 4
  %".578" = mul i64 %"i.outer.inner.1", 256
  %".579" = add i64 %".577", %".578"
  %".580" = add i64 %".579", 3
  %".581" = getelementptr inbounds float, ptr %"A.packed", i64 %".580"
  %".582" = load float, ptr %".581", align 4
  %".583" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".582", i32 0
  %".584" = shufflevector <8 x float> %".583", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".585" = mul i64 %"k.1", 24
  %".586" = add i64 %".585", 3080
  %".587" = getelementptr inbounds float, ptr %"B.packed", i64 %".586"
  %".588" = load <8 x float>, ptr %".587", align 4
  %".589" = fmul contract <8 x float> %".584", %".588"
  %".590" = fadd contract <8 x float> %".576", %".589"
  %".591" = getelementptr inbounds float, ptr %"C.local.1", i64 56
  store <8 x float> %".590", ptr %".591", align 4
  %"k.next.1" = add nsw i64 %"k.1", 1
  br label %"k.header.1"
k.exit.1:
  %".594" = add i64 0, 4
  br label %"i.inner.header.1"
i.inner.header.1:
  %"i.inner.1" = phi  i64 [0, %"k.exit.1"], [%"i.inner.next.1", %"j.inner.outer.exit.1"]
  %".596" = icmp slt i64 %"i.inner.1", %".594"
  br i1 %".596", label %"i.inner.body.1", label %"i.inner.exit.1"
i.inner.body.1:
  %".598" = add i64 0, 2
  br label %"j.inner.outer.header.1"
i.inner.exit.1:
  %"i.outer.inner.next.1" = add nsw i64 %"i.outer.inner.1", 1
  br label %"i.outer.inner.header.1"
j.inner.outer.header.1:
  %"j.inner.outer.1" = phi  i64 [0, %"i.inner.body.1"], [%"j.inner.outer.next.1", %"j.inner.outer.body.1"]
  %".600" = icmp slt i64 %"j.inner.outer.1", %".598"
  br i1 %".600", label %"j.inner.outer.body.1", label %"j.inner.outer.exit.1"
j.inner.outer.body.1:
  %".602" = mul i64 %"i.inner.1", 64
  %".603" = mul i64 %"i.outer.inner.1", 256
  %".604" = add i64 %".602", %".603"
  %".605" = mul i64 %"j.inner.outer.1", 8
  %".606" = add i64 %".604", %".605"
  %".607" = add i64 %".606", 48
  %".608" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".607", i32 0
  %".609" = shufflevector <8 x i64> %".608", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".610" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".611" = add <8 x i64> %".609", %".610"
  %".612" = mul i64 %"i.inner.1", 16
  %".613" = mul i64 %"j.inner.outer.1", 8
  %".614" = add i64 %".612", %".613"
  %".615" = getelementptr inbounds float, ptr %"C.local.1", i64 %".614"
  %".616" = load <8 x float>, ptr %".615", align 4
  %".617" = mul i64 %"i.inner.1", 64
  %".618" = mul i64 %"i.outer.inner.1", 256
  %".619" = add i64 %".617", %".618"
  %".620" = mul i64 %"j.inner.outer.1", 8
  %".621" = add i64 %".619", %".620"
  %".622" = add i64 %".621", 48
  %".623" = getelementptr inbounds float, ptr %"C", i64 %".622"
  store <8 x float> %".616", ptr %".623", align 4
  %"j.inner.outer.next.1" = add nsw i64 %"j.inner.outer.1", 1
  br label %"j.inner.outer.header.1"
j.inner.outer.exit.1:
  %"i.inner.next.1" = add nsw i64 %"i.inner.1", 1
  br label %"i.inner.header.1"
}

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
