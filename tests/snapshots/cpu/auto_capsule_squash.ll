; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"S", ptr noalias %"squash") nounwind
{
entry:
  %"ws.cells" = load ptr, ptr @"tcomp_main_ws"
  %".4" = getelementptr inbounds ptr, ptr %"ws.cells", i64 0
  %"squash.n2.block" = call ptr @"tcomp_main.ws_take"(ptr %".4", i64 128)
  %".5" = icmp ne ptr %"squash.n2.block", null
  %".6" = xor i1 %".5", -1
  br i1 %".6", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  call void @"tcomp_main.oob_report"(i64 -3, i64 128, i64 0)
  br label %"entry.endif"
entry.endif:
  br i1 %".5", label %"entry.endif.if", label %"entry.endif.endif", !prof !1
entry.endif.if:
  %".11" = getelementptr inbounds i8, ptr %"squash.n2.block", i64 64
  %".12" = add i64 0, 2
  br label %"i0.header"
entry.endif.endif:
  ret void
i0.header:
  %"i0" = phi  i64 [0, %"entry.endif.if"], [%"i0.next", %"i1.exit"]
  %".14" = icmp slt i64 %"i0", %".12"
  br i1 %".14", label %"i0.body", label %"i0.exit"
i0.body:
  %".16" = add i64 0, 10
  br label %"i1.header"
i0.exit:
  %".53" = add i64 0, 2
  br label %"i0.header.1"
i1.header:
  %"i1" = phi  i64 [0, %"i0.body"], [%"i1.next", %"r2.exit"]
  %".18" = icmp slt i64 %"i1", %".16"
  br i1 %".18", label %"i1.body", label %"i1.exit"
i1.body:
  %".20" = mul i64 %"i0", 10
  %".21" = add i64 %".20", %"i1"
  %".22" = getelementptr inbounds float, ptr %".11", i64 %".21"
  store float              0x0, ptr %".22", align 4
  %".24" = add i64 0, 8
  br label %"r2.header"
i1.exit:
  %"i0.next" = add nsw i64 %"i0", 1
  br label %"i0.header"
r2.header:
  %"r2" = phi  i64 [0, %"i1.body"], [%"r2.next", %"r2.body"]
  %".26" = icmp slt i64 %"r2", %".24"
  br i1 %".26", label %"r2.body", label %"r2.exit"
r2.body:
  %".28" = mul i64 %"i0", 10
  %".29" = add i64 %".28", %"i1"
  %".30" = mul i64 %"i0", 10
  %".31" = add i64 %".30", %"i1"
  %".32" = getelementptr inbounds float, ptr %".11", i64 %".31"
  %".33" = load float, ptr %".32", align 4
  %".34" = mul i64 %"i0", 80
  %".35" = add i64 %"r2", %".34"
  %".36" = mul i64 %"i1", 8
  %".37" = add i64 %".35", %".36"
  %".38" = getelementptr inbounds float, ptr %"S", i64 %".37"
  %".39" = load float, ptr %".38", align 4
  %".40" = mul i64 %"i0", 80
  %".41" = add i64 %"r2", %".40"
  %".42" = mul i64 %"i1", 8
  %".43" = add i64 %".41", %".42"
  %".44" = getelementptr inbounds float, ptr %"S", i64 %".43"
  %".45" = load float, ptr %".44", align 4
  %".46" = fmul contract float %".39", %".45"
  %".47" = fadd contract float %".33", %".46"
  %".48" = getelementptr inbounds float, ptr %".11", i64 %".29"
  store float %".47", ptr %".48", align 4
  %"r2.next" = add nsw i64 %"r2", 1
  br label %"r2.header"
r2.exit:
  %"i1.next" = add nsw i64 %"i1", 1
  br label %"i1.header"
i0.header.1:
  %"i0.1" = phi  i64 [0, %"i0.exit"], [%"i0.next.1", %"i1.exit.1"]
  %".55" = icmp slt i64 %"i0.1", %".53"
  br i1 %".55", label %"i0.body.1", label %"i0.exit.1"
i0.body.1:
  %".57" = add i64 0, 10
  br label %"i1.header.1"
i0.exit.1:
  %".99" = atomicrmw xchg ptr %".4", ptr %"squash.n2.block" acq_rel
  call void @"free"(ptr %".99")
  br label %"entry.endif.endif"
i1.header.1:
  %"i1.1" = phi  i64 [0, %"i0.body.1"], [%"i1.next.1", %"i2.exit"]
  %".59" = icmp slt i64 %"i1.1", %".57"
  br i1 %".59", label %"i1.body.1", label %"i1.exit.1"
i1.body.1:
  %".61" = add i64 0, 8
  br label %"i2.header"
i1.exit.1:
  %"i0.next.1" = add nsw i64 %"i0.1", 1
  br label %"i0.header.1"
i2.header:
  %"i2" = phi  i64 [0, %"i1.body.1"], [%"i2.next", %"i2.body"]
  %".63" = icmp slt i64 %"i2", %".61"
  br i1 %".63", label %"i2.body", label %"i2.exit"
i2.body:
  %".65" = mul i64 %"i0.1", 80
  %".66" = mul i64 %"i1.1", 8
  %".67" = add i64 %".65", %".66"
  %".68" = add i64 %".67", %"i2"
  %".69" = mul i64 %"i0.1", 80
  %".70" = mul i64 %"i1.1", 8
  %".71" = add i64 %".69", %".70"
  %".72" = add i64 %".71", %"i2"
  %".73" = getelementptr inbounds float, ptr %"S", i64 %".72"
  %".74" = load float, ptr %".73", align 4
  %".75" = mul i64 %"i0.1", 10
  %".76" = add i64 %".75", %"i1.1"
  %".77" = getelementptr inbounds float, ptr %".11", i64 %".76"
  %".78" = load float, ptr %".77", align 4
  %".79" = mul i64 %"i0.1", 10
  %".80" = add i64 %".79", %"i1.1"
  %".81" = getelementptr inbounds float, ptr %".11", i64 %".80"
  %".82" = load float, ptr %".81", align 4
  %".83" = fadd contract float 0x3ff0000000000000, %".82"
  %".84" = fdiv contract float %".78", %".83"
  %".85" = fmul contract float %".74", %".84"
  %".86" = mul i64 %"i0.1", 10
  %".87" = add i64 %".86", %"i1.1"
  %".88" = getelementptr inbounds float, ptr %".11", i64 %".87"
  %".89" = load float, ptr %".88", align 4
  %".90" = fadd contract float %".89", 0x3e7ad7f2a0000000
  %".91" = call float @"llvm.sqrt.f32"(float %".90")
  %".92" = fdiv contract float 0x3ff0000000000000, %".91"
  %".93" = fmul contract float %".85", %".92"
  %".94" = getelementptr inbounds float, ptr %"squash", i64 %".68"
  store float %".93", ptr %".94", align 4
  %"i2.next" = add nsw i64 %"i2", 1
  br label %"i2.header"
i2.exit:
  %"i1.next.1" = add nsw i64 %"i1.1", 1
  br label %"i1.header.1"
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

declare float @"llvm.sqrt.f32"(float %".1")

@"tcomp_main.ws_cells" = internal global [1 x ptr] zeroinitializer, align 8
@"tcomp_main_ws_n" = constant i64 1, align 8
!0 = !{ !"branch_weights", i32 1, i32 99 }
!1 = !{ !"branch_weights", i32 99, i32 1 }
