; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"S", ptr noalias %"squash") nounwind
{
entry:
  %"squash.n2" = alloca [1 x float], align 64
  %".4" = add i64 0, 20
  br label %"i0.i1.fused.header"
i0.i1.fused.header:
  %"i0.i1.fused" = phi  i64 [0, %"entry"], [%"i0.i1.fused.next", %"r2.exit"]
  %".6" = icmp slt i64 %"i0.i1.fused", %".4"
  br i1 %".6", label %"i0.i1.fused.body", label %"i0.i1.fused.exit"
i0.i1.fused.body:
  %".8" = getelementptr inbounds float, ptr %"squash.n2", i64 0
  store float              0x0, ptr %".8", align 4
  %".10" = add i64 0, 8
  br label %"r2.header"
i0.i1.fused.exit:
  ret void
r2.header:
  %"r2" = phi  i64 [0, %"i0.i1.fused.body"], [%"r2.next", %"r2.body"]
  %".12" = icmp slt i64 %"r2", %".10"
  br i1 %".12", label %"r2.body", label %"r2.exit"
r2.body:
  %".14" = getelementptr inbounds float, ptr %"squash.n2", i64 0
  %".15" = load float, ptr %".14", align 4
  %".16" = mul i64 %"i0.i1.fused", 8
  %".17" = add i64 %"r2", %".16"
  %".18" = getelementptr inbounds float, ptr %"S", i64 %".17"
  %".19" = load float, ptr %".18", align 4
  %".20" = mul i64 %"i0.i1.fused", 8
  %".21" = add i64 %"r2", %".20"
  %".22" = getelementptr inbounds float, ptr %"S", i64 %".21"
  %".23" = load float, ptr %".22", align 4
  %".24" = fmul contract float %".19", %".23"
  %".25" = fadd contract float %".15", %".24"
  %".26" = getelementptr inbounds float, ptr %"squash.n2", i64 0
  store float %".25", ptr %".26", align 4
  %"r2.next" = add nsw i64 %"r2", 1
  br label %"r2.header"
r2.exit:
  %".29" = mul i64 %"i0.i1.fused", 8
  %".30" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".29", i32 0
  %".31" = shufflevector <8 x i64> %".30", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".32" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".33" = add <8 x i64> %".31", %".32"
  %".34" = mul i64 %"i0.i1.fused", 8
  %".35" = getelementptr inbounds float, ptr %"S", i64 %".34"
  %".36" = load <8 x float>, ptr %".35", align 4
  %".37" = getelementptr inbounds float, ptr %"squash.n2", i64 0
  %".38" = load float, ptr %".37", align 4
  %".39" = getelementptr inbounds float, ptr %"squash.n2", i64 0
  %".40" = load float, ptr %".39", align 4
  %".41" = fadd contract float 0x3ff0000000000000, %".40"
  %".42" = fdiv contract float %".38", %".41"
  %".43" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".42", i32 0
  %".44" = shufflevector <8 x float> %".43", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".45" = fmul contract <8 x float> %".36", %".44"
  %".46" = getelementptr inbounds float, ptr %"squash.n2", i64 0
  %".47" = load float, ptr %".46", align 4
  %".48" = fadd contract float %".47", 0x3e7ad7f2a0000000
  %".49" = call float @"llvm.sqrt.f32"(float %".48")
  %".50" = fdiv contract float 0x3ff0000000000000, %".49"
  %".51" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".50", i32 0
  %".52" = shufflevector <8 x float> %".51", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".53" = fmul contract <8 x float> %".45", %".52"
  %".54" = mul i64 %"i0.i1.fused", 8
  %".55" = getelementptr inbounds float, ptr %"squash", i64 %".54"
  store <8 x float> %".53", ptr %".55", align 4
  %"i0.i1.fused.next" = add nsw i64 %"i0.i1.fused", 1
  br label %"i0.i1.fused.header"
}

declare float @"llvm.sqrt.f32"(float %".1")
