; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"W", ptr noalias %"B", ptr noalias %"Y") nounwind
{
entry:
  %"Y.rstd" = alloca [1 x float], align 64
  %"Y.sqsum" = alloca [1 x float], align 64
  %"Y.sqsum.rf" = alloca [16 x float], align 64
  %"Y.mean" = alloca [1 x float], align 64
  %"Y.sum" = alloca [1 x float], align 64
  %"Y.sum.rf" = alloca [16 x float], align 64
  %".6" = add i64 0, 8
  br label %"i0.header"
i0.header:
  %"i0" = phi  i64 [0, %"entry"], [%"i0.next", %"i1.outer.exit"]
  %".8" = icmp slt i64 %"i0", %".6"
  br i1 %".8", label %"i0.body", label %"i0.exit"
i0.body:
  %".10" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".11" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".10"
  %".12" = getelementptr inbounds float, ptr %"Y.sum.rf", i64 0
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".12", align 4
  %".14" = add i64 0, 4
  br label %"k.outer.header"
i0.exit:
  ret void
k.outer.header:
  %"k.outer" = phi  i64 [0, %"i0.body"], [%"k.outer.next", %"k.outer.body"]
  %".16" = icmp slt i64 %"k.outer", %".14"
  br i1 %".16", label %"k.outer.body", label %"k.outer.exit"
k.outer.body:
  %".18" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".19" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".18"
  %".20" = getelementptr inbounds float, ptr %"Y.sum.rf", i64 0
  %".21" = load <16 x float>, ptr %".20", align 4
  %".22" = mul i64 %"i0", 64
  %".23" = mul i64 %"k.outer", 16
  %".24" = add i64 %".22", %".23"
  %".25" = getelementptr inbounds float, ptr %"X", i64 %".24"
  %".26" = load <16 x float>, ptr %".25", align 4
  %".27" = fadd contract <16 x float> %".21", %".26"
  %".28" = getelementptr inbounds float, ptr %"Y.sum.rf", i64 0
  store <16 x float> %".27", ptr %".28", align 4
  %"k.outer.next" = add nsw i64 %"k.outer", 1
  br label %"k.outer.header"
k.outer.exit:
  %".31" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  store float              0x0, ptr %".31", align 4
  %".33" = add i64 0, 16
  br label %"k.inner.v.header"
k.inner.v.header:
  %"k.inner.v" = phi  i64 [0, %"k.outer.exit"], [%"k.inner.v.next", %"k.inner.v.body"]
  %".35" = icmp slt i64 %"k.inner.v", %".33"
  br i1 %".35", label %"k.inner.v.body", label %"k.inner.v.exit"
k.inner.v.body:
  %".37" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  %".38" = load float, ptr %".37", align 4
  %".39" = getelementptr inbounds float, ptr %"Y.sum.rf", i64 %"k.inner.v"
  %".40" = load float, ptr %".39", align 4
  %".41" = fadd contract float %".38", %".40"
  %".42" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  store float %".41", ptr %".42", align 4
  %"k.inner.v.next" = add nsw i64 %"k.inner.v", 1
  br label %"k.inner.v.header"
k.inner.v.exit:
  %".45" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  %".46" = load float, ptr %".45", align 4
  %".47" = fmul contract float %".46", 0x3f90000000000000
  %".48" = getelementptr inbounds float, ptr %"Y.mean", i64 0
  store float %".47", ptr %".48", align 4
  %".50" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".51" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".50"
  %".52" = getelementptr inbounds float, ptr %"Y.sqsum.rf", i64 0
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".52", align 4
  %".54" = add i64 0, 4
  br label %"k.outer.header.1"
k.outer.header.1:
  %"k.outer.1" = phi  i64 [0, %"k.inner.v.exit"], [%"k.outer.next.1", %"k.outer.body.1"]
  %".56" = icmp slt i64 %"k.outer.1", %".54"
  br i1 %".56", label %"k.outer.body.1", label %"k.outer.exit.1"
k.outer.body.1:
  %".58" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".59" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".58"
  %".60" = getelementptr inbounds float, ptr %"Y.sqsum.rf", i64 0
  %".61" = load <16 x float>, ptr %".60", align 4
  %".62" = mul i64 %"i0", 64
  %".63" = mul i64 %"k.outer.1", 16
  %".64" = add i64 %".62", %".63"
  %".65" = getelementptr inbounds float, ptr %"X", i64 %".64"
  %".66" = load <16 x float>, ptr %".65", align 4
  %".67" = getelementptr inbounds float, ptr %"Y.mean", i64 0
  %".68" = load float, ptr %".67", align 4
  %".69" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".68", i32 0
  %".70" = shufflevector <16 x float> %".69", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".71" = fsub contract <16 x float> %".66", %".70"
  %".72" = mul i64 %"i0", 64
  %".73" = mul i64 %"k.outer.1", 16
  %".74" = add i64 %".72", %".73"
  %".75" = getelementptr inbounds float, ptr %"X", i64 %".74"
  %".76" = load <16 x float>, ptr %".75", align 4
  %".77" = getelementptr inbounds float, ptr %"Y.mean", i64 0
  %".78" = load float, ptr %".77", align 4
  %".79" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".78", i32 0
  %".80" = shufflevector <16 x float> %".79", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".81" = fsub contract <16 x float> %".76", %".80"
  %".82" = fmul contract <16 x float> %".71", %".81"
  %".83" = fadd contract <16 x float> %".61", %".82"
  %".84" = getelementptr inbounds float, ptr %"Y.sqsum.rf", i64 0
  store <16 x float> %".83", ptr %".84", align 4
  %"k.outer.next.1" = add nsw i64 %"k.outer.1", 1
  br label %"k.outer.header.1"
k.outer.exit.1:
  %".87" = getelementptr inbounds float, ptr %"Y.sqsum", i64 0
  store float              0x0, ptr %".87", align 4
  %".89" = add i64 0, 16
  br label %"k.inner.v.header.1"
k.inner.v.header.1:
  %"k.inner.v.1" = phi  i64 [0, %"k.outer.exit.1"], [%"k.inner.v.next.1", %"k.inner.v.body.1"]
  %".91" = icmp slt i64 %"k.inner.v.1", %".89"
  br i1 %".91", label %"k.inner.v.body.1", label %"k.inner.v.exit.1"
k.inner.v.body.1:
  %".93" = getelementptr inbounds float, ptr %"Y.sqsum", i64 0
  %".94" = load float, ptr %".93", align 4
  %".95" = getelementptr inbounds float, ptr %"Y.sqsum.rf", i64 %"k.inner.v.1"
  %".96" = load float, ptr %".95", align 4
  %".97" = fadd contract float %".94", %".96"
  %".98" = getelementptr inbounds float, ptr %"Y.sqsum", i64 0
  store float %".97", ptr %".98", align 4
  %"k.inner.v.next.1" = add nsw i64 %"k.inner.v.1", 1
  br label %"k.inner.v.header.1"
k.inner.v.exit.1:
  %".101" = getelementptr inbounds float, ptr %"Y.sqsum", i64 0
  %".102" = load float, ptr %".101", align 4
  %".103" = fmul contract float %".102", 0x3f90000000000000
  %".104" = fadd contract float %".103", 0x3ee4f8b580000000
  %".105" = call float @"llvm.sqrt.f32"(float %".104")
  %".106" = fdiv contract float 0x3ff0000000000000, %".105"
  %".107" = getelementptr inbounds float, ptr %"Y.rstd", i64 0
  store float %".106", ptr %".107", align 4
  %".109" = add i64 0, 4
  br label %"i1.outer.header"
i1.outer.header:
  %"i1.outer" = phi  i64 [0, %"k.inner.v.exit.1"], [%"i1.outer.next", %"i1.outer.body"]
  %".111" = icmp slt i64 %"i1.outer", %".109"
  br i1 %".111", label %"i1.outer.body", label %"i1.outer.exit"
i1.outer.body:
  %".113" = mul i64 %"i0", 64
  %".114" = mul i64 %"i1.outer", 16
  %".115" = add i64 %".113", %".114"
  %".116" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".115", i32 0
  %".117" = shufflevector <16 x i64> %".116", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".118" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".119" = add <16 x i64> %".117", %".118"
  %".120" = mul i64 %"i0", 64
  %".121" = mul i64 %"i1.outer", 16
  %".122" = add i64 %".120", %".121"
  %".123" = getelementptr inbounds float, ptr %"X", i64 %".122"
  %".124" = load <16 x float>, ptr %".123", align 4
  %".125" = getelementptr inbounds float, ptr %"Y.mean", i64 0
  %".126" = load float, ptr %".125", align 4
  %".127" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".126", i32 0
  %".128" = shufflevector <16 x float> %".127", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".129" = fsub contract <16 x float> %".124", %".128"
  %".130" = getelementptr inbounds float, ptr %"Y.rstd", i64 0
  %".131" = load float, ptr %".130", align 4
  %".132" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".131", i32 0
  %".133" = shufflevector <16 x float> %".132", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".134" = fmul contract <16 x float> %".129", %".133"
  %".135" = mul i64 %"i1.outer", 16
  %".136" = getelementptr inbounds float, ptr %"W", i64 %".135"
  %".137" = load <16 x float>, ptr %".136", align 4
  %".138" = fmul contract <16 x float> %".134", %".137"
  %".139" = mul i64 %"i1.outer", 16
  %".140" = getelementptr inbounds float, ptr %"B", i64 %".139"
  %".141" = load <16 x float>, ptr %".140", align 4
  %".142" = fadd contract <16 x float> %".138", %".141"
  %".143" = mul i64 %"i0", 64
  %".144" = mul i64 %"i1.outer", 16
  %".145" = add i64 %".143", %".144"
  %".146" = getelementptr inbounds float, ptr %"Y", i64 %".145"
  store <16 x float> %".142", ptr %".146", align 4
  %"i1.outer.next" = add nsw i64 %"i1.outer", 1
  br label %"i1.outer.header"
i1.outer.exit:
  %"i0.next" = add nsw i64 %"i0", 1
  br label %"i0.header"
}

declare float @"llvm.sqrt.f32"(float %".1")
