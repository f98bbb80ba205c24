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
  %"S" = alloca [256 x float], align 64
  %"K.packed" = alloca [128 x float], align 64
  %".6" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"K", ptr %".6"
  %".8" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %"K.packed", ptr %".8"
  %".10" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store i64 0, ptr %".10"
  %".12" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 8, i32 %".12")
  %".14" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".15" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".14"
  %".16" = getelementptr inbounds float, ptr %"S.local", i64 0
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".16", align 4
  %".18" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".19" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".18"
  %".20" = getelementptr inbounds float, ptr %"S.local", i64 16
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".20", align 4
  %".22" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".23" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".22"
  %".24" = getelementptr inbounds float, ptr %"S.local", i64 32
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".24", align 4
  %".26" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".27" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".26"
  %".28" = getelementptr inbounds float, ptr %"S.local", i64 48
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".28", align 4
  %".30" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".31" = add <16 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".30"
  %".32" = getelementptr inbounds float, ptr %"S.local", i64 64
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".32", align 4
  %".34" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".35" = add <16 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".34"
  %".36" = getelementptr inbounds float, ptr %"S.local", i64 80
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".36", align 4
  %".38" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".39" = add <16 x i64> <i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96>, %".38"
  %".40" = getelementptr inbounds float, ptr %"S.local", i64 96
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".40", align 4
  %".42" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".43" = add <16 x i64> <i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112>, %".42"
  %".44" = getelementptr inbounds float, ptr %"S.local", i64 112
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".44", align 4
  %".46" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".47" = add <16 x i64> <i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128>, %".46"
  %".48" = getelementptr inbounds float, ptr %"S.local", i64 128
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".48", align 4
  %".50" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".51" = add <16 x i64> <i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144>, %".50"
  %".52" = getelementptr inbounds float, ptr %"S.local", i64 144
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".52", align 4
  %".54" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".55" = add <16 x i64> <i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160>, %".54"
  %".56" = getelementptr inbounds float, ptr %"S.local", i64 160
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".56", align 4
  %".58" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".59" = add <16 x i64> <i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176>, %".58"
  %".60" = getelementptr inbounds float, ptr %"S.local", i64 176
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".60", align 4
  %".62" = add i64 0, 8
  br label %"d.header"
d.header:
  %"d" = phi  i64 [0, %"entry"], [%"d.next", %"d.body"]
  %".64" = icmp slt i64 %"d", %".62"
  br i1 %".64", label %"d.body", label %"d.exit"
