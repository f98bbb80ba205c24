; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"W", ptr noalias %"B", ptr noalias %"Y") nounwind
{
entry:
  %"closure0" = alloca {ptr, ptr, ptr, ptr, i64}
  %".6" = getelementptr inbounds {ptr, ptr, ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"X", ptr %".6"
  %".8" = getelementptr inbounds {ptr, ptr, ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %"W", ptr %".8"
  %".10" = getelementptr inbounds {ptr, ptr, ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store ptr %"B", ptr %".10"
  %".12" = getelementptr inbounds {ptr, ptr, ptr, ptr, i64}, ptr %"closure0", i32 0, i32 3
  store ptr %"Y", ptr %".12"
  %".14" = getelementptr inbounds {ptr, ptr, ptr, ptr, i64}, ptr %"closure0", i32 0, i32 4
  store i64 0, ptr %".14"
  %".16" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 8, i32 %".16")
  ret void
}

define internal void @"tcomp_main.par0.body"(ptr noalias %"X", ptr noalias %"W", ptr noalias %"B", ptr noalias %"Y", i64 %".5", i64 %".6", i64 %".7") nounwind
{
entry:
  %"Y.rstd" = alloca [1 x float], align 64
  %"Y.sqsum" = alloca [1 x float], align 64
  %"Y.sqsum.rf" = alloca [32 x float], align 64
  %"Y.mean" = alloca [1 x float], align 64
  %"Y.sum" = alloca [1 x float], align 64
  %"Y.sum.rf" = alloca [32 x float], align 64
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".6", %"entry"], [%"it.next", %"i1.outer.exit"]
  %".10" = icmp slt i64 %"it", %".7"
  br i1 %".10", label %"it.body", label %"it.exit"
it.body:
  %"i0" = add i64 %".5", %"it"
  %".12" = mul <32 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %".13" = add <32 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".12"
  %".14" = getelementptr inbounds float, ptr %"Y.sum.rf", i64 0
  store <32 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".14", align 4
  %".16" = add i64 0, 3
  br label %"k.outer.header"
it.exit:
  ret void
k.outer.header:
  %"k.outer" = phi  i64 [0, %"it.body"], [%"k.outer.next", %"k.outer.body"]
  %".18" = icmp slt i64 %"k.outer", %".16"
  br i1 %".18", label %"k.outer.body", label %"k.outer.exit"
k.outer.body:
  %".20" = mul <32 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %".21" = add <32 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".20"
  %".22" = getelementptr inbounds float, ptr %"Y.sum.rf", i64 0
  %".23" = load <32 x float>, ptr %".22", align 4
  %".24" = mul i64 %"i0", 96
  %".25" = mul i64 %"k.outer", 32
  %".26" = add i64 %".24", %".25"
  %".27" = getelementptr inbounds float, ptr %"X", i64 %".26"
  %".28" = load <32 x float>, ptr %".27", align 4
  %".29" = fadd contract <32 x float> %".23", %".28"
  %".30" = getelementptr inbounds float, ptr %"Y.sum.rf", i64 0
  store <32 x float> %".29", ptr %".30", align 4
  %"k.outer.next" = add nsw i64 %"k.outer", 1
  br label %"k.outer.header"
k.outer.exit:
  %".33" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  store float              0x0, ptr %".33", align 4
  %".35" = add i64 0, 32
  br label %"k.inner.v.header"
k.inner.v.header:
  %"k.inner.v" = phi  i64 [0, %"k.outer.exit"], [%"k.inner.v.next", %"k.inner.v.body"]
  %".37" = icmp slt i64 %"k.inner.v", %".35"
  br i1 %".37", label %"k.inner.v.body", label %"k.inner.v.exit"
k.inner.v.body:
  %".39" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  %".40" = load float, ptr %".39", align 4
  %".41" = getelementptr inbounds float, ptr %"Y.sum.rf", i64 %"k.inner.v"
  %".42" = load float, ptr %".41", align 4
  %".43" = fadd contract float %".40", %".42"
  %".44" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  store float %".43", ptr %".44", align 4
  %"k.inner.v.next" = add nsw i64 %"k.inner.v", 1
  br label %"k.inner.v.header"
k.inner.v.exit:
  %".47" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  %".48" = load float, ptr %".47", align 4
  %".49" = fmul contract float %".48", 0x3f85555560000000
  %".50" = getelementptr inbounds float, ptr %"Y.mean", i64 0
  store float %".49", ptr %".50", align 4
  %".52" = mul <32 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %".53" = add <32 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".52"
  %".54" = getelementptr inbounds float, ptr %"Y.sqsum.rf", i64 0
  store <32 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".54", align 4
  %".56" = add i64 0, 3
  br label %"k.outer.header.1"
k.outer.header.1:
  %"k.outer.1" = phi  i64 [0, %"k.inner.v.exit"], [%"k.outer.next.1", %"k.outer.body.1"]
  %".58" = icmp slt i64 %"k.outer.1", %".56"
  br i1 %".58", label %"k.outer.body.1", label %"k.outer.exit.1"
k.outer.body.1:
  %".60" = mul <32 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %".61" = add <32 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".60"
  %".62" = getelementptr inbounds float, ptr %"Y.sqsum.rf", i64 0
  %".63" = load <32 x float>, ptr %".62", align 4
  %".64" = mul i64 %"i0", 96
  %".65" = mul i64 %"k.outer.1", 32
  %".66" = add i64 %".64", %".65"
  %".67" = getelementptr inbounds float, ptr %"X", i64 %".66"
  %".68" = load <32 x float>, ptr %".67", align 4
  %".69" = getelementptr inbounds float, ptr %"Y.mean", i64 0
  %".70" = load float, ptr %".69", align 4
  %".71" = insertelement <32 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".70", i32 0
  %".72" = shufflevector <32 x float> %".71", <32 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".73" = fsub contract <32 x float> %".68", %".72"
  %".74" = mul i64 %"i0", 96
  %".75" = mul i64 %"k.outer.1", 32
  %".76" = add i64 %".74", %".75"
  %".77" = getelementptr inbounds float, ptr %"X", i64 %".76"
  %".78" = load <32 x float>, ptr %".77", align 4
  %".79" = getelementptr inbounds float, ptr %"Y.mean", i64 0
  %".80" = load float, ptr %".79", align 4
  %".81" = insertelement <32 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".80", i32 0
  %".82" = shufflevector <32 x float> %".81", <32 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".83" = fsub contract <32 x float> %".78", %".82"
  %".84" = fmul contract <32 x float> %".73", %".83"
  %".85" = fadd contract <32 x float> %".63", %".84"
  %".86" = getelementptr inbounds float, ptr %"Y.sqsum.rf", i64 0
  store <32 x float> %".85", ptr %".86", align 4
  %"k.outer.next.1" = add nsw i64 %"k.outer.1", 1
  br label %"k.outer.header.1"
k.outer.exit.1:
  %".89" = getelementptr inbounds float, ptr %"Y.sqsum", i64 0
  store float              0x0, ptr %".89", align 4
  %".91" = add i64 0, 32
  br label %"k.inner.v.header.1"
k.inner.v.header.1:
  %"k.inner.v.1" = phi  i64 [0, %"k.outer.exit.1"], [%"k.inner.v.next.1", %"k.inner.v.body.1"]
  %".93" = icmp slt i64 %"k.inner.v.1", %".91"
  br i1 %".93", label %"k.inner.v.body.1", label %"k.inner.v.exit.1"
k.inner.v.body.1:
  %".95" = getelementptr inbounds float, ptr %"Y.sqsum", i64 0
  %".96" = load float, ptr %".95", align 4
  %".97" = getelementptr inbounds float, ptr %"Y.sqsum.rf", i64 %"k.inner.v.1"
  %".98" = load float, ptr %".97", align 4
  %".99" = fadd contract float %".96", %".98"
  %".100" = getelementptr inbounds float, ptr %"Y.sqsum", i64 0
  store float %".99", ptr %".100", align 4
  %"k.inner.v.next.1" = add nsw i64 %"k.inner.v.1", 1
  br label %"k.inner.v.header.1"
k.inner.v.exit.1:
  %".103" = getelementptr inbounds float, ptr %"Y.sqsum", i64 0
  %".104" = load float, ptr %".103", align 4
  %".105" = fmul contract float %".104", 0x3f85555560000000
  %".106" = fadd contract float %".105", 0x3ee4f8b580000000
  %".107" = call float @"llvm.sqrt.f32"(float %".106")
  %".108" = fdiv contract float 0x3ff0000000000000, %".107"
  %".109" = getelementptr inbounds float, ptr %"Y.rstd", i64 0
  store float %".108", ptr %".109", align 4
  %".111" = add i64 0, 3
  br label %"i1.outer.header"
i1.outer.header:
  %"i1.outer" = phi  i64 [0, %"k.inner.v.exit.1"], [%"i1.outer.next", %"i1.outer.body"]
  %".113" = icmp slt i64 %"i1.outer", %".111"
  br i1 %".113", label %"i1.outer.body", label %"i1.outer.exit"
i1.outer.body:
  %".115" = mul i64 %"i0", 96
  %".116" = mul i64 %"i1.outer", 32
  %".117" = add i64 %".115", %".116"
  %".118" = add i64 %".117", 96
  %".119" = add i64 %".118", 16
  %".120" = getelementptr float, ptr %"X", i64 %".118"
  call void @"llvm.prefetch.p0"(ptr %".120", i32 0, i32 3, i32 1)
  %".122" = getelementptr float, ptr %"X", i64 %".119"
  call void @"llvm.prefetch.p0"(ptr %".122", i32 0, i32 3, i32 1)
  %".124" = mul i64 %"i0", 96
  %".125" = mul i64 %"i1.outer", 32
  %".126" = add i64 %".124", %".125"
  %".127" = insertelement <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".126", i32 0
  %".128" = shufflevector <32 x i64> %".127", <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".129" = mul <32 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %".130" = add <32 x i64> %".128", %".129"
  %".131" = mul i64 %"i0", 96
  %".132" = mul i64 %"i1.outer", 32
  %".133" = add i64 %".131", %".132"
  %".134" = getelementptr inbounds float, ptr %"X", i64 %".133"
  %".135" = load <32 x float>, ptr %".134", align 4
  %".136" = getelementptr inbounds float, ptr %"Y.mean", i64 0
  %".137" = load float, ptr %".136", align 4
  %".138" = insertelement <32 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".137", i32 0
  %".139" = shufflevector <32 x float> %".138", <32 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".140" = fsub contract <32 x float> %".135", %".139"
  %".141" = getelementptr inbounds float, ptr %"Y.rstd", i64 0
  %".142" = load float, ptr %".141", align 4
  %".143" = insertelement <32 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".142", i32 0
  %".144" = shufflevector <32 x float> %".143", <32 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".145" = fmul contract <32 x float> %".140", %".144"
  %".146" = mul i64 %"i1.outer", 32
  %".147" = getelementptr inbounds float, ptr %"W", i64 %".146"
  %".148" = load <32 x float>, ptr %".147", align 4
  %".149" = fmul contract <32 x float> %".145", %".148"
  %".150" = mul i64 %"i1.outer", 32
  %".151" = getelementptr inbounds float, ptr %"B", i64 %".150"
  %".152" = load <32 x float>, ptr %".151", align 4
  %".153" = fadd contract <32 x float> %".149", %".152"
  %".154" = mul i64 %"i0", 96
  %".155" = mul i64 %"i1.outer", 32
  %".156" = add i64 %".154", %".155"
  %".157" = getelementptr inbounds float, ptr %"Y", i64 %".156"
  store <32 x float> %".153", ptr %".157", align 4
  %"i1.outer.next" = add nsw i64 %"i1.outer", 1
  br label %"i1.outer.header"
i1.outer.exit:
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
}

define internal void @"tcomp_main.par0"(ptr %".1", i64 %".2", i64 %".3") nounwind
{
entry:
  %".5" = getelementptr inbounds {ptr, ptr, ptr, ptr, i64}, ptr %".1", i32 0, i32 0
  %".6" = load ptr, ptr %".5"
  %".7" = getelementptr inbounds {ptr, ptr, ptr, ptr, i64}, ptr %".1", i32 0, i32 1
  %".8" = load ptr, ptr %".7"
  %".9" = getelementptr inbounds {ptr, ptr, ptr, ptr, i64}, ptr %".1", i32 0, i32 2
  %".10" = load ptr, ptr %".9"
  %".11" = getelementptr inbounds {ptr, ptr, ptr, ptr, i64}, ptr %".1", i32 0, i32 3
  %".12" = load ptr, ptr %".11"
  %".13" = getelementptr inbounds {ptr, ptr, ptr, ptr, i64}, ptr %".1", i32 0, i32 4
  %".14" = load i64, ptr %".13"
  call void @"tcomp_main.par0.body"(ptr %".6", ptr %".8", ptr %".10", ptr %".12", i64 %".14", i64 %".2", i64 %".3")
  ret void
}

@"tcomp_num_threads" = weak global i32 1
declare void @"tcomp_rt_parallel_for"(ptr %".1", ptr %".2", i64 %".3", i32 %".4")

declare float @"llvm.sqrt.f32"(float %".1")

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")
