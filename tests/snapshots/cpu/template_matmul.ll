; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"A", ptr noalias %"B", ptr noalias %"C") nounwind
{
entry:
  %"closure1" = alloca {ptr, ptr, ptr, i64}
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
  %".13" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 0
  store ptr %"A", ptr %".13"
  %".15" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 1
  store ptr %"C", ptr %".15"
  %".17" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 2
  store ptr %"B.packed", ptr %".17"
  %".19" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 3
  store i64 0, ptr %".19"
  %".21" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par1", ptr %"closure1", i64 8, i32 %".21")
  ret void
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

define internal void @"tcomp_main.par1.body"(ptr noalias %"A", ptr noalias %"C", ptr noalias %"B.packed", i64 %".4", i64 %".5", i64 %".6") nounwind
{
entry:
  %"C.local" = alloca [256 x float], align 64
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".5", %"entry"], [%"it.next", %"j.outer.exit"]
  %".9" = icmp slt i64 %"it", %".6"
  br i1 %".9", label %"it.body", label %"it.exit"
it.body:
  %"i.outer.outer" = add i64 %".4", %"it"
  %".11" = add i64 0, 2
  br label %"j.outer.header"
it.exit:
  ret void
j.outer.header:
  %"j.outer" = phi  i64 [0, %"it.body"], [%"j.outer.next", %"i.inner.exit"]
  %".13" = icmp slt i64 %"j.outer", %".11"
  br i1 %".13", label %"j.outer.body", label %"j.outer.exit"
j.outer.body:
  %".15" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".16" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".15"
  %".17" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".17", align 4
  %".19" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".20" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".19"
  %".21" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".21", align 4
  %".23" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".24" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".23"
  %".25" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".25", align 4
  %".27" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".28" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".27"
  %".29" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".29", align 4
  %".31" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".32" = add <16 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".31"
  %".33" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".33", align 4
  %".35" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".36" = add <16 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".35"
  %".37" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".37", align 4
  %".39" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".40" = add <16 x i64> <i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96>, %".39"
  %".41" = getelementptr inbounds float, ptr %"C.local", i64 96
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".41", align 4
  %".43" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".44" = add <16 x i64> <i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112>, %".43"
  %".45" = getelementptr inbounds float, ptr %"C.local", i64 112
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".45", align 4
  %".47" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".48" = add <16 x i64> <i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128>, %".47"
  %".49" = getelementptr inbounds float, ptr %"C.local", i64 128
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".49", align 4
  %".51" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".52" = add <16 x i64> <i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144>, %".51"
  %".53" = getelementptr inbounds float, ptr %"C.local", i64 144
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".53", align 4
  %".55" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".56" = add <16 x i64> <i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160>, %".55"
  %".57" = getelementptr inbounds float, ptr %"C.local", i64 160
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".57", align 4
  %".59" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".60" = add <16 x i64> <i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176>, %".59"
  %".61" = getelementptr inbounds float, ptr %"C.local", i64 176
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".61", align 4
  %".63" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".64" = add <16 x i64> <i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192>, %".63"
  %".65" = getelementptr inbounds float, ptr %"C.local", i64 192
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".65", align 4
  %".67" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".68" = add <16 x i64> <i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208>, %".67"
  %".69" = getelementptr inbounds float, ptr %"C.local", i64 208
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".69", align 4
  %".71" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".72" = add <16 x i64> <i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224>, %".71"
  %".73" = getelementptr inbounds float, ptr %"C.local", i64 224
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".73", align 4
  %".75" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".76" = add <16 x i64> <i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240>, %".75"
  %".77" = getelementptr inbounds float, ptr %"C.local", i64 240
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".77", align 4
  %".79" = add i64 0, 64
  br label %"k.header"
j.outer.exit:
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
k.header:
  %"k" = phi  i64 [0, %"j.outer.body"], [%"k.next", %"k.body"]
  %".81" = icmp slt i64 %"k", %".79"
  br i1 %".81", label %"k.body", label %"k.exit"
k.body:
  %".83" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".84" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".83"
  %".85" = getelementptr inbounds float, ptr %"C.local", i64 0
  %".86" = load <16 x float>, ptr %".85", align 4
  %".87" = mul i64 %"i.outer.outer", 512
  %".88" = add i64 %"k", %".87"
  %".89" = getelementptr inbounds float, ptr %"A", i64 %".88"
  %".90" = load float, ptr %".89", align 4
  %".91" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".90", i32 0
  %".92" = shufflevector <16 x float> %".91", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".93" = mul i64 %"k", 32
  %".94" = mul i64 %"j.outer", 2048
  %".95" = add i64 %".93", %".94"
  %".96" = getelementptr inbounds float, ptr %"B.packed", i64 %".95"
  %".97" = load <16 x float>, ptr %".96", align 4
  %".98" = fmul contract <16 x float> %".92", %".97"
  %".99" = fadd contract <16 x float> %".86", %".98"
  %".100" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <16 x float> %".99", ptr %".100", align 4
  %".102" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".103" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".102"
  %".104" = getelementptr inbounds float, ptr %"C.local", i64 16
  %".105" = load <16 x float>, ptr %".104", align 4
  %".106" = mul i64 %"i.outer.outer", 512
  %".107" = add i64 %"k", %".106"
  %".108" = getelementptr inbounds float, ptr %"A", i64 %".107"
  %".109" = load float, ptr %".108", align 4
  %".110" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".109", i32 0
  %".111" = shufflevector <16 x float> %".110", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".112" = mul i64 %"k", 32
  %".113" = mul i64 %"j.outer", 2048
  %".114" = add i64 %".112", %".113"
  %".115" = add i64 %".114", 16
  %".116" = getelementptr inbounds float, ptr %"B.packed", i64 %".115"
  %".117" = load <16 x float>, ptr %".116", align 4
  %".118" = fmul contract <16 x float> %".111", %".117"
  %".119" = fadd contract <16 x float> %".105", %".118"
  %".120" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <16 x float> %".119", ptr %".120", align 4
  %".122" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".123" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".122"
  %".124" = getelementptr inbounds float, ptr %"C.local", i64 32
  %".125" = load <16 x float>, ptr %".124", align 4
  %".126" = mul i64 %"i.outer.outer", 512
  %".127" = add i64 %"k", %".126"
  %".128" = add i64 %".127", 64
  %".129" = getelementptr inbounds float, ptr %"A", i64 %".128"
  %".130" = load float, ptr %".129", align 4
  %".131" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".130", i32 0
  %".132" = shufflevector <16 x float> %".131", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".133" = mul i64 %"k", 32
  %".134" = mul i64 %"j.outer", 2048
  %".135" = add i64 %".133", %".134"
  %".136" = getelementptr inbounds float, ptr %"B.packed", i64 %".135"
  %".137" = load <16 x float>, ptr %".136", align 4
  %".138" = fmul contract <16 x float> %".132", %".137"
  %".139" = fadd contract <16 x float> %".125", %".138"
  %".140" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <16 x float> %".139", ptr %".140", align 4
  %".142" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".143" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".142"
  %".144" = getelementptr inbounds float, ptr %"C.local", i64 48
  %".145" = load <16 x float>, ptr %".144", align 4
  %".146" = mul i64 %"i.outer.outer", 512
  %".147" = add i64 %"k", %".146"
  %".148" = add i64 %".147", 64
  %".149" = getelementptr inbounds float, ptr %"A", i64 %".148"
  %".150" = load float, ptr %".149", align 4
  %".151" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".150", i32 0
  %".152" = shufflevector <16 x float> %".151", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".153" = mul i64 %"k", 32
  %".154" = mul i64 %"j.outer", 2048
  %".155" = add i64 %".153", %".154"
  %".156" = add i64 %".155", 16
  %".157" = getelementptr inbounds float, ptr %"B.packed", i64 %".156"
  %".158" = load <16 x float>, ptr %".157", align 4
  %".159" = fmul contract <16 x float> %".152", %".158"
  %".160" = fadd contract <16 x float> %".145", %".159"
  %".161" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <16 x float> %".160", ptr %".161", align 4
  %".163" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".164" = add <16 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".163"
  %".165" = getelementptr inbounds float, ptr %"C.local", i64 64
  %".166" = load <16 x float>, ptr %".165", align 4
  %".167" = mul i64 %"i.outer.outer", 512
  %".168" = add i64 %"k", %".167"
  %".169" = add i64 %".168", 128
  %".170" = getelementptr inbounds float, ptr %"A", i64 %".169"
  %".171" = load float, ptr %".170", align 4
  %".172" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".171", i32 0
  %".173" = shufflevector <16 x float> %".172", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".174" = mul i64 %"k", 32
  %".175" = mul i64 %"j.outer", 2048
  %".176" = add i64 %".174", %".175"
  %".177" = getelementptr inbounds float, ptr %"B.packed", i64 %".176"
  %".178" = load <16 x float>, ptr %".177", align 4
  %".179" = fmul contract <16 x float> %".173", %".178"
  %".180" = fadd contract <16 x float> %".166", %".179"
  %".181" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <16 x float> %".180", ptr %".181", align 4
  %".183" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".184" = add <16 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".183"
  %".185" = getelementptr inbounds float, ptr %"C.local", i64 80
  %".186" = load <16 x float>, ptr %".185", align 4
  %".187" = mul i64 %"i.outer.outer", 512
  %".188" = add i64 %"k", %".187"
  %".189" = add i64 %".188", 128
  %".190" = getelementptr inbounds float, ptr %"A", i64 %".189"
  %".191" = load float, ptr %".190", align 4
  %".192" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".191", i32 0
  %".193" = shufflevector <16 x float> %".192", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".194" = mul i64 %"k", 32
  %".195" = mul i64 %"j.outer", 2048
  %".196" = add i64 %".194", %".195"
  %".197" = add i64 %".196", 16
  %".198" = getelementptr inbounds float, ptr %"B.packed", i64 %".197"
  %".199" = load <16 x float>, ptr %".198", align 4
  %".200" = fmul contract <16 x float> %".193", %".199"
  %".201" = fadd contract <16 x float> %".186", %".200"
  %".202" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <16 x float> %".201", ptr %".202", align 4
  %".204" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".205" = add <16 x i64> <i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96>, %".204"
  %".206" = getelementptr inbounds float, ptr %"C.local", i64 96
  %".207" = load <16 x float>, ptr %".206", align 4
  %".208" = mul i64 %"i.outer.outer", 512
  %".209" = add i64 %"k", %".208"
  %".210" = add i64 %".209", 192
  %".211" = getelementptr inbounds float, ptr %"A", i64 %".210"
  %".212" = load float, ptr %".211", align 4
  %".213" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".212", i32 0
  %".214" = shufflevector <16 x float> %".213", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".215" = mul i64 %"k", 32
  %".216" = mul i64 %"j.outer", 2048
  %".217" = add i64 %".215", %".216"
  %".218" = getelementptr inbounds float, ptr %"B.packed", i64 %".217"
  %".219" = load <16 x float>, ptr %".218", align 4
  %".220" = fmul contract <16 x float> %".214", %".219"
  %".221" = fadd contract <16 x float> %".207", %".220"
  %".222" = getelementptr inbounds float, ptr %"C.local", i64 96
  store <16 x float> %".221", ptr %".222", align 4
  %".224" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".225" = add <16 x i64> <i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112>, %".224"
  %".226" = getelementptr inbounds float, ptr %"C.local", i64 112
  %".227" = load <16 x float>, ptr %".226", align 4
  %".228" = mul i64 %"i.outer.outer", 512
  %".229" = add i64 %"k", %".228"
  %".230" = add i64 %".229", 192
  %".231" = getelementptr inbounds float, ptr %"A", i64 %".230"
  %".232" = load float, ptr %".231", align 4
  %".233" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".232", i32 0
  %".234" = shufflevector <16 x float> %".233", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".235" = mul i64 %"k", 32
  %".236" = mul i64 %"j.outer", 2048
  %".237" = add i64 %".235", %".236"
  %".238" = add i64 %".237", 16
  %".239" = getelementptr inbounds float, ptr %"B.packed", i64 %".238"
  %".240" = load <16 x float>, ptr %".239", align 4
  %".241" = fmul contract <16 x float> %".234", %".240"
  %".242" = fadd contract <16 x float> %".227", %".241"
  %".243" = getelementptr inbounds float, ptr %"C.local", i64 112
  store <16 x float> %".242", ptr %".243", align 4
  %".245" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".246" = add <16 x i64> <i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128>, %".245"
  %".247" = getelementptr inbounds float, ptr %"C.local", i64 128
  %".248" = load <16 x float>, ptr %".247", align 4
  %".249" = mul i64 %"i.outer.outer", 512
  %".250" = add i64 %"k", %".249"
  %".251" = add i64 %".250", 256
  %".252" = getelementptr inbounds float, ptr %"A", i64 %".251"
  %".253" = load float, ptr %".252", align 4
  %".254" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".253", i32 0
  %".255" = shufflevector <16 x float> %".254", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".256" = mul i64 %"k", 32
  %".257" = mul i64 %"j.outer", 2048
  %".258" = add i64 %".256", %".257"
  %".259" = getelementptr inbounds float, ptr %"B.packed", i64 %".258"
  %".260" = load <16 x float>, ptr %".259", align 4
  %".261" = fmul contract <16 x float> %".255", %".260"
  %".262" = fadd contract <16 x float> %".248", %".261"
  %".263" = getelementptr inbounds float, ptr %"C.local", i64 128
  store <16 x float> %".262", ptr %".263", align 4
  %".265" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".266" = add <16 x i64> <i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144>, %".265"
  %".267" = getelementptr inbounds float, ptr %"C.local", i64 144
  %".268" = load <16 x float>, ptr %".267", align 4
  %".269" = mul i64 %"i.outer.outer", 512
  %".270" = add i64 %"k", %".269"
  %".271" = add i64 %".270", 256
  %".272" = getelementptr inbounds float, ptr %"A", i64 %".271"
  %".273" = load float, ptr %".272", align 4
  %".274" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".273", i32 0
  %".275" = shufflevector <16 x float> %".274", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".276" = mul i64 %"k", 32
  %".277" = mul i64 %"j.outer", 2048
  %".278" = add i64 %".276", %".277"
  %".279" = add i64 %".278", 16
  %".280" = getelementptr inbounds float, ptr %"B.packed", i64 %".279"
  %".281" = load <16 x float>, ptr %".280", align 4
  %".282" = fmul contract <16 x float> %".275", %".281"
  %".283" = fadd contract <16 x float> %".268", %".282"
  %".284" = getelementptr inbounds float, ptr %"C.local", i64 144
  store <16 x float> %".283", ptr %".284", align 4
  %".286" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".287" = add <16 x i64> <i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160>, %".286"
  %".288" = getelementptr inbounds float, ptr %"C.local", i64 160
  %".289" = load <16 x float>, ptr %".288", align 4
  %".290" = mul i64 %"i.outer.outer", 512
  %".291" = add i64 %"k", %".290"
  %".292" = add i64 %".291", 320
  %".293" = getelementptr inbounds float, ptr %"A", i64 %".292"
  %".294" = load float, ptr %".293", align 4
  %".295" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".294", i32 0
  %".296" = shufflevector <16 x float> %".295", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".297" = mul i64 %"k", 32
  %".298" = mul i64 %"j.outer", 2048
  %".299" = add i64 %".297", %".298"
  %".300" = getelementptr inbounds float, ptr %"B.packed", i64 %".299"
  %".301" = load <16 x float>, ptr %".300", align 4
  %".302" = fmul contract <16 x float> %".296", %".301"
  %".303" = fadd contract <16 x float> %".289", %".302"
  %".304" = getelementptr inbounds float, ptr %"C.local", i64 160
  store <16 x float> %".303", ptr %".304", align 4
  %".306" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".307" = add <16 x i64> <i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176>, %".306"
  %".308" = getelementptr inbounds float, ptr %"C.local", i64 176
  %".309" = load <16 x float>, ptr %".308", align 4
  %".310" = mul i64 %"i.outer.outer", 512
  %".311" = add i64 %"k", %".310"
  %".312" = add i64 %".311", 320
  %".313" = getelementptr inbounds float, ptr %"A", i64 %".312"
  %".314" = load float, ptr %".313", align 4
  %".315" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".314", i32 0
  %".316" = shufflevector <16 x float> %".315", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".317" = mul i64 %"k", 32
  %".318" = mul i64 %"j.outer", 2048
  %".319" = add i64 %".317", %".318"
  %".320" = add i64 %".319", 16
  %".321" = getelementptr inbounds float, ptr %"B.packed", i64 %".320"
  %".322" = load <16 x float>, ptr %".321", align 4
  %".323" = fmul contract <16 x float> %".316", %".322"
  %".324" = fadd contract <16 x float> %".309", %".323"
  %".325" = getelementptr inbounds float, ptr %"C.local", i64 176
  store <16 x float> %".324", ptr %".325", align 4
  %".327" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".328" = add <16 x i64> <i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192>, %".327"
  %".329" = getelementptr inbounds float, ptr %"C.local", i64 192
  %".330" = load <16 x float>, ptr %".329", align 4
  %".331" = mul i64 %"i.outer.outer", 512
  %".332" = add i64 %"k", %".331"
  %".333" = add i64 %".332", 384
  %".334" = getelementptr inbounds float, ptr %"A", i64 %".333"
  %".335" = load float, ptr %".334", align 4
  %".336" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".335", i32 0
  %".337" = shufflevector <16 x float> %".336", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".338" = mul i64 %"k", 32
  %".339" = mul i64 %"j.outer", 2048
  %".340" = add i64 %".338", %".339"
  %".341" = getelementptr inbounds float, ptr %"B.packed", i64 %".340"
  %".342" = load <16 x float>, ptr %".341", align 4
  %".343" = fmul contract <16 x float> %".337", %".342"
  %".344" = fadd contract <16 x float> %".330", %".343"
  %".345" = getelementptr inbounds float, ptr %"C.local", i64 192
  store <16 x float> %".344", ptr %".345", align 4
  %".347" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".348" = add <16 x i64> <i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208>, %".347"
  %".349" = getelementptr inbounds float, ptr %"C.local", i64 208
  %".350" = load <16 x float>, ptr %".349", align 4
  %".351" = mul i64 %"i.outer.outer", 512
  %".352" = add i64 %"k", %".351"
  %".353" = add i64 %".352", 384
  %".354" = getelementptr inbounds float, ptr %"A", i64 %".353"
  %".355" = load float, ptr %".354", align 4
  %".356" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".355", i32 0
  %".357" = shufflevector <16 x float> %".356", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".358" = mul i64 %"k", 32
  %".359" = mul i64 %"j.outer", 2048
  %".360" = add i64 %".358", %".359"
  %".361" = add i64 %".360", 16
  %".362" = getelementptr inbounds float, ptr %"B.packed", i64 %".361"
  %".363" = load <16 x float>, ptr %".362", align 4
  %".364" = fmul contract <16 x float> %".357", %".363"
  %".365" = fadd contract <16 x float> %".350", %".364"
  %".366" = getelementptr inbounds float, ptr %"C.local", i64 208
  store <16 x float> %".365", ptr %".366", align 4
  %".368" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".369" = add <16 x i64> <i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224>, %".368"
  %".370" = getelementptr inbounds float, ptr %"C.local", i64 224
  %".371" = load <16 x float>, ptr %".370", align 4
  %".372" = mul i64 %"i.outer.outer", 512
  %".373" = add i64 %"k", %".372"
  %".374" = add i64 %".373", 448
  %".375" = getelementptr inbounds float, ptr %"A", i64 %".374"
  %".376" = load float, ptr %".375", align 4
  %".377" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".376", i32 0
  %".378" = shufflevector <16 x float> %".377", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".379" = mul i64 %"k", 32
  %".380" = mul i64 %"j.outer", 2048
  %".381" = add i64 %".379", %".380"
  %".382" = getelementptr inbounds float, ptr %"B.packed", i64 %".381"
  %".383" = load <16 x float>, ptr %".382", align 4
  %".384" = fmul contract <16 x float> %".378", %".383"
  %".385" = fadd contract <16 x float> %".371", %".384"
  %".386" = getelementptr inbounds float, ptr %"C.local", i64 224
  store <16 x float> %".385", ptr %".386", align 4
  %".388" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".389" = add <16 x i64> <i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240>, %".388"
  %".390" = getelementptr inbounds float, ptr %"C.local", i64 240
  %".391" = load <16 x float>, ptr %".390", align 4
  %".392" = mul i64 %"i.outer.outer", 512
  %".393" = add i64 %"k", %".392"
  %".394" = add i64 %".393", 448
  %".395" = getelementptr inbounds float, ptr %"A", i64 %".394"
  %".396" = load float, ptr %".395", align 4
  %".397" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".396", i32 0
  %".398" = shufflevector <16 x float> %".397", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".399" = mul i64 %"k", 32
  %".400" = mul i64 %"j.outer", 2048
  %".401" = add i64 %".399", %".400"
  %".402" = add i64 %".401", 16
  %".403" = getelementptr inbounds float, ptr %"B.packed", i64 %".402"
  %".404" = load <16 x float>, ptr %".403", align 4
  %".405" = fmul contract <16 x float> %".398", %".404"
  %".406" = fadd contract <16 x float> %".391", %".405"
  %".407" = getelementptr inbounds float, ptr %"C.local", i64 240
  store <16 x float> %".406", ptr %".407", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
k.exit:
  %".410" = add i64 0, 8
  br label %"i.inner.header"
i.inner.header:
  %"i.inner" = phi  i64 [0, %"k.exit"], [%"i.inner.next", %"j.inner.outer.exit"]
  %".412" = icmp slt i64 %"i.inner", %".410"
  br i1 %".412", label %"i.inner.body", label %"i.inner.exit"
i.inner.body:
  %".414" = add i64 0, 2
  br label %"j.inner.outer.header"
i.inner.exit:
  %"j.outer.next" = add nsw i64 %"j.outer", 1
  br label %"j.outer.header"
j.inner.outer.header:
  %"j.inner.outer" = phi  i64 [0, %"i.inner.body"], [%"j.inner.outer.next", %"j.inner.outer.body"]
  %".416" = icmp slt i64 %"j.inner.outer", %".414"
  br i1 %".416", label %"j.inner.outer.body", label %"j.inner.outer.exit"
j.inner.outer.body:
  %".418" = mul i64 %"i.inner", 64
  %".419" = mul i64 %"i.outer.outer", 512
  %".420" = add i64 %".418", %".419"
  %".421" = mul i64 %"j.outer", 32
  %".422" = add i64 %".420", %".421"
  %".423" = mul i64 %"j.inner.outer", 16
  %".424" = add i64 %".422", %".423"
  %".425" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".424", i32 0
  %".426" = shufflevector <16 x i64> %".425", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".427" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".428" = add <16 x i64> %".426", %".427"
  %".429" = mul i64 %"i.inner", 32
  %".430" = mul i64 %"j.inner.outer", 16
  %".431" = add i64 %".429", %".430"
  %".432" = getelementptr inbounds float, ptr %"C.local", i64 %".431"
  %".433" = load <16 x float>, ptr %".432", align 4
  %".434" = mul i64 %"i.inner", 64
  %".435" = mul i64 %"i.outer.outer", 512
  %".436" = add i64 %".434", %".435"
  %".437" = mul i64 %"j.outer", 32
  %".438" = add i64 %".436", %".437"
  %".439" = mul i64 %"j.inner.outer", 16
  %".440" = add i64 %".438", %".439"
  %".441" = getelementptr inbounds float, ptr %"C", i64 %".440"
  store <16 x float> %".433", ptr %".441", align 4
  %"j.inner.outer.next" = add nsw i64 %"j.inner.outer", 1
  br label %"j.inner.outer.header"
j.inner.outer.exit:
  %"i.inner.next" = add nsw i64 %"i.inner", 1
  br label %"i.inner.header"
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