d.body:
  %".66" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".67" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".66"
  %".68" = getelementptr inbounds float, ptr %"S.local", i64 0
  %".69" = load <16 x float>, ptr %".68", align 4
  %".70" = getelementptr inbounds float, ptr %"Q", i64 %"d"
  %".71" = load float, ptr %".70", align 4
  %".72" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".71", i32 0
  %".73" = shufflevector <16 x float> %".72", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".74" = mul i64 %"d", 16
  %".75" = getelementptr inbounds float, ptr %"K.packed", i64 %".74"
  %".76" = load <16 x float>, ptr %".75", align 4
  %".77" = fmul contract <16 x float> %".73", %".76"
  %".78" = fmul contract <16 x float> %".77", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".79" = fadd contract <16 x float> %".69", %".78"
  %".80" = getelementptr inbounds float, ptr %"S.local", i64 0
  store <16 x float> %".79", ptr %".80", align 4
  %".82" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".83" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".82"
  %".84" = getelementptr inbounds float, ptr %"S.local", i64 16
  %".85" = load <16 x float>, ptr %".84", align 4
  %".86" = add i64 %"d", 8
  %".87" = getelementptr inbounds float, ptr %"Q", i64 %".86"
  %".88" = load float, ptr %".87", align 4
  %".89" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".88", i32 0
  %".90" = shufflevector <16 x float> %".89", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".91" = mul i64 %"d", 16
  %".92" = getelementptr inbounds float, ptr %"K.packed", i64 %".91"
  %".93" = load <16 x float>, ptr %".92", align 4
  %".94" = fmul contract <16 x float> %".90", %".93"
  %".95" = fmul contract <16 x float> %".94", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".96" = fadd contract <16 x float> %".85", %".95"
  %".97" = getelementptr inbounds float, ptr %"S.local", i64 16
  store <16 x float> %".96", ptr %".97", align 4
  %".99" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".100" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".99"
  %".101" = getelementptr inbounds float, ptr %"S.local", i64 32
  %".102" = load <16 x float>, ptr %".101", align 4
  %".103" = add i64 %"d", 16
  %".104" = getelementptr inbounds float, ptr %"Q", i64 %".103"
  %".105" = load float, ptr %".104", align 4
  %".106" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".105", i32 0
  %".107" = shufflevector <16 x float> %".106", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".108" = mul i64 %"d", 16
  %".109" = getelementptr inbounds float, ptr %"K.packed", i64 %".108"
  %".110" = load <16 x float>, ptr %".109", align 4
  %".111" = fmul contract <16 x float> %".107", %".110"
  %".112" = fmul contract <16 x float> %".111", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".113" = fadd contract <16 x float> %".102", %".112"
  %".114" = getelementptr inbounds float, ptr %"S.local", i64 32
  store <16 x float> %".113", ptr %".114", align 4
  %".116" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".117" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".116"
  %".118" = getelementptr inbounds float, ptr %"S.local", i64 48
  %".119" = load <16 x float>, ptr %".118", align 4
  %".120" = add i64 %"d", 24
  %".121" = getelementptr inbounds float, ptr %"Q", i64 %".120"
  %".122" = load float, ptr %".121", align 4
  %".123" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".122", i32 0
  %".124" = shufflevector <16 x float> %".123", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".125" = mul i64 %"d", 16
  %".126" = getelementptr inbounds float, ptr %"K.packed", i64 %".125"
  %".127" = load <16 x float>, ptr %".126", align 4
  %".128" = fmul contract <16 x float> %".124", %".127"
  %".129" = fmul contract <16 x float> %".128", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".130" = fadd contract <16 x float> %".119", %".129"
  %".131" = getelementptr inbounds float, ptr %"S.local", i64 48
  store <16 x float> %".130", ptr %".131", align 4
  %".133" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".134" = add <16 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".133"
  %".135" = getelementptr inbounds float, ptr %"S.local", i64 64
  %".136" = load <16 x float>, ptr %".135", align 4
  %".137" = add i64 %"d", 32
  %".138" = getelementptr inbounds float, ptr %"Q", i64 %".137"
  %".139" = load float, ptr %".138", align 4
  %".140" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".139", i32 0
  %".141" = shufflevector <16 x float> %".140", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".142" = mul i64 %"d", 16
  %".143" = getelementptr inbounds float, ptr %"K.packed", i64 %".142"
  %".144" = load <16 x float>, ptr %".143", align 4
  %".145" = fmul contract <16 x float> %".141", %".144"
  %".146" = fmul contract <16 x float> %".145", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".147" = fadd contract <16 x float> %".136", %".146"
  %".148" = getelementptr inbounds float, ptr %"S.local", i64 64
  store <16 x float> %".147", ptr %".148", align 4
  %".150" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".151" = add <16 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".150"
  %".152" = getelementptr inbounds float, ptr %"S.local", i64 80
  %".153" = load <16 x float>, ptr %".152", align 4
  %".154" = add i64 %"d", 40
  %".155" = getelementptr inbounds float, ptr %"Q", i64 %".154"
  %".156" = load float, ptr %".155", align 4
  %".157" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".156", i32 0
  %".158" = shufflevector <16 x float> %".157", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".159" = mul i64 %"d", 16
  %".160" = getelementptr inbounds float, ptr %"K.packed", i64 %".159"
  %".161" = load <16 x float>, ptr %".160", align 4
  %".162" = fmul contract <16 x float> %".158", %".161"
  %".163" = fmul contract <16 x float> %".162", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".164" = fadd contract <16 x float> %".153", %".163"
  %".165" = getelementptr inbounds float, ptr %"S.local", i64 80
  store <16 x float> %".164", ptr %".165", align 4
  %".167" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".168" = add <16 x i64> <i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96>, %".167"
  %".169" = getelementptr inbounds float, ptr %"S.local", i64 96
  %".170" = load <16 x float>, ptr %".169", align 4
  %".171" = add i64 %"d", 48
  %".172" = getelementptr inbounds float, ptr %"Q", i64 %".171"
  %".173" = load float, ptr %".172", align 4
  %".174" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".173", i32 0
  %".175" = shufflevector <16 x float> %".174", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".176" = mul i64 %"d", 16
  %".177" = getelementptr inbounds float, ptr %"K.packed", i64 %".176"
  %".178" = load <16 x float>, ptr %".177", align 4
  %".179" = fmul contract <16 x float> %".175", %".178"
  %".180" = fmul contract <16 x float> %".179", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".181" = fadd contract <16 x float> %".170", %".180"
  %".182" = getelementptr inbounds float, ptr %"S.local", i64 96
  store <16 x float> %".181", ptr %".182", align 4
  %".184" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".185" = add <16 x i64> <i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112>, %".184"
  %".186" = getelementptr inbounds float, ptr %"S.local", i64 112
  %".187" = load <16 x float>, ptr %".186", align 4
  %".188" = add i64 %"d", 56
  %".189" = getelementptr inbounds float, ptr %"Q", i64 %".188"
  %".190" = load float, ptr %".189", align 4
  %".191" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".190", i32 0
  %".192" = shufflevector <16 x float> %".191", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".193" = mul i64 %"d", 16
  %".194" = getelementptr inbounds float, ptr %"K.packed", i64 %".193"
  %".195" = load <16 x float>, ptr %".194", align 4
  %".196" = fmul contract <16 x float> %".192", %".195"
  %".197" = fmul contract <16 x float> %".196", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".198" = fadd contract <16 x float> %".187", %".197"
  %".199" = getelementptr inbounds float, ptr %"S.local", i64 112
  store <16 x float> %".198", ptr %".199", align 4
  %".201" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".202" = add <16 x i64> <i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128>, %".201"
  %".203" = getelementptr inbounds float, ptr %"S.local", i64 128
  %".204" = load <16 x float>, ptr %".203", align 4
  %".205" = add i64 %"d", 64
  %".206" = getelementptr inbounds float, ptr %"Q", i64 %".205"
  %".207" = load float, ptr %".206", align 4
  %".208" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".207", i32 0
  %".209" = shufflevector <16 x float> %".208", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".210" = mul i64 %"d", 16
  %".211" = getelementptr inbounds float, ptr %"K.packed", i64 %".210"
  %".212" = load <16 x float>, ptr %".211", align 4
  %".213" = fmul contract <16 x float> %".209", %".212"
  %".214" = fmul contract <16 x float> %".213", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".215" = fadd contract <16 x float> %".204", %".214"
  %".216" = getelementptr inbounds float, ptr %"S.local", i64 128
  store <16 x float> %".215", ptr %".216", align 4
  %".218" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".219" = add <16 x i64> <i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144>, %".218"
  %".220" = getelementptr inbounds float, ptr %"S.local", i64 144
  %".221" = load <16 x float>, ptr %".220", align 4
  %".222" = add i64 %"d", 72
  %".223" = getelementptr inbounds float, ptr %"Q", i64 %".222"
  %".224" = load float, ptr %".223", align 4
  %".225" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".224", i32 0
  %".226" = shufflevector <16 x float> %".225", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".227" = mul i64 %"d", 16
  %".228" = getelementptr inbounds float, ptr %"K.packed", i64 %".227"
  %".229" = load <16 x float>, ptr %".228", align 4
  %".230" = fmul contract <16 x float> %".226", %".229"
  %".231" = fmul contract <16 x float> %".230", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".232" = fadd contract <16 x float> %".221", %".231"
  %".233" = getelementptr inbounds float, ptr %"S.local", i64 144
  store <16 x float> %".232", ptr %".233", align 4
  %".235" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".236" = add <16 x i64> <i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160>, %".235"
  %".237" = getelementptr inbounds float, ptr %"S.local", i64 160
  %".238" = load <16 x float>, ptr %".237", align 4
  %".239" = add i64 %"d", 80
  %".240" = getelementptr inbounds float, ptr %"Q", i64 %".239"
  %".241" = load float, ptr %".240", align 4
  %".242" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".241", i32 0
  %".243" = shufflevector <16 x float> %".242", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".244" = mul i64 %"d", 16
  %".245" = getelementptr inbounds float, ptr %"K.packed", i64 %".244"
  %".246" = load <16 x float>, ptr %".245", align 4
  %".247" = fmul contract <16 x float> %".243", %".246"
  %".248" = fmul contract <16 x float> %".247", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".249" = fadd contract <16 x float> %".238", %".248"
  %".250" = getelementptr inbounds float, ptr %"S.local", i64 160
  store <16 x float> %".249", ptr %".250", align 4
  %".252" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".253" = add <16 x i64> <i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176>, %".252"
  %".254" = getelementptr inbounds float, ptr %"S.local", i64 176
  %".255" = load <16 x float>, ptr %".254", align 4
  %".256" = add i64 %"d", 88
  %".257" = getelementptr inbounds float, ptr %"Q", i64 %".256"
  %".258" = load float, ptr %".257", align 4
  %".259" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".258", i32 0
  %".260" = shufflevector <16 x float> %".259", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".261" = mul i64 %"d", 16
  %".262" = getelementptr inbounds float, ptr %"K.packed", i64 %".261"
  %".263" = load <16 x float>, ptr %".262", align 4
  %".264" = fmul contract <16 x float> %".260", %".263"
  %".265" = fmul contract <16 x float> %".264", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".266" = fadd contract <16 x float> %".255", %".265"
  %".267" = getelementptr inbounds float, ptr %"S.local", i64 176
  store <16 x float> %".266", ptr %".267", align 4
  %"d.next" = add nsw i64 %"d", 1
  br label %"d.header"
