; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"W", ptr noalias %"conv") nounwind
{
entry:
  %"conv.local" = alloca [24 x float], align 64
  %".5" = add i64 0, 6
  br label %"y.header"
y.header:
  %"y" = phi  i64 [0, %"entry"], [%"y.next", %"f.inner.exit"]
  %".7" = icmp slt i64 %"y", %".5"
  br i1 %".7", label %"y.body", label %"y.exit"
y.body:
  %".9" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".10" = add <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".9"
  %".11" = getelementptr inbounds float, ptr %"conv.local", i64 0
  store <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".11", align 4
  %".13" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".14" = add <2 x i64> <i64 4, i64 4>, %".13"
  %".15" = getelementptr inbounds float, ptr %"conv.local", i64 4
  store <2 x float> <float              0x0, float              0x0>, ptr %".15", align 4
  %".17" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".18" = add <4 x i64> <i64 6, i64 6, i64 6, i64 6>, %".17"
  %".19" = getelementptr inbounds float, ptr %"conv.local", i64 6
  store <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".19", align 4
  %".21" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".22" = add <2 x i64> <i64 10, i64 10>, %".21"
  %".23" = getelementptr inbounds float, ptr %"conv.local", i64 10
  store <2 x float> <float              0x0, float              0x0>, ptr %".23", align 4
  %".25" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".26" = add <4 x i64> <i64 12, i64 12, i64 12, i64 12>, %".25"
  %".27" = getelementptr inbounds float, ptr %"conv.local", i64 12
  store <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".27", align 4
  %".29" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".30" = add <2 x i64> <i64 16, i64 16>, %".29"
  %".31" = getelementptr inbounds float, ptr %"conv.local", i64 16
  store <2 x float> <float              0x0, float              0x0>, ptr %".31", align 4
  %".33" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".34" = add <4 x i64> <i64 18, i64 18, i64 18, i64 18>, %".33"
  %".35" = getelementptr inbounds float, ptr %"conv.local", i64 18
  store <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".35", align 4
  %".37" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".38" = add <2 x i64> <i64 22, i64 22>, %".37"
  %".39" = getelementptr inbounds float, ptr %"conv.local", i64 22
  store <2 x float> <float              0x0, float              0x0>, ptr %".39", align 4
  %".41" = add i64 0, 2
  br label %"rc.header"
y.exit:
  ret void
rc.header:
  %"rc" = phi  i64 [0, %"y.body"], [%"rc.next", %"ry.exit"]
  %".43" = icmp slt i64 %"rc", %".41"
  br i1 %".43", label %"rc.body", label %"rc.exit"
rc.body:
  %".45" = add i64 0, 3
  br label %"ry.header"
rc.exit:
  %".570" = add i64 0, 4
  br label %"f.inner.header"
ry.header:
  %"ry" = phi  i64 [0, %"rc.body"], [%"ry.next", %"rx.exit"]
  %".47" = icmp slt i64 %"ry", %".45"
  br i1 %".47", label %"ry.body", label %"ry.exit"
ry.body:
  %".49" = add i64 0, 3
  br label %"rx.header"
ry.exit:
  %"rc.next" = add nsw i64 %"rc", 1
  br label %"rc.header"
rx.header:
  %"rx" = phi  i64 [0, %"ry.body"], [%"rx.next", %"rx.body.endif.endif.endif.endif.endif.endif.endif.endif"]
  %".51" = icmp slt i64 %"rx", %".49"
  br i1 %".51", label %"rx.body", label %"rx.exit"
rx.body:
  %".53" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".54" = add <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".53"
  %".55" = getelementptr inbounds float, ptr %"conv.local", i64 0
  %".56" = load <4 x float>, ptr %".55", align 4
  %".57" = add i64 %"ry", %"y"
  %".58" = icmp slt i64 0, %".57"
  %".59" = add i64 %"ry", %"y"
  %".60" = icmp slt i64 %".59", 7
  %".61" = and i1 %".58", %".60"
  %".62" = insertelement <4 x i1> <i1 undef, i1 undef, i1 undef, i1 undef>, i1 %".61", i32 0
  %".63" = shufflevector <4 x i1> %".62", <4 x i1> <i1 undef, i1 undef, i1 undef, i1 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".64" = insertelement <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".65" = shufflevector <4 x i64> %".64", <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".66" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".67" = add <4 x i64> %".65", %".66"
  %".68" = icmp slt <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".67"
  %".69" = and <4 x i1> %".63", %".68"
  %".70" = xor <4 x i1> %".69", <i1 -1, i1 -1, i1 -1, i1 -1>
  %".71" = mul i64 %"rc", 36
  %".72" = mul i64 %"ry", 6
  %".73" = add i64 %".71", %".72"
  %".74" = add i64 %".73", %"rx"
  %".75" = mul i64 %"y", 6
  %".76" = add i64 %".74", %".75"
  %".77" = sub i64 %".76", 7
  %".78" = getelementptr inbounds float, ptr %"X", i64 %".77"
  %".79" = mul i64 %"rc", 36
  %".80" = mul i64 %"ry", 6
  %".81" = add i64 %".79", %".80"
  %".82" = add i64 %".81", %"rx"
  %".83" = mul i64 %"y", 6
  %".84" = add i64 %".82", %".83"
  %".85" = sub i64 %".84", 7
  %".86" = insertelement <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".85", i32 0
  %".87" = shufflevector <4 x i64> %".86", <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".88" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".89" = add <4 x i64> %".87", %".88"
  %".90" = icmp ult <4 x i64> %".89", <i64 72, i64 72, i64 72, i64 72>
  %".91" = xor <4 x i1> %".90", <i1 -1, i1 -1, i1 -1, i1 -1>
  %".92" = and <4 x i1> %".69", %".91"
  %".93" = call i1 @"llvm.vector.reduce.or.v4i1"(<4 x i1> %".92")
  br i1 %".93", label %"rx.body.if", label %"rx.body.endif", !prof !0
rx.exit:
  %"ry.next" = add nsw i64 %"ry", 1
  br label %"ry.header"
rx.body.if:
  %".95" = bitcast <4 x i1> %".92" to i4
  %".96" = call i4 @"llvm.cttz.i4"(i4 %".95", i1 1)
  %".97" = zext i4 %".96" to i32
  %".98" = extractelement <4 x i64> %".89", i32 %".97"
  call void @"tcomp_main.oob_report"(i64 1, i64 %".98", i64 72)
  br label %"rx.body.endif"
rx.body.endif:
  %".101" = and <4 x i1> %".69", %".90"
  %".102" = call <4 x float> @"llvm.masked.load.v4f32.p0"(ptr align 4 %".78", <4 x i1> %".101", <4 x float> <float 0.0, float 0.0, float 0.0, float 0.0>)
  %".103" = select  <4 x i1> %".69", <4 x float> %".102", <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>
  %".104" = mul i64 %"rc", 9
  %".105" = mul i64 %"ry", 3
  %".106" = add i64 %".104", %".105"
  %".107" = add i64 %".106", %"rx"
  %".108" = getelementptr inbounds float, ptr %"W", i64 %".107"
  %".109" = load float, ptr %".108", align 4
  %".110" = insertelement <4 x float> <float undef, float undef, float undef, float undef>, float %".109", i32 0
  %".111" = shufflevector <4 x float> %".110", <4 x float> <float undef, float undef, float undef, float undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".112" = fmul contract <4 x float> %".103", %".111"
  %".113" = fadd contract <4 x float> %".56", %".112"
  %".114" = getelementptr inbounds float, ptr %"conv.local", i64 0
  store <4 x float> %".113", ptr %".114", align 4
  %".116" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".117" = add <2 x i64> <i64 4, i64 4>, %".116"
  %".118" = getelementptr inbounds float, ptr %"conv.local", i64 4
  %".119" = load <2 x float>, ptr %".118", align 4
  %".120" = add i64 %"ry", %"y"
  %".121" = icmp slt i64 0, %".120"
  %".122" = add i64 %"ry", %"y"
  %".123" = icmp slt i64 %".122", 7
  %".124" = and i1 %".121", %".123"
  %".125" = insertelement <2 x i1> <i1 undef, i1 undef>, i1 %".124", i32 0
  %".126" = shufflevector <2 x i1> %".125", <2 x i1> <i1 undef, i1 undef>, <2 x i32> <i32 0, i32 0>
  %".127" = add i64 %"rx", 4
  %".128" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".127", i32 0
  %".129" = shufflevector <2 x i64> %".128", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".130" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".131" = add <2 x i64> %".129", %".130"
  %".132" = icmp slt <2 x i64> %".131", <i64 7, i64 7>
  %".133" = and <2 x i1> %".126", %".132"
  %".134" = xor <2 x i1> %".133", <i1 -1, i1 -1>
  %".135" = mul i64 %"rc", 36
  %".136" = mul i64 %"ry", 6
  %".137" = add i64 %".135", %".136"
  %".138" = add i64 %".137", %"rx"
  %".139" = mul i64 %"y", 6
  %".140" = add i64 %".138", %".139"
  %".141" = sub i64 %".140", 3
  %".142" = getelementptr inbounds float, ptr %"X", i64 %".141"
  %".143" = mul i64 %"rc", 36
  %".144" = mul i64 %"ry", 6
  %".145" = add i64 %".143", %".144"
  %".146" = add i64 %".145", %"rx"
  %".147" = mul i64 %"y", 6
  %".148" = add i64 %".146", %".147"
  %".149" = sub i64 %".148", 3
  %".150" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".149", i32 0
  %".151" = shufflevector <2 x i64> %".150", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".152" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".153" = add <2 x i64> %".151", %".152"
  %".154" = icmp ult <2 x i64> %".153", <i64 72, i64 72>
  %".155" = xor <2 x i1> %".154", <i1 -1, i1 -1>
  %".156" = and <2 x i1> %".133", %".155"
  %".157" = call i1 @"llvm.vector.reduce.or.v2i1"(<2 x i1> %".156")
  br i1 %".157", label %"rx.body.endif.if", label %"rx.body.endif.endif", !prof !0
rx.body.endif.if:
  %".159" = bitcast <2 x i1> %".156" to i2
  %".160" = call i2 @"llvm.cttz.i2"(i2 %".159", i1 1)
  %".161" = zext i2 %".160" to i32
  %".162" = extractelement <2 x i64> %".153", i32 %".161"
  call void @"tcomp_main.oob_report"(i64 1, i64 %".162", i64 72)
  br label %"rx.body.endif.endif"
rx.body.endif.endif:
  %".165" = and <2 x i1> %".133", %".154"
  %".166" = call <2 x float> @"llvm.masked.load.v2f32.p0"(ptr align 4 %".142", <2 x i1> %".165", <2 x float> <float 0.0, float 0.0>)
  %".167" = select  <2 x i1> %".133", <2 x float> %".166", <2 x float> <float              0x0, float              0x0>
  %".168" = mul i64 %"rc", 9
  %".169" = mul i64 %"ry", 3
  %".170" = add i64 %".168", %".169"
  %".171" = add i64 %".170", %"rx"
  %".172" = getelementptr inbounds float, ptr %"W", i64 %".171"
  %".173" = load float, ptr %".172", align 4
  %".174" = insertelement <2 x float> <float undef, float undef>, float %".173", i32 0
  %".175" = shufflevector <2 x float> %".174", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".176" = fmul contract <2 x float> %".167", %".175"
  %".177" = fadd contract <2 x float> %".119", %".176"
  %".178" = getelementptr inbounds float, ptr %"conv.local", i64 4
  store <2 x float> %".177", ptr %".178", align 4
  %".180" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".181" = add <4 x i64> <i64 6, i64 6, i64 6, i64 6>, %".180"
  %".182" = getelementptr inbounds float, ptr %"conv.local", i64 6
  %".183" = load <4 x float>, ptr %".182", align 4
  %".184" = add i64 %"ry", %"y"
  %".185" = icmp slt i64 0, %".184"
  %".186" = add i64 %"ry", %"y"
  %".187" = icmp slt i64 %".186", 7
  %".188" = and i1 %".185", %".187"
  %".189" = insertelement <4 x i1> <i1 undef, i1 undef, i1 undef, i1 undef>, i1 %".188", i32 0
  %".190" = shufflevector <4 x i1> %".189", <4 x i1> <i1 undef, i1 undef, i1 undef, i1 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".191" = insertelement <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".192" = shufflevector <4 x i64> %".191", <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".193" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".194" = add <4 x i64> %".192", %".193"
  %".195" = icmp slt <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".194"
  %".196" = and <4 x i1> %".190", %".195"
  %".197" = xor <4 x i1> %".196", <i1 -1, i1 -1, i1 -1, i1 -1>
  %".198" = mul i64 %"rc", 36
  %".199" = mul i64 %"ry", 6
  %".200" = add i64 %".198", %".199"
  %".201" = add i64 %".200", %"rx"
  %".202" = mul i64 %"y", 6
  %".203" = add i64 %".201", %".202"
  %".204" = sub i64 %".203", 7
  %".205" = getelementptr inbounds float, ptr %"X", i64 %".204"
  %".206" = mul i64 %"rc", 36
  %".207" = mul i64 %"ry", 6
  %".208" = add i64 %".206", %".207"
  %".209" = add i64 %".208", %"rx"
  %".210" = mul i64 %"y", 6
  %".211" = add i64 %".209", %".210"
  %".212" = sub i64 %".211", 7
  %".213" = insertelement <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".212", i32 0
  %".214" = shufflevector <4 x i64> %".213", <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".215" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".216" = add <4 x i64> %".214", %".215"
  %".217" = icmp ult <4 x i64> %".216", <i64 72, i64 72, i64 72, i64 72>
  %".218" = xor <4 x i1> %".217", <i1 -1, i1 -1, i1 -1, i1 -1>
  %".219" = and <4 x i1> %".196", %".218"
  %".220" = call i1 @"llvm.vector.reduce.or.v4i1"(<4 x i1> %".219")
  br i1 %".220", label %"rx.body.endif.endif.if", label %"rx.body.endif.endif.endif", !prof !0
rx.body.endif.endif.if:
  %".222" = bitcast <4 x i1> %".219" to i4
  %".223" = call i4 @"llvm.cttz.i4"(i4 %".222", i1 1)
  %".224" = zext i4 %".223" to i32
  %".225" = extractelement <4 x i64> %".216", i32 %".224"
  call void @"tcomp_main.oob_report"(i64 1, i64 %".225", i64 72)
  br label %"rx.body.endif.endif.endif"
rx.body.endif.endif.endif:
  %".228" = and <4 x i1> %".196", %".217"
  %".229" = call <4 x float> @"llvm.masked.load.v4f32.p0"(ptr align 4 %".205", <4 x i1> %".228", <4 x float> <float 0.0, float 0.0, float 0.0, float 0.0>)
  %".230" = select  <4 x i1> %".196", <4 x float> %".229", <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>
  %".231" = mul i64 %"rc", 9
  %".232" = mul i64 %"ry", 3
  %".233" = add i64 %".231", %".232"
  %".234" = add i64 %".233", %"rx"
  %".235" = add i64 %".234", 18
  %".236" = getelementptr inbounds float, ptr %"W", i64 %".235"
  %".237" = load float, ptr %".236", align 4
  %".238" = insertelement <4 x float> <float undef, float undef, float undef, float undef>, float %".237", i32 0
  %".239" = shufflevector <4 x float> %".238", <4 x float> <float undef, float undef, float undef, float undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".240" = fmul contract <4 x float> %".230", %".239"
  %".241" = fadd contract <4 x float> %".183", %".240"
  %".242" = getelementptr inbounds float, ptr %"conv.local", i64 6
  store <4 x float> %".241", ptr %".242", align 4
  %".244" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".245" = add <2 x i64> <i64 10, i64 10>, %".244"
  %".246" = getelementptr inbounds float, ptr %"conv.local", i64 10
  %".247" = load <2 x float>, ptr %".246", align 4
  %".248" = add i64 %"ry", %"y"
  %".249" = icmp slt i64 0, %".248"
  %".250" = add i64 %"ry", %"y"
  %".251" = icmp slt i64 %".250", 7
  %".252" = and i1 %".249", %".251"
  %".253" = insertelement <2 x i1> <i1 undef, i1 undef>, i1 %".252", i32 0
  %".254" = shufflevector <2 x i1> %".253", <2 x i1> <i1 undef, i1 undef>, <2 x i32> <i32 0, i32 0>
  %".255" = add i64 %"rx", 4
  %".256" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".255", i32 0
  %".257" = shufflevector <2 x i64> %".256", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".258" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".259" = add <2 x i64> %".257", %".258"
  %".260" = icmp slt <2 x i64> %".259", <i64 7, i64 7>
  %".261" = and <2 x i1> %".254", %".260"
  %".262" = xor <2 x i1> %".261", <i1 -1, i1 -1>
  %".263" = mul i64 %"rc", 36
  %".264" = mul i64 %"ry", 6
  %".265" = add i64 %".263", %".264"
  %".266" = add i64 %".265", %"rx"
  %".267" = mul i64 %"y", 6
  %".268" = add i64 %".266", %".267"
  %".269" = sub i64 %".268", 3
  %".270" = getelementptr inbounds float, ptr %"X", i64 %".269"
  %".271" = mul i64 %"rc", 36
  %".272" = mul i64 %"ry", 6
  %".273" = add i64 %".271", %".272"
  %".274" = add i64 %".273", %"rx"
  %".275" = mul i64 %"y", 6
  %".276" = add i64 %".274", %".275"
  %".277" = sub i64 %".276", 3
  %".278" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".277", i32 0
  %".279" = shufflevector <2 x i64> %".278", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".280" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".281" = add <2 x i64> %".279", %".280"
  %".282" = icmp ult <2 x i64> %".281", <i64 72, i64 72>
  %".283" = xor <2 x i1> %".282", <i1 -1, i1 -1>
  %".284" = and <2 x i1> %".261", %".283"
  %".285" = call i1 @"llvm.vector.reduce.or.v2i1"(<2 x i1> %".284")
  br i1 %".285", label %"rx.body.endif.endif.endif.if", label %"rx.body.endif.endif.endif.endif", !prof !0
rx.body.endif.endif.endif.if:
  %".287" = bitcast <2 x i1> %".284" to i2
  %".288" = call i2 @"llvm.cttz.i2"(i2 %".287", i1 1)
  %".289" = zext i2 %".288" to i32
  %".290" = extractelement <2 x i64> %".281", i32 %".289"
  call void @"tcomp_main.oob_report"(i64 1, i64 %".290", i64 72)
  br label %"rx.body.endif.endif.endif.endif"
rx.body.endif.endif.endif.endif:
  %".293" = and <2 x i1> %".261", %".282"
  %".294" = call <2 x float> @"llvm.masked.load.v2f32.p0"(ptr align 4 %".270", <2 x i1> %".293", <2 x float> <float 0.0, float 0.0>)
  %".295" = select  <2 x i1> %".261", <2 x float> %".294", <2 x float> <float              0x0, float              0x0>
  %".296" = mul i64 %"rc", 9
  %".297" = mul i64 %"ry", 3
  %".298" = add i64 %".296", %".297"
  %".299" = add i64 %".298", %"rx"
  %".300" = add i64 %".299", 18
  %".301" = getelementptr inbounds float, ptr %"W", i64 %".300"
  %".302" = load float, ptr %".301", align 4
  %".303" = insertelement <2 x float> <float undef, float undef>, float %".302", i32 0
  %".304" = shufflevector <2 x float> %".303", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".305" = fmul contract <2 x float> %".295", %".304"
  %".306" = fadd contract <2 x float> %".247", %".305"
  %".307" = getelementptr inbounds float, ptr %"conv.local", i64 10
  store <2 x float> %".306", ptr %".307", align 4
  %".309" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".310" = add <4 x i64> <i64 12, i64 12, i64 12, i64 12>, %".309"
  %".311" = getelementptr inbounds float, ptr %"conv.local", i64 12
  %".312" = load <4 x float>, ptr %".311", align 4
  %".313" = add i64 %"ry", %"y"
  %".314" = icmp slt i64 0, %".313"
  %".315" = add i64 %"ry", %"y"
  %".316" = icmp slt i64 %".315", 7
  %".317" = and i1 %".314", %".316"
  %".318" = insertelement <4 x i1> <i1 undef, i1 undef, i1 undef, i1 undef>, i1 %".317", i32 0
  %".319" = shufflevector <4 x i1> %".318", <4 x i1> <i1 undef, i1 undef, i1 undef, i1 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".320" = insertelement <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".321" = shufflevector <4 x i64> %".320", <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".322" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".323" = add <4 x i64> %".321", %".322"
  %".324" = icmp slt <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".323"
  %".325" = and <4 x i1> %".319", %".324"
  %".326" = xor <4 x i1> %".325", <i1 -1, i1 -1, i1 -1, i1 -1>
  %".327" = mul i64 %"rc", 36
  %".328" = mul i64 %"ry", 6
  %".329" = add i64 %".327", %".328"
  %".330" = add i64 %".329", %"rx"
  %".331" = mul i64 %"y", 6
  %".332" = add i64 %".330", %".331"
  %".333" = sub i64 %".332", 7
  %".334" = getelementptr inbounds float, ptr %"X", i64 %".333"
  %".335" = mul i64 %"rc", 36
  %".336" = mul i64 %"ry", 6
  %".337" = add i64 %".335", %".336"
  %".338" = add i64 %".337", %"rx"
  %".339" = mul i64 %"y", 6
  %".340" = add i64 %".338", %".339"
  %".341" = sub i64 %".340", 7
  %".342" = insertelement <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".341", i32 0
  %".343" = shufflevector <4 x i64> %".342", <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".344" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".345" = add <4 x i64> %".343", %".344"
  %".346" = icmp ult <4 x i64> %".345", <i64 72, i64 72, i64 72, i64 72>
  %".347" = xor <4 x i1> %".346", <i1 -1, i1 -1, i1 -1, i1 -1>
  %".348" = and <4 x i1> %".325", %".347"
  %".349" = call i1 @"llvm.vector.reduce.or.v4i1"(<4 x i1> %".348")
  br i1 %".349", label %"rx.body.endif.endif.endif.endif.if", label %"rx.body.endif.endif.endif.endif.endif", !prof !0
rx.body.endif.endif.endif.endif.if:
  %".351" = bitcast <4 x i1> %".348" to i4
  %".352" = call i4 @"llvm.cttz.i4"(i4 %".351", i1 1)
  %".353" = zext i4 %".352" to i32
  %".354" = extractelement <4 x i64> %".345", i32 %".353"
  call void @"tcomp_main.oob_report"(i64 1, i64 %".354", i64 72)
  br label %"rx.body.endif.endif.endif.endif.endif"
rx.body.endif.endif.endif.endif.endif:
  %".357" = and <4 x i1> %".325", %".346"
  %".358" = call <4 x float> @"llvm.masked.load.v4f32.p0"(ptr align 4 %".334", <4 x i1> %".357", <4 x float> <float 0.0, float 0.0, float 0.0, float 0.0>)
  %".359" = select  <4 x i1> %".325", <4 x float> %".358", <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>
  %".360" = mul i64 %"rc", 9
  %".361" = mul i64 %"ry", 3
  %".362" = add i64 %".360", %".361"
  %".363" = add i64 %".362", %"rx"
  %".364" = add i64 %".363", 36
  %".365" = getelementptr inbounds float, ptr %"W", i64 %".364"
  %".366" = load float, ptr %".365", align 4
  %".367" = insertelement <4 x float> <float undef, float undef, float undef, float undef>, float %".366", i32 0
  %".368" = shufflevector <4 x float> %".367", <4 x float> <float undef, float undef, float undef, float undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".369" = fmul contract <4 x float> %".359", %".368"
  %".370" = fadd contract <4 x float> %".312", %".369"
  %".371" = getelementptr inbounds float, ptr %"conv.local", i64 12
  store <4 x float> %".370", ptr %".371", align 4
  %".373" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".374" = add <2 x i64> <i64 16, i64 16>, %".373"
  %".375" = getelementptr inbounds float, ptr %"conv.local", i64 16
  %".376" = load <2 x float>, ptr %".375", align 4
  %".377" = add i64 %"ry", %"y"
  %".378" = icmp slt i64 0, %".377"
  %".379" = add i64 %"ry", %"y"
  %".380" = icmp slt i64 %".379", 7
  %".381" = and i1 %".378", %".380"
  %".382" = insertelement <2 x i1> <i1 undef, i1 undef>, i1 %".381", i32 0
  %".383" = shufflevector <2 x i1> %".382", <2 x i1> <i1 undef, i1 undef>, <2 x i32> <i32 0, i32 0>
  %".384" = add i64 %"rx", 4
  %".385" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".384", i32 0
  %".386" = shufflevector <2 x i64> %".385", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".387" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".388" = add <2 x i64> %".386", %".387"
  %".389" = icmp slt <2 x i64> %".388", <i64 7, i64 7>
  %".390" = and <2 x i1> %".383", %".389"
  %".391" = xor <2 x i1> %".390", <i1 -1, i1 -1>
  %".392" = mul i64 %"rc", 36
  %".393" = mul i64 %"ry", 6
  %".394" = add i64 %".392", %".393"
  %".395" = add i64 %".394", %"rx"
  %".396" = mul i64 %"y", 6
  %".397" = add i64 %".395", %".396"
  %".398" = sub i64 %".397", 3
  %".399" = getelementptr inbounds float, ptr %"X", i64 %".398"
  %".400" = mul i64 %"rc", 36
  %".401" = mul i64 %"ry", 6
  %".402" = add i64 %".400", %".401"
  %".403" = add i64 %".402", %"rx"
  %".404" = mul i64 %"y", 6
  %".405" = add i64 %".403", %".404"
  %".406" = sub i64 %".405", 3
  %".407" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".406", i32 0
  %".408" = shufflevector <2 x i64> %".407", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".409" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".410" = add <2 x i64> %".408", %".409"
  %".411" = icmp ult <2 x i64> %".410", <i64 72, i64 72>
  %".412" = xor <2 x i1> %".411", <i1 -1, i1 -1>
  %".413" = and <2 x i1> %".390", %".412"
  %".414" = call i1 @"llvm.vector.reduce.or.v2i1"(<2 x i1> %".413")
  br i1 %".414", label %"rx.body.endif.endif.endif.endif.endif.if", label %"rx.body.endif.endif.endif.endif.endif.endif", !prof !0
rx.body.endif.endif.endif.endif.endif.if:
  %".416" = bitcast <2 x i1> %".413" to i2
  %".417" = call i2 @"llvm.cttz.i2"(i2 %".416", i1 1)
  %".418" = zext i2 %".417" to i32
  %".419" = extractelement <2 x i64> %".410", i32 %".418"
  call void @"tcomp_main.oob_report"(i64 1, i64 %".419", i64 72)
  br label %"rx.body.endif.endif.endif.endif.endif.endif"
rx.body.endif.endif.endif.endif.endif.endif:
  %".422" = and <2 x i1> %".390", %".411"
  %".423" = call <2 x float> @"llvm.masked.load.v2f32.p0"(ptr align 4 %".399", <2 x i1> %".422", <2 x float> <float 0.0, float 0.0>)
  %".424" = select  <2 x i1> %".390", <2 x float> %".423", <2 x float> <float              0x0, float              0x0>
  %".425" = mul i64 %"rc", 9
  %".426" = mul i64 %"ry", 3
  %".427" = add i64 %".425", %".426"
  %".428" = add i64 %".427", %"rx"
  %".429" = add i64 %".428", 36
  %".430" = getelementptr inbounds float, ptr %"W", i64 %".429"
  %".431" = load float, ptr %".430", align 4
  %".432" = insertelement <2 x float> <float undef, float undef>, float %".431", i32 0
  %".433" = shufflevector <2 x float> %".432", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".434" = fmul contract <2 x float> %".424", %".433"
  %".435" = fadd contract <2 x float> %".376", %".434"
  %".436" = getelementptr inbounds float, ptr %"conv.local", i64 16
  store <2 x float> %".435", ptr %".436", align 4
  %".438" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".439" = add <4 x i64> <i64 18, i64 18, i64 18, i64 18>, %".438"
  %".440" = getelementptr inbounds float, ptr %"conv.local", i64 18
  %".441" = load <4 x float>, ptr %".440", align 4
  %".442" = add i64 %"ry", %"y"
  %".443" = icmp slt i64 0, %".442"
  %".444" = add i64 %"ry", %"y"
  %".445" = icmp slt i64 %".444", 7
  %".446" = and i1 %".443", %".445"
  %".447" = insertelement <4 x i1> <i1 undef, i1 undef, i1 undef, i1 undef>, i1 %".446", i32 0
  %".448" = shufflevector <4 x i1> %".447", <4 x i1> <i1 undef, i1 undef, i1 undef, i1 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".449" = insertelement <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".450" = shufflevector <4 x i64> %".449", <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".451" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".452" = add <4 x i64> %".450", %".451"
  %".453" = icmp slt <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".452"
  %".454" = and <4 x i1> %".448", %".453"
  %".455" = xor <4 x i1> %".454", <i1 -1, i1 -1, i1 -1, i1 -1>
  %".456" = mul i64 %"rc", 36
  %".457" = mul i64 %"ry", 6
  %".458" = add i64 %".456", %".457"
  %".459" = add i64 %".458", %"rx"
  %".460" = mul i64 %"y", 6
  %".461" = add i64 %".459", %".460"
  %".462" = sub i64 %".461", 7
  %".463" = getelementptr inbounds float, ptr %"X", i64 %".462"
  %".464" = mul i64 %"rc", 36
  %".465" = mul i64 %"ry", 6
  %".466" = add i64 %".464", %".465"
  %".467" = add i64 %".466", %"rx"
  %".468" = mul i64 %"y", 6
  %".469" = add i64 %".467", %".468"
  %".470" = sub i64 %".469", 7
  %".471" = insertelement <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".470", i32 0
  %".472" = shufflevector <4 x i64> %".471", <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".473" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".474" = add <4 x i64> %".472", %".473"
  %".475" = icmp ult <4 x i64> %".474", <i64 72, i64 72, i64 72, i64 72>
  %".476" = xor <4 x i1> %".475", <i1 -1, i1 -1, i1 -1, i1 -1>
  %".477" = and <4 x i1> %".454", %".476"
  %".478" = call i1 @"llvm.vector.reduce.or.v4i1"(<4 x i1> %".477")
  br i1 %".478", label %"rx.body.endif.endif.endif.endif.endif.endif.if", label %"rx.body.endif.endif.endif.endif.endif.endif.endif", !prof !0
rx.body.endif.endif.endif.endif.endif.endif.if:
  %".480" = bitcast <4 x i1> %".477" to i4
  %".481" = call i4 @"llvm.cttz.i4"(i4 %".480", i1 1)
  %".482" = zext i4 %".481" to i32
  %".483" = extractelement <4 x i64> %".474", i32 %".482"
  call void @"tcomp_main.oob_report"(i64 1, i64 %".483", i64 72)
  br label %"rx.body.endif.endif.endif.endif.endif.endif.endif"
rx.body.endif.endif.endif.endif.endif.endif.endif:
  %".486" = and <4 x i1> %".454", %".475"
  %".487" = call <4 x float> @"llvm.masked.load.v4f32.p0"(ptr align 4 %".463", <4 x i1> %".486", <4 x float> <float 0.0, float 0.0, float 0.0, float 0.0>)
  %".488" = select  <4 x i1> %".454", <4 x float> %".487", <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>
  %".489" = mul i64 %"rc", 9
  %".490" = mul i64 %"ry", 3
  %".491" = add i64 %".489", %".490"
  %".492" = add i64 %".491", %"rx"
  %".493" = add i64 %".492", 54
  %".494" = getelementptr inbounds float, ptr %"W", i64 %".493"
  %".495" = load float, ptr %".494", align 4
  %".496" = insertelement <4 x float> <float undef, float undef, float undef, float undef>, float %".495", i32 0
  %".497" = shufflevector <4 x float> %".496", <4 x float> <float undef, float undef, float undef, float undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".498" = fmul contract <4 x float> %".488", %".497"
  %".499" = fadd contract <4 x float> %".441", %".498"
  %".500" = getelementptr inbounds float, ptr %"conv.local", i64 18
  store <4 x float> %".499", ptr %".500", align 4
  %".502" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".503" = add <2 x i64> <i64 22, i64 22>, %".502"
  %".504" = getelementptr inbounds float, ptr %"conv.local", i64 22
  %".505" = load <2 x float>, ptr %".504", align 4
  %".506" = add i64 %"ry", %"y"
  %".507" = icmp slt i64 0, %".506"
  %".508" = add i64 %"ry", %"y"
  %".509" = icmp slt i64 %".508", 7
  %".510" = and i1 %".507", %".509"
  %".511" = insertelement <2 x i1> <i1 undef, i1 undef>, i1 %".510", i32 0
  %".512" = shufflevector <2 x i1> %".511", <2 x i1> <i1 undef, i1 undef>, <2 x i32> <i32 0, i32 0>
  %".513" = add i64 %"rx", 4
  %".514" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".513", i32 0
  %".515" = shufflevector <2 x i64> %".514", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".516" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".517" = add <2 x i64> %".515", %".516"
  %".518" = icmp slt <2 x i64> %".517", <i64 7, i64 7>
  %".519" = and <2 x i1> %".512", %".518"
  %".520" = xor <2 x i1> %".519", <i1 -1, i1 -1>
  %".521" = mul i64 %"rc", 36
  %".522" = mul i64 %"ry", 6
  %".523" = add i64 %".521", %".522"
  %".524" = add i64 %".523", %"rx"
  %".525" = mul i64 %"y", 6
  %".526" = add i64 %".524", %".525"
  %".527" = sub i64 %".526", 3
  %".528" = getelementptr inbounds float, ptr %"X", i64 %".527"
  %".529" = mul i64 %"rc", 36
  %".530" = mul i64 %"ry", 6
  %".531" = add i64 %".529", %".530"
  %".532" = add i64 %".531", %"rx"
  %".533" = mul i64 %"y", 6
  %".534" = add i64 %".532", %".533"
  %".535" = sub i64 %".534", 3
  %".536" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".535", i32 0
  %".537" = shufflevector <2 x i64> %".536", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".538" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".539" = add <2 x i64> %".537", %".538"
  %".540" = icmp ult <2 x i64> %".539", <i64 72, i64 72>
  %".541" = xor <2 x i1> %".540", <i1 -1, i1 -1>
  %".542" = and <2 x i1> %".519", %".541"
  %".543" = call i1 @"llvm.vector.reduce.or.v2i1"(<2 x i1> %".542")
  br i1 %".543", label %"rx.body.endif.endif.endif.endif.endif.endif.endif.if", label %"rx.body.endif.endif.endif.endif.endif.endif.endif.endif", !prof !0
rx.body.endif.endif.endif.endif.endif.endif.endif.if:
  %".545" = bitcast <2 x i1> %".542" to i2
  %".546" = call i2 @"llvm.cttz.i2"(i2 %".545", i1 1)
  %".547" = zext i2 %".546" to i32
  %".548" = extractelement <2 x i64> %".539", i32 %".547"
  call void @"tcomp_main.oob_report"(i64 1, i64 %".548", i64 72)
  br label %"rx.body.endif.endif.endif.endif.endif.endif.endif.endif"
rx.body.endif.endif.endif.endif.endif.endif.endif.endif:
  %".551" = and <2 x i1> %".519", %".540"
  %".552" = call <2 x float> @"llvm.masked.load.v2f32.p0"(ptr align 4 %".528", <2 x i1> %".551", <2 x float> <float 0.0, float 0.0>)
  %".553" = select  <2 x i1> %".519", <2 x float> %".552", <2 x float> <float              0x0, float              0x0>
  %".554" = mul i64 %"rc", 9
  %".555" = mul i64 %"ry", 3
  %".556" = add i64 %".554", %".555"
  %".557" = add i64 %".556", %"rx"
  %".558" = add i64 %".557", 54
  %".559" = getelementptr inbounds float, ptr %"W", i64 %".558"
  %".560" = load float, ptr %".559", align 4
  %".561" = insertelement <2 x float> <float undef, float undef>, float %".560", i32 0
  %".562" = shufflevector <2 x float> %".561", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".563" = fmul contract <2 x float> %".553", %".562"
  %".564" = fadd contract <2 x float> %".505", %".563"
  %".565" = getelementptr inbounds float, ptr %"conv.local", i64 22
  store <2 x float> %".564", ptr %".565", align 4
  %"rx.next" = add nsw i64 %"rx", 1
  br label %"rx.header"
f.inner.header:
  %"f.inner" = phi  i64 [0, %"rc.exit"], [%"f.inner.next", %"f.inner.body"]
  %".572" = icmp slt i64 %"f.inner", %".570"
  br i1 %".572", label %"f.inner.body", label %"f.inner.exit"
f.inner.body:
  %".574" = mul i64 %"y", 6
  %".575" = mul i64 %"f.inner", 36
  %".576" = add i64 %".574", %".575"
  %".577" = insertelement <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".576", i32 0
  %".578" = shufflevector <4 x i64> %".577", <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".579" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".580" = add <4 x i64> %".578", %".579"
  %".581" = mul i64 %"f.inner", 6
  %".582" = getelementptr inbounds float, ptr %"conv.local", i64 %".581"
  %".583" = load <4 x float>, ptr %".582", align 4
  %".584" = mul i64 %"y", 6
  %".585" = mul i64 %"f.inner", 36
  %".586" = add i64 %".584", %".585"
  %".587" = getelementptr inbounds float, ptr %"conv", i64 %".586"
  store <4 x float> %".583", ptr %".587", align 4
  %".589" = mul i64 %"y", 6
  %".590" = mul i64 %"f.inner", 36
  %".591" = add i64 %".589", %".590"
  %".592" = add i64 %".591", 4
  %".593" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".592", i32 0
  %".594" = shufflevector <2 x i64> %".593", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".595" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".596" = add <2 x i64> %".594", %".595"
  %".597" = mul i64 %"f.inner", 6
  %".598" = add i64 %".597", 4
  %".599" = getelementptr inbounds float, ptr %"conv.local", i64 %".598"
  %".600" = load <2 x float>, ptr %".599", align 4
  %".601" = mul i64 %"y", 6
  %".602" = mul i64 %"f.inner", 36
  %".603" = add i64 %".601", %".602"
  %".604" = add i64 %".603", 4
  %".605" = getelementptr inbounds float, ptr %"conv", i64 %".604"
  store <2 x float> %".600", ptr %".605", align 4
  %"f.inner.next" = add nsw i64 %"f.inner", 1
  br label %"f.inner.header"
f.inner.exit:
  %"y.next" = add nsw i64 %"y", 1
  br label %"y.header"
}

declare i1 @"llvm.vector.reduce.or.v4i1"(<4 x i1> %".1")

declare i4 @"llvm.cttz.i4"(i4 %".1", i1 %".2")

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

declare <4 x float> @"llvm.masked.load.v4f32.p0"(ptr %".1", <4 x i1> %".2", <4 x float> %".3")

declare i1 @"llvm.vector.reduce.or.v2i1"(<2 x i1> %".1")

declare i2 @"llvm.cttz.i2"(i2 %".1", i1 %".2")

declare <2 x float> @"llvm.masked.load.v2f32.p0"(ptr %".1", <2 x i1> %".2", <2 x float> %".3")

!0 = !{ !"branch_weights", i32 1, i32 99 }
