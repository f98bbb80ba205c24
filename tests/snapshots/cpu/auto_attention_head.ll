; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"Q", ptr noalias %"K", ptr noalias %"V", ptr noalias %"O") nounwind
{
entry:
  %"closure1" = alloca {ptr, ptr, ptr, i64}
  %"S.local.1" = alloca [64 x float], align 64
  %"S.local" = alloca [192 x float], align 64
  %"closure0" = alloca {ptr, ptr, i64}
  %".6" = mul i64 4, 128
  %".7" = add i64 %".6", 64
  %".8" = and i64 %".7", -64
  %"K.packed" = call ptr @"aligned_alloc"(i64 64, i64 %".8")
  %".9" = mul i64 4, 256
  %".10" = add i64 %".9", 64
  %".11" = and i64 %".10", -64
  %"S" = call ptr @"aligned_alloc"(i64 64, i64 %".11")
  %".12" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"K", ptr %".12"
  %".14" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %"K.packed", ptr %".14"
  %".16" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store i64 0, ptr %".16"
  %".18" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 8, i32 %".18")
  %".20" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".21" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".20"
  %".22" = getelementptr inbounds float, ptr %"S.local", i64 0
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".22", align 4
  %".24" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".25" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".24"
  %".26" = getelementptr inbounds float, ptr %"S.local", i64 16
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".26", align 4
  %".28" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".29" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".28"
  %".30" = getelementptr inbounds float, ptr %"S.local", i64 32
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".30", align 4
  %".32" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".33" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".32"
  %".34" = getelementptr inbounds float, ptr %"S.local", i64 48
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".34", align 4
  %".36" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".37" = add <16 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".36"
  %".38" = getelementptr inbounds float, ptr %"S.local", i64 64
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".38", align 4
  %".40" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".41" = add <16 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".40"
  %".42" = getelementptr inbounds float, ptr %"S.local", i64 80
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".42", align 4
  %".44" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".45" = add <16 x i64> <i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96>, %".44"
  %".46" = getelementptr inbounds float, ptr %"S.local", i64 96
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".46", align 4
  %".48" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".49" = add <16 x i64> <i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112>, %".48"
  %".50" = getelementptr inbounds float, ptr %"S.local", i64 112
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".50", align 4
  %".52" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".53" = add <16 x i64> <i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128>, %".52"
  %".54" = getelementptr inbounds float, ptr %"S.local", i64 128
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".54", align 4
  %".56" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".57" = add <16 x i64> <i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144>, %".56"
  %".58" = getelementptr inbounds float, ptr %"S.local", i64 144
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".58", align 4
  %".60" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".61" = add <16 x i64> <i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160>, %".60"
  %".62" = getelementptr inbounds float, ptr %"S.local", i64 160
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".62", align 4
  %".64" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".65" = add <16 x i64> <i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176>, %".64"
  %".66" = getelementptr inbounds float, ptr %"S.local", i64 176
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".66", align 4
  %".68" = add i64 0, 8
  br label %"d.header"
d.header:
  %"d" = phi  i64 [0, %"entry"], [%"d.next", %"d.body"]
  %".70" = icmp slt i64 %"d", %".68"
  br i1 %".70", label %"d.body", label %"d.exit"
