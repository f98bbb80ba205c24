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
  %"Y.sqsum.rf.1" = alloca [8 x float], align 64
  %"Y.sqsum.rf" = alloca [32 x float], align 64
  %"Y.mean" = alloca [1 x float], align 64
  %"Y.sum" = alloca [1 x float], align 64
  %"Y.sum.rf.1" = alloca [8 x float], align 64
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
  %".33" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".34" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".33"
  %".35" = getelementptr inbounds float, ptr %"Y.sum.rf.1", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".35", align 4
  %".37" = add i64 0, 4
  br label %"k.inner.v.outer.header"
k.inner.v.outer.header:
  %"k.inner.v.outer" = phi  i64 [0, %"k.outer.exit"], [%"k.inner.v.outer.next", %"k.inner.v.outer.body"]
  %".39" = icmp slt i64 %"k.inner.v.outer", %".37"
  br i1 %".39", label %"k.inner.v.outer.body", label %"k.inner.v.outer.exit"
k.inner.v.outer.body:
  %".41" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".42" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".41"
  %".43" = getelementptr inbounds float, ptr %"Y.sum.rf.1", i64 0
  %".44" = load <8 x float>, ptr %".43", align 4
  %".45" = mul i64 %"k.inner.v.outer", 8
  %".46" = getelementptr inbounds float, ptr %"Y.sum.rf", i64 %".45"
  %".47" = load <8 x float>, ptr %".46", align 4
  %".48" = fadd contract <8 x float> %".44", %".47"
  %".49" = getelementptr inbounds float, ptr %"Y.sum.rf.1", i64 0
  store <8 x float> %".48", ptr %".49", align 4
  %"k.inner.v.outer.next" = add nsw i64 %"k.inner.v.outer", 1
  br label %"k.inner.v.outer.header"
k.inner.v.outer.exit:
  %".52" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  store float              0x0, ptr %".52", align 4
  %".54" = add i64 0, 8
  br label %"k.inner.v.inner.v.header"
k.inner.v.inner.v.header:
  %"k.inner.v.inner.v" = phi  i64 [0, %"k.inner.v.outer.exit"], [%"k.inner.v.inner.v.next", %"k.inner.v.inner.v.body"]
  %".56" = icmp slt i64 %"k.inner.v.inner.v", %".54"
  br i1 %".56", label %"k.inner.v.inner.v.body", label %"k.inner.v.inner.v.exit"
k.inner.v.inner.v.body:
  %".58" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  %".59" = load float, ptr %".58", align 4
  %".60" = getelementptr inbounds float, ptr %"Y.sum.rf.1", i64 %"k.inner.v.inner.v"
  %".61" = load float, ptr %".60", align 4
  %".62" = fadd contract float %".59", %".61"
  %".63" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  store float %".62", ptr %".63", align 4
  %"k.inner.v.inner.v.next" = add nsw i64 %"k.inner.v.inner.v", 1
  br label %"k.inner.v.inner.v.header"
k.inner.v.inner.v.exit:
  %".66" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  %".67" = load float, ptr %".66", align 4
  %".68" = fmul contract float %".67", 0x3f85555560000000
  %".69" = getelementptr inbounds float, ptr %"Y.mean", i64 0
  store float %".68", ptr %".69", align 4
  %".71" = mul <32 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %".72" = add <32 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".71"
  %".73" = getelementptr inbounds float, ptr %"Y.sqsum.rf", i64 0
  store <32 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".73", align 4
  %".75" = add i64 0, 3
  br label %"k.outer.header.1"
k.outer.header.1:
  %"k.outer.1" = phi  i64 [0, %"k.inner.v.inner.v.exit"], [%"k.outer.next.1", %"k.outer.body.1"]
  %".77" = icmp slt i64 %"k.outer.1", %".75"
  br i1 %".77", label %"k.outer.body.1", label %"k.outer.exit.1"