d.exit:
  %".270" = add i64 0, 12
  br label %"i.inner.header"
i.inner.header:
  %"i.inner" = phi  i64 [0, %"d.exit"], [%"i.inner.next", %"i.inner.body"]
  %".272" = icmp slt i64 %"i.inner", %".270"
  br i1 %".272", label %"i.inner.body", label %"i.inner.exit"
i.inner.body:
  %".274" = mul i64 %"i.inner", 16
  %".275" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".274", i32 0
  %".276" = shufflevector <16 x i64> %".275", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".277" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".278" = add <16 x i64> %".276", %".277"
  %".279" = mul i64 %"i.inner", 16
  %".280" = getelementptr inbounds float, ptr %"S.local", i64 %".279"
  %".281" = load <16 x float>, ptr %".280", align 4
  %".282" = mul i64 %"i.inner", 16
  %".283" = getelementptr inbounds float, ptr %"S", i64 %".282"
  store <16 x float> %".281", ptr %".283", align 4
  %"i.inner.next" = add nsw i64 %"i.inner", 1
  br label %"i.inner.header"
i.inner.exit:
  %".286" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".287" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".286"
  %".288" = getelementptr inbounds float, ptr %"S.local.1", i64 0
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".288", align 4
  %".290" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".291" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".290"
  %".292" = getelementptr inbounds float, ptr %"S.local.1", i64 16
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".292", align 4
  %".294" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".295" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".294"
  %".296" = getelementptr inbounds float, ptr %"S.local.1", i64 32
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".296", align 4
  %".298" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".299" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".298"
  %".300" = getelementptr inbounds float, ptr %"S.local.1", i64 48
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".300", align 4
  %".302" = add i64 0, 8
  br label %"d.header.1"