d.body:
  %".72" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".73" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".72"
  %".74" = getelementptr inbounds float, ptr %"S.local", i64 0
  %".75" = load <16 x float>, ptr %".74", align 4
  %".76" = getelementptr inbounds float, ptr %"Q", i64 %"d"
  %".77" = load float, ptr %".76", align 4
  %".78" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".77", i32 0
  %".79" = shufflevector <16 x float> %".78", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".80" = mul i64 %"d", 16
  %".81" = getelementptr inbounds float, ptr %"K.packed", i64 %".80"
  %".82" = load <16 x float>, ptr %".81", align 4
  %".83" = fmul contract <16 x float> %".79", %".82"
  %".84" = fmul contract <16 x float> %".83", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".85" = fadd contract <16 x float> %".75", %".84"
  %".86" = getelementptr inbounds float, ptr %"S.local", i64 0
  store <16 x float> %".85", ptr %".86", align 4
  %".88" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".89" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".88"
  %".90" = getelementptr inbounds float, ptr %"S.local", i64 16
  %".91" = load <16 x float>, ptr %".90", align 4
  %".92" = add i64 %"d", 8
  %".93" = getelementptr inbounds float, ptr %"Q", i64 %".92"
  %".94" = load float, ptr %".93", align 4
  %".95" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".94", i32 0
  %".96" = shufflevector <16 x float> %".95", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".97" = mul i64 %"d", 16
  %".98" = getelementptr inbounds float, ptr %"K.packed", i64 %".97"
  %".99" = load <16 x float>, ptr %".98", align 4
  %".100" = fmul contract <16 x float> %".96", %".99"
  %".101" = fmul contract <16 x float> %".100", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".102" = fadd contract <16 x float> %".91", %".101"
  %".103" = getelementptr inbounds float, ptr %"S.local", i64 16
  store <16 x float> %".102", ptr %".103", align 4
  %".105" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".106" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".105"
  %".107" = getelementptr inbounds float, ptr %"S.local", i64 32
  %".108" = load <16 x float>, ptr %".107", align 4
  %".109" = add i64 %"d", 16
  %".110" = getelementptr inbounds float, ptr %"Q", i64 %".109"
  %".111" = load float, ptr %".110", align 4
  %".112" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".111", i32 0
  %".113" = shufflevector <16 x float> %".112", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".114" = mul i64 %"d", 16
  %".115" = getelementptr inbounds float, ptr %"K.packed", i64 %".114"
  %".116" = load <16 x float>, ptr %".115", align 4
  %".117" = fmul contract <16 x float> %".113", %".116"
  %".118" = fmul contract <16 x float> %".117", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".119" = fadd contract <16 x float> %".108", %".118"
  %".120" = getelementptr inbounds float, ptr %"S.local", i64 32
  store <16 x float> %".119", ptr %".120", align 4
  %".122" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".123" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".122"
  %".124" = getelementptr inbounds float, ptr %"S.local", i64 48
  %".125" = load <16 x float>, ptr %".124", align 4
  %".126" = add i64 %"d", 24
  %".127" = getelementptr inbounds float, ptr %"Q", i64 %".126"
  %".128" = load float, ptr %".127", align 4
  %".129" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".128", i32 0
  %".130" = shufflevector <16 x float> %".129", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".131" = mul i64 %"d", 16
  %".132" = getelementptr inbounds float, ptr %"K.packed", i64 %".131"
  %".133" = load <16 x float>, ptr %".132", align 4
  %".134" = fmul contract <16 x float> %".130", %".133"
  %".135" = fmul contract <16 x float> %".134", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".136" = fadd contract <16 x float> %".125", %".135"
  %".137" = getelementptr inbounds float, ptr %"S.local", i64 48
  store <16 x float> %".136", ptr %".137", align 4
  %".139" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".140" = add <16 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".139"
  %".141" = getelementptr inbounds float, ptr %"S.local", i64 64
  %".142" = load <16 x float>, ptr %".141", align 4
  %".143" = add i64 %"d", 32
  %".144" = getelementptr inbounds float, ptr %"Q", i64 %".143"
  %".145" = load float, ptr %".144", align 4
  %".146" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".145", i32 0
  %".147" = shufflevector <16 x float> %".146", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".148" = mul i64 %"d", 16
  %".149" = getelementptr inbounds float, ptr %"K.packed", i64 %".148"
  %".150" = load <16 x float>, ptr %".149", align 4
  %".151" = fmul contract <16 x float> %".147", %".150"
  %".152" = fmul contract <16 x float> %".151", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".153" = fadd contract <16 x float> %".142", %".152"
  %".154" = getelementptr inbounds float, ptr %"S.local", i64 64
  store <16 x float> %".153", ptr %".154", align 4
  %".156" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".157" = add <16 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".156"
  %".158" = getelementptr inbounds float, ptr %"S.local", i64 80
  %".159" = load <16 x float>, ptr %".158", align 4
  %".160" = add i64 %"d", 40
  %".161" = getelementptr inbounds float, ptr %"Q", i64 %".160"
  %".162" = load float, ptr %".161", align 4
  %".163" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".162", i32 0
  %".164" = shufflevector <16 x float> %".163", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".165" = mul i64 %"d", 16
  %".166" = getelementptr inbounds float, ptr %"K.packed", i64 %".165"
  %".167" = load <16 x float>, ptr %".166", align 4
  %".168" = fmul contract <16 x float> %".164", %".167"
  %".169" = fmul contract <16 x float> %".168", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".170" = fadd contract <16 x float> %".159", %".169"
  %".171" = getelementptr inbounds float, ptr %"S.local", i64 80
  store <16 x float> %".170", ptr %".171", align 4
  %".173" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".174" = add <16 x i64> <i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96>, %".173"
  %".175" = getelementptr inbounds float, ptr %"S.local", i64 96
  %".176" = load <16 x float>, ptr %".175", align 4
  %".177" = add i64 %"d", 48
  %".178" = getelementptr inbounds float, ptr %"Q", i64 %".177"
  %".179" = load float, ptr %".178", align 4
  %".180" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".179", i32 0
  %".181" = shufflevector <16 x float> %".180", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".182" = mul i64 %"d", 16
  %".183" = getelementptr inbounds float, ptr %"K.packed", i64 %".182"
  %".184" = load <16 x float>, ptr %".183", align 4
  %".185" = fmul contract <16 x float> %".181", %".184"
  %".186" = fmul contract <16 x float> %".185", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".187" = fadd contract <16 x float> %".176", %".186"
  %".188" = getelementptr inbounds float, ptr %"S.local", i64 96
  store <16 x float> %".187", ptr %".188", align 4
  %".190" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".191" = add <16 x i64> <i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112>, %".190"
  %".192" = getelementptr inbounds float, ptr %"S.local", i64 112
  %".193" = load <16 x float>, ptr %".192", align 4
  %".194" = add i64 %"d", 56
  %".195" = getelementptr inbounds float, ptr %"Q", i64 %".194"
  %".196" = load float, ptr %".195", align 4
  %".197" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".196", i32 0
  %".198" = shufflevector <16 x float> %".197", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".199" = mul i64 %"d", 16
  %".200" = getelementptr inbounds float, ptr %"K.packed", i64 %".199"
  %".201" = load <16 x float>, ptr %".200", align 4
  %".202" = fmul contract <16 x float> %".198", %".201"
  %".203" = fmul contract <16 x float> %".202", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".204" = fadd contract <16 x float> %".193", %".203"
  %".205" = getelementptr inbounds float, ptr %"S.local", i64 112
  store <16 x float> %".204", ptr %".205", align 4
  %".207" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".208" = add <16 x i64> <i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128>, %".207"
  %".209" = getelementptr inbounds float, ptr %"S.local", i64 128
  %".210" = load <16 x float>, ptr %".209", align 4
  %".211" = add i64 %"d", 64
  %".212" = getelementptr inbounds float, ptr %"Q", i64 %".211"
  %".213" = load float, ptr %".212", align 4
  %".214" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".213", i32 0
  %".215" = shufflevector <16 x float> %".214", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".216" = mul i64 %"d", 16
  %".217" = getelementptr inbounds float, ptr %"K.packed", i64 %".216"
  %".218" = load <16 x float>, ptr %".217", align 4
  %".219" = fmul contract <16 x float> %".215", %".218"
  %".220" = fmul contract <16 x float> %".219", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".221" = fadd contract <16 x float> %".210", %".220"
  %".222" = getelementptr inbounds float, ptr %"S.local", i64 128
  store <16 x float> %".221", ptr %".222", align 4
  %".224" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".225" = add <16 x i64> <i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144>, %".224"
  %".226" = getelementptr inbounds float, ptr %"S.local", i64 144
  %".227" = load <16 x float>, ptr %".226", align 4
  %".228" = add i64 %"d", 72
  %".229" = getelementptr inbounds float, ptr %"Q", i64 %".228"
  %".230" = load float, ptr %".229", align 4
  %".231" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".230", i32 0
  %".232" = shufflevector <16 x float> %".231", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".233" = mul i64 %"d", 16
  %".234" = getelementptr inbounds float, ptr %"K.packed", i64 %".233"
  %".235" = load <16 x float>, ptr %".234", align 4
  %".236" = fmul contract <16 x float> %".232", %".235"
  %".237" = fmul contract <16 x float> %".236", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".238" = fadd contract <16 x float> %".227", %".237"
  %".239" = getelementptr inbounds float, ptr %"S.local", i64 144
  store <16 x float> %".238", ptr %".239", align 4
  %".241" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".242" = add <16 x i64> <i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160>, %".241"
  %".243" = getelementptr inbounds float, ptr %"S.local", i64 160
  %".244" = load <16 x float>, ptr %".243", align 4
  %".245" = add i64 %"d", 80
  %".246" = getelementptr inbounds float, ptr %"Q", i64 %".245"
  %".247" = load float, ptr %".246", align 4
  %".248" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".247", i32 0
  %".249" = shufflevector <16 x float> %".248", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".250" = mul i64 %"d", 16
  %".251" = getelementptr inbounds float, ptr %"K.packed", i64 %".250"
  %".252" = load <16 x float>, ptr %".251", align 4
  %".253" = fmul contract <16 x float> %".249", %".252"
  %".254" = fmul contract <16 x float> %".253", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".255" = fadd contract <16 x float> %".244", %".254"
  %".256" = getelementptr inbounds float, ptr %"S.local", i64 160
  store <16 x float> %".255", ptr %".256", align 4
  %".258" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".259" = add <16 x i64> <i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176>, %".258"
  %".260" = getelementptr inbounds float, ptr %"S.local", i64 176
  %".261" = load <16 x float>, ptr %".260", align 4
  %".262" = add i64 %"d", 88
  %".263" = getelementptr inbounds float, ptr %"Q", i64 %".262"
  %".264" = load float, ptr %".263", align 4
  %".265" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".264", i32 0
  %".266" = shufflevector <16 x float> %".265", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".267" = mul i64 %"d", 16
  %".268" = getelementptr inbounds float, ptr %"K.packed", i64 %".267"
  %".269" = load <16 x float>, ptr %".268", align 4
  %".270" = fmul contract <16 x float> %".266", %".269"
  %".271" = fmul contract <16 x float> %".270", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".272" = fadd contract <16 x float> %".261", %".271"
  %".273" = getelementptr inbounds float, ptr %"S.local", i64 176
  store <16 x float> %".272", ptr %".273", align 4
  %"d.next" = add nsw i64 %"d", 1
  br label %"d.header"
