; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"W", ptr noalias %"Bias", ptr noalias %"Y") nounwind
{
entry:
  %"Y.z" = alloca [40 x float], align 64
  %".6" = add i64 0, 8
  br label %"i.header"
i.header:
  %"i" = phi  i64 [0, %"entry"], [%"i.next", %"j.exit.1"]
  %".8" = icmp slt i64 %"i", %".6"
  br i1 %".8", label %"i.body", label %"i.exit"
i.body:
  %".10" = add i64 0, 40
  br label %"j.header"
i.exit:
  ret void
j.header:
  %"j" = phi  i64 [0, %"i.body"], [%"j.next", %"j.body"]
  %".12" = icmp slt i64 %"j", %".10"
  br i1 %".12", label %"j.body", label %"j.exit"
j.body:
  %".14" = mul i64 %"i", 40
  %".15" = add i64 %"j", %".14"
  %".16" = getelementptr inbounds float, ptr %"X", i64 %".15"
  %".17" = load float, ptr %".16", align 4
  %".18" = getelementptr inbounds float, ptr %"W", i64 %"j"
  %".19" = load float, ptr %".18", align 4
  %".20" = fmul contract float %".17", %".19"
  %".21" = getelementptr inbounds float, ptr %"Bias", i64 %"j"
  %".22" = load float, ptr %".21", align 4
  %".23" = fadd contract float %".20", %".22"
  %".24" = getelementptr inbounds float, ptr %"Y.z", i64 %"j"
  store float %".23", ptr %".24", align 4
  %"j.next" = add nsw i64 %"j", 1
  br label %"j.header"
j.exit:
  %".27" = add i64 0, 40
  br label %"j.header.1"
j.header.1:
  %"j.1" = phi  i64 [0, %"j.exit"], [%"j.next.1", %"j.body.1"]
  %".29" = icmp slt i64 %"j.1", %".27"
  br i1 %".29", label %"j.body.1", label %"j.exit.1"
j.body.1:
  %".31" = mul i64 %"i", 40
  %".32" = add i64 %".31", %"j.1"
  %".33" = getelementptr inbounds float, ptr %"Y.z", i64 %"j.1"
  %".34" = load float, ptr %".33", align 4
  %".35" = getelementptr inbounds float, ptr %"Y.z", i64 %"j.1"
  %".36" = load float, ptr %".35", align 4
  %".37" = getelementptr inbounds float, ptr %"Y.z", i64 %"j.1"
  %".38" = load float, ptr %".37", align 4
  %".39" = getelementptr inbounds float, ptr %"Y.z", i64 %"j.1"
  %".40" = load float, ptr %".39", align 4
  %".41" = fmul contract float %".38", %".40"
  %".42" = fmul contract float 0xbfb2444f20000000, %".41"
  %".43" = fadd contract float 0xbff9884540000000, %".42"
  %".44" = fmul contract float %".36", %".43"
  %".45" = call float @"tcomp.math.exp.f32"(float %".44")
  %".46" = fadd contract float 0x3ff0000000000000, %".45"
  %".47" = fdiv contract float %".34", %".46"
  %".48" = getelementptr inbounds float, ptr %"Y", i64 %".32"
  store float %".47", ptr %".48", align 4
  %"j.next.1" = add nsw i64 %"j.1", 1
  br label %"j.header.1"
j.exit.1:
  %"i.next" = add nsw i64 %"i", 1
  br label %"i.header"
}

