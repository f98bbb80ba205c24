; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"u", ptr noalias %"W", ptr noalias %"route.v1") nounwind
{
entry:
  %"closure1" = alloca {ptr, ptr, i64}
  %"uhat.local" = alloca [16 x float], align 64
  %"closure0" = alloca {ptr, ptr, i64}
  %"uhat" = alloca [288 x float], align 64
  %"W.packed" = alloca [576 x float], align 64
  %".5" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"W", ptr %".5"
  %".7" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %"W.packed", ptr %".7"
  %".9" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store i64 0, ptr %".9"
  %".11" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 6, i32 %".11")
  %".13" = add i64 0, 6
  br label %"i.header"
i.header:
  %"i" = phi  i64 [0, %"entry"], [%"i.next", %"j.exit"]
  %".15" = icmp slt i64 %"i", %".13"
  br i1 %".15", label %"i.body", label %"i.exit"
i.body:
  %".17" = add i64 0, 3
  br label %"j.header"
i.exit:
  %".103" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure1", i32 0, i32 0
  store ptr %"route.v1", ptr %".103"
  %".105" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure1", i32 0, i32 1
  store ptr %"uhat", ptr %".105"
  %".107" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure1", i32 0, i32 2
  store i64 0, ptr %".107"
  %".109" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par1", ptr %"closure1", i64 2, i32 %".109")
  ret void
j.header:
  %"j" = phi  i64 [0, %"i.body"], [%"j.next", %"b.inner.exit"]
  %".19" = icmp slt i64 %"j", %".17"
  br i1 %".19", label %"j.body", label %"j.exit"
j.body:
  %".21" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".22" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".21"
  %".23" = getelementptr inbounds float, ptr %"uhat.local", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".23", align 4
  %".25" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".26" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".25"
  %".27" = getelementptr inbounds float, ptr %"uhat.local", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".27", align 4
  %".29" = add i64 0, 4
  br label %"q.header"
j.exit:
  %"i.next" = add nsw i64 %"i", 1
  br label %"i.header"
q.header:
  %"q" = phi  i64 [0, %"j.body"], [%"q.next", %"q.body"]
  %".31" = icmp slt i64 %"q", %".29"
  br i1 %".31", label %"q.body", label %"q.exit"
q.body:
  %".33" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".34" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".33"
  %".35" = getelementptr inbounds float, ptr %"uhat.local", i64 0
  %".36" = load <8 x float>, ptr %".35", align 4
  %".37" = mul i64 %"q", 8
  %".38" = mul i64 %"i", 96
  %".39" = add i64 %".37", %".38"
  %".40" = mul i64 %"j", 32
  %".41" = add i64 %".39", %".40"
  %".42" = getelementptr inbounds float, ptr %"W.packed", i64 %".41"
  %".43" = load <8 x float>, ptr %".42", align 4
  %".44" = mul i64 %"i", 4
  %".45" = add i64 %"q", %".44"
  %".46" = getelementptr inbounds float, ptr %"u", i64 %".45"
  %".47" = load float, ptr %".46", align 4
  %".48" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".47", i32 0
  %".49" = shufflevector <8 x float> %".48", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".50" = fmul contract <8 x float> %".43", %".49"
  %".51" = fadd contract <8 x float> %".36", %".50"
  %".52" = getelementptr inbounds float, ptr %"uhat.local", i64 0
  store <8 x float> %".51", ptr %".52", align 4
  %".54" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".55" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".54"
  %".56" = getelementptr inbounds float, ptr %"uhat.local", i64 8
  %".57" = load <8 x float>, ptr %".56", align 4
  %".58" = mul i64 %"q", 8
  %".59" = mul i64 %"i", 96
  %".60" = add i64 %".58", %".59"
  %".61" = mul i64 %"j", 32
  %".62" = add i64 %".60", %".61"
  %".63" = getelementptr inbounds float, ptr %"W.packed", i64 %".62"
  %".64" = load <8 x float>, ptr %".63", align 4
  %".65" = mul i64 %"i", 4
  %".66" = add i64 %"q", %".65"
  %".67" = add i64 %".66", 24
  %".68" = getelementptr inbounds float, ptr %"u", i64 %".67"
  %".69" = load float, ptr %".68", align 4
  %".70" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".69", i32 0
  %".71" = shufflevector <8 x float> %".70", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".72" = fmul contract <8 x float> %".64", %".71"
  %".73" = fadd contract <8 x float> %".57", %".72"
  %".74" = getelementptr inbounds float, ptr %"uhat.local", i64 8
  store <8 x float> %".73", ptr %".74", align 4
  %"q.next" = add nsw i64 %"q", 1
  br label %"q.header"
q.exit:
  %".77" = add i64 0, 2
  br label %"b.inner.header"
b.inner.header:
  %"b.inner" = phi  i64 [0, %"q.exit"], [%"b.inner.next", %"b.inner.body"]
  %".79" = icmp slt i64 %"b.inner", %".77"
  br i1 %".79", label %"b.inner.body", label %"b.inner.exit"