d.exit:
  %".276" = add i64 0, 12
  br label %"i.inner.header"
i.inner.header:
  %"i.inner" = phi  i64 [0, %"d.exit"], [%"i.inner.next", %"i.inner.body"]
  %".278" = icmp slt i64 %"i.inner", %".276"
  br i1 %".278", label %"i.inner.body", label %"i.inner.exit"
i.inner.body:
  %".280" = mul i64 %"i.inner", 16
  %".281" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".280", i32 0
  %".282" = shufflevector <16 x i64> %".281", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".283" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".284" = add <16 x i64> %".282", %".283"
  %".285" = mul i64 %"i.inner", 16
  %".286" = getelementptr inbounds float, ptr %"S.local", i64 %".285"
  %".287" = load <16 x float>, ptr %".286", align 4
  %".288" = mul i64 %"i.inner", 16
  %".289" = getelementptr inbounds float, ptr %"S", i64 %".288"
  store <16 x float> %".287", ptr %".289", align 4
  %"i.inner.next" = add nsw i64 %"i.inner", 1
  br label %"i.inner.header"
i.inner.exit:
  %".292" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".293" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".292"
  %".294" = getelementptr inbounds float, ptr %"S.local.1", i64 0
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".294", align 4
  %".296" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".297" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".296"
  %".298" = getelementptr inbounds float, ptr %"S.local.1", i64 16
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".298", align 4
  %".300" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".301" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".300"
  %".302" = getelementptr inbounds float, ptr %"S.local.1", i64 32
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".302", align 4
  %".304" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".305" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".304"
  %".306" = getelementptr inbounds float, ptr %"S.local.1", i64 48
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".306", align 4
  %".308" = add i64 0, 8
  br label %"d.header.1"
