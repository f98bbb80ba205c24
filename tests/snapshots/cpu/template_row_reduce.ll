; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"rowsum") nounwind
{
entry:
  %"closure0" = alloca {ptr, ptr, i64}
  %".4" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"X", ptr %".4"
  %".6" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %"rowsum", ptr %".6"
  %".8" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store i64 0, ptr %".8"
  %".10" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 8, i32 %".10")
  ret void
}

define internal void @"tcomp_main.par0.body"(ptr noalias %"X", ptr noalias %"rowsum", i64 %".3", i64 %".4", i64 %".5") nounwind
{
entry:
  %"rowsum.rf" = alloca [16 x float], align 64
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".4", %"entry"], [%"it.next", %"k.inner.v.exit"]
  %".8" = icmp slt i64 %"it", %".5"
  br i1 %".8", label %"it.body", label %"it.exit"
it.body:
  %"i" = add i64 %".3", %"it"
  %".10" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".11" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".10"
  %".12" = getelementptr inbounds float, ptr %"rowsum.rf", i64 0
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".12", align 4
  %".14" = add i64 0, 6
  br label %"k.outer.header"
it.exit:
  ret void
k.outer.header:
  %"k.outer" = phi  i64 [0, %"it.body"], [%"k.outer.next", %"k.outer.body"]
  %".16" = icmp slt i64 %"k.outer", %".14"
  br i1 %".16", label %"k.outer.body", label %"k.outer.exit"
k.outer.body:
  %".18" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".19" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".18"
  %".20" = getelementptr inbounds float, ptr %"rowsum.rf", i64 0
  %".21" = load <16 x float>, ptr %".20", align 4
  %".22" = mul i64 %"i", 100
  %".23" = mul i64 %"k.outer", 16
  %".24" = add i64 %".22", %".23"
  %".25" = getelementptr inbounds float, ptr %"X", i64 %".24"
  %".26" = load <16 x float>, ptr %".25", align 4
  %".27" = fadd contract <16 x float> %".21", %".26"
  %".28" = getelementptr inbounds float, ptr %"rowsum.rf", i64 0
  store <16 x float> %".27", ptr %".28", align 4
  %"k.outer.next" = add nsw i64 %"k.outer", 1
  br label %"k.outer.header"
k.outer.exit:
  %".31" = add i64 0, 16
  br label %"k.inner.header"
k.inner.header:
  %"k.inner" = phi  i64 [0, %"k.outer.exit"], [%"k.inner.next", %"k.inner.body.endif"]
  %".33" = icmp slt i64 %"k.inner", %".31"
  br i1 %".33", label %"k.inner.body", label %"k.inner.exit"
k.inner.body:
  %".35" = icmp slt i64 %"k.inner", 4
  br i1 %".35", label %"k.inner.body.if", label %"k.inner.body.endif"
k.inner.exit:
  %".49" = getelementptr inbounds float, ptr %"rowsum", i64 %"i"
  store float              0x0, ptr %".49", align 4
  %".51" = add i64 0, 16
  br label %"k.inner.v.header"
k.inner.body.if:
  %".37" = getelementptr inbounds float, ptr %"rowsum.rf", i64 %"k.inner"
  %".38" = load float, ptr %".37", align 4
  %".39" = mul i64 %"i", 100
  %".40" = add i64 %".39", %"k.inner"
  %".41" = add i64 %".40", 96
  %".42" = getelementptr inbounds float, ptr %"X", i64 %".41"
  %".43" = load float, ptr %".42", align 4
  %".44" = fadd contract float %".38", %".43"
  %".45" = getelementptr inbounds float, ptr %"rowsum.rf", i64 %"k.inner"
  store float %".44", ptr %".45", align 4
  br label %"k.inner.body.endif"
k.inner.body.endif:
  %"k.inner.next" = add nsw i64 %"k.inner", 1
  br label %"k.inner.header"
k.inner.v.header:
  %"k.inner.v" = phi  i64 [0, %"k.inner.exit"], [%"k.inner.v.next", %"k.inner.v.body"]
  %".53" = icmp slt i64 %"k.inner.v", %".51"
  br i1 %".53", label %"k.inner.v.body", label %"k.inner.v.exit"
k.inner.v.body:
  %".55" = getelementptr inbounds float, ptr %"rowsum", i64 %"i"
  %".56" = load float, ptr %".55", align 4
  %".57" = getelementptr inbounds float, ptr %"rowsum.rf", i64 %"k.inner.v"
  %".58" = load float, ptr %".57", align 4
  %".59" = fadd contract float %".56", %".58"
  %".60" = getelementptr inbounds float, ptr %"rowsum", i64 %"i"
  store float %".59", ptr %".60", align 4
  %"k.inner.v.next" = add nsw i64 %"k.inner.v", 1
  br label %"k.inner.v.header"
k.inner.v.exit:
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