d.header.1:
  %"d.1" = phi  i64 [0, %"i.inner.exit"], [%"d.next.1", %"d.body.1"]
  %".304" = icmp slt i64 %"d.1", %".302"
  br i1 %".304", label %"d.body.1", label %"d.exit.1"
d.body.1:
  %".306" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".307" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".306"
  %".308" = getelementptr inbounds float, ptr %"S.local.1", i64 0
  %".309" = load <16 x float>, ptr %".308", align 4
  %".310" = add i64 %"d.1", 96
  %".311" = getelementptr inbounds float, ptr %"Q", i64 %".310"
  %".312" = load float, ptr %".311", align 4
  %".313" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".312", i32 0
  %".314" = shufflevector <16 x float> %".313", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".315" = mul i64 %"d.1", 16
  %".316" = getelementptr inbounds float, ptr %"K.packed", i64 %".315"
  %".317" = load <16 x float>, ptr %".316", align 4
  %".318" = fmul contract <16 x float> %".314", %".317"
  %".319" = fmul contract <16 x float> %".318", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".320" = fadd contract <16 x float> %".309", %".319"
  %".321" = getelementptr inbounds float, ptr %"S.local.1", i64 0
  store <16 x float> %".320", ptr %".321", align 4
  %".323" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".324" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".323"
  %".325" = getelementptr inbounds float, ptr %"S.local.1", i64 16
  %".326" = load <16 x float>, ptr %".325", align 4
  %".327" = add i64 %"d.1", 104
  %".328" = getelementptr inbounds float, ptr %"Q", i64 %".327"
  %".329" = load float, ptr %".328", align 4
  %".330" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".329", i32 0
  %".331" = shufflevector <16 x float> %".330", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".332" = mul i64 %"d.1", 16
  %".333" = getelementptr inbounds float, ptr %"K.packed", i64 %".332"
  %".334" = load <16 x float>, ptr %".333", align 4
  %".335" = fmul contract <16 x float> %".331", %".334"
  %".336" = fmul contract <16 x float> %".335", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".337" = fadd contract <16 x float> %".326", %".336"
  %".338" = getelementptr inbounds float, ptr %"S.local.1", i64 16
  store <16 x float> %".337", ptr %".338", align 4
  %".340" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".341" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".340"
  %".342" = getelementptr inbounds float, ptr %"S.local.1", i64 32
  %".343" = load <16 x float>, ptr %".342", align 4
  %".344" = add i64 %"d.1", 112
  %".345" = getelementptr inbounds float, ptr %"Q", i64 %".344"
  %".346" = load float, ptr %".345", align 4
  %".347" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".346", i32 0
  %".348" = shufflevector <16 x float> %".347", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".349" = mul i64 %"d.1", 16
  %".350" = getelementptr inbounds float, ptr %"K.packed", i64 %".349"
  %".351" = load <16 x float>, ptr %".350", align 4
  %".352" = fmul contract <16 x float> %".348", %".351"
  %".353" = fmul contract <16 x float> %".352", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".354" = fadd contract <16 x float> %".343", %".353"
  %".355" = getelementptr inbounds float, ptr %"S.local.1", i64 32
  store <16 x float> %".354", ptr %".355", align 4
  %".357" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".358" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".357"
  %".359" = getelementptr inbounds float, ptr %"S.local.1", i64 48
  %".360" = load <16 x float>, ptr %".359", align 4
  %".361" = add i64 %"d.1", 120
  %".362" = getelementptr inbounds float, ptr %"Q", i64 %".361"
  %".363" = load float, ptr %".362", align 4
  %".364" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".363", i32 0
  %".365" = shufflevector <16 x float> %".364", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".366" = mul i64 %"d.1", 16
  %".367" = getelementptr inbounds float, ptr %"K.packed", i64 %".366"
  %".368" = load <16 x float>, ptr %".367", align 4
  %".369" = fmul contract <16 x float> %".365", %".368"
  %".370" = fmul contract <16 x float> %".369", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".371" = fadd contract <16 x float> %".360", %".370"
  %".372" = getelementptr inbounds float, ptr %"S.local.1", i64 48
  store <16 x float> %".371", ptr %".372", align 4
  %"d.next.1" = add nsw i64 %"d.1", 1
  br label %"d.header.1"