d.header.1:
  %"d.1" = phi  i64 [0, %"i.inner.exit"], [%"d.next.1", %"d.body.1"]
  %".310" = icmp slt i64 %"d.1", %".308"
  br i1 %".310", label %"d.body.1", label %"d.exit.1"
d.body.1:
  %".312" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".313" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".312"
  %".314" = getelementptr inbounds float, ptr %"S.local.1", i64 0
  %".315" = load <16 x float>, ptr %".314", align 4
  %".316" = add i64 %"d.1", 96
  %".317" = getelementptr inbounds float, ptr %"Q", i64 %".316"
  %".318" = load float, ptr %".317", align 4
  %".319" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".318", i32 0
  %".320" = shufflevector <16 x float> %".319", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".321" = mul i64 %"d.1", 16
  %".322" = getelementptr inbounds float, ptr %"K.packed", i64 %".321"
  %".323" = load <16 x float>, ptr %".322", align 4
  %".324" = fmul contract <16 x float> %".320", %".323"
  %".325" = fmul contract <16 x float> %".324", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".326" = fadd contract <16 x float> %".315", %".325"
  %".327" = getelementptr inbounds float, ptr %"S.local.1", i64 0
  store <16 x float> %".326", ptr %".327", align 4
  %".329" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".330" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".329"
  %".331" = getelementptr inbounds float, ptr %"S.local.1", i64 16
  %".332" = load <16 x float>, ptr %".331", align 4
  %".333" = add i64 %"d.1", 104
  %".334" = getelementptr inbounds float, ptr %"Q", i64 %".333"
  %".335" = load float, ptr %".334", align 4
  %".336" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".335", i32 0
  %".337" = shufflevector <16 x float> %".336", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".338" = mul i64 %"d.1", 16
  %".339" = getelementptr inbounds float, ptr %"K.packed", i64 %".338"
  %".340" = load <16 x float>, ptr %".339", align 4
  %".341" = fmul contract <16 x float> %".337", %".340"
  %".342" = fmul contract <16 x float> %".341", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".343" = fadd contract <16 x float> %".332", %".342"
  %".344" = getelementptr inbounds float, ptr %"S.local.1", i64 16
  store <16 x float> %".343", ptr %".344", align 4
  %".346" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".347" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".346"
  %".348" = getelementptr inbounds float, ptr %"S.local.1", i64 32
  %".349" = load <16 x float>, ptr %".348", align 4
  %".350" = add i64 %"d.1", 112
  %".351" = getelementptr inbounds float, ptr %"Q", i64 %".350"
  %".352" = load float, ptr %".351", align 4
  %".353" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".352", i32 0
  %".354" = shufflevector <16 x float> %".353", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".355" = mul i64 %"d.1", 16
  %".356" = getelementptr inbounds float, ptr %"K.packed", i64 %".355"
  %".357" = load <16 x float>, ptr %".356", align 4
  %".358" = fmul contract <16 x float> %".354", %".357"
  %".359" = fmul contract <16 x float> %".358", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".360" = fadd contract <16 x float> %".349", %".359"
  %".361" = getelementptr inbounds float, ptr %"S.local.1", i64 32
  store <16 x float> %".360", ptr %".361", align 4
  %".363" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".364" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".363"
  %".365" = getelementptr inbounds float, ptr %"S.local.1", i64 48
  %".366" = load <16 x float>, ptr %".365", align 4
  %".367" = add i64 %"d.1", 120
  %".368" = getelementptr inbounds float, ptr %"Q", i64 %".367"
  %".369" = load float, ptr %".368", align 4
  %".370" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".369", i32 0
  %".371" = shufflevector <16 x float> %".370", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".372" = mul i64 %"d.1", 16
  %".373" = getelementptr inbounds float, ptr %"K.packed", i64 %".372"
  %".374" = load <16 x float>, ptr %".373", align 4
  %".375" = fmul contract <16 x float> %".371", %".374"
  %".376" = fmul contract <16 x float> %".375", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".377" = fadd contract <16 x float> %".366", %".376"
  %".378" = getelementptr inbounds float, ptr %"S.local.1", i64 48
  store <16 x float> %".377", ptr %".378", align 4
  %"d.next.1" = add nsw i64 %"d.1", 1
  br label %"d.header.1"
