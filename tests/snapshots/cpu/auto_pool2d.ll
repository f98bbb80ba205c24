; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"pool.avg") nounwind
{
entry:
  %"pool" = alloca [36 x float], align 64
  %".4" = add i64 0, 4
  br label %"i1.header"
i1.header:
  %"i1" = phi  i64 [0, %"entry"], [%"i1.next", %"i2.inner.exit"]
  %".6" = icmp slt i64 %"i1", %".4"
  br i1 %".6", label %"i1.body", label %"i1.exit"
i1.body:
  %".8" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".9" = add <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".8"
  %".10" = getelementptr inbounds float, ptr %"pool", i64 0
  store <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".10", align 4
  %".12" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".13" = add <2 x i64> <i64 4, i64 4>, %".12"
  %".14" = getelementptr inbounds float, ptr %"pool", i64 4
  store <2 x float> <float              0x0, float              0x0>, ptr %".14", align 4
  %".16" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".17" = add <4 x i64> <i64 6, i64 6, i64 6, i64 6>, %".16"
  %".18" = getelementptr inbounds float, ptr %"pool", i64 6
  store <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".18", align 4
  %".20" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".21" = add <2 x i64> <i64 10, i64 10>, %".20"
  %".22" = getelementptr inbounds float, ptr %"pool", i64 10
  store <2 x float> <float              0x0, float              0x0>, ptr %".22", align 4
  %".24" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".25" = add <4 x i64> <i64 12, i64 12, i64 12, i64 12>, %".24"
  %".26" = getelementptr inbounds float, ptr %"pool", i64 12
  store <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".26", align 4
  %".28" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".29" = add <2 x i64> <i64 16, i64 16>, %".28"
  %".30" = getelementptr inbounds float, ptr %"pool", i64 16
  store <2 x float> <float              0x0, float              0x0>, ptr %".30", align 4
  %".32" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".33" = add <4 x i64> <i64 18, i64 18, i64 18, i64 18>, %".32"
  %".34" = getelementptr inbounds float, ptr %"pool", i64 18
  store <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".34", align 4
  %".36" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".37" = add <2 x i64> <i64 22, i64 22>, %".36"
  %".38" = getelementptr inbounds float, ptr %"pool", i64 22
  store <2 x float> <float              0x0, float              0x0>, ptr %".38", align 4
  %".40" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".41" = add <4 x i64> <i64 24, i64 24, i64 24, i64 24>, %".40"
  %".42" = getelementptr inbounds float, ptr %"pool", i64 24
  store <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".42", align 4
  %".44" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".45" = add <2 x i64> <i64 28, i64 28>, %".44"
  %".46" = getelementptr inbounds float, ptr %"pool", i64 28
  store <2 x float> <float              0x0, float              0x0>, ptr %".46", align 4
  %".48" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".49" = add <4 x i64> <i64 30, i64 30, i64 30, i64 30>, %".48"
  %".50" = getelementptr inbounds float, ptr %"pool", i64 30
  store <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".50", align 4
  %".52" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".53" = add <2 x i64> <i64 34, i64 34>, %".52"
  %".54" = getelementptr inbounds float, ptr %"pool", i64 34
  store <2 x float> <float              0x0, float              0x0>, ptr %".54", align 4
  %".56" = add i64 0, 2
  br label %"ry.header"
i1.exit:
  ret void
ry.header:
  %"ry" = phi  i64 [0, %"i1.body"], [%"ry.next", %"rx.exit"]
  %".58" = icmp slt i64 %"ry", %".56"
  br i1 %".58", label %"ry.body", label %"ry.exit"
ry.body:
  %".60" = add i64 0, 2
  br label %"rx.header"
ry.exit:
  %".281" = add i64 0, 6
  br label %"i2.inner.header"
rx.header:
  %"rx" = phi  i64 [0, %"ry.body"], [%"rx.next", %"rx.body"]
  %".62" = icmp slt i64 %"rx", %".60"
  br i1 %".62", label %"rx.body", label %"rx.exit"
rx.body:
  %".64" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".65" = add <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".64"
  %".66" = getelementptr inbounds float, ptr %"pool", i64 0
  %".67" = load <4 x float>, ptr %".66", align 4
  %".68" = mul i64 %"ry", 12
  %".69" = add i64 %".68", %"rx"
  %".70" = mul i64 %"i1", 144
  %".71" = add i64 %".69", %".70"
  %".72" = getelementptr inbounds float, ptr %"X", i64 %".71"
  %".73" = load <4 x float>, ptr %".72", align 4
  %".74" = add i64 %".71", 3
  %".75" = getelementptr inbounds float, ptr %"X", i64 %".74"
  %".76" = load <4 x float>, ptr %".75", align 4
  %".77" = shufflevector <4 x float> %".73", <4 x float> %".76", <4 x i32> <i32 0, i32 2, i32 5, i32 7>
  %".78" = fadd contract <4 x float> %".67", %".77"
  %".79" = getelementptr inbounds float, ptr %"pool", i64 0
  store <4 x float> %".78", ptr %".79", align 4
  %".81" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".82" = add <2 x i64> <i64 4, i64 4>, %".81"
  %".83" = getelementptr inbounds float, ptr %"pool", i64 4
  %".84" = load <2 x float>, ptr %".83", align 4
  %".85" = mul i64 %"ry", 12
  %".86" = add i64 %".85", %"rx"
  %".87" = mul i64 %"i1", 144
  %".88" = add i64 %".86", %".87"
  %".89" = add i64 %".88", 8
  %".90" = getelementptr inbounds float, ptr %"X", i64 %".89"
  %".91" = load <2 x float>, ptr %".90", align 4
  %".92" = add i64 %".89", 1
  %".93" = getelementptr inbounds float, ptr %"X", i64 %".92"
  %".94" = load <2 x float>, ptr %".93", align 4
  %".95" = shufflevector <2 x float> %".91", <2 x float> %".94", <2 x i32> <i32 0, i32 3>
  %".96" = fadd contract <2 x float> %".84", %".95"
  %".97" = getelementptr inbounds float, ptr %"pool", i64 4
  store <2 x float> %".96", ptr %".97", align 4
  %".99" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".100" = add <4 x i64> <i64 6, i64 6, i64 6, i64 6>, %".99"
  %".101" = getelementptr inbounds float, ptr %"pool", i64 6
  %".102" = load <4 x float>, ptr %".101", align 4
  %".103" = mul i64 %"ry", 12
  %".104" = add i64 %".103", %"rx"
  %".105" = mul i64 %"i1", 144
  %".106" = add i64 %".104", %".105"
  %".107" = add i64 %".106", 24
  %".108" = getelementptr inbounds float, ptr %"X", i64 %".107"
  %".109" = load <4 x float>, ptr %".108", align 4
  %".110" = add i64 %".107", 3
  %".111" = getelementptr inbounds float, ptr %"X", i64 %".110"
  %".112" = load <4 x float>, ptr %".111", align 4
  %".113" = shufflevector <4 x float> %".109", <4 x float> %".112", <4 x i32> <i32 0, i32 2, i32 5, i32 7>
  %".114" = fadd contract <4 x float> %".102", %".113"
  %".115" = getelementptr inbounds float, ptr %"pool", i64 6
  store <4 x float> %".114", ptr %".115", align 4
  %".117" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".118" = add <2 x i64> <i64 10, i64 10>, %".117"
  %".119" = getelementptr inbounds float, ptr %"pool", i64 10
  %".120" = load <2 x float>, ptr %".119", align 4
  %".121" = mul i64 %"ry", 12
  %".122" = add i64 %".121", %"rx"
  %".123" = mul i64 %"i1", 144
  %".124" = add i64 %".122", %".123"
  %".125" = add i64 %".124", 32
  %".126" = getelementptr inbounds float, ptr %"X", i64 %".125"
  %".127" = load <2 x float>, ptr %".126", align 4
  %".128" = add i64 %".125", 1
  %".129" = getelementptr inbounds float, ptr %"X", i64 %".128"
  %".130" = load <2 x float>, ptr %".129", align 4
  %".131" = shufflevector <2 x float> %".127", <2 x float> %".130", <2 x i32> <i32 0, i32 3>
  %".132" = fadd contract <2 x float> %".120", %".131"
  %".133" = getelementptr inbounds float, ptr %"pool", i64 10
  store <2 x float> %".132", ptr %".133", align 4
  %".135" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".136" = add <4 x i64> <i64 12, i64 12, i64 12, i64 12>, %".135"
  %".137" = getelementptr inbounds float, ptr %"pool", i64 12
  %".138" = load <4 x float>, ptr %".137", align 4
  %".139" = mul i64 %"ry", 12
  %".140" = add i64 %".139", %"rx"
  %".141" = mul i64 %"i1", 144
  %".142" = add i64 %".140", %".141"
  %".143" = add i64 %".142", 48
  %".144" = getelementptr inbounds float, ptr %"X", i64 %".143"
  %".145" = load <4 x float>, ptr %".144", align 4
  %".146" = add i64 %".143", 3
  %".147" = getelementptr inbounds float, ptr %"X", i64 %".146"
  %".148" = load <4 x float>, ptr %".147", align 4
  %".149" = shufflevector <4 x float> %".145", <4 x float> %".148", <4 x i32> <i32 0, i32 2, i32 5, i32 7>
  %".150" = fadd contract <4 x float> %".138", %".149"
  %".151" = getelementptr inbounds float, ptr %"pool", i64 12
  store <4 x float> %".150", ptr %".151", align 4
  %".153" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".154" = add <2 x i64> <i64 16, i64 16>, %".153"
  %".155" = getelementptr inbounds float, ptr %"pool", i64 16
  %".156" = load <2 x float>, ptr %".155", align 4
  %".157" = mul i64 %"ry", 12
  %".158" = add i64 %".157", %"rx"
  %".159" = mul i64 %"i1", 144
  %".160" = add i64 %".158", %".159"
  %".161" = add i64 %".160", 56
  %".162" = getelementptr inbounds float, ptr %"X", i64 %".161"
  %".163" = load <2 x float>, ptr %".162", align 4
  %".164" = add i64 %".161", 1
  %".165" = getelementptr inbounds float, ptr %"X", i64 %".164"
  %".166" = load <2 x float>, ptr %".165", align 4
  %".167" = shufflevector <2 x float> %".163", <2 x float> %".166", <2 x i32> <i32 0, i32 3>
  %".168" = fadd contract <2 x float> %".156", %".167"
  %".169" = getelementptr inbounds float, ptr %"pool", i64 16
  store <2 x float> %".168", ptr %".169", align 4
  %".171" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".172" = add <4 x i64> <i64 18, i64 18, i64 18, i64 18>, %".171"
  %".173" = getelementptr inbounds float, ptr %"pool", i64 18
  %".174" = load <4 x float>, ptr %".173", align 4
  %".175" = mul i64 %"ry", 12
  %".176" = add i64 %".175", %"rx"
  %".177" = mul i64 %"i1", 144
  %".178" = add i64 %".176", %".177"
  %".179" = add i64 %".178", 72
  %".180" = getelementptr inbounds float, ptr %"X", i64 %".179"
  %".181" = load <4 x float>, ptr %".180", align 4
  %".182" = add i64 %".179", 3
  %".183" = getelementptr inbounds float, ptr %"X", i64 %".182"
  %".184" = load <4 x float>, ptr %".183", align 4
  %".185" = shufflevector <4 x float> %".181", <4 x float> %".184", <4 x i32> <i32 0, i32 2, i32 5, i32 7>
  %".186" = fadd contract <4 x float> %".174", %".185"
  %".187" = getelementptr inbounds float, ptr %"pool", i64 18
  store <4 x float> %".186", ptr %".187", align 4
  %".189" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".190" = add <2 x i64> <i64 22, i64 22>, %".189"
  %".191" = getelementptr inbounds float, ptr %"pool", i64 22
  %".192" = load <2 x float>, ptr %".191", align 4
  %".193" = mul i64 %"ry", 12
  %".194" = add i64 %".193", %"rx"
  %".195" = mul i64 %"i1", 144
  %".196" = add i64 %".194", %".195"
  %".197" = add i64 %".196", 80
  %".198" = getelementptr inbounds float, ptr %"X", i64 %".197"
  %".199" = load <2 x float>, ptr %".198", align 4
  %".200" = add i64 %".197", 1
  %".201" = getelementptr inbounds float, ptr %"X", i64 %".200"
  %".202" = load <2 x float>, ptr %".201", align 4
  %".203" = shufflevector <2 x float> %".199", <2 x float> %".202", <2 x i32> <i32 0, i32 3>
  %".204" = fadd contract <2 x float> %".192", %".203"
  %".205" = getelementptr inbounds float, ptr %"pool", i64 22
  store <2 x float> %".204", ptr %".205", align 4
  %".207" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".208" = add <4 x i64> <i64 24, i64 24, i64 24, i64 24>, %".207"
  %".209" = getelementptr inbounds float, ptr %"pool", i64 24
  %".210" = load <4 x float>, ptr %".209", align 4
  %".211" = mul i64 %"ry", 12
  %".212" = add i64 %".211", %"rx"
  %".213" = mul i64 %"i1", 144
  %".214" = add i64 %".212", %".213"
  %".215" = add i64 %".214", 96
  %".216" = getelementptr inbounds float, ptr %"X", i64 %".215"
  %".217" = load <4 x float>, ptr %".216", align 4
  %".218" = add i64 %".215", 3
  %".219" = getelementptr inbounds float, ptr %"X", i64 %".218"
  %".220" = load <4 x float>, ptr %".219", align 4
  %".221" = shufflevector <4 x float> %".217", <4 x float> %".220", <4 x i32> <i32 0, i32 2, i32 5, i32 7>
  %".222" = fadd contract <4 x float> %".210", %".221"
  %".223" = getelementptr inbounds float, ptr %"pool", i64 24
  store <4 x float> %".222", ptr %".223", align 4
  %".225" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".226" = add <2 x i64> <i64 28, i64 28>, %".225"
  %".227" = getelementptr inbounds float, ptr %"pool", i64 28
  %".228" = load <2 x float>, ptr %".227", align 4
  %".229" = mul i64 %"ry", 12
  %".230" = add i64 %".229", %"rx"
  %".231" = mul i64 %"i1", 144
  %".232" = add i64 %".230", %".231"
  %".233" = add i64 %".232", 104
  %".234" = getelementptr inbounds float, ptr %"X", i64 %".233"
  %".235" = load <2 x float>, ptr %".234", align 4
  %".236" = add i64 %".233", 1
  %".237" = getelementptr inbounds float, ptr %"X", i64 %".236"
  %".238" = load <2 x float>, ptr %".237", align 4
  %".239" = shufflevector <2 x float> %".235", <2 x float> %".238", <2 x i32> <i32 0, i32 3>
  %".240" = fadd contract <2 x float> %".228", %".239"
  %".241" = getelementptr inbounds float, ptr %"pool", i64 28
  store <2 x float> %".240", ptr %".241", align 4
  %".243" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".244" = add <4 x i64> <i64 30, i64 30, i64 30, i64 30>, %".243"
  %".245" = getelementptr inbounds float, ptr %"pool", i64 30
  %".246" = load <4 x float>, ptr %".245", align 4
  %".247" = mul i64 %"ry", 12
  %".248" = add i64 %".247", %"rx"
  %".249" = mul i64 %"i1", 144
  %".250" = add i64 %".248", %".249"
  %".251" = add i64 %".250", 120
  %".252" = getelementptr inbounds float, ptr %"X", i64 %".251"
  %".253" = load <4 x float>, ptr %".252", align 4
  %".254" = add i64 %".251", 3
  %".255" = getelementptr inbounds float, ptr %"X", i64 %".254"
  %".256" = load <4 x float>, ptr %".255", align 4
  %".257" = shufflevector <4 x float> %".253", <4 x float> %".256", <4 x i32> <i32 0, i32 2, i32 5, i32 7>
  %".258" = fadd contract <4 x float> %".246", %".257"
  %".259" = getelementptr inbounds float, ptr %"pool", i64 30
  store <4 x float> %".258", ptr %".259", align 4
  %".261" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".262" = add <2 x i64> <i64 34, i64 34>, %".261"
  %".263" = getelementptr inbounds float, ptr %"pool", i64 34
  %".264" = load <2 x float>, ptr %".263", align 4
  %".265" = mul i64 %"ry", 12
  %".266" = add i64 %".265", %"rx"
  %".267" = mul i64 %"i1", 144
  %".268" = add i64 %".266", %".267"
  %".269" = add i64 %".268", 128
  %".270" = getelementptr inbounds float, ptr %"X", i64 %".269"
  %".271" = load <2 x float>, ptr %".270", align 4
  %".272" = add i64 %".269", 1
  %".273" = getelementptr inbounds float, ptr %"X", i64 %".272"
  %".274" = load <2 x float>, ptr %".273", align 4
  %".275" = shufflevector <2 x float> %".271", <2 x float> %".274", <2 x i32> <i32 0, i32 3>
  %".276" = fadd contract <2 x float> %".264", %".275"
  %".277" = getelementptr inbounds float, ptr %"pool", i64 34
  store <2 x float> %".276", ptr %".277", align 4
  %"rx.next" = add nsw i64 %"rx", 1
  br label %"rx.header"
rx.exit:
  %"ry.next" = add nsw i64 %"ry", 1
  br label %"ry.header"
i2.inner.header:
  %"i2.inner" = phi  i64 [0, %"ry.exit"], [%"i2.inner.next", %"i2.inner.body"]
  %".283" = icmp slt i64 %"i2.inner", %".281"
  br i1 %".283", label %"i2.inner.body", label %"i2.inner.exit"
i2.inner.body:
  %".285" = mul i64 %"i1", 36
  %".286" = mul i64 %"i2.inner", 6
  %".287" = add i64 %".285", %".286"
  %".288" = insertelement <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".287", i32 0
  %".289" = shufflevector <4 x i64> %".288", <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".290" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".291" = add <4 x i64> %".289", %".290"
  %".292" = mul i64 %"i2.inner", 6
  %".293" = getelementptr inbounds float, ptr %"pool", i64 %".292"
  %".294" = load <4 x float>, ptr %".293", align 4
  %".295" = fmul contract <4 x float> %".294", <float 0x3fd0000000000000, float 0x3fd0000000000000, float 0x3fd0000000000000, float 0x3fd0000000000000>
  %".296" = mul i64 %"i1", 36
  %".297" = mul i64 %"i2.inner", 6
  %".298" = add i64 %".296", %".297"
  %".299" = getelementptr inbounds float, ptr %"pool.avg", i64 %".298"
  store <4 x float> %".295", ptr %".299", align 4
  %".301" = mul i64 %"i1", 36
  %".302" = mul i64 %"i2.inner", 6
  %".303" = add i64 %".301", %".302"
  %".304" = add i64 %".303", 4
  %".305" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".304", i32 0
  %".306" = shufflevector <2 x i64> %".305", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".307" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".308" = add <2 x i64> %".306", %".307"
  %".309" = mul i64 %"i2.inner", 6
  %".310" = add i64 %".309", 4
  %".311" = getelementptr inbounds float, ptr %"pool", i64 %".310"
  %".312" = load <2 x float>, ptr %".311", align 4
  %".313" = fmul contract <2 x float> %".312", <float 0x3fd0000000000000, float 0x3fd0000000000000>
  %".314" = mul i64 %"i1", 36
  %".315" = mul i64 %"i2.inner", 6
  %".316" = add i64 %".314", %".315"
  %".317" = add i64 %".316", 4
  %".318" = getelementptr inbounds float, ptr %"pool.avg", i64 %".317"
  store <2 x float> %".313", ptr %".318", align 4
  %"i2.inner.next" = add nsw i64 %"i2.inner", 1
  br label %"i2.inner.header"
i2.inner.exit:
  %"i1.next" = add nsw i64 %"i1", 1
  br label %"i1.header"
}