b.inner.body:
  %".81" = mul i64 %"i", 24
  %".82" = mul i64 %"j", 8
  %".83" = add i64 %".81", %".82"
  %".84" = mul i64 %"b.inner", 144
  %".85" = add i64 %".83", %".84"
  %".86" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".85", i32 0
  %".87" = shufflevector <8 x i64> %".86", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".88" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".89" = add <8 x i64> %".87", %".88"
  %".90" = mul i64 %"b.inner", 8
  %".91" = getelementptr inbounds float, ptr %"uhat.local", i64 %".90"
  %".92" = load <8 x float>, ptr %".91", align 4
  %".93" = mul i64 %"i", 24
  %".94" = mul i64 %"j", 8
  %".95" = add i64 %".93", %".94"
  %".96" = mul i64 %"b.inner", 144
  %".97" = add i64 %".95", %".96"
  %".98" = getelementptr inbounds float, ptr %"uhat", i64 %".97"
  store <8 x float> %".92", ptr %".98", align 4
  %"b.inner.next" = add nsw i64 %"b.inner", 1
  br label %"b.inner.header"
b.inner.exit:
  %"j.next" = add nsw i64 %"j", 1
  br label %"j.header"
}

define internal void @"tcomp_main.par0.body"(ptr noalias %"W", ptr noalias %"W.packed", i64 %".3", i64 %".4", i64 %".5") nounwind
{
entry:
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".4", %"entry"], [%"it.next", %"i1.exit"]
  %".8" = icmp slt i64 %"it", %".5"
  br i1 %".8", label %"it.body", label %"it.exit"
it.body:
  %"i0" = add i64 %".3", %"it"
  %".10" = add i64 0, 3
  br label %"i1.header"
it.exit:
  ret void
i1.header:
  %"i1" = phi  i64 [0, %"it.body"], [%"i1.next", %"i3.exit"]
  %".12" = icmp slt i64 %"i1", %".10"
  br i1 %".12", label %"i1.body", label %"i1.exit"
i1.body:
  %".14" = add i64 0, 4
  br label %"i3.header"
i1.exit:
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
i3.header:
  %"i3" = phi  i64 [0, %"i1.body"], [%"i3.next", %"i3.body"]
  %".16" = icmp slt i64 %"i3", %".14"
  br i1 %".16", label %"i3.body", label %"i3.exit"
