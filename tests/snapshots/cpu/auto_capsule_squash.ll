; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"S", ptr noalias %"squash") nounwind
{
entry:
  %".4" = mul i64 4, 20
  %".5" = add i64 %".4", 64
  %".6" = and i64 %".5", -64
  %"squash.n2" = call ptr @"aligned_alloc"(i64 64, i64 %".6")
  %".7" = add i64 0, 2
  br label %"i0.header"
i0.header:
  %"i0" = phi  i64 [0, %"entry"], [%"i0.next", %"i1.exit"]
  %".9" = icmp slt i64 %"i0", %".7"
  br i1 %".9", label %"i0.body", label %"i0.exit"
i0.body:
  %".11" = add i64 0, 10
  br label %"i1.header"
i0.exit:
  %".48" = add i64 0, 2
  br label %"i0.header.1"
i1.header:
  %"i1" = phi  i64 [0, %"i0.body"], [%"i1.next", %"r2.exit"]
  %".13" = icmp slt i64 %"i1", %".11"
  br i1 %".13", label %"i1.body", label %"i1.exit"
i1.body:
  %".15" = mul i64 %"i0", 10
  %".16" = add i64 %".15", %"i1"
  %".17" = getelementptr inbounds float, ptr %"squash.n2", i64 %".16"
  store float              0x0, ptr %".17", align 4
  %".19" = add i64 0, 8
  br label %"r2.header"
i1.exit:
  %"i0.next" = add nsw i64 %"i0", 1
  br label %"i0.header"
r2.header:
  %"r2" = phi  i64 [0, %"i1.body"], [%"r2.next", %"r2.body"]
  %".21" = icmp slt i64 %"r2", %".19"
  br i1 %".21", label %"r2.body", label %"r2.exit"
r2.body:
  %".23" = mul i64 %"i0", 10
  %".24" = add i64 %".23", %"i1"
  %".25" = mul i64 %"i0", 10
  %".26" = add i64 %".25", %"i1"
  %".27" = getelementptr inbounds float, ptr %"squash.n2", i64 %".26"
  %".28" = load float, ptr %".27", align 4
  %".29" = mul i64 %"i0", 80
  %".30" = add i64 %"r2", %".29"
  %".31" = mul i64 %"i1", 8
  %".32" = add i64 %".30", %".31"
  %".33" = getelementptr inbounds float, ptr %"S", i64 %".32"
  %".34" = load float, ptr %".33", align 4
  %".35" = mul i64 %"i0", 80
  %".36" = add i64 %"r2", %".35"
  %".37" = mul i64 %"i1", 8
  %".38" = add i64 %".36", %".37"
  %".39" = getelementptr inbounds float, ptr %"S", i64 %".38"
  %".40" = load float, ptr %".39", align 4
  %".41" = fmul contract float %".34", %".40"
  %".42" = fadd contract float %".28", %".41"
  %".43" = getelementptr inbounds float, ptr %"squash.n2", i64 %".24"
  store float %".42", ptr %".43", align 4
  %"r2.next" = add nsw i64 %"r2", 1
  br label %"r2.header"
r2.exit:
  %"i1.next" = add nsw i64 %"i1", 1
  br label %"i1.header"
i0.header.1:
  %"i0.1" = phi  i64 [0, %"i0.exit"], [%"i0.next.1", %"i1.exit.1"]
  %".50" = icmp slt i64 %"i0.1", %".48"
  br i1 %".50", label %"i0.body.1", label %"i0.exit.1"
i0.body.1:
  %".52" = add i64 0, 10
  br label %"i1.header.1"
i0.exit.1:
  call void @"free"(ptr %"squash.n2")
  ret void
i1.header.1:
  %"i1.1" = phi  i64 [0, %"i0.body.1"], [%"i1.next.1", %"i2.exit"]
  %".54" = icmp slt i64 %"i1.1", %".52"
  br i1 %".54", label %"i1.body.1", label %"i1.exit.1"
i1.body.1:
  %".56" = add i64 0, 8
  br label %"i2.header"
i1.exit.1:
  %"i0.next.1" = add nsw i64 %"i0.1", 1
  br label %"i0.header.1"
i2.header:
  %"i2" = phi  i64 [0, %"i1.body.1"], [%"i2.next", %"i2.body"]
  %".58" = icmp slt i64 %"i2", %".56"
  br i1 %".58", label %"i2.body", label %"i2.exit"
i2.body:
  %".60" = mul i64 %"i0.1", 80
  %".61" = mul i64 %"i1.1", 8
  %".62" = add i64 %".60", %".61"
  %".63" = add i64 %".62", %"i2"
  %".64" = mul i64 %"i0.1", 80
  %".65" = mul i64 %"i1.1", 8
  %".66" = add i64 %".64", %".65"
  %".67" = add i64 %".66", %"i2"
  %".68" = getelementptr inbounds float, ptr %"S", i64 %".67"
  %".69" = load float, ptr %".68", align 4
  %".70" = mul i64 %"i0.1", 10
  %".71" = add i64 %".70", %"i1.1"
  %".72" = getelementptr inbounds float, ptr %"squash.n2", i64 %".71"
  %".73" = load float, ptr %".72", align 4
  %".74" = mul i64 %"i0.1", 10
  %".75" = add i64 %".74", %"i1.1"
  %".76" = getelementptr inbounds float, ptr %"squash.n2", i64 %".75"
  %".77" = load float, ptr %".76", align 4
  %".78" = fadd contract float 0x3ff0000000000000, %".77"
  %".79" = fdiv contract float %".73", %".78"
  %".80" = fmul contract float %".69", %".79"
  %".81" = mul i64 %"i0.1", 10
  %".82" = add i64 %".81", %"i1.1"
  %".83" = getelementptr inbounds float, ptr %"squash.n2", i64 %".82"
  %".84" = load float, ptr %".83", align 4
  %".85" = fadd contract float %".84", 0x3e7ad7f2a0000000
  %".86" = call float @"llvm.sqrt.f32"(float %".85")
  %".87" = fdiv contract float 0x3ff0000000000000, %".86"
  %".88" = fmul contract float %".80", %".87"
  %".89" = getelementptr inbounds float, ptr %"squash", i64 %".63"
  store float %".88", ptr %".89", align 4
  %"i2.next" = add nsw i64 %"i2", 1
  br label %"i2.header"
i2.exit:
  %"i1.next.1" = add nsw i64 %"i1.1", 1
  br label %"i1.header.1"
}

declare ptr @"aligned_alloc"(i64 %".1", i64 %".2")

declare void @"free"(ptr %".1")

declare float @"llvm.sqrt.f32"(float %".1")
