; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"relu") nounwind
{
entry:
  %"pool" = alloca [16 x float], align 64
  %".4" = add i64 0, 2
  br label %"b.header"
b.header:
  %"b" = phi  i64 [0, %"entry"], [%"b.next", %"q.exit"]
  %".6" = icmp slt i64 %"b", %".4"
  br i1 %".6", label %"b.body", label %"b.exit"
b.body:
  %".8" = add i64 0, 4
  br label %"q.header"
b.exit:
  ret void
q.header:
  %"q" = phi  i64 [0, %"b.body"], [%"q.next", %"i.inner.exit"]
  %".10" = icmp slt i64 %"q", %".8"
  br i1 %".10", label %"q.body", label %"q.exit"
q.body:
  %".12" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".13" = add <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".12"
  %".14" = getelementptr inbounds float, ptr %"pool", i64 0
  store <4 x float> <float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000>, ptr %".14", align 4
  %".16" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".17" = add <4 x i64> <i64 4, i64 4, i64 4, i64 4>, %".16"
  %".18" = getelementptr inbounds float, ptr %"pool", i64 4
  store <4 x float> <float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000>, ptr %".18", align 4
  %".20" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".21" = add <4 x i64> <i64 8, i64 8, i64 8, i64 8>, %".20"
  %".22" = getelementptr inbounds float, ptr %"pool", i64 8
  store <4 x float> <float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000>, ptr %".22", align 4
  %".24" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".25" = add <4 x i64> <i64 12, i64 12, i64 12, i64 12>, %".24"
  %".26" = getelementptr inbounds float, ptr %"pool", i64 12
  store <4 x float> <float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000>, ptr %".26", align 4
  %".28" = add i64 0, 2
  br label %"ry.header"
q.exit:
  %"b.next" = add nsw i64 %"b", 1
  br label %"b.header", !llvm.loop !1
ry.header:
  %"ry" = phi  i64 [0, %"q.body"], [%"ry.next", %"rx.exit"]
  %".30" = icmp slt i64 %"ry", %".28"
  br i1 %".30", label %"ry.body", label %"ry.exit"
ry.body:
  %".32" = add i64 0, 2
  br label %"rx.header"
ry.exit:
  %".133" = add i64 0, 4
  br label %"i.inner.header"
rx.header:
  %"rx" = phi  i64 [0, %"ry.body"], [%"rx.next", %"rx.body"]
  %".34" = icmp slt i64 %"rx", %".32"
  br i1 %".34", label %"rx.body", label %"rx.exit"
rx.body:
  %".36" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".37" = add <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".36"
  %".38" = getelementptr inbounds float, ptr %"pool", i64 0
  %".39" = load <4 x float>, ptr %".38", align 4
  %".40" = mul i64 %"ry", 8
  %".41" = add i64 %".40", %"rx"
  %".42" = mul i64 %"b", 256
  %".43" = add i64 %".41", %".42"
  %".44" = mul i64 %"q", 64
  %".45" = add i64 %".43", %".44"
  %".46" = getelementptr inbounds float, ptr %"X", i64 %".45"
  %".47" = load <4 x float>, ptr %".46", align 4
  %".48" = add i64 %".45", 3
  %".49" = getelementptr inbounds float, ptr %"X", i64 %".48"
  %".50" = load <4 x float>, ptr %".49", align 4
  %".51" = shufflevector <4 x float> %".47", <4 x float> %".50", <4 x i32> <i32 0, i32 2, i32 5, i32 7>
  %".52" = fcmp ogt <4 x float> %".39", %".51"
  %".53" = select  <4 x i1> %".52", <4 x float> %".39", <4 x float> %".51"
  %".54" = freeze <4 x float> %".53"
  %".55" = fcmp uno <4 x float> %".39", %".39"
  %".56" = select  <4 x i1> %".55", <4 x float> %".39", <4 x float> %".54"
  %".57" = getelementptr inbounds float, ptr %"pool", i64 0
  store <4 x float> %".56", ptr %".57", align 4
  %".59" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".60" = add <4 x i64> <i64 4, i64 4, i64 4, i64 4>, %".59"
  %".61" = getelementptr inbounds float, ptr %"pool", i64 4
  %".62" = load <4 x float>, ptr %".61", align 4
  %".63" = mul i64 %"ry", 8
  %".64" = add i64 %".63", %"rx"
  %".65" = mul i64 %"b", 256
  %".66" = add i64 %".64", %".65"
  %".67" = mul i64 %"q", 64
  %".68" = add i64 %".66", %".67"
  %".69" = add i64 %".68", 16
  %".70" = getelementptr inbounds float, ptr %"X", i64 %".69"
  %".71" = load <4 x float>, ptr %".70", align 4
  %".72" = add i64 %".69", 3
  %".73" = getelementptr inbounds float, ptr %"X", i64 %".72"
  %".74" = load <4 x float>, ptr %".73", align 4
  %".75" = shufflevector <4 x float> %".71", <4 x float> %".74", <4 x i32> <i32 0, i32 2, i32 5, i32 7>
  %".76" = fcmp ogt <4 x float> %".62", %".75"
  %".77" = select  <4 x i1> %".76", <4 x float> %".62", <4 x float> %".75"
  %".78" = freeze <4 x float> %".77"
  %".79" = fcmp uno <4 x float> %".62", %".62"
  %".80" = select  <4 x i1> %".79", <4 x float> %".62", <4 x float> %".78"
  %".81" = getelementptr inbounds float, ptr %"pool", i64 4
  store <4 x float> %".80", ptr %".81", align 4
  %".83" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".84" = add <4 x i64> <i64 8, i64 8, i64 8, i64 8>, %".83"
  %".85" = getelementptr inbounds float, ptr %"pool", i64 8
  %".86" = load <4 x float>, ptr %".85", align 4
  %".87" = mul i64 %"ry", 8
  %".88" = add i64 %".87", %"rx"
  %".89" = mul i64 %"b", 256
  %".90" = add i64 %".88", %".89"
  %".91" = mul i64 %"q", 64
  %".92" = add i64 %".90", %".91"
  %".93" = add i64 %".92", 32
  %".94" = getelementptr inbounds float, ptr %"X", i64 %".93"
  %".95" = load <4 x float>, ptr %".94", align 4
  %".96" = add i64 %".93", 3
  %".97" = getelementptr inbounds float, ptr %"X", i64 %".96"
  %".98" = load <4 x float>, ptr %".97", align 4
  %".99" = shufflevector <4 x float> %".95", <4 x float> %".98", <4 x i32> <i32 0, i32 2, i32 5, i32 7>
  %".100" = fcmp ogt <4 x float> %".86", %".99"
  %".101" = select  <4 x i1> %".100", <4 x float> %".86", <4 x float> %".99"
  %".102" = freeze <4 x float> %".101"
  %".103" = fcmp uno <4 x float> %".86", %".86"
  %".104" = select  <4 x i1> %".103", <4 x float> %".86", <4 x float> %".102"
  %".105" = getelementptr inbounds float, ptr %"pool", i64 8
  store <4 x float> %".104", ptr %".105", align 4
  %".107" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".108" = add <4 x i64> <i64 12, i64 12, i64 12, i64 12>, %".107"
  %".109" = getelementptr inbounds float, ptr %"pool", i64 12
  %".110" = load <4 x float>, ptr %".109", align 4
  %".111" = mul i64 %"ry", 8
  %".112" = add i64 %".111", %"rx"
  %".113" = mul i64 %"b", 256
  %".114" = add i64 %".112", %".113"
  %".115" = mul i64 %"q", 64
  %".116" = add i64 %".114", %".115"
  %".117" = add i64 %".116", 48
  %".118" = getelementptr inbounds float, ptr %"X", i64 %".117"
  %".119" = load <4 x float>, ptr %".118", align 4
  %".120" = add i64 %".117", 3
  %".121" = getelementptr inbounds float, ptr %"X", i64 %".120"
  %".122" = load <4 x float>, ptr %".121", align 4
  %".123" = shufflevector <4 x float> %".119", <4 x float> %".122", <4 x i32> <i32 0, i32 2, i32 5, i32 7>
  %".124" = fcmp ogt <4 x float> %".110", %".123"
  %".125" = select  <4 x i1> %".124", <4 x float> %".110", <4 x float> %".123"
  %".126" = freeze <4 x float> %".125"
  %".127" = fcmp uno <4 x float> %".110", %".110"
  %".128" = select  <4 x i1> %".127", <4 x float> %".110", <4 x float> %".126"
  %".129" = getelementptr inbounds float, ptr %"pool", i64 12
  store <4 x float> %".128", ptr %".129", align 4
  %"rx.next" = add nsw i64 %"rx", 1
  br label %"rx.header", !llvm.loop !4
rx.exit:
  %"ry.next" = add nsw i64 %"ry", 1
  br label %"ry.header", !llvm.loop !3
i.inner.header:
  %"i.inner" = phi  i64 [0, %"ry.exit"], [%"i.inner.next", %"i.inner.body"]
  %".135" = icmp slt i64 %"i.inner", %".133"
  br i1 %".135", label %"i.inner.body", label %"i.inner.exit"
i.inner.body:
  %".137" = mul i64 %"b", 64
  %".138" = mul i64 %"q", 16
  %".139" = add i64 %".137", %".138"
  %".140" = mul i64 %"i.inner", 4
  %".141" = add i64 %".139", %".140"
  %".142" = insertelement <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".141", i32 0
  %".143" = shufflevector <4 x i64> %".142", <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".144" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".145" = add <4 x i64> %".143", %".144"
  %".146" = mul i64 %"i.inner", 4
  %".147" = getelementptr inbounds float, ptr %"pool", i64 %".146"
  %".148" = load <4 x float>, ptr %".147", align 4
  %".149" = fcmp ogt <4 x float> %".148", <float              0x0, float              0x0, float              0x0, float              0x0>
  %".150" = select  <4 x i1> %".149", <4 x float> %".148", <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>
  %".151" = freeze <4 x float> %".150"
  %".152" = fcmp uno <4 x float> %".148", %".148"
  %".153" = select  <4 x i1> %".152", <4 x float> %".148", <4 x float> %".151"
  %".154" = mul i64 %"b", 64
  %".155" = mul i64 %"q", 16
  %".156" = add i64 %".154", %".155"
  %".157" = mul i64 %"i.inner", 4
  %".158" = add i64 %".156", %".157"
  %".159" = getelementptr inbounds float, ptr %"relu", i64 %".158"
  store <4 x float> %".153", ptr %".159", align 4
  %"i.inner.next" = add nsw i64 %"i.inner", 1
  br label %"i.inner.header"
i.inner.exit:
  %"q.next" = add nsw i64 %"q", 1
  br label %"q.header", !llvm.loop !2
}

!0 = !{ !"llvm.loop.unroll.disable" }
!1 = distinct !{ !1, !0 }
!2 = distinct !{ !2, !0 }
!3 = distinct !{ !3, !0 }
!4 = distinct !{ !4, !0 }