i3.body:
  %".18" = mul i64 %"i0", 96
  %".19" = mul i64 %"i1", 32
  %".20" = add i64 %".18", %".19"
  %".21" = mul i64 %"i3", 8
  %".22" = add i64 %".20", %".21"
  %".23" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".22", i32 0
  %".24" = shufflevector <8 x i64> %".23", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".25" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".26" = add <8 x i64> %".24", %".25"
  %".27" = mul i64 %"i0", 96
  %".28" = mul i64 %"i1", 32
  %".29" = add i64 %".27", %".28"
  %".30" = add i64 %".29", %"i3"
  %".31" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".30", i32 0
  %".32" = shufflevector <8 x i64> %".31", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".33" = mul <8 x i64> <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".34" = add <8 x i64> %".32", %".33"
  %".35" = getelementptr inbounds float, ptr %"W", <8 x i64> %".34"
  %".36" = call <8 x float> @"llvm.masked.gather.v8f32.v8p0"(<8 x ptr> align 4 %".35", <8 x i1> <i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1>, <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".37" = mul i64 %"i0", 96
  %".38" = mul i64 %"i1", 32
  %".39" = add i64 %".37", %".38"
  %".40" = mul i64 %"i3", 8
  %".41" = add i64 %".39", %".40"
  %".42" = getelementptr inbounds float, ptr %"W.packed", i64 %".41"
  store <8 x float> %".36", ptr %".42", align 4
  %"i3.next" = add nsw i64 %"i3", 1
  br label %"i3.header"
i3.exit:
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

declare <8 x float> @"llvm.masked.gather.v8f32.v8p0"(<8 x ptr> %".1", <8 x i1> %".2", <8 x float> %".3")

define internal void @"tcomp_main.par1.body"(ptr noalias %"route.v1", ptr noalias %"uhat", i64 %".3", i64 %".4", i64 %".5") nounwind
{
entry:
  %"route.v1.n2" = alloca [3 x float], align 64
  %"route.s1" = alloca [24 x float], align 64
  %"route.c1" = alloca [18 x float], align 64
  %"route.c1.sum" = alloca [6 x float], align 64
  %"route.c1.exp" = alloca [18 x float], align 64
  %"route.c1.max" = alloca [6 x float], align 64
  %"route.a0" = alloca [18 x float], align 64
  %"route.v0" = alloca [24 x float], align 64
  %"route.v0.n2" = alloca [3 x float], align 64
  %"route.s0" = alloca [24 x float], align 64
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".4", %"entry"], [%"it.next", %"i1.exit.9"]
  %".8" = icmp slt i64 %"it", %".5"
  br i1 %".8", label %"it.body", label %"it.exit"
it.body:
  %"i0" = add i64 %".3", %"it"
  %".10" = add i64 0, 3
  br label %"j.header"
it.exit:
  ret void
j.header:
  %"j" = phi  i64 [0, %"it.body"], [%"j.next", %"ri.exit"]
  %".12" = icmp slt i64 %"j", %".10"
  br i1 %".12", label %"j.body", label %"j.exit"
j.body:
  %".14" = mul i64 %"j", 8
  %".15" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".14", i32 0
  %".16" = shufflevector <8 x i64> %".15", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".17" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".18" = add <8 x i64> %".16", %".17"
  %".19" = mul i64 %"j", 8
  %".20" = getelementptr inbounds float, ptr %"route.s0", i64 %".19"
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".20", align 4
  %".22" = add i64 0, 6
  br label %"ri.header"
j.exit:
  %".48" = add i64 0, 3
  br label %"i1.header"
ri.header:
  %"ri" = phi  i64 [0, %"j.body"], [%"ri.next", %"ri.body"]
  %".24" = icmp slt i64 %"ri", %".22"
  br i1 %".24", label %"ri.body", label %"ri.exit"
ri.body:
  %".26" = mul i64 %"j", 8
  %".27" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".26", i32 0
  %".28" = shufflevector <8 x i64> %".27", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".29" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".30" = add <8 x i64> %".28", %".29"
  %".31" = mul i64 %"j", 8
  %".32" = getelementptr inbounds float, ptr %"route.s0", i64 %".31"
  %".33" = load <8 x float>, ptr %".32", align 4
  %".34" = mul i64 %"ri", 24
  %".35" = mul i64 %"j", 8
  %".36" = add i64 %".34", %".35"
  %".37" = mul i64 %"i0", 144
  %".38" = add i64 %".36", %".37"
  %".39" = getelementptr inbounds float, ptr %"uhat", i64 %".38"
  %".40" = load <8 x float>, ptr %".39", align 4
  %".41" = fmul contract <8 x float> <float 0x3fd5555560000000, float 0x3fd5555560000000, float 0x3fd5555560000000, float 0x3fd5555560000000, float 0x3fd5555560000000, float 0x3fd5555560000000, float 0x3fd5555560000000, float 0x3fd5555560000000>, %".40"
  %".42" = fadd contract <8 x float> %".33", %".41"
  %".43" = mul i64 %"j", 8
  %".44" = getelementptr inbounds float, ptr %"route.s0", i64 %".43"
  store <8 x float> %".42", ptr %".44", align 4
  %"ri.next" = add nsw i64 %"ri", 1
  br label %"ri.header"
ri.exit:
  %"j.next" = add nsw i64 %"j", 1
  br label %"j.header"
i1.header:
  %"i1" = phi  i64 [0, %"j.exit"], [%"i1.next", %"i1.body"]
  %".50" = icmp slt i64 %"i1", %".48"
  br i1 %".50", label %"i1.body", label %"i1.exit"
i1.body:
  %".52" = getelementptr inbounds float, ptr %"route.v0.n2", i64 %"i1"
  store float              0x0, ptr %".52", align 4
  %"i1.next" = add nsw i64 %"i1", 1
  br label %"i1.header"
i1.exit:
  %".55" = add i64 0, 8
  br label %"r2.header"
r2.header:
  %"r2" = phi  i64 [0, %"i1.exit"], [%"r2.next", %"i1.exit.1"]
  %".57" = icmp slt i64 %"r2", %".55"
  br i1 %".57", label %"r2.body", label %"r2.exit"
r2.body:
  %".59" = add i64 0, 3
  br label %"i1.header.1"
r2.exit:
  %".79" = add i64 0, 3
  br label %"i1.header.2"
i1.header.1:
  %"i1.1" = phi  i64 [0, %"r2.body"], [%"i1.next.1", %"i1.body.1"]
  %".61" = icmp slt i64 %"i1.1", %".59"
  br i1 %".61", label %"i1.body.1", label %"i1.exit.1"
i1.body.1:
  %".63" = getelementptr inbounds float, ptr %"route.v0.n2", i64 %"i1.1"
  %".64" = load float, ptr %".63", align 4
  %".65" = mul i64 %"i1.1", 8
  %".66" = add i64 %"r2", %".65"
  %".67" = getelementptr inbounds float, ptr %"route.s0", i64 %".66"
  %".68" = load float, ptr %".67", align 4
  %".69" = mul i64 %"i1.1", 8
  %".70" = add i64 %"r2", %".69"
  %".71" = getelementptr inbounds float, ptr %"route.s0", i64 %".70"
  %".72" = load float, ptr %".71", align 4
  %".73" = fmul contract float %".68", %".72"
  %".74" = fadd contract float %".64", %".73"
  %".75" = getelementptr inbounds float, ptr %"route.v0.n2", i64 %"i1.1"
  store float %".74", ptr %".75", align 4
  %"i1.next.1" = add nsw i64 %"i1.1", 1
  br label %"i1.header.1"
i1.exit.1:
  %"r2.next" = add nsw i64 %"r2", 1
  br label %"r2.header"
i1.header.2:
  %"i1.2" = phi  i64 [0, %"r2.exit"], [%"i1.next.2", %"i1.body.2"]
  %".81" = icmp slt i64 %"i1.2", %".79"
  br i1 %".81", label %"i1.body.2", label %"i1.exit.2"
i1.body.2:
  %".83" = mul i64 %"i1.2", 8
  %".84" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".83", i32 0
  %".85" = shufflevector <8 x i64> %".84", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".86" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".87" = add <8 x i64> %".85", %".86"
  %".88" = mul i64 %"i1.2", 8
  %".89" = getelementptr inbounds float, ptr %"route.s0", i64 %".88"
  %".90" = load <8 x float>, ptr %".89", align 4
  %".91" = getelementptr inbounds float, ptr %"route.v0.n2", i64 %"i1.2"
  %".92" = load float, ptr %".91", align 4
  %".93" = getelementptr inbounds float, ptr %"route.v0.n2", i64 %"i1.2"
  %".94" = load float, ptr %".93", align 4
  %".95" = fadd contract float 0x3ff0000000000000, %".94"
  %".96" = fdiv contract float %".92", %".95"
  %".97" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".96", i32 0
  %".98" = shufflevector <8 x float> %".97", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".99" = fmul contract <8 x float> %".90", %".98"
  %".100" = getelementptr inbounds float, ptr %"route.v0.n2", i64 %"i1.2"
  %".101" = load float, ptr %".100", align 4
  %".102" = fadd contract float %".101", 0x3e7ad7f2a0000000
  %".103" = call float @"llvm.sqrt.f32"(float %".102")
  %".104" = fdiv contract float 0x3ff0000000000000, %".103"
  %".105" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".104", i32 0
  %".106" = shufflevector <8 x float> %".105", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".107" = fmul contract <8 x float> %".99", %".106"
  %".108" = mul i64 %"i1.2", 8
  %".109" = getelementptr inbounds float, ptr %"route.v0", i64 %".108"
  store <8 x float> %".107", ptr %".109", align 4
  %"i1.next.2" = add nsw i64 %"i1.2", 1
  br label %"i1.header.2"
i1.exit.2:
  %".112" = add i64 0, 6
  br label %"i.header"
i.header:
  %"i" = phi  i64 [0, %"i1.exit.2"], [%"i.next", %"rd.exit"]
  %".114" = icmp slt i64 %"i", %".112"
  br i1 %".114", label %"i.body", label %"i.exit"
i.body:
  %".116" = mul i64 %"i", 3
  %".117" = getelementptr inbounds float, ptr %"route.a0", i64 %".116"
  store float              0x0, ptr %".117", align 4
  %".119" = mul i64 %"i", 3
  %".120" = add i64 %".119", 1
  %".121" = getelementptr inbounds float, ptr %"route.a0", i64 %".120"
  store float              0x0, ptr %".121", align 4
  %".123" = mul i64 %"i", 3
  %".124" = add i64 %".123", 2
  %".125" = getelementptr inbounds float, ptr %"route.a0", i64 %".124"
  store float              0x0, ptr %".125", align 4
  %".127" = add i64 0, 8
  br label %"rd.header"
i.exit:
  %".189" = add i64 0, 6
  br label %"i1.header.3"
rd.header:
  %"rd" = phi  i64 [0, %"i.body"], [%"rd.next", %"rd.body"]
  %".129" = icmp slt i64 %"rd", %".127"
  br i1 %".129", label %"rd.body", label %"rd.exit"
rd.body:
  %".131" = mul i64 %"i", 3
  %".132" = mul i64 %"i", 3
  %".133" = getelementptr inbounds float, ptr %"route.a0", i64 %".132"
  %".134" = load float, ptr %".133", align 4
  %".135" = mul i64 %"i", 24
  %".136" = add i64 %"rd", %".135"
  %".137" = mul i64 %"i0", 144
  %".138" = add i64 %".136", %".137"
  %".139" = getelementptr inbounds float, ptr %"uhat", i64 %".138"
  %".140" = load float, ptr %".139", align 4
  %".141" = getelementptr inbounds float, ptr %"route.v0", i64 %"rd"
  %".142" = load float, ptr %".141", align 4
  %".143" = fmul contract float %".140", %".142"
  %".144" = fadd contract float %".134", %".143"
  %".145" = getelementptr inbounds float, ptr %"route.a0", i64 %".131"
  store float %".144", ptr %".145", align 4
  %".147" = mul i64 %"i", 3
  %".148" = add i64 %".147", 1
  %".149" = mul i64 %"i", 3
  %".150" = add i64 %".149", 1
  %".151" = getelementptr inbounds float, ptr %"route.a0", i64 %".150"
  %".152" = load float, ptr %".151", align 4
  %".153" = mul i64 %"i", 24
  %".154" = add i64 %"rd", %".153"
  %".155" = mul i64 %"i0", 144
  %".156" = add i64 %".154", %".155"
  %".157" = add i64 %".156", 8
  %".158" = getelementptr inbounds float, ptr %"uhat", i64 %".157"
  %".159" = load float, ptr %".158", align 4
  %".160" = add i64 %"rd", 8
  %".161" = getelementptr inbounds float, ptr %"route.v0", i64 %".160"
  %".162" = load float, ptr %".161", align 4
  %".163" = fmul contract float %".159", %".162"
  %".164" = fadd contract float %".152", %".163"
  %".165" = getelementptr inbounds float, ptr %"route.a0", i64 %".148"
  store float %".164", ptr %".165", align 4
  %".167" = mul i64 %"i", 3
  %".168" = add i64 %".167", 2
  %".169" = mul i64 %"i", 3
  %".170" = add i64 %".169", 2
  %".171" = getelementptr inbounds float, ptr %"route.a0", i64 %".170"
  %".172" = load float, ptr %".171", align 4
  %".173" = mul i64 %"i", 24
  %".174" = add i64 %"rd", %".173"
  %".175" = mul i64 %"i0", 144
  %".176" = add i64 %".174", %".175"
  %".177" = add i64 %".176", 16
  %".178" = getelementptr inbounds float, ptr %"uhat", i64 %".177"
  %".179" = load float, ptr %".178", align 4
  %".180" = add i64 %"rd", 16
  %".181" = getelementptr inbounds float, ptr %"route.v0", i64 %".180"
  %".182" = load float, ptr %".181", align 4
  %".183" = fmul contract float %".179", %".182"
  %".184" = fadd contract float %".172", %".183"
  %".185" = getelementptr inbounds float, ptr %"route.a0", i64 %".168"
  store float %".184", ptr %".185", align 4
  %"rd.next" = add nsw i64 %"rd", 1
  br label %"rd.header"
rd.exit:
  %"i.next" = add nsw i64 %"i", 1
  br label %"i.header"
i1.header.3:
  %"i1.3" = phi  i64 [0, %"i.exit"], [%"i1.next.3", %"r2.exit.1"]
  %".191" = icmp slt i64 %"i1.3", %".189"
  br i1 %".191", label %"i1.body.3", label %"i1.exit.3"
i1.body.3:
  %".193" = getelementptr inbounds float, ptr %"route.c1.max", i64 %"i1.3"
  store float 0xfff0000000000000, ptr %".193", align 4
  %".195" = add i64 0, 3
  br label %"r2.header.1"
i1.exit.3:
  %".214" = add i64 0, 6
  br label %"i1.header.4"
r2.header.1:
  %"r2.1" = phi  i64 [0, %"i1.body.3"], [%"r2.next.1", %"r2.body.1"]
  %".197" = icmp slt i64 %"r2.1", %".195"
  br i1 %".197", label %"r2.body.1", label %"r2.exit.1"
r2.body.1:
  %".199" = getelementptr inbounds float, ptr %"route.c1.max", i64 %"i1.3"
  %".200" = load float, ptr %".199", align 4
  %".201" = mul i64 %"i1.3", 3
  %".202" = add i64 %"r2.1", %".201"
  %".203" = getelementptr inbounds float, ptr %"route.a0", i64 %".202"
  %".204" = load float, ptr %".203", align 4
  %".205" = fcmp ogt float %".200", %".204"
  %".206" = select  i1 %".205", float %".200", float %".204"
  %".207" = freeze float %".206"
  %".208" = fcmp uno float %".200", %".200"
  %".209" = select  i1 %".208", float %".200", float %".207"
  %".210" = getelementptr inbounds float, ptr %"route.c1.max", i64 %"i1.3"
  store float %".209", ptr %".210", align 4
  %"r2.next.1" = add nsw i64 %"r2.1", 1
  br label %"r2.header.1", !llvm.loop !2
r2.exit.1:
  %"i1.next.3" = add nsw i64 %"i1.3", 1
  br label %"i1.header.3", !llvm.loop !1
i1.header.4:
  %"i1.4" = phi  i64 [0, %"i1.exit.3"], [%"i1.next.4", %"i1.body.4"]
  %".216" = icmp slt i64 %"i1.4", %".214"
  br i1 %".216", label %"i1.body.4", label %"i1.exit.4"
i1.body.4:
  %".218" = mul i64 %"i1.4", 3
  %".219" = mul i64 %"i1.4", 3
  %".220" = getelementptr inbounds float, ptr %"route.a0", i64 %".219"
  %".221" = load float, ptr %".220", align 4
  %".222" = getelementptr inbounds float, ptr %"route.c1.max", i64 %"i1.4"
  %".223" = load float, ptr %".222", align 4
  %".224" = fsub contract float %".221", %".223"
  %".225" = call float @"tcomp.math.exp.f32"(float %".224")
  %".226" = getelementptr inbounds float, ptr %"route.c1.exp", i64 %".218"
  store float %".225", ptr %".226", align 4
  %".228" = mul i64 %"i1.4", 3
  %".229" = add i64 %".228", 1
  %".230" = mul i64 %"i1.4", 3
  %".231" = add i64 %".230", 1
  %".232" = getelementptr inbounds float, ptr %"route.a0", i64 %".231"
  %".233" = load float, ptr %".232", align 4
  %".234" = getelementptr inbounds float, ptr %"route.c1.max", i64 %"i1.4"
  %".235" = load float, ptr %".234", align 4
  %".236" = fsub contract float %".233", %".235"
  %".237" = call float @"tcomp.math.exp.f32"(float %".236")
  %".238" = getelementptr inbounds float, ptr %"route.c1.exp", i64 %".229"
  store float %".237", ptr %".238", align 4
  %".240" = mul i64 %"i1.4", 3
  %".241" = add i64 %".240", 2
  %".242" = mul i64 %"i1.4", 3
  %".243" = add i64 %".242", 2
  %".244" = getelementptr inbounds float, ptr %"route.a0", i64 %".243"
  %".245" = load float, ptr %".244", align 4
  %".246" = getelementptr inbounds float, ptr %"route.c1.max", i64 %"i1.4"
  %".247" = load float, ptr %".246", align 4
  %".248" = fsub contract float %".245", %".247"
  %".249" = call float @"tcomp.math.exp.f32"(float %".248")
  %".250" = getelementptr inbounds float, ptr %"route.c1.exp", i64 %".241"
  store float %".249", ptr %".250", align 4
  %"i1.next.4" = add nsw i64 %"i1.4", 1
  br label %"i1.header.4"
i1.exit.4:
  %".253" = add i64 0, 6
  br label %"i1.header.5"
i1.header.5:
  %"i1.5" = phi  i64 [0, %"i1.exit.4"], [%"i1.next.5", %"r2.exit.2"]
  %".255" = icmp slt i64 %"i1.5", %".253"
  br i1 %".255", label %"i1.body.5", label %"i1.exit.5"
i1.body.5:
  %".257" = getelementptr inbounds float, ptr %"route.c1.sum", i64 %"i1.5"
  store float              0x0, ptr %".257", align 4
  %".259" = add i64 0, 3
  br label %"r2.header.2"
i1.exit.5:
  %".274" = add i64 0, 6
  br label %"i1.header.6"
r2.header.2:
  %"r2.2" = phi  i64 [0, %"i1.body.5"], [%"r2.next.2", %"r2.body.2"]
  %".261" = icmp slt i64 %"r2.2", %".259"
  br i1 %".261", label %"r2.body.2", label %"r2.exit.2"
r2.body.2:
  %".263" = getelementptr inbounds float, ptr %"route.c1.sum", i64 %"i1.5"
  %".264" = load float, ptr %".263", align 4
  %".265" = mul i64 %"i1.5", 3
  %".266" = add i64 %"r2.2", %".265"
  %".267" = getelementptr inbounds float, ptr %"route.c1.exp", i64 %".266"
  %".268" = load float, ptr %".267", align 4
  %".269" = fadd contract float %".264", %".268"
  %".270" = getelementptr inbounds float, ptr %"route.c1.sum", i64 %"i1.5"
  store float %".269", ptr %".270", align 4
  %"r2.next.2" = add nsw i64 %"r2.2", 1
  br label %"r2.header.2"
r2.exit.2:
  %"i1.next.5" = add nsw i64 %"i1.5", 1
  br label %"i1.header.5"
i1.header.6:
  %"i1.6" = phi  i64 [0, %"i1.exit.5"], [%"i1.next.6", %"i1.body.6"]
  %".276" = icmp slt i64 %"i1.6", %".274"
  br i1 %".276", label %"i1.body.6", label %"i1.exit.6"
i1.body.6:
  %".278" = mul i64 %"i1.6", 3
  %".279" = mul i64 %"i1.6", 3
  %".280" = getelementptr inbounds float, ptr %"route.c1.exp", i64 %".279"
  %".281" = load float, ptr %".280", align 4
  %".282" = getelementptr inbounds float, ptr %"route.c1.sum", i64 %"i1.6"
  %".283" = load float, ptr %".282", align 4
  %".284" = fdiv contract float 0x3ff0000000000000, %".283"
  %".285" = fmul contract float %".281", %".284"
  %".286" = getelementptr inbounds float, ptr %"route.c1", i64 %".278"
  store float %".285", ptr %".286", align 4
  %".288" = mul i64 %"i1.6", 3
  %".289" = add i64 %".288", 1
  %".290" = mul i64 %"i1.6", 3
  %".291" = add i64 %".290", 1
  %".292" = getelementptr inbounds float, ptr %"route.c1.exp", i64 %".291"
  %".293" = load float, ptr %".292", align 4
  %".294" = getelementptr inbounds float, ptr %"route.c1.sum", i64 %"i1.6"
  %".295" = load float, ptr %".294", align 4
  %".296" = fdiv contract float 0x3ff0000000000000, %".295"
  %".297" = fmul contract float %".293", %".296"
  %".298" = getelementptr inbounds float, ptr %"route.c1", i64 %".289"
  store float %".297", ptr %".298", align 4
  %".300" = mul i64 %"i1.6", 3
  %".301" = add i64 %".300", 2
  %".302" = mul i64 %"i1.6", 3
  %".303" = add i64 %".302", 2
  %".304" = getelementptr inbounds float, ptr %"route.c1.exp", i64 %".303"
  %".305" = load float, ptr %".304", align 4
  %".306" = getelementptr inbounds float, ptr %"route.c1.sum", i64 %"i1.6"
  %".307" = load float, ptr %".306", align 4
  %".308" = fdiv contract float 0x3ff0000000000000, %".307"
  %".309" = fmul contract float %".305", %".308"
  %".310" = getelementptr inbounds float, ptr %"route.c1", i64 %".301"
  store float %".309", ptr %".310", align 4
  %"i1.next.6" = add nsw i64 %"i1.6", 1
  br label %"i1.header.6"
i1.exit.6:
  %".313" = add i64 0, 3
  br label %"j.header.1"
j.header.1:
  %"j.1" = phi  i64 [0, %"i1.exit.6"], [%"j.next.1", %"ri.exit.1"]
  %".315" = icmp slt i64 %"j.1", %".313"
  br i1 %".315", label %"j.body.1", label %"j.exit.1"
j.body.1:
  %".317" = mul i64 %"j.1", 8
  %".318" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".317", i32 0
  %".319" = shufflevector <8 x i64> %".318", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".320" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".321" = add <8 x i64> %".319", %".320"
  %".322" = mul i64 %"j.1", 8
  %".323" = getelementptr inbounds float, ptr %"route.s1", i64 %".322"
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".323", align 4
  %".325" = add i64 0, 6
  br label %"ri.header.1"
j.exit.1:
  %".357" = add i64 0, 3
  br label %"i1.header.7"
ri.header.1:
  %"ri.1" = phi  i64 [0, %"j.body.1"], [%"ri.next.1", %"ri.body.1"]
  %".327" = icmp slt i64 %"ri.1", %".325"
  br i1 %".327", label %"ri.body.1", label %"ri.exit.1"
ri.body.1:
  %".329" = mul i64 %"j.1", 8
  %".330" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".329", i32 0
  %".331" = shufflevector <8 x i64> %".330", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".332" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".333" = add <8 x i64> %".331", %".332"
  %".334" = mul i64 %"j.1", 8
  %".335" = getelementptr inbounds float, ptr %"route.s1", i64 %".334"
  %".336" = load <8 x float>, ptr %".335", align 4
  %".337" = mul i64 %"ri.1", 3
  %".338" = add i64 %".337", %"j.1"
  %".339" = getelementptr inbounds float, ptr %"route.c1", i64 %".338"
  %".340" = load float, ptr %".339", align 4
  %".341" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".340", i32 0
  %".342" = shufflevector <8 x float> %".341", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".343" = mul i64 %"ri.1", 24
  %".344" = mul i64 %"j.1", 8
  %".345" = add i64 %".343", %".344"
  %".346" = mul i64 %"i0", 144
  %".347" = add i64 %".345", %".346"
  %".348" = getelementptr inbounds float, ptr %"uhat", i64 %".347"
  %".349" = load <8 x float>, ptr %".348", align 4
  %".350" = fmul contract <8 x float> %".342", %".349"
  %".351" = fadd contract <8 x float> %".336", %".350"
  %".352" = mul i64 %"j.1", 8
  %".353" = getelementptr inbounds float, ptr %"route.s1", i64 %".352"
  store <8 x float> %".351", ptr %".353", align 4
  %"ri.next.1" = add nsw i64 %"ri.1", 1
  br label %"ri.header.1"
ri.exit.1:
  %"j.next.1" = add nsw i64 %"j.1", 1
  br label %"j.header.1"
i1.header.7:
  %"i1.7" = phi  i64 [0, %"j.exit.1"], [%"i1.next.7", %"i1.body.7"]
  %".359" = icmp slt i64 %"i1.7", %".357"
  br i1 %".359", label %"i1.body.7", label %"i1.exit.7"
i1.body.7:
  %".361" = getelementptr inbounds float, ptr %"route.v1.n2", i64 %"i1.7"
  store float              0x0, ptr %".361", align 4
  %"i1.next.7" = add nsw i64 %"i1.7", 1
  br label %"i1.header.7"
i1.exit.7:
  %".364" = add i64 0, 8
  br label %"r2.header.3"
r2.header.3:
  %"r2.3" = phi  i64 [0, %"i1.exit.7"], [%"r2.next.3", %"i1.exit.8"]
  %".366" = icmp slt i64 %"r2.3", %".364"
  br i1 %".366", label %"r2.body.3", label %"r2.exit.3"
r2.body.3:
  %".368" = add i64 0, 3
  br label %"i1.header.8"
r2.exit.3:
  %".388" = add i64 0, 3
  br label %"i1.header.9"
i1.header.8:
  %"i1.8" = phi  i64 [0, %"r2.body.3"], [%"i1.next.8", %"i1.body.8"]
  %".370" = icmp slt i64 %"i1.8", %".368"
  br i1 %".370", label %"i1.body.8", label %"i1.exit.8"
i1.body.8:
  %".372" = getelementptr inbounds float, ptr %"route.v1.n2", i64 %"i1.8"
  %".373" = load float, ptr %".372", align 4
  %".374" = mul i64 %"i1.8", 8
  %".375" = add i64 %"r2.3", %".374"
  %".376" = getelementptr inbounds float, ptr %"route.s1", i64 %".375"
  %".377" = load float, ptr %".376", align 4
  %".378" = mul i64 %"i1.8", 8
  %".379" = add i64 %"r2.3", %".378"
  %".380" = getelementptr inbounds float, ptr %"route.s1", i64 %".379"
  %".381" = load float, ptr %".380", align 4
  %".382" = fmul contract float %".377", %".381"
  %".383" = fadd contract float %".373", %".382"
  %".384" = getelementptr inbounds float, ptr %"route.v1.n2", i64 %"i1.8"
  store float %".383", ptr %".384", align 4
  %"i1.next.8" = add nsw i64 %"i1.8", 1
  br label %"i1.header.8"
i1.exit.8:
  %"r2.next.3" = add nsw i64 %"r2.3", 1
  br label %"r2.header.3"
i1.header.9:
  %"i1.9" = phi  i64 [0, %"r2.exit.3"], [%"i1.next.9", %"i1.body.9"]
  %".390" = icmp slt i64 %"i1.9", %".388"
  br i1 %".390", label %"i1.body.9", label %"i1.exit.9"
i1.body.9:
  %".392" = mul i64 %"i0", 24
  %".393" = mul i64 %"i1.9", 8
  %".394" = add i64 %".392", %".393"
  %".395" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".394", i32 0
  %".396" = shufflevector <8 x i64> %".395", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".397" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".398" = add <8 x i64> %".396", %".397"
  %".399" = mul i64 %"i1.9", 8
  %".400" = getelementptr inbounds float, ptr %"route.s1", i64 %".399"
  %".401" = load <8 x float>, ptr %".400", align 4
  %".402" = getelementptr inbounds float, ptr %"route.v1.n2", i64 %"i1.9"
  %".403" = load float, ptr %".402", align 4
  %".404" = getelementptr inbounds float, ptr %"route.v1.n2", i64 %"i1.9"
  %".405" = load float, ptr %".404", align 4
  %".406" = fadd contract float 0x3ff0000000000000, %".405"
  %".407" = fdiv contract float %".403", %".406"
  %".408" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".407", i32 0
  %".409" = shufflevector <8 x float> %".408", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".410" = fmul contract <8 x float> %".401", %".409"
  %".411" = getelementptr inbounds float, ptr %"route.v1.n2", i64 %"i1.9"
  %".412" = load float, ptr %".411", align 4
  %".413" = fadd contract float %".412", 0x3e7ad7f2a0000000
  %".414" = call float @"llvm.sqrt.f32"(float %".413")
  %".415" = fdiv contract float 0x3ff0000000000000, %".414"
  %".416" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".415", i32 0
  %".417" = shufflevector <8 x float> %".416", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".418" = fmul contract <8 x float> %".410", %".417"
  %".419" = mul i64 %"i0", 24
  %".420" = mul i64 %"i1.9", 8
  %".421" = add i64 %".419", %".420"
  %".422" = getelementptr inbounds float, ptr %"route.v1", i64 %".421"
  store <8 x float> %".418", ptr %".422", align 4
  %"i1.next.9" = add nsw i64 %"i1.9", 1
  br label %"i1.header.9"
i1.exit.9:
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

declare float @"llvm.sqrt.f32"(float %".1")

define internal float @"tcomp.math.exp.f32"(float %".1") alwaysinline nounwind
{
entry:
  %".3" = call contract float @"llvm.fabs.f32"(float %".1")
  %".4" = fcmp ole float %".3", 0x4055c00000000000
  br i1 %".4", label %"entry.if", label %"entry.else", !prof !3
entry.if:
  %".6" = call contract float @"llvm.fmuladd.f32"(float %".1", float 0x3ff7154760000000, float 0x4168000000000000)
  %".7" = fsub float %".6", 0x4168000000000000
  %".8" = bitcast float %".6" to i32
  %".9" = bitcast float 0x4168000000000000 to i32
  %".10" = sub i32 %".8", %".9"
  %".11" = call contract float @"llvm.fmuladd.f32"(float %".7", float 0xbfe62e4000000000, float %".1")
  %".12" = call contract float @"llvm.fmuladd.f32"(float %".7", float 0xbeb7f7d1c0000000, float %".11")
  %".13" = shl i32 %".10", 23
  %".14" = fmul contract float %".12", %".12"
  %".15" = call contract float @"llvm.fmuladd.f32"(float 0x3f56a22540000000, float %".12", float 0x3f8123b020000000)
  %".16" = call contract float @"llvm.fmuladd.f32"(float %".15", float %".12", float 0x3fa5558f80000000)
  %".17" = call contract float @"llvm.fmuladd.f32"(float %".16", float %".12", float 0x3fc5554900000000)
  %".18" = call contract float @"llvm.fmuladd.f32"(float %".17", float %".12", float 0x3fdfffffc0000000)
  %".19" = call contract float @"llvm.fmuladd.f32"(float %".14", float %".18", float %".12")
  %".20" = fadd contract float 0x3ff0000000000000, %".19"
  %".21" = bitcast float %".20" to i32
  %".22" = add i32 %".21", %".13"
  %".23" = bitcast i32 %".22" to float
  br label %"entry.endif"
entry.else:
  %".25" = fcmp olt float %".1", 0xc05e000000000000
  %".26" = select  i1 %".25", float 0xc05e000000000000, float %".1"
  %".27" = fcmp ogt float %".26", 0x4059000000000000
  %".28" = select  i1 %".27", float 0x4059000000000000, float %".26"
  %".29" = call contract float @"llvm.fmuladd.f32"(float %".28", float 0x3ff7154760000000, float 0x4168000000000000)
  %".30" = fsub float %".29", 0x4168000000000000
  %".31" = bitcast float %".29" to i32
  %".32" = bitcast float 0x4168000000000000 to i32
  %".33" = sub i32 %".31", %".32"
  %".34" = call contract float @"llvm.fmuladd.f32"(float %".30", float 0xbfe62e4000000000, float %".28")
  %".35" = call contract float @"llvm.fmuladd.f32"(float %".30", float 0xbeb7f7d1c0000000, float %".34")
  %".36" = fmul contract float %".35", %".35"
  %".37" = call contract float @"llvm.fmuladd.f32"(float 0x3f56a22540000000, float %".35", float 0x3f8123b020000000)
  %".38" = call contract float @"llvm.fmuladd.f32"(float %".37", float %".35", float 0x3fa5558f80000000)
  %".39" = call contract float @"llvm.fmuladd.f32"(float %".38", float %".35", float 0x3fc5554900000000)
  %".40" = call contract float @"llvm.fmuladd.f32"(float %".39", float %".35", float 0x3fdfffffc0000000)
  %".41" = call contract float @"llvm.fmuladd.f32"(float %".36", float %".40", float %".35")
  %".42" = fadd contract float 0x3ff0000000000000, %".41"
  %".43" = ashr i32 %".33", 1
  %".44" = add i32 %".43", 127
  %".45" = shl i32 %".44", 23
  %".46" = bitcast i32 %".45" to float
  %".47" = fmul contract float %".42", %".46"
  %".48" = sub i32 %".33", %".43"
  %".49" = add i32 %".48", 127
  %".50" = shl i32 %".49", 23
  %".51" = bitcast i32 %".50" to float
  %".52" = fmul contract float %".47", %".51"
  br label %"entry.endif"
entry.endif:
  %".54" = phi  float [%".23", %"entry.if"], [%".52", %"entry.else"]
  ret float %".54"
}

declare float @"llvm.fabs.f32"(float %".1")

declare float @"llvm.fmuladd.f32"(float %".1", float %".2", float %".3")

!0 = !{ !"llvm.loop.unroll.disable" }
!1 = distinct !{ !1, !0 }
!2 = distinct !{ !2, !0 }
!3 = !{ !"branch_weights", i32 99, i32 1 }