d.exit.1:
  %".381" = add i64 0, 4
  br label %"i.inner.header.1"
i.inner.header.1:
  %"i.inner.1" = phi  i64 [0, %"d.exit.1"], [%"i.inner.next.1", %"i.inner.body.1"]
  %".383" = icmp slt i64 %"i.inner.1", %".381"
  br i1 %".383", label %"i.inner.body.1", label %"i.inner.exit.1"
i.inner.body.1:
  %".385" = mul i64 %"i.inner.1", 16
  %".386" = add i64 %".385", 192
  %".387" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".386", i32 0
  %".388" = shufflevector <16 x i64> %".387", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".389" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".390" = add <16 x i64> %".388", %".389"
  %".391" = mul i64 %"i.inner.1", 16
  %".392" = getelementptr inbounds float, ptr %"S.local.1", i64 %".391"
  %".393" = load <16 x float>, ptr %".392", align 4
  %".394" = mul i64 %"i.inner.1", 16
  %".395" = add i64 %".394", 192
  %".396" = getelementptr inbounds float, ptr %"S", i64 %".395"
  store <16 x float> %".393", ptr %".396", align 4
  %"i.inner.next.1" = add nsw i64 %"i.inner.1", 1
  br label %"i.inner.header.1"
i.inner.exit.1:
  %".399" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 0
  store ptr %"V", ptr %".399"
  %".401" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 1
  store ptr %"O", ptr %".401"
  %".403" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 2
  store ptr %"S", ptr %".403"
  %".405" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 3
  store i64 0, ptr %".405"
  %".407" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par1", ptr %"closure1", i64 16, i32 %".407")
  call void @"free"(ptr %"S")
  call void @"free"(ptr %"K.packed")
  ret void
}

