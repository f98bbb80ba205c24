; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"W", ptr noalias %"Bias", ptr noalias %"Y") nounwind
{
entry:
  %".6" = add i64 0, 8
  br label %"i.header"
i.header:
  %"i" = phi  i64 [0, %"entry"], [%"i.next", %"j.outer.exit"]
  %".8" = icmp slt i64 %"i", %".6"
  br i1 %".8", label %"i.body", label %"i.exit"
i.body:
  %".10" = add i64 0, 5
  br label %"j.outer.header"
i.exit:
  ret void
j.outer.header:
  %"j.outer" = phi  i64 [0, %"i.body"], [%"j.outer.next", %"j.outer.body"]
  %".12" = icmp slt i64 %"j.outer", %".10"
  br i1 %".12", label %"j.outer.body", label %"j.outer.exit"
j.outer.body:
  %".14" = mul i64 %"i", 40
  %".15" = mul i64 %"j.outer", 8
  %".16" = add i64 %".14", %".15"
  %".17" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".16", i32 0
  %".18" = shufflevector <8 x i64> %".17", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".19" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".20" = add <8 x i64> %".18", %".19"
  %".21" = mul i64 %"i", 40
  %".22" = mul i64 %"j.outer", 8
  %".23" = add i64 %".21", %".22"
  %".24" = getelementptr inbounds float, ptr %"X", i64 %".23"
  %".25" = load <8 x float>, ptr %".24", align 4
  %".26" = mul i64 %"j.outer", 8
  %".27" = getelementptr inbounds float, ptr %"W", i64 %".26"
  %".28" = load <8 x float>, ptr %".27", align 4
  %".29" = fmul contract <8 x float> %".25", %".28"
  %".30" = mul i64 %"j.outer", 8
  %".31" = getelementptr inbounds float, ptr %"Bias", i64 %".30"
  %".32" = load <8 x float>, ptr %".31", align 4
  %".33" = fadd contract <8 x float> %".29", %".32"
  %".34" = mul i64 %"i", 40
  %".35" = mul i64 %"j.outer", 8
  %".36" = add i64 %".34", %".35"
  %".37" = getelementptr inbounds float, ptr %"X", i64 %".36"
  %".38" = load <8 x float>, ptr %".37", align 4
  %".39" = mul i64 %"j.outer", 8
  %".40" = getelementptr inbounds float, ptr %"W", i64 %".39"
  %".41" = load <8 x float>, ptr %".40", align 4
  %".42" = fmul contract <8 x float> %".38", %".41"
  %".43" = mul i64 %"j.outer", 8
  %".44" = getelementptr inbounds float, ptr %"Bias", i64 %".43"
  %".45" = load <8 x float>, ptr %".44", align 4
  %".46" = fadd contract <8 x float> %".42", %".45"
  %".47" = mul i64 %"i", 40
  %".48" = mul i64 %"j.outer", 8
  %".49" = add i64 %".47", %".48"
  %".50" = getelementptr inbounds float, ptr %"X", i64 %".49"
  %".51" = load <8 x float>, ptr %".50", align 4
  %".52" = mul i64 %"j.outer", 8
  %".53" = getelementptr inbounds float, ptr %"W", i64 %".52"
  %".54" = load <8 x float>, ptr %".53", align 4
  %".55" = fmul contract <8 x float> %".51", %".54"
  %".56" = mul i64 %"j.outer", 8
  %".57" = getelementptr inbounds float, ptr %"Bias", i64 %".56"
  %".58" = load <8 x float>, ptr %".57", align 4
  %".59" = fadd contract <8 x float> %".55", %".58"
  %".60" = mul i64 %"i", 40
  %".61" = mul i64 %"j.outer", 8
  %".62" = add i64 %".60", %".61"
  %".63" = getelementptr inbounds float, ptr %"X", i64 %".62"
  %".64" = load <8 x float>, ptr %".63", align 4
  %".65" = mul i64 %"j.outer", 8
  %".66" = getelementptr inbounds float, ptr %"W", i64 %".65"
  %".67" = load <8 x float>, ptr %".66", align 4
  %".68" = fmul contract <8 x float> %".64", %".67"
  %".69" = mul i64 %"j.outer", 8
  %".70" = getelementptr inbounds float, ptr %"Bias", i64 %".69"
  %".71" = load <8 x float>, ptr %".70", align 4
  %".72" = fadd contract <8 x float> %".68", %".71"
  %".73" = fmul contract <8 x float> %".59", %".72"
  %".74" = fmul contract <8 x float> <float 0xbfba5a7d00000000, float 0xbfba5a7d00000000, float 0xbfba5a7d00000000, float 0xbfba5a7d00000000, float 0xbfba5a7d00000000, float 0xbfba5a7d00000000, float 0xbfba5a7d00000000, float 0xbfba5a7d00000000>, %".73"
  %".75" = fadd contract <8 x float> <float 0xc0026aec20000000, float 0xc0026aec20000000, float 0xc0026aec20000000, float 0xc0026aec20000000, float 0xc0026aec20000000, float 0xc0026aec20000000, float 0xc0026aec20000000, float 0xc0026aec20000000>, %".74"
  %".76" = fmul contract <8 x float> %".46", %".75"
  %".77" = call <8 x float> @"tcomp.math.exp2.v8f32.rcp.scalef"(<8 x float> %".76")
  %".78" = fadd contract <8 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>, %".77"
  %".79" = fdiv contract <8 x float> %".33", %".78"
  %".80" = mul i64 %"i", 40
  %".81" = mul i64 %"j.outer", 8
  %".82" = add i64 %".80", %".81"
  %".83" = getelementptr inbounds float, ptr %"Y", i64 %".82"
  store <8 x float> %".79", ptr %".83", align 4
  %"j.outer.next" = add nsw i64 %"j.outer", 1
  br label %"j.outer.header"
j.outer.exit:
  %"i.next" = add nsw i64 %"i", 1
  br label %"i.header"
}