k.outer.body.1:
  %".79" = mul <32 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %".80" = add <32 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".79"
  %".81" = getelementptr inbounds float, ptr %"Y.sqsum.rf", i64 0
  %".82" = load <32 x float>, ptr %".81", align 4
  %".83" = mul i64 %"i0", 96
  %".84" = mul i64 %"k.outer.1", 32
  %".85" = add i64 %".83", %".84"
  %".86" = getelementptr inbounds float, ptr %"X", i64 %".85"
  %".87" = load <32 x float>, ptr %".86", align 4
  %".88" = getelementptr inbounds float, ptr %"Y.mean", i64 0
  %".89" = load float, ptr %".88", align 4
  %".90" = insertelement <32 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".89", i32 0
  %".91" = shufflevector <32 x float> %".90", <32 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".92" = fsub contract <32 x float> %".87", %".91"
  %".93" = mul i64 %"i0", 96
  %".94" = mul i64 %"k.outer.1", 32
  %".95" = add i64 %".93", %".94"
  %".96" = getelementptr inbounds float, ptr %"X", i64 %".95"
  %".97" = load <32 x float>, ptr %".96", align 4
  %".98" = getelementptr inbounds float, ptr %"Y.mean", i64 0
  %".99" = load float, ptr %".98", align 4
  %".100" = insertelement <32 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".99", i32 0
  %".101" = shufflevector <32 x float> %".100", <32 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".102" = fsub contract <32 x float> %".97", %".101"
  %".103" = fmul contract <32 x float> %".92", %".102"
  %".104" = fadd contract <32 x float> %".82", %".103"
  %".105" = getelementptr inbounds float, ptr %"Y.sqsum.rf", i64 0
  store <32 x float> %".104", ptr %".105", align 4
  %"k.outer.next.1" = add nsw i64 %"k.outer.1", 1
  br label %"k.outer.header.1"
k.outer.exit.1:
  %".108" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".109" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".108"
  %".110" = getelementptr inbounds float, ptr %"Y.sqsum.rf.1", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".110", align 4
  %".112" = add i64 0, 4
  br label %"k.inner.v.outer.header.1"
k.inner.v.outer.header.1:
  %"k.inner.v.outer.1" = phi  i64 [0, %"k.outer.exit.1"], [%"k.inner.v.outer.next.1", %"k.inner.v.outer.body.1"]
  %".114" = icmp slt i64 %"k.inner.v.outer.1", %".112"
  br i1 %".114", label %"k.inner.v.outer.body.1", label %"k.inner.v.outer.exit.1"
k.inner.v.outer.body.1:
  %".116" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".117" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".116"
  %".118" = getelementptr inbounds float, ptr %"Y.sqsum.rf.1", i64 0
  %".119" = load <8 x float>, ptr %".118", align 4
  %".120" = mul i64 %"k.inner.v.outer.1", 8
  %".121" = getelementptr inbounds float, ptr %"Y.sqsum.rf", i64 %".120"
  %".122" = load <8 x float>, ptr %".121", align 4
  %".123" = fadd contract <8 x float> %".119", %".122"
  %".124" = getelementptr inbounds float, ptr %"Y.sqsum.rf.1", i64 0
  store <8 x float> %".123", ptr %".124", align 4
  %"k.inner.v.outer.next.1" = add nsw i64 %"k.inner.v.outer.1", 1
  br label %"k.inner.v.outer.header.1"
k.inner.v.outer.exit.1:
  %".127" = getelementptr inbounds float, ptr %"Y.sqsum", i64 0
  store float              0x0, ptr %".127", align 4
  %".129" = add i64 0, 8
  br label %"k.inner.v.inner.v.header.1"
k.inner.v.inner.v.header.1:
  %"k.inner.v.inner.v.1" = phi  i64 [0, %"k.inner.v.outer.exit.1"], [%"k.inner.v.inner.v.next.1", %"k.inner.v.inner.v.body.1"]
  %".131" = icmp slt i64 %"k.inner.v.inner.v.1", %".129"
  br i1 %".131", label %"k.inner.v.inner.v.body.1", label %"k.inner.v.inner.v.exit.1"
