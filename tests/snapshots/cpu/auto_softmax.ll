; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"Y") nounwind
{
entry:
  %"Y.sum" = alloca [1 x float], align 64
  %"Y.exp" = alloca [50 x float], align 64
  %"Y.max" = alloca [1 x float], align 64
  %".4" = add i64 0, 8
  br label %"i.header"
i.header:
  %"i" = phi  i64 [0, %"entry"], [%"i.next", %"j.exit.1"]
  %".6" = icmp slt i64 %"i", %".4"
  br i1 %".6", label %"i.body", label %"i.exit"
i.body:
  %".8" = getelementptr inbounds float, ptr %"Y.max", i64 0
  store float 0xfff0000000000000, ptr %".8", align 4
  %".10" = add i64 0, 50
  br label %"k.header"
i.exit:
  ret void
k.header:
  %"k" = phi  i64 [0, %"i.body"], [%"k.next", %"k.body"]
  %".12" = icmp slt i64 %"k", %".10"
  br i1 %".12", label %"k.body", label %"k.exit"
k.body:
  %".14" = getelementptr inbounds float, ptr %"Y.max", i64 0
  %".15" = load float, ptr %".14", align 4
  %".16" = mul i64 %"i", 50
  %".17" = add i64 %"k", %".16"
  %".18" = getelementptr inbounds float, ptr %"X", i64 %".17"
  %".19" = load float, ptr %".18", align 4
  %".20" = fcmp ogt float %".15", %".19"
  %".21" = select  i1 %".20", float %".15", float %".19"
  %".22" = freeze float %".21"
  %".23" = fcmp uno float %".15", %".15"
  %".24" = select  i1 %".23", float %".15", float %".22"
  %".25" = getelementptr inbounds float, ptr %"Y.max", i64 0
  store float %".24", ptr %".25", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header", !llvm.loop !2
k.exit:
  %".28" = add i64 0, 50
  br label %"j.header"
j.header:
  %"j" = phi  i64 [0, %"k.exit"], [%"j.next", %"j.body"]
  %".30" = icmp slt i64 %"j", %".28"
  br i1 %".30", label %"j.body", label %"j.exit"
j.body:
  %".32" = mul i64 %"i", 50
  %".33" = add i64 %"j", %".32"
  %".34" = getelementptr inbounds float, ptr %"X", i64 %".33"
  %".35" = load float, ptr %".34", align 4
  %".36" = getelementptr inbounds float, ptr %"Y.max", i64 0
  %".37" = load float, ptr %".36", align 4
  %".38" = fsub contract float %".35", %".37"
  %".39" = call float @"tcomp.math.exp.f32"(float %".38")
  %".40" = getelementptr inbounds float, ptr %"Y.exp", i64 %"j"
  store float %".39", ptr %".40", align 4
  %"j.next" = add nsw i64 %"j", 1
  br label %"j.header"
j.exit:
  %".43" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  store float              0x0, ptr %".43", align 4
  %".45" = add i64 0, 50
  br label %"k.header.1"
k.header.1:
  %"k.1" = phi  i64 [0, %"j.exit"], [%"k.next.1", %"k.body.1"]
  %".47" = icmp slt i64 %"k.1", %".45"
  br i1 %".47", label %"k.body.1", label %"k.exit.1"
k.body.1:
  %".49" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  %".50" = load float, ptr %".49", align 4
  %".51" = getelementptr inbounds float, ptr %"Y.exp", i64 %"k.1"
  %".52" = load float, ptr %".51", align 4
  %".53" = fadd contract float %".50", %".52"
  %".54" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  store float %".53", ptr %".54", align 4
  %"k.next.1" = add nsw i64 %"k.1", 1
  br label %"k.header.1"
k.exit.1:
  %".57" = add i64 0, 50
  br label %"j.header.1"
j.header.1:
  %"j.1" = phi  i64 [0, %"k.exit.1"], [%"j.next.1", %"j.body.1"]
  %".59" = icmp slt i64 %"j.1", %".57"
  br i1 %".59", label %"j.body.1", label %"j.exit.1"
j.body.1:
  %".61" = mul i64 %"i", 50
  %".62" = add i64 %".61", %"j.1"
  %".63" = getelementptr inbounds float, ptr %"Y.exp", i64 %"j.1"
  %".64" = load float, ptr %".63", align 4
  %".65" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  %".66" = load float, ptr %".65", align 4
  %".67" = fdiv contract float 0x3ff0000000000000, %".66"
  %".68" = fmul contract float %".64", %".67"
  %".69" = getelementptr inbounds float, ptr %"Y", i64 %".62"
  store float %".68", ptr %".69", align 4
  %"j.next.1" = add nsw i64 %"j.1", 1
  br label %"j.header.1"
j.exit.1:
  %"i.next" = add nsw i64 %"i", 1
  br label %"i.header", !llvm.loop !1
}

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
