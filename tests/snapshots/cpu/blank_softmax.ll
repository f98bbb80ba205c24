; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"Y") nounwind
{
entry:
  %"ws.cells" = load ptr, ptr @"tcomp_main_ws"
  %".4" = getelementptr inbounds ptr, ptr %"ws.cells", i64 0
  %"Y.max.block" = call ptr @"tcomp_main.ws_take"(ptr %".4", i64 64)
  %".5" = icmp ne ptr %"Y.max.block", null
  %".6" = xor i1 %".5", -1
  br i1 %".6", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  call void @"tcomp_main.oob_report"(i64 -3, i64 64, i64 0)
  br label %"entry.endif"
entry.endif:
  br i1 %".5", label %"entry.endif.if", label %"entry.endif.endif", !prof !1
entry.endif.if:
  %".11" = getelementptr inbounds i8, ptr %"Y.max.block", i64 64
  %".12" = getelementptr inbounds ptr, ptr %"ws.cells", i64 1
  %"Y.exp.block" = call ptr @"tcomp_main.ws_take"(ptr %".12", i64 192)
  %".13" = icmp ne ptr %"Y.exp.block", null
  %".14" = xor i1 %".13", -1
  br i1 %".14", label %"entry.endif.if.if", label %"entry.endif.if.endif", !prof !0
entry.endif.endif:
  ret void
entry.endif.if.if:
  call void @"tcomp_main.oob_report"(i64 -4, i64 192, i64 0)
  br label %"entry.endif.if.endif"
entry.endif.if.endif:
  br i1 %".13", label %"entry.endif.if.endif.if", label %"entry.endif.if.endif.endif", !prof !1
entry.endif.if.endif.if:
  %".19" = getelementptr inbounds i8, ptr %"Y.exp.block", i64 64
  %".20" = getelementptr inbounds ptr, ptr %"ws.cells", i64 2
  %"Y.sum.block" = call ptr @"tcomp_main.ws_take"(ptr %".20", i64 64)
  %".21" = icmp ne ptr %"Y.sum.block", null
  %".22" = xor i1 %".21", -1
  br i1 %".22", label %"entry.endif.if.endif.if.if", label %"entry.endif.if.endif.if.endif", !prof !0
entry.endif.if.endif.endif:
  %".124" = atomicrmw xchg ptr %".4", ptr %"Y.max.block" acq_rel
  call void @"free"(ptr %".124")
  br label %"entry.endif.endif"
entry.endif.if.endif.if.if:
  call void @"tcomp_main.oob_report"(i64 -5, i64 64, i64 0)
  br label %"entry.endif.if.endif.if.endif"
entry.endif.if.endif.if.endif:
  br i1 %".21", label %"entry.endif.if.endif.if.endif.if", label %"entry.endif.if.endif.if.endif.endif", !prof !1
entry.endif.if.endif.if.endif.if:
  %".27" = getelementptr inbounds i8, ptr %"Y.sum.block", i64 64
  %".28" = add i64 0, 4
  br label %"i.header"
entry.endif.if.endif.if.endif.endif:
  %".121" = atomicrmw xchg ptr %".12", ptr %"Y.exp.block" acq_rel
  call void @"free"(ptr %".121")
  br label %"entry.endif.if.endif.endif"
i.header:
  %"i" = phi  i64 [0, %"entry.endif.if.endif.if.endif.if"], [%"i.next", %"k.exit"]
  %".30" = icmp slt i64 %"i", %".28"
  br i1 %".30", label %"i.body", label %"i.exit"
i.body:
  %".32" = getelementptr inbounds float, ptr %".11", i64 %"i"
  store float 0xfff0000000000000, ptr %".32", align 4
  %".34" = add i64 0, 9
  br label %"k.header"
i.exit:
  %".53" = add i64 0, 4
  br label %"i.header.1"
k.header:
  %"k" = phi  i64 [0, %"i.body"], [%"k.next", %"k.body"]
  %".36" = icmp slt i64 %"k", %".34"
  br i1 %".36", label %"k.body", label %"k.exit"
k.body:
  %".38" = getelementptr inbounds float, ptr %".11", i64 %"i"
  %".39" = load float, ptr %".38", align 4
  %".40" = mul i64 %"i", 9
  %".41" = add i64 %"k", %".40"
  %".42" = getelementptr inbounds float, ptr %"X", i64 %".41"
  %".43" = load float, ptr %".42", align 4
  %".44" = fcmp ogt float %".39", %".43"
  %".45" = select  i1 %".44", float %".39", float %".43"
  %".46" = freeze float %".45"
  %".47" = fcmp uno float %".39", %".39"
  %".48" = select  i1 %".47", float %".39", float %".46"
  %".49" = getelementptr inbounds float, ptr %".11", i64 %"i"
  store float %".48", ptr %".49", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header", !llvm.loop !4
k.exit:
  %"i.next" = add nsw i64 %"i", 1
  br label %"i.header", !llvm.loop !3
i.header.1:
  %"i.1" = phi  i64 [0, %"i.exit"], [%"i.next.1", %"j.exit"]
  %".55" = icmp slt i64 %"i.1", %".53"
  br i1 %".55", label %"i.body.1", label %"i.exit.1"
i.body.1:
  %".57" = add i64 0, 9
  br label %"j.header"
i.exit.1:
  %".75" = add i64 0, 4
  br label %"i.header.2"
j.header:
  %"j" = phi  i64 [0, %"i.body.1"], [%"j.next", %"j.body"]
  %".59" = icmp slt i64 %"j", %".57"
  br i1 %".59", label %"j.body", label %"j.exit"
j.body:
  %".61" = mul i64 %"i.1", 9
  %".62" = add i64 %".61", %"j"
  %".63" = mul i64 %"i.1", 9
  %".64" = add i64 %".63", %"j"
  %".65" = getelementptr inbounds float, ptr %"X", i64 %".64"
  %".66" = load float, ptr %".65", align 4
  %".67" = getelementptr inbounds float, ptr %".11", i64 %"i.1"
  %".68" = load float, ptr %".67", align 4
  %".69" = fsub contract float %".66", %".68"
  %".70" = call float @"tcomp.math.exp.f32"(float %".69")
  %".71" = getelementptr inbounds float, ptr %".19", i64 %".62"
  store float %".70", ptr %".71", align 4
  %"j.next" = add nsw i64 %"j", 1
  br label %"j.header"
j.exit:
  %"i.next.1" = add nsw i64 %"i.1", 1
  br label %"i.header.1"
i.header.2:
  %"i.2" = phi  i64 [0, %"i.exit.1"], [%"i.next.2", %"k.exit.1"]
  %".77" = icmp slt i64 %"i.2", %".75"
  br i1 %".77", label %"i.body.2", label %"i.exit.2"
i.body.2:
  %".79" = getelementptr inbounds float, ptr %".27", i64 %"i.2"
  store float              0x0, ptr %".79", align 4
  %".81" = add i64 0, 9
  br label %"k.header.1"
i.exit.2:
  %".96" = add i64 0, 4
  br label %"i.header.3"
k.header.1:
  %"k.1" = phi  i64 [0, %"i.body.2"], [%"k.next.1", %"k.body.1"]
  %".83" = icmp slt i64 %"k.1", %".81"
  br i1 %".83", label %"k.body.1", label %"k.exit.1"
k.body.1:
  %".85" = getelementptr inbounds float, ptr %".27", i64 %"i.2"
  %".86" = load float, ptr %".85", align 4
  %".87" = mul i64 %"i.2", 9
  %".88" = add i64 %"k.1", %".87"
  %".89" = getelementptr inbounds float, ptr %".19", i64 %".88"
  %".90" = load float, ptr %".89", align 4
  %".91" = fadd contract float %".86", %".90"
  %".92" = getelementptr inbounds float, ptr %".27", i64 %"i.2"
  store float %".91", ptr %".92", align 4
  %"k.next.1" = add nsw i64 %"k.1", 1
  br label %"k.header.1"
k.exit.1:
  %"i.next.2" = add nsw i64 %"i.2", 1
  br label %"i.header.2"
i.header.3:
  %"i.3" = phi  i64 [0, %"i.exit.2"], [%"i.next.3", %"j.exit.1"]
  %".98" = icmp slt i64 %"i.3", %".96"
  br i1 %".98", label %"i.body.3", label %"i.exit.3"
i.body.3:
  %".100" = add i64 0, 9
  br label %"j.header.1"
i.exit.3:
  %".118" = atomicrmw xchg ptr %".20", ptr %"Y.sum.block" acq_rel
  call void @"free"(ptr %".118")
  br label %"entry.endif.if.endif.if.endif.endif"
j.header.1:
  %"j.1" = phi  i64 [0, %"i.body.3"], [%"j.next.1", %"j.body.1"]
  %".102" = icmp slt i64 %"j.1", %".100"
  br i1 %".102", label %"j.body.1", label %"j.exit.1"
j.body.1:
  %".104" = mul i64 %"i.3", 9
  %".105" = add i64 %".104", %"j.1"
  %".106" = mul i64 %"i.3", 9
  %".107" = add i64 %".106", %"j.1"
  %".108" = getelementptr inbounds float, ptr %".19", i64 %".107"
  %".109" = load float, ptr %".108", align 4
  %".110" = getelementptr inbounds float, ptr %".27", i64 %"i.3"
  %".111" = load float, ptr %".110", align 4
  %".112" = fdiv contract float 0x3ff0000000000000, %".111"
  %".113" = fmul contract float %".109", %".112"
  %".114" = getelementptr inbounds float, ptr %"Y", i64 %".105"
  store float %".113", ptr %".114", align 4
  %"j.next.1" = add nsw i64 %"j.1", 1
  br label %"j.header.1"
j.exit.1:
  %"i.next.3" = add nsw i64 %"i.3", 1
  br label %"i.header.3"
}