declare ptr @"aligned_alloc"(i64 %".1", i64 %".2")

declare void @"free"(ptr %".1")

define internal void @"tcomp_main.par0.body"(ptr noalias %"K", ptr noalias %"K.packed", i64 %".3", i64 %".4", i64 %".5") nounwind
{
entry:
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".4", %"entry"], [%"it.next", %"it.body"]
  %".8" = icmp slt i64 %"it", %".5"
  br i1 %".8", label %"it.body", label %"it.exit"
it.body:
  %"i1" = add i64 %".3", %"it"
  %".10" = mul i64 %"i1", 16
  %".11" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".10", i32 0
  %".12" = shufflevector <16 x i64> %".11", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".13" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".14" = add <16 x i64> %".12", %".13"
  %".15" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"i1", i32 0
  %".16" = shufflevector <16 x i64> %".15", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".17" = mul <16 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".18" = add <16 x i64> %".16", %".17"
  %".19" = getelementptr inbounds float, ptr %"K", <16 x i64> %".18"
  %".20" = call <16 x float> @"llvm.masked.gather.v16f32.v16p0"(<16 x ptr> align 4 %".19", <16 x i1> <i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1>, <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".21" = mul i64 %"i1", 16
  %".22" = getelementptr inbounds float, ptr %"K.packed", i64 %".21"
  store <16 x float> %".20", ptr %".22", align 4
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
it.exit:
  ret void
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

declare <16 x float> @"llvm.masked.gather.v16f32.v16p0"(<16 x ptr> %".1", <16 x i1> %".2", <16 x float> %".3")

define internal void @"tcomp_main.par1.body"(ptr noalias %"V", ptr noalias %"O", ptr noalias %"S", i64 %".4", i64 %".5", i64 %".6") nounwind
{
entry:
  %"P" = alloca [16 x float], align 64
  %"P.sum" = alloca [1 x float], align 64
  %"P.exp" = alloca [16 x float], align 64
  %"P.max" = alloca [1 x float], align 64
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".5", %"entry"], [%"it.next", %"t.exit"]
  %".9" = icmp slt i64 %"it", %".6"
  br i1 %".9", label %"it.body", label %"it.exit"
it.body:
  %"i" = add i64 %".4", %"it"
  %".11" = getelementptr inbounds float, ptr %"P.max", i64 0
  store float 0xfff0000000000000, ptr %".11", align 4
  %".13" = add i64 0, 16
  br label %"r1.header"
it.exit:
  ret void
r1.header:
  %"r1" = phi  i64 [0, %"it.body"], [%"r1.next", %"r1.body"]
  %".15" = icmp slt i64 %"r1", %".13"
  br i1 %".15", label %"r1.body", label %"r1.exit"
r1.body:
  %".17" = getelementptr inbounds float, ptr %"P.max", i64 0
  %".18" = load float, ptr %".17", align 4
  %".19" = mul i64 %"i", 16
  %".20" = add i64 %"r1", %".19"
  %".21" = getelementptr inbounds float, ptr %"S", i64 %".20"
  %".22" = load float, ptr %".21", align 4
  %".23" = fcmp ogt float %".18", %".22"
  %".24" = select  i1 %".23", float %".18", float %".22"
  %".25" = freeze float %".24"
  %".26" = fcmp uno float %".18", %".18"
  %".27" = select  i1 %".26", float %".18", float %".25"
  %".28" = getelementptr inbounds float, ptr %"P.max", i64 0
  store float %".27", ptr %".28", align 4
  %"r1.next" = add nsw i64 %"r1", 1
  br label %"r1.header", !llvm.loop !1
r1.exit:
  %".31" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".32" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".31"
  %".33" = mul i64 %"i", 16
  %".34" = getelementptr inbounds float, ptr %"S", i64 %".33"
  %".35" = load <16 x float>, ptr %".34", align 4
  %".36" = getelementptr inbounds float, ptr %"P.max", i64 0
  %".37" = load float, ptr %".36", align 4
  %".38" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".37", i32 0
  %".39" = shufflevector <16 x float> %".38", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".40" = fsub contract <16 x float> %".35", %".39"
  %".41" = call <16 x float> @"tcomp.math.exp.v16f32.rcp.scalef"(<16 x float> %".40")
  %".42" = getelementptr inbounds float, ptr %"P.exp", i64 0
  store <16 x float> %".41", ptr %".42", align 4
  %".44" = getelementptr inbounds float, ptr %"P.sum", i64 0
  store float              0x0, ptr %".44", align 4
  %".46" = add i64 0, 16
  br label %"r1.header.1"
r1.header.1:
  %"r1.1" = phi  i64 [0, %"r1.exit"], [%"r1.next.1", %"r1.body.1"]
  %".48" = icmp slt i64 %"r1.1", %".46"
  br i1 %".48", label %"r1.body.1", label %"r1.exit.1"
r1.body.1:
  %".50" = getelementptr inbounds float, ptr %"P.sum", i64 0
  %".51" = load float, ptr %".50", align 4
  %".52" = getelementptr inbounds float, ptr %"P.exp", i64 %"r1.1"
  %".53" = load float, ptr %".52", align 4
  %".54" = fadd contract float %".51", %".53"
  %".55" = getelementptr inbounds float, ptr %"P.sum", i64 0
  store float %".54", ptr %".55", align 4
  %"r1.next.1" = add nsw i64 %"r1.1", 1
  br label %"r1.header.1"
r1.exit.1:
  %".58" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".59" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".58"
  %".60" = getelementptr inbounds float, ptr %"P.exp", i64 0
  %".61" = load <16 x float>, ptr %".60", align 4
  %".62" = getelementptr inbounds float, ptr %"P.sum", i64 0
  %".63" = load float, ptr %".62", align 4
  %".64" = fdiv contract float 0x3ff0000000000000, %".63"
  %".65" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".64", i32 0
  %".66" = shufflevector <16 x float> %".65", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".67" = fmul contract <16 x float> %".61", %".66"
  %".68" = getelementptr inbounds float, ptr %"P", i64 0
  store <16 x float> %".67", ptr %".68", align 4
  %".70" = mul i64 %"i", 8
  %".71" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".70", i32 0
  %".72" = shufflevector <8 x i64> %".71", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".73" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".74" = add <8 x i64> %".72", %".73"
  %".75" = mul i64 %"i", 8
  %".76" = getelementptr inbounds float, ptr %"O", i64 %".75"
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".76", align 4
  %".78" = add i64 0, 16
  br label %"t.header"
t.header:
  %"t" = phi  i64 [0, %"r1.exit.1"], [%"t.next", %"t.body"]
  %".80" = icmp slt i64 %"t", %".78"
  br i1 %".80", label %"t.body", label %"t.exit"
t.body:
  %".82" = mul i64 %"i", 8
  %".83" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".82", i32 0
  %".84" = shufflevector <8 x i64> %".83", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".85" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".86" = add <8 x i64> %".84", %".85"
  %".87" = mul i64 %"i", 8
  %".88" = getelementptr inbounds float, ptr %"O", i64 %".87"
  %".89" = load <8 x float>, ptr %".88", align 4
  %".90" = getelementptr inbounds float, ptr %"P", i64 %"t"
  %".91" = load float, ptr %".90", align 4
  %".92" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".91", i32 0
  %".93" = shufflevector <8 x float> %".92", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".94" = mul i64 %"t", 8
  %".95" = getelementptr inbounds float, ptr %"V", i64 %".94"
  %".96" = load <8 x float>, ptr %".95", align 4
  %".97" = fmul contract <8 x float> %".93", %".96"
  %".98" = fadd contract <8 x float> %".89", %".97"
  %".99" = mul i64 %"i", 8
  %".100" = getelementptr inbounds float, ptr %"O", i64 %".99"
  store <8 x float> %".98", ptr %".100", align 4
  %"t.next" = add nsw i64 %"t", 1
  br label %"t.header"
t.exit:
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
}

