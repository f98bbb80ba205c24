; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"Y") nounwind
{
entry:
  %".4" = mul i64 4, 4
  %".5" = add i64 %".4", 64
  %".6" = and i64 %".5", -64
  %"Y.max" = call ptr @"aligned_alloc"(i64 64, i64 %".6")
  %".7" = mul i64 4, 36
  %".8" = add i64 %".7", 64
  %".9" = and i64 %".8", -64
  %"Y.exp" = call ptr @"aligned_alloc"(i64 64, i64 %".9")
  %".10" = mul i64 4, 4
  %".11" = add i64 %".10", 64
  %".12" = and i64 %".11", -64
  %"Y.sum" = call ptr @"aligned_alloc"(i64 64, i64 %".12")
  %".13" = add i64 0, 4
  br label %"i.header"
i.header:
  %"i" = phi  i64 [0, %"entry"], [%"i.next", %"k.exit"]
  %".15" = icmp slt i64 %"i", %".13"
  br i1 %".15", label %"i.body", label %"i.exit"
i.body:
  %".17" = getelementptr inbounds float, ptr %"Y.max", i64 %"i"
  store float 0xfff0000000000000, ptr %".17", align 4
  %".19" = add i64 0, 9
  br label %"k.header"
i.exit:
  %".38" = add i64 0, 4
  br label %"i.header.1"
k.header:
  %"k" = phi  i64 [0, %"i.body"], [%"k.next", %"k.body"]
  %".21" = icmp slt i64 %"k", %".19"
  br i1 %".21", label %"k.body", label %"k.exit"
k.body:
  %".23" = getelementptr inbounds float, ptr %"Y.max", i64 %"i"
  %".24" = load float, ptr %".23", align 4
  %".25" = mul i64 %"i", 9
  %".26" = add i64 %"k", %".25"
  %".27" = getelementptr inbounds float, ptr %"X", i64 %".26"
  %".28" = load float, ptr %".27", align 4
  %".29" = fcmp ogt float %".24", %".28"
  %".30" = select  i1 %".29", float %".24", float %".28"
  %".31" = freeze float %".30"
  %".32" = fcmp uno float %".24", %".24"
  %".33" = select  i1 %".32", float %".24", float %".31"
  %".34" = getelementptr inbounds float, ptr %"Y.max", i64 %"i"
  store float %".33", ptr %".34", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header", !llvm.loop !2
k.exit:
  %"i.next" = add nsw i64 %"i", 1
  br label %"i.header", !llvm.loop !1
i.header.1:
  %"i.1" = phi  i64 [0, %"i.exit"], [%"i.next.1", %"j.exit"]
  %".40" = icmp slt i64 %"i.1", %".38"
  br i1 %".40", label %"i.body.1", label %"i.exit.1"
i.body.1:
  %".42" = add i64 0, 9
  br label %"j.header"
i.exit.1:
  %".60" = add i64 0, 4
  br label %"i.header.2"
j.header:
  %"j" = phi  i64 [0, %"i.body.1"], [%"j.next", %"j.body"]
  %".44" = icmp slt i64 %"j", %".42"
  br i1 %".44", label %"j.body", label %"j.exit"
j.body:
  %".46" = mul i64 %"i.1", 9
  %".47" = add i64 %".46", %"j"
  %".48" = mul i64 %"i.1", 9
  %".49" = add i64 %".48", %"j"
  %".50" = getelementptr inbounds float, ptr %"X", i64 %".49"
  %".51" = load float, ptr %".50", align 4
  %".52" = getelementptr inbounds float, ptr %"Y.max", i64 %"i.1"
  %".53" = load float, ptr %".52", align 4
  %".54" = fsub contract float %".51", %".53"
  %".55" = call float @"tcomp.math.exp.f32"(float %".54")
  %".56" = getelementptr inbounds float, ptr %"Y.exp", i64 %".47"
  store float %".55", ptr %".56", align 4
  %"j.next" = add nsw i64 %"j", 1
  br label %"j.header"
j.exit:
  %"i.next.1" = add nsw i64 %"i.1", 1
  br label %"i.header.1"
i.header.2:
  %"i.2" = phi  i64 [0, %"i.exit.1"], [%"i.next.2", %"k.exit.1"]
  %".62" = icmp slt i64 %"i.2", %".60"
  br i1 %".62", label %"i.body.2", label %"i.exit.2"
i.body.2:
  %".64" = getelementptr inbounds float, ptr %"Y.sum", i64 %"i.2"
  store float              0x0, ptr %".64", align 4
  %".66" = add i64 0, 9
  br label %"k.header.1"
i.exit.2:
  %".81" = add i64 0, 4
  br label %"i.header.3"
k.header.1:
  %"k.1" = phi  i64 [0, %"i.body.2"], [%"k.next.1", %"k.body.1"]
  %".68" = icmp slt i64 %"k.1", %".66"
  br i1 %".68", label %"k.body.1", label %"k.exit.1"
k.body.1:
  %".70" = getelementptr inbounds float, ptr %"Y.sum", i64 %"i.2"
  %".71" = load float, ptr %".70", align 4
  %".72" = mul i64 %"i.2", 9
  %".73" = add i64 %"k.1", %".72"
  %".74" = getelementptr inbounds float, ptr %"Y.exp", i64 %".73"
  %".75" = load float, ptr %".74", align 4
  %".76" = fadd contract float %".71", %".75"
  %".77" = getelementptr inbounds float, ptr %"Y.sum", i64 %"i.2"
  store float %".76", ptr %".77", align 4
  %"k.next.1" = add nsw i64 %"k.1", 1
  br label %"k.header.1"
k.exit.1:
  %"i.next.2" = add nsw i64 %"i.2", 1
  br label %"i.header.2"
i.header.3:
  %"i.3" = phi  i64 [0, %"i.exit.2"], [%"i.next.3", %"j.exit.1"]
  %".83" = icmp slt i64 %"i.3", %".81"
  br i1 %".83", label %"i.body.3", label %"i.exit.3"
i.body.3:
  %".85" = add i64 0, 9
  br label %"j.header.1"
i.exit.3:
  call void @"free"(ptr %"Y.sum")
  call void @"free"(ptr %"Y.exp")
  call void @"free"(ptr %"Y.max")
  ret void
j.header.1:
  %"j.1" = phi  i64 [0, %"i.body.3"], [%"j.next.1", %"j.body.1"]
  %".87" = icmp slt i64 %"j.1", %".85"
  br i1 %".87", label %"j.body.1", label %"j.exit.1"
j.body.1:
  %".89" = mul i64 %"i.3", 9
  %".90" = add i64 %".89", %"j.1"
  %".91" = mul i64 %"i.3", 9
  %".92" = add i64 %".91", %"j.1"
  %".93" = getelementptr inbounds float, ptr %"Y.exp", i64 %".92"
  %".94" = load float, ptr %".93", align 4
  %".95" = getelementptr inbounds float, ptr %"Y.sum", i64 %"i.3"
  %".96" = load float, ptr %".95", align 4
  %".97" = fdiv contract float 0x3ff0000000000000, %".96"
  %".98" = fmul contract float %".94", %".97"
  %".99" = getelementptr inbounds float, ptr %"Y", i64 %".90"
  store float %".98", ptr %".99", align 4
  %"j.next.1" = add nsw i64 %"j.1", 1
  br label %"j.header.1"
j.exit.1:
  %"i.next.3" = add nsw i64 %"i.3", 1
  br label %"i.header.3"
}

declare ptr @"aligned_alloc"(i64 %".1", i64 %".2")

declare void @"free"(ptr %".1")

define internal float @"tcomp.math.exp.f32"(float %".1") alwaysinline nounwind
{
entry:
  %".3" = fcmp oge float %".1", 0xc055c00000000000
  %".4" = fcmp ole float %".1", 0x40562e42e0000000
  %".5" = and i1 %".3", %".4"
  br i1 %".5", label %"entry.if", label %"entry.else", !prof !3
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

!0 = !{ !"llvm.loop.unroll.disable" }
!1 = distinct !{ !1, !0 }
!2 = distinct !{ !2, !0 }
!3 = !{ !"branch_weights", i32 99, i32 1 }
