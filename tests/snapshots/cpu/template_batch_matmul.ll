; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"A", ptr noalias %"B", ptr noalias %"bmm") nounwind
{
entry:
  %"closure0" = alloca {ptr, ptr, ptr, i64}
  %".5" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"A", ptr %".5"
  %".7" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %"B", ptr %".7"
  %".9" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store ptr %"bmm", ptr %".9"
  %".11" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure0", i32 0, i32 3
  store i64 0, ptr %".11"
  %".13" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 64, i32 %".13")
  ret void
}

define internal void @"tcomp_main.par0.body"(ptr noalias %"A", ptr noalias %"B", ptr noalias %"bmm", i64 %".4", i64 %".5", i64 %".6") nounwind
{
entry:
  %"bmm.local" = alloca [8 x float], align 64
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".5", %"entry"], [%"it.next", %"j.outer.exit"]
  %".9" = icmp slt i64 %"it", %".6"
  br i1 %".9", label %"it.body", label %"it.exit"
it.body:
  %"q.i.outer.fused" = add i64 %".4", %"it"
  %".11" = add i64 0, 4
  br label %"j.outer.header"
it.exit:
  ret void
j.outer.header:
  %"j.outer" = phi  i64 [0, %"it.body"], [%"j.outer.next", %"k.exit"]
  %".13" = icmp slt i64 %"j.outer", %".11"
  br i1 %".13", label %"j.outer.body", label %"j.outer.exit"
j.outer.body:
  %".15" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".16" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".15"
  %".17" = getelementptr inbounds float, ptr %"bmm.local", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".17", align 4
  %".19" = add i64 0, 16
  br label %"k.header"
j.outer.exit:
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
k.header:
  %"k" = phi  i64 [0, %"j.outer.body"], [%"k.next", %"k.body"]
  %".21" = icmp slt i64 %"k", %".19"
  br i1 %".21", label %"k.body", label %"k.exit"
k.body:
  %".23" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".24" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".23"
  %".25" = getelementptr inbounds float, ptr %"bmm.local", i64 0
  %".26" = load <8 x float>, ptr %".25", align 4
  %".27" = mul i64 %"q.i.outer.fused", 16
  %".28" = add i64 %"k", %".27"
  %".29" = getelementptr inbounds float, ptr %"A", i64 %".28"
  %".30" = load float, ptr %".29", align 4
  %".31" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".30", i32 0
  %".32" = shufflevector <8 x float> %".31", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".33" = mul i64 %"k", 32
  %".34" = mul i64 %"j.outer", 8
  %".35" = add i64 %".33", %".34"
  %".36" = icmp eq i64 32, 0
  %".37" = icmp eq i64 32, -1
  %".38" = or i1 %".36", %".37"
  %".39" = select  i1 %".38", i64 1, i64 32
  %".40" = sdiv i64 %"q.i.outer.fused", %".39"
  %".41" = srem i64 %"q.i.outer.fused", %".39"
  %".42" = icmp ne i64 %".41", 0
  %".43" = icmp slt i64 %".41", 0
  %".44" = icmp slt i64 %".39", 0
  %".45" = xor i1 %".43", %".44"
  %".46" = and i1 %".42", %".45"
  %".47" = zext i1 %".46" to i64
  %".48" = sub i64 %".40", %".47"
  %".49" = icmp eq i64 32, -1
  %".50" = sub i64 0, %"q.i.outer.fused"
  %".51" = select  i1 %".38", i64 0, i64 %".48"
  %".52" = select  i1 %".49", i64 %".50", i64 %".51"
  %".53" = mul i64 %".52", 512
  %".54" = add i64 %".35", %".53"
  %".55" = getelementptr inbounds float, ptr %"B", i64 %".54"
  %".56" = load <8 x float>, ptr %".55", align 4
  %".57" = fmul contract <8 x float> %".32", %".56"
  %".58" = fadd contract <8 x float> %".26", %".57"
  %".59" = getelementptr inbounds float, ptr %"bmm.local", i64 0
  store <8 x float> %".58", ptr %".59", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
k.exit:
  %".62" = mul i64 %"j.outer", 8
  %".63" = mul i64 %"q.i.outer.fused", 32
  %".64" = add i64 %".62", %".63"
  %".65" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".64", i32 0
  %".66" = shufflevector <8 x i64> %".65", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".67" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".68" = add <8 x i64> %".66", %".67"
  %".69" = getelementptr inbounds float, ptr %"bmm.local", i64 0
  %".70" = load <8 x float>, ptr %".69", align 4
  %".71" = mul i64 %"j.outer", 8
  %".72" = mul i64 %"q.i.outer.fused", 32
  %".73" = add i64 %".71", %".72"
  %".74" = getelementptr inbounds float, ptr %"bmm", i64 %".73"
  store <8 x float> %".70", ptr %".74", align 4
  %"j.outer.next" = add nsw i64 %"j.outer", 1
  br label %"j.outer.header"
}

define internal void @"tcomp_main.par0"(ptr %".1", i64 %".2", i64 %".3") nounwind
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
  call void @"tcomp_main.par0.body"(ptr %".6", ptr %".8", ptr %".10", i64 %".12", i64 %".2", i64 %".3")
  ret void
}

@"tcomp_num_threads" = weak global i32 1
declare void @"tcomp_rt_parallel_for"(ptr %".1", ptr %".2", i64 %".3", i32 %".4")