k.inner.v.inner.v.body.1:
  %".133" = getelementptr inbounds float, ptr %"Y.sqsum", i64 0
  %".134" = load float, ptr %".133", align 4
  %".135" = getelementptr inbounds float, ptr %"Y.sqsum.rf.1", i64 %"k.inner.v.inner.v.1"
  %".136" = load float, ptr %".135", align 4
  %".137" = fadd contract float %".134", %".136"
  %".138" = getelementptr inbounds float, ptr %"Y.sqsum", i64 0
  store float %".137", ptr %".138", align 4
  %"k.inner.v.inner.v.next.1" = add nsw i64 %"k.inner.v.inner.v.1", 1
  br label %"k.inner.v.inner.v.header.1"
k.inner.v.inner.v.exit.1:
  %".141" = getelementptr inbounds float, ptr %"Y.sqsum", i64 0
  %".142" = load float, ptr %".141", align 4
  %".143" = fmul contract float %".142", 0x3f85555560000000
  %".144" = fadd contract float %".143", 0x3ee4f8b580000000
  %".145" = call float @"llvm.sqrt.f32"(float %".144")
  %".146" = fdiv contract float 0x3ff0000000000000, %".145"
  %".147" = getelementptr inbounds float, ptr %"Y.rstd", i64 0
  store float %".146", ptr %".147", align 4
  %".149" = add i64 0, 3
  br label %"i1.outer.header"
i1.outer.header:
  %"i1.outer" = phi  i64 [0, %"k.inner.v.inner.v.exit.1"], [%"i1.outer.next", %"i1.outer.body"]
  %".151" = icmp slt i64 %"i1.outer", %".149"
  br i1 %".151", label %"i1.outer.body", label %"i1.outer.exit"
i1.outer.body:
  %".153" = mul i64 %"i0", 96
  %".154" = mul i64 %"i1.outer", 32
  %".155" = add i64 %".153", %".154"
  %".156" = insertelement <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".155", i32 0
  %".157" = shufflevector <32 x i64> %".156", <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".158" = mul <32 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %".159" = add <32 x i64> %".157", %".158"
  %".160" = mul i64 %"i0", 96
  %".161" = mul i64 %"i1.outer", 32
  %".162" = add i64 %".160", %".161"
  %".163" = getelementptr inbounds float, ptr %"X", i64 %".162"
  %".164" = load <32 x float>, ptr %".163", align 4
  %".165" = getelementptr inbounds float, ptr %"Y.mean", i64 0
  %".166" = load float, ptr %".165", align 4
  %".167" = insertelement <32 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".166", i32 0
  %".168" = shufflevector <32 x float> %".167", <32 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".169" = fsub contract <32 x float> %".164", %".168"
  %".170" = getelementptr inbounds float, ptr %"Y.rstd", i64 0
  %".171" = load float, ptr %".170", align 4
  %".172" = insertelement <32 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".171", i32 0
  %".173" = shufflevector <32 x float> %".172", <32 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".174" = fmul contract <32 x float> %".169", %".173"
  %".175" = mul i64 %"i1.outer", 32
  %".176" = getelementptr inbounds float, ptr %"W", i64 %".175"
  %".177" = load <32 x float>, ptr %".176", align 4
  %".178" = fmul contract <32 x float> %".174", %".177"
  %".179" = mul i64 %"i1.outer", 32
  %".180" = getelementptr inbounds float, ptr %"B", i64 %".179"
  %".181" = load <32 x float>, ptr %".180", align 4
  %".182" = fadd contract <32 x float> %".178", %".181"
  %".183" = mul i64 %"i0", 96
  %".184" = mul i64 %"i1.outer", 32
  %".185" = add i64 %".183", %".184"
  %".186" = getelementptr inbounds float, ptr %"Y", i64 %".185"
  store <32 x float> %".182", ptr %".186", align 4
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