d.exit.1:
  %".375" = add i64 0, 4
  br label %"i.inner.header.1"
i.inner.header.1:
  %"i.inner.1" = phi  i64 [0, %"d.exit.1"], [%"i.inner.next.1", %"i.inner.body.1"]
  %".377" = icmp slt i64 %"i.inner.1", %".375"
  br i1 %".377", label %"i.inner.body.1", label %"i.inner.exit.1"
i.inner.body.1:
  %".379" = mul i64 %"i.inner.1", 16
  %".380" = add i64 %".379", 192
  %".381" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".380", i32 0
  %".382" = shufflevector <16 x i64> %".381", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".383" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".384" = add <16 x i64> %".382", %".383"
  %".385" = mul i64 %"i.inner.1", 16
  %".386" = getelementptr inbounds float, ptr %"S.local.1", i64 %".385"
  %".387" = load <16 x float>, ptr %".386", align 4
  %".388" = mul i64 %"i.inner.1", 16
  %".389" = add i64 %".388", 192
  %".390" = getelementptr inbounds float, ptr %"S", i64 %".389"
  store <16 x float> %".387", ptr %".390", align 4
  %"i.inner.next.1" = add nsw i64 %"i.inner.1", 1
  br label %"i.inner.header.1"
i.inner.exit.1:
  %".393" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 0
  store ptr %"V", ptr %".393"
  %".395" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 1
  store ptr %"O", ptr %".395"
  %".397" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 2
  store ptr %"S", ptr %".397"
  %".399" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 3
  store i64 0, ptr %".399"
  %".401" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par1", ptr %"closure1", i64 16, i32 %".401")
  ret void
}

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