define internal float @"tcomp.math.exp.f32"(float %".1") alwaysinline nounwind
{
entry:
  %".3" = fcmp oge float %".1", 0xc055c00000000000
  %".4" = fcmp ole float %".1", 0x40562e42e0000000
  %".5" = and i1 %".3", %".4"
  br i1 %".5", label %"entry.if", label %"entry.else", !prof !0
entry.if:
  %".7" = call contract float @"llvm.fmuladd.f32"(float %".1", float 0x3ff7154760000000, float 0x4168000000000000)
  %".8" = fsub float %".7", 0x4168000000000000
  %".9" = bitcast float %".7" to i32
  %".10" = bitcast float 0x4168000000000000 to i32
  %".11" = sub i32 %".9", %".10"
  %".12" = call contract float @"llvm.fmuladd.f32"(float %".8", float 0xbfe62e4000000000, float %".1")
  %".13" = call contract float @"llvm.fmuladd.f32"(float %".8", float 0xbeb7f7d1c0000000, float %".12")
  %".14" = shl i32 %".11", 23
  %".15" = fmul contract float %".13", %".13"
  %".16" = call contract float @"llvm.fmuladd.f32"(float 0x3f56a22540000000, float %".13", float 0x3f8123b020000000)
  %".17" = call contract float @"llvm.fmuladd.f32"(float %".16", float %".13", float 0x3fa5558f80000000)
  %".18" = call contract float @"llvm.fmuladd.f32"(float %".17", float %".13", float 0x3fc5554900000000)
  %".19" = call contract float @"llvm.fmuladd.f32"(float %".18", float %".13", float 0x3fdfffffc0000000)
  %".20" = call contract float @"llvm.fmuladd.f32"(float %".15", float %".19", float %".13")
  %".21" = fadd contract float 0x3ff0000000000000, %".20"
  %".22" = bitcast float %".21" to i32
  %".23" = add i32 %".22", %".14"
  %".24" = bitcast i32 %".23" to float
  br label %"entry.endif"
entry.else:
  %".26" = fcmp olt float %".1", 0xc05e000000000000
  %".27" = select  i1 %".26", float 0xc05e000000000000, float %".1"
  %".28" = fcmp ogt float %".27", 0x4059000000000000
  %".29" = select  i1 %".28", float 0x4059000000000000, float %".27"
  %".30" = call contract float @"llvm.fmuladd.f32"(float %".29", float 0x3ff7154760000000, float 0x4168000000000000)
  %".31" = fsub float %".30", 0x4168000000000000
  %".32" = bitcast float %".30" to i32
  %".33" = bitcast float 0x4168000000000000 to i32
  %".34" = sub i32 %".32", %".33"
  %".35" = call contract float @"llvm.fmuladd.f32"(float %".31", float 0xbfe62e4000000000, float %".29")
  %".36" = call contract float @"llvm.fmuladd.f32"(float %".31", float 0xbeb7f7d1c0000000, float %".35")
  %".37" = fmul contract float %".36", %".36"
  %".38" = call contract float @"llvm.fmuladd.f32"(float 0x3f56a22540000000, float %".36", float 0x3f8123b020000000)
  %".39" = call contract float @"llvm.fmuladd.f32"(float %".38", float %".36", float 0x3fa5558f80000000)
  %".40" = call contract float @"llvm.fmuladd.f32"(float %".39", float %".36", float 0x3fc5554900000000)
  %".41" = call contract float @"llvm.fmuladd.f32"(float %".40", float %".36", float 0x3fdfffffc0000000)
  %".42" = call contract float @"llvm.fmuladd.f32"(float %".37", float %".41", float %".36")
  %".43" = fadd contract float 0x3ff0000000000000, %".42"
  %".44" = ashr i32 %".34", 1
  %".45" = add i32 %".44", 127
  %".46" = shl i32 %".45", 23
  %".47" = bitcast i32 %".46" to float
  %".48" = fmul contract float %".43", %".47"
  %".49" = sub i32 %".34", %".44"
  %".50" = add i32 %".49", 127
  %".51" = shl i32 %".50", 23
  %".52" = bitcast i32 %".51" to float
  %".53" = fmul contract float %".48", %".52"
  br label %"entry.endif"
entry.endif:
  %".55" = phi  float [%".24", %"entry.if"], [%".53", %"entry.else"]
  ret float %".55"
}

declare float @"llvm.fmuladd.f32"(float %".1", float %".2", float %".3")

!0 = !{ !"branch_weights", i32 99, i32 1 }