define internal <8 x float> @"tcomp.math.exp2.v8f32.rcp.scalef"(<8 x float> %".1") alwaysinline nounwind
{
entry:
  %".3" = fcmp olt <8 x float> %".1", <float 0xc064000000000000, float 0xc064000000000000, float 0xc064000000000000, float 0xc064000000000000, float 0xc064000000000000, float 0xc064000000000000, float 0xc064000000000000, float 0xc064000000000000>
  %".4" = select  <8 x i1> %".3", <8 x float> <float 0xc064000000000000, float 0xc064000000000000, float 0xc064000000000000, float 0xc064000000000000, float 0xc064000000000000, float 0xc064000000000000, float 0xc064000000000000, float 0xc064000000000000>, <8 x float> %".1"
  %".5" = fcmp ogt <8 x float> %".4", <float 0x4064000000000000, float 0x4064000000000000, float 0x4064000000000000, float 0x4064000000000000, float 0x4064000000000000, float 0x4064000000000000, float 0x4064000000000000, float 0x4064000000000000>
  %".6" = select  <8 x i1> %".5", <8 x float> <float 0x4064000000000000, float 0x4064000000000000, float 0x4064000000000000, float 0x4064000000000000, float 0x4064000000000000, float 0x4064000000000000, float 0x4064000000000000, float 0x4064000000000000>, <8 x float> %".4"
  %".7" = fadd <8 x float> %".6", <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %".8" = fsub <8 x float> %".7", <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %".9" = bitcast <8 x float> %".7" to <8 x i32>
  %".10" = bitcast <8 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000> to <8 x i32>
  %".11" = sub <8 x i32> %".9", %".10"
  %".12" = fsub <8 x float> %".6", %".8"
  %".13" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> <float 0x3f2470b4a0000000, float 0x3f2470b4a0000000, float 0x3f2470b4a0000000, float 0x3f2470b4a0000000, float 0x3f2470b4a0000000, float 0x3f2470b4a0000000, float 0x3f2470b4a0000000, float 0x3f2470b4a0000000>, <8 x float> %".12", <8 x float> <float 0x3f55f72760000000, float 0x3f55f72760000000, float 0x3f55f72760000000, float 0x3f55f72760000000, float 0x3f55f72760000000, float 0x3f55f72760000000, float 0x3f55f72760000000, float 0x3f55f72760000000>)
  %".14" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".13", <8 x float> %".12", <8 x float> <float 0x3f83b270e0000000, float 0x3f83b270e0000000, float 0x3f83b270e0000000, float 0x3f83b270e0000000, float 0x3f83b270e0000000, float 0x3f83b270e0000000, float 0x3f83b270e0000000, float 0x3f83b270e0000000>)
  %".15" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".14", <8 x float> %".12", <8 x float> <float 0x3fac6ae720000000, float 0x3fac6ae720000000, float 0x3fac6ae720000000, float 0x3fac6ae720000000, float 0x3fac6ae720000000, float 0x3fac6ae720000000, float 0x3fac6ae720000000, float 0x3fac6ae720000000>)
  %".16" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".15", <8 x float> %".12", <8 x float> <float 0x3fcebfbe20000000, float 0x3fcebfbe20000000, float 0x3fcebfbe20000000, float 0x3fcebfbe20000000, float 0x3fcebfbe20000000, float 0x3fcebfbe20000000, float 0x3fcebfbe20000000, float 0x3fcebfbe20000000>)
  %".17" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".16", <8 x float> %".12", <8 x float> <float 0x3fe62e4320000000, float 0x3fe62e4320000000, float 0x3fe62e4320000000, float 0x3fe62e4320000000, float 0x3fe62e4320000000, float 0x3fe62e4320000000, float 0x3fe62e4320000000, float 0x3fe62e4320000000>)
  %".18" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".12", <8 x float> %".17", <8 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>)
  %".19" = call <8 x float> @"llvm.x86.avx512.mask.scalef.ps.256"(<8 x float> %".18", <8 x float> %".8", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, i8 -1)
  ret <8 x float> %".19"
}

declare <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".1", <8 x float> %".2", <8 x float> %".3")

declare <8 x float> @"llvm.x86.avx512.mask.scalef.ps.256"(<8 x float> %".1", <8 x float> %".2", <8 x float> %".3", i8 %".4")
