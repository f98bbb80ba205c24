; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"S", ptr noalias %"squash") nounwind
{
entry:
  %"squash.n2" = alloca [20 x float], align 64
  %".4" = add i64 0, 2
  br label %"i0.header"
i0.header:
  %"i0" = phi  i64 [0, %"entry"], [%"i0.next", %"i1.exit"]
  %".6" = icmp slt i64 %"i0", %".4"
  br i1 %".6", label %"i0.body", label %"i0.exit"
i0.body:
  %".8" = add i64 0, 10
  br label %"i1.header"
i0.exit:
  %".45" = add i64 0, 2
  br label %"i0.header.1"
i1.header:
  %"i1" = phi  i64 [0, %"i0.body"], [%"i1.next", %"r2.exit"]
  %".10" = icmp slt i64 %"i1", %".8"
  br i1 %".10", label %"i1.body", label %"i1.exit"
i1.body:
  %".12" = mul i64 %"i0", 10
  %".13" = add i64 %".12", %"i1"
  %".14" = getelementptr inbounds float, ptr %"squash.n2", i64 %".13"
  store float              0x0, ptr %".14", align 4
  %".16" = add i64 0, 8
  br label %"r2.header"
i1.exit:
  %"i0.next" = add nsw i64 %"i0", 1
  br label %"i0.header"
r2.header:
  %"r2" = phi  i64 [0, %"i1.body"], [%"r2.next", %"r2.body"]
  %".18" = icmp slt i64 %"r2", %".16"
  br i1 %".18", label %"r2.body", label %"r2.exit"
r2.body:
  %".20" = mul i64 %"i0", 10
  %".21" = add i64 %".20", %"i1"
  %".22" = mul i64 %"i0", 10
  %".23" = add i64 %".22", %"i1"
  %".24" = getelementptr inbounds float, ptr %"squash.n2", i64 %".23"
  %".25" = load float, ptr %".24", align 4
  %".26" = mul i64 %"i0", 80
  %".27" = add i64 %"r2", %".26"
  %".28" = mul i64 %"i1", 8
  %".29" = add i64 %".27", %".28"
  %".30" = getelementptr inbounds float, ptr %"S", i64 %".29"
  %".31" = load float, ptr %".30", align 4
  %".32" = mul i64 %"i0", 80
  %".33" = add i64 %"r2", %".32"
  %".34" = mul i64 %"i1", 8
  %".35" = add i64 %".33", %".34"
  %".36" = getelementptr inbounds float, ptr %"S", i64 %".35"
  %".37" = load float, ptr %".36", align 4
  %".38" = fmul contract float %".31", %".37"
  %".39" = fadd contract float %".25", %".38"
  %".40" = getelementptr inbounds float, ptr %"squash.n2", i64 %".21"
  store float %".39", ptr %".40", align 4
  %"r2.next" = add nsw i64 %"r2", 1
  br label %"r2.header"
r2.exit:
  %"i1.next" = add nsw i64 %"i1", 1
  br label %"i1.header"
i0.header.1:
  %"i0.1" = phi  i64 [0, %"i0.exit"], [%"i0.next.1", %"i1.exit.1"]
  %".47" = icmp slt i64 %"i0.1", %".45"
  br i1 %".47", label %"i0.body.1", label %"i0.exit.1"
i0.body.1:
  %".49" = add i64 0, 10
  br label %"i1.header.1"
i0.exit.1:
  ret void
i1.header.1:
  %"i1.1" = phi  i64 [0, %"i0.body.1"], [%"i1.next.1", %"i2.exit"]
  %".51" = icmp slt i64 %"i1.1", %".49"
  br i1 %".51", label %"i1.body.1", label %"i1.exit.1"
i1.body.1:
  %".53" = add i64 0, 8
  br label %"i2.header"
i1.exit.1:
  %"i0.next.1" = add nsw i64 %"i0.1", 1
  br label %"i0.header.1"
i2.header:
  %"i2" = phi  i64 [0, %"i1.body.1"], [%"i2.next", %"i2.body"]
  %".55" = icmp slt i64 %"i2", %".53"
  br i1 %".55", label %"i2.body", label %"i2.exit"
i2.body:
  %".57" = mul i64 %"i0.1", 80
  %".58" = mul i64 %"i1.1", 8
  %".59" = add i64 %".57", %".58"
  %".60" = add i64 %".59", %"i2"
  %".61" = mul i64 %"i0.1", 80
  %".62" = mul i64 %"i1.1", 8
  %".63" = add i64 %".61", %".62"
  %".64" = add i64 %".63", %"i2"
  %".65" = getelementptr inbounds float, ptr %"S", i64 %".64"
  %".66" = load float, ptr %".65", align 4
  %".67" = mul i64 %"i0.1", 10
  %".68" = add i64 %".67", %"i1.1"
  %".69" = getelementptr inbounds float, ptr %"squash.n2", i64 %".68"
  %".70" = load float, ptr %".69", align 4
  %".71" = mul i64 %"i0.1", 10
  %".72" = add i64 %".71", %"i1.1"
  %".73" = getelementptr inbounds float, ptr %"squash.n2", i64 %".72"
  %".74" = load float, ptr %".73", align 4
  %".75" = fadd contract float 0x3ff0000000000000, %".74"
  %".76" = fdiv contract float %".70", %".75"
  %".77" = fmul contract float %".66", %".76"
  %".78" = mul i64 %"i0.1", 10
  %".79" = add i64 %".78", %"i1.1"
  %".80" = getelementptr inbounds float, ptr %"squash.n2", i64 %".79"
  %".81" = load float, ptr %".80", align 4
  %".82" = fadd contract float %".81", 0x3e7ad7f2a0000000
  %".83" = call float @"llvm.sqrt.f32"(float %".82")
  %".84" = fdiv contract float 0x3ff0000000000000, %".83"
  %".85" = fmul contract float %".77", %".84"
  %".86" = getelementptr inbounds float, ptr %"squash", i64 %".60"
  store float %".85", ptr %".86", align 4
  %"i2.next" = add nsw i64 %"i2", 1
  br label %"i2.header"
i2.exit:
  %"i1.next.1" = add nsw i64 %"i1.1", 1
  br label %"i1.header.1"
}

declare float @"llvm.sqrt.f32"(float %".1")