@"tcomp_main_ws" = global ptr @"tcomp_main.ws_cells", align 8
define internal noalias ptr @"tcomp_main.ws_take"(ptr %".1", i64 %".2") noinline nounwind
{
entry:
  %".4" = icmp ugt i64 %".2", 4611686018427387904
  br i1 %".4", label %"fail", label %"take"
take:
  %".6" = atomicrmw xchg ptr %".1", ptr null acq_rel
  %".7" = icmp eq ptr %".6", null
  br i1 %".7", label %"alloc", label %"check"
check:
  %".9" = load i64, ptr %".6"
  %".10" = icmp uge i64 %".9", %".2"
  br i1 %".10", label %"reuse", label %"alloc"
reuse:
  ret ptr %".6"
alloc:
  call void @"free"(ptr %".6")
  %".14" = add i64 %".2", 64
  %".15" = call ptr @"aligned_alloc"(i64 64, i64 %".14")
  %".16" = icmp eq ptr %".15", null
  br i1 %".16", label %"fail", label %"store"
fail:
  ret ptr null
store:
  store i64 %".2", ptr %".15"
  ret ptr %".15"
}

declare void @"free"(ptr %".1")

declare ptr @"aligned_alloc"(i64 %".1", i64 %".2")

@"tcomp_main_oob" = global [3 x i64] zeroinitializer, align 8
define internal void @"tcomp_main.oob_report"(i64 %".1", i64 %".2", i64 %".3") cold noinline nounwind
{
entry:
  %".5" = getelementptr inbounds [3 x i64], ptr @"tcomp_main_oob", i32 0, i32 0
  %".6" = cmpxchg ptr %".5", i64 0, i64 %".1" seq_cst seq_cst
  %".7" = extractvalue {i64, i1} %".6", 1
  br i1 %".7", label %"entry.if", label %"entry.endif"
entry.if:
  %".9" = getelementptr inbounds [3 x i64], ptr @"tcomp_main_oob", i32 0, i32 1
  store i64 %".2", ptr %".9"
  %".11" = getelementptr inbounds [3 x i64], ptr @"tcomp_main_oob", i32 0, i32 2
  store i64 %".3", ptr %".11"
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal float @"tcomp.math.exp.f32"(float %".1") alwaysinline nounwind
{
entry:
  %".3" = fcmp oge float %".1", 0xc055c00000000000
  %".4" = fcmp ole float %".1", 0x40562e42e0000000
  %".5" = and i1 %".3", %".4"
  br i1 %".5", label %"entry.if", label %"entry.else", !prof !1
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

@"tcomp_main.ws_cells" = internal global [3 x ptr] zeroinitializer, align 8
@"tcomp_main_ws_n" = constant i64 3, align 8
!0 = !{ !"branch_weights", i32 1, i32 99 }
!1 = !{ !"branch_weights", i32 99, i32 1 }
!2 = !{ !"llvm.loop.unroll.disable" }
!3 = distinct !{ !3, !2 }
!4 = distinct !{ !4, !2 }
