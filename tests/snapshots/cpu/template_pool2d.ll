; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"pool") nounwind
{
entry:
  %"closure0" = alloca {ptr, ptr, i64}
  %".4" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"X", ptr %".4"
  %".6" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %"pool", ptr %".6"
  %".8" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store i64 0, ptr %".8"
  %".10" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 4, i32 %".10")
  ret void
}

define internal void @"tcomp_main.par0.body"(ptr noalias %"X", ptr noalias %"pool", i64 %".3", i64 %".4", i64 %".5") nounwind
{
entry:
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".4", %"entry"], [%"it.next", %"y.exit"]
  %".8" = icmp slt i64 %"it", %".5"
  br i1 %".8", label %"it.body", label %"it.exit"
it.body:
  %"a.b.fused" = add i64 %".3", %"it"
  %".10" = add i64 0, 8
  br label %"y.header"
it.exit:
  ret void
y.header:
  %"y" = phi  i64 [0, %"it.body"], [%"y.next", %"y.body"]
  %".12" = icmp slt i64 %"y", %".10"
  br i1 %".12", label %"y.body", label %"y.exit"
y.body:
  %".14" = mul i64 %"y", 8
  %".15" = mul i64 %"a.b.fused", 64
  %".16" = add i64 %".14", %".15"
  %".17" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".16", i32 0
  %".18" = shufflevector <8 x i64> %".17", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".19" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".20" = add <8 x i64> %".18", %".19"
  %".21" = mul i64 %"y", 8
  %".22" = mul i64 %"a.b.fused", 64
  %".23" = add i64 %".21", %".22"
  %".24" = getelementptr inbounds float, ptr %"pool", i64 %".23"
  store <8 x float> <float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000>, ptr %".24", align 4
  %".26" = mul i64 %"y", 8
  %".27" = mul i64 %"a.b.fused", 64
  %".28" = add i64 %".26", %".27"
  %".29" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".28", i32 0
  %".30" = shufflevector <8 x i64> %".29", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".31" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".32" = add <8 x i64> %".30", %".31"
  %".33" = mul i64 %"y", 8
  %".34" = mul i64 %"a.b.fused", 64
  %".35" = add i64 %".33", %".34"
  %".36" = getelementptr inbounds float, ptr %"pool", i64 %".35"
  %".37" = load <8 x float>, ptr %".36", align 4
  %".38" = mul i64 %"y", 32
  %".39" = mul i64 %"a.b.fused", 256
  %".40" = add i64 %".38", %".39"
  %".41" = getelementptr inbounds float, ptr %"X", i64 %".40"
  %".42" = load <8 x float>, ptr %".41", align 4
  %".43" = add i64 %".40", 7
  %".44" = getelementptr inbounds float, ptr %"X", i64 %".43"
  %".45" = load <8 x float>, ptr %".44", align 4
  %".46" = shufflevector <8 x float> %".42", <8 x float> %".45", <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 9, i32 11, i32 13, i32 15>
  %".47" = fcmp ogt <8 x float> %".37", %".46"
  %".48" = select  <8 x i1> %".47", <8 x float> %".37", <8 x float> %".46"
  %".49" = freeze <8 x float> %".48"
  %".50" = fcmp uno <8 x float> %".37", %".37"
  %".51" = select  <8 x i1> %".50", <8 x float> %".37", <8 x float> %".49"
  %".52" = mul i64 %"y", 8
  %".53" = mul i64 %"a.b.fused", 64
  %".54" = add i64 %".52", %".53"
  %".55" = getelementptr inbounds float, ptr %"pool", i64 %".54"
  store <8 x float> %".51", ptr %".55", align 4
  %".57" = mul i64 %"y", 8
  %".58" = mul i64 %"a.b.fused", 64
  %".59" = add i64 %".57", %".58"
  %".60" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".59", i32 0
  %".61" = shufflevector <8 x i64> %".60", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".62" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".63" = add <8 x i64> %".61", %".62"
  %".64" = mul i64 %"y", 8
  %".65" = mul i64 %"a.b.fused", 64
  %".66" = add i64 %".64", %".65"
  %".67" = getelementptr inbounds float, ptr %"pool", i64 %".66"
  %".68" = load <8 x float>, ptr %".67", align 4
  %".69" = mul i64 %"y", 32
  %".70" = mul i64 %"a.b.fused", 256
  %".71" = add i64 %".69", %".70"
  %".72" = add i64 %".71", 1
  %".73" = getelementptr inbounds float, ptr %"X", i64 %".72"
  %".74" = load <8 x float>, ptr %".73", align 4
  %".75" = add i64 %".72", 7
  %".76" = getelementptr inbounds float, ptr %"X", i64 %".75"
  %".77" = load <8 x float>, ptr %".76", align 4
  %".78" = shufflevector <8 x float> %".74", <8 x float> %".77", <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 9, i32 11, i32 13, i32 15>
  %".79" = fcmp ogt <8 x float> %".68", %".78"
  %".80" = select  <8 x i1> %".79", <8 x float> %".68", <8 x float> %".78"
  %".81" = freeze <8 x float> %".80"
  %".82" = fcmp uno <8 x float> %".68", %".68"
  %".83" = select  <8 x i1> %".82", <8 x float> %".68", <8 x float> %".81"
  %".84" = mul i64 %"y", 8
  %".85" = mul i64 %"a.b.fused", 64
  %".86" = add i64 %".84", %".85"
  %".87" = getelementptr inbounds float, ptr %"pool", i64 %".86"
  store <8 x float> %".83", ptr %".87", align 4
  %".89" = mul i64 %"y", 8
  %".90" = mul i64 %"a.b.fused", 64
  %".91" = add i64 %".89", %".90"
  %".92" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".91", i32 0
  %".93" = shufflevector <8 x i64> %".92", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".94" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".95" = add <8 x i64> %".93", %".94"
  %".96" = mul i64 %"y", 8
  %".97" = mul i64 %"a.b.fused", 64
  %".98" = add i64 %".96", %".97"
  %".99" = getelementptr inbounds float, ptr %"pool", i64 %".98"
  %".100" = load <8 x float>, ptr %".99", align 4
  %".101" = mul i64 %"y", 32
  %".102" = mul i64 %"a.b.fused", 256
  %".103" = add i64 %".101", %".102"
  %".104" = add i64 %".103", 16
  %".105" = getelementptr inbounds float, ptr %"X", i64 %".104"
  %".106" = load <8 x float>, ptr %".105", align 4
  %".107" = add i64 %".104", 7
  %".108" = getelementptr inbounds float, ptr %"X", i64 %".107"
  %".109" = load <8 x float>, ptr %".108", align 4
  %".110" = shufflevector <8 x float> %".106", <8 x float> %".109", <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 9, i32 11, i32 13, i32 15>
  %".111" = fcmp ogt <8 x float> %".100", %".110"
  %".112" = select  <8 x i1> %".111", <8 x float> %".100", <8 x float> %".110"
  %".113" = freeze <8 x float> %".112"
  %".114" = fcmp uno <8 x float> %".100", %".100"
  %".115" = select  <8 x i1> %".114", <8 x float> %".100", <8 x float> %".113"
  %".116" = mul i64 %"y", 8
  %".117" = mul i64 %"a.b.fused", 64
  %".118" = add i64 %".116", %".117"
  %".119" = getelementptr inbounds float, ptr %"pool", i64 %".118"
  store <8 x float> %".115", ptr %".119", align 4
  %".121" = mul i64 %"y", 8
  %".122" = mul i64 %"a.b.fused", 64
  %".123" = add i64 %".121", %".122"
  %".124" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".123", i32 0
  %".125" = shufflevector <8 x i64> %".124", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".126" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".127" = add <8 x i64> %".125", %".126"
  %".128" = mul i64 %"y", 8
  %".129" = mul i64 %"a.b.fused", 64
  %".130" = add i64 %".128", %".129"
  %".131" = getelementptr inbounds float, ptr %"pool", i64 %".130"
  %".132" = load <8 x float>, ptr %".131", align 4
  %".133" = mul i64 %"y", 32
  %".134" = mul i64 %"a.b.fused", 256
  %".135" = add i64 %".133", %".134"
  %".136" = add i64 %".135", 17
  %".137" = getelementptr inbounds float, ptr %"X", i64 %".136"
  %".138" = load <8 x float>, ptr %".137", align 4
  %".139" = add i64 %".136", 7
  %".140" = getelementptr inbounds float, ptr %"X", i64 %".139"
  %".141" = load <8 x float>, ptr %".140", align 4
  %".142" = shufflevector <8 x float> %".138", <8 x float> %".141", <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 9, i32 11, i32 13, i32 15>
  %".143" = fcmp ogt <8 x float> %".132", %".142"
  %".144" = select  <8 x i1> %".143", <8 x float> %".132", <8 x float> %".142"
  %".145" = freeze <8 x float> %".144"
  %".146" = fcmp uno <8 x float> %".132", %".132"
  %".147" = select  <8 x i1> %".146", <8 x float> %".132", <8 x float> %".145"
  %".148" = mul i64 %"y", 8
  %".149" = mul i64 %"a.b.fused", 64
  %".150" = add i64 %".148", %".149"
  %".151" = getelementptr inbounds float, ptr %"pool", i64 %".150"
  store <8 x float> %".147", ptr %".151", align 4
  %"y.next" = add nsw i64 %"y", 1
  br label %"y.header", !llvm.loop !1
y.exit:
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
}

define internal void @"tcomp_main.par0"(ptr %".1", i64 %".2", i64 %".3") nounwind
{
entry:
  %".5" = getelementptr inbounds {ptr, ptr, i64}, ptr %".1", i32 0, i32 0
  %".6" = load ptr, ptr %".5"
  %".7" = getelementptr inbounds {ptr, ptr, i64}, ptr %".1", i32 0, i32 1
  %".8" = load ptr, ptr %".7"
  %".9" = getelementptr inbounds {ptr, ptr, i64}, ptr %".1", i32 0, i32 2
  %".10" = load i64, ptr %".9"
  call void @"tcomp_main.par0.body"(ptr %".6", ptr %".8", i64 %".10", i64 %".2", i64 %".3")
  ret void
}

@"tcomp_num_threads" = weak global i32 1
declare void @"tcomp_rt_parallel_for"(ptr %".1", ptr %".2", i64 %".3", i32 %".4")

!0 = !{ !"llvm.loop.unroll.disable" }
!1 = distinct !{ !1, !0 }