define internal void @"tcomp_main.par1"(ptr %".1", i64 %".2", i64 %".3") nounwind
{
entry:
  %".5" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %".1", i32 0, i32 0
  %".6" = load ptr, ptr %".5"
  %".7" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %".1", i32 0, i32 1
  %".8" = load ptr, ptr %".7"
  %".9" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %".1", i32 0, i32 2
  %".10" = load ptr, ptr %".9"
  %".11" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %".1", i32 0, i32 3
  %".12" = load i64, ptr %".11"
  call void @"tcomp_main.par1.body"(ptr %".6", ptr %".8", ptr %".10", i64 %".12", i64 %".2", i64 %".3")
  ret void
}

define internal <16 x float> @"tcomp.math.exp.v16f32.rcp.scalef"(<16 x float> %".1") alwaysinline nounwind
{
entry:
  %".3" = fcmp olt <16 x float> %".1", <float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000>
  %".4" = select  <16 x i1> %".3", <16 x float> <float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000>, <16 x float> %".1"
  %".5" = fcmp ogt <16 x float> %".4", <float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000>
  %".6" = select  <16 x i1> %".5", <16 x float> <float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000>, <16 x float> %".4"
  %".7" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".6", <16 x float> <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>, <16 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>)
  %".8" = fsub <16 x float> %".7", <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %".9" = bitcast <16 x float> %".7" to <16 x i32>
  %".10" = bitcast <16 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000> to <16 x i32>
  %".11" = sub <16 x i32> %".9", %".10"
  %".12" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".8", <16 x float> <float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000>, <16 x float> %".6")
  %".13" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".8", <16 x float> <float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000>, <16 x float> %".12")
  %".14" = fmul contract <16 x float> %".13", %".13"
  %".15" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> <float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000>, <16 x float> %".13", <16 x float> <float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000>)
  %".16" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".15", <16 x float> %".13", <16 x float> <float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000>)
  %".17" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".16", <16 x float> %".13", <16 x float> <float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000>)
  %".18" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".17", <16 x float> %".13", <16 x float> <float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000>)
  %".19" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".14", <16 x float> %".18", <16 x float> %".13")
  %".20" = fadd contract <16 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>, %".19"
  %".21" = call <16 x float> @"llvm.x86.avx512.mask.scalef.ps.512"(<16 x float> %".20", <16 x float> %".8", <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, i16 -1, i32 4)
  ret <16 x float> %".21"
}

declare <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".1", <16 x float> %".2", <16 x float> %".3")

declare <16 x float> @"llvm.x86.avx512.mask.scalef.ps.512"(<16 x float> %".1", <16 x float> %".2", <16 x float> %".3", i16 %".4", i32 %".5")

!0 = !{ !"llvm.loop.unroll.disable" }
!1 = distinct !{ !1, !0 }
