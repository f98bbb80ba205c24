; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"W", ptr noalias %"conv") nounwind
{
entry:
  %"conv.local" = alloca [24 x float], align 64
  %".5" = mul i64 4, 128
  %".6" = add i64 %".5", 64
  %".7" = and i64 %".6", -64
  %"conv.pad" = call ptr @"aligned_alloc"(i64 64, i64 %".7")
  %".8" = add i64 0, 2
  br label %"b.header"
b.header:
  %"b" = phi  i64 [0, %"entry"], [%"b.next", %"y.exit"]
  %".10" = icmp slt i64 %"b", %".8"
  br i1 %".10", label %"b.body", label %"b.exit"
b.body:
  %".12" = add i64 0, 8
  br label %"y.header"
b.exit:
  %".71" = add i64 0, 6
  br label %"y.header.1"
y.header:
  %"y" = phi  i64 [0, %"b.body"], [%"y.next", %"y.body.endif"]
  %".14" = icmp slt i64 %"y", %".12"
  br i1 %".14", label %"y.body", label %"y.exit"
y.body:
  %".16" = mul i64 %"b", 64
  %".17" = mul i64 %"y", 8
  %".18" = add i64 %".16", %".17"
  %".19" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".18", i32 0
  %".20" = shufflevector <8 x i64> %".19", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".21" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".22" = add <8 x i64> %".20", %".21"
  %".23" = icmp slt i64 0, %"y"
  %".24" = icmp slt i64 %"y", 7
  %".25" = and i1 %".23", %".24"
  %".26" = insertelement <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, i1 %".25", i32 0
  %".27" = shufflevector <8 x i1> %".26", <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".28" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".29" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".28"
  %".30" = icmp slt <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".29"
  %".31" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".32" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".31"
  %".33" = icmp slt <8 x i64> %".32", <i64 7, i64 7, i64 7, i64 7, i64 7, i64 7, i64 7, i64 7>
  %".34" = and <8 x i1> %".30", %".33"
  %".35" = and <8 x i1> %".27", %".34"
  %".36" = xor <8 x i1> %".35", <i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1>
  %".37" = mul i64 %"b", 36
  %".38" = mul i64 %"y", 6
  %".39" = add i64 %".37", %".38"
  %".40" = sub i64 %".39", 7
  %".41" = getelementptr inbounds float, ptr %"X", i64 %".40"
  %".42" = mul i64 %"b", 36
  %".43" = mul i64 %"y", 6
  %".44" = add i64 %".42", %".43"
  %".45" = sub i64 %".44", 7
  %".46" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".45", i32 0
  %".47" = shufflevector <8 x i64> %".46", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".48" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".49" = add <8 x i64> %".47", %".48"
  %".50" = icmp ult <8 x i64> %".49", <i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72>
  %".51" = xor <8 x i1> %".50", <i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1>
  %".52" = and <8 x i1> %".35", %".51"
  %".53" = call i1 @"llvm.vector.reduce.or.v8i1"(<8 x i1> %".52")
  br i1 %".53", label %"y.body.if", label %"y.body.endif", !prof !0
y.exit:
  %"b.next" = add nsw i64 %"b", 1
  br label %"b.header"
y.body.if:
  %".55" = bitcast <8 x i1> %".52" to i8
  %".56" = call i8 @"llvm.cttz.i8"(i8 %".55", i1 1)
  %".57" = zext i8 %".56" to i32
  %".58" = extractelement <8 x i64> %".49", i32 %".57"
  call void @"tcomp_main.oob_report"(i64 1, i64 %".58", i64 72)
  br label %"y.body.endif"
y.body.endif:
  %".61" = and <8 x i1> %".35", %".50"
  %".62" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr align 4 %".41", <8 x i1> %".61", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".63" = select  <8 x i1> %".35", <8 x float> %".62", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>
  %".64" = mul i64 %"b", 64
  %".65" = mul i64 %"y", 8
  %".66" = add i64 %".64", %".65"
  %".67" = getelementptr inbounds float, ptr %"conv.pad", i64 %".66"
  store <8 x float> %".63", ptr %".67", align 4
  %"y.next" = add nsw i64 %"y", 1
  br label %"y.header"
y.header.1:
  %"y.1" = phi  i64 [0, %"b.exit"], [%"y.next.1", %"f.inner.exit"]
  %".73" = icmp slt i64 %"y.1", %".71"
  br i1 %".73", label %"y.body.1", label %"y.exit.1"
y.body.1:
  %".75" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".76" = add <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".75"
  %".77" = getelementptr inbounds float, ptr %"conv.local", i64 0
  store <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".77", align 4
  %".79" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".80" = add <2 x i64> <i64 4, i64 4>, %".79"
  %".81" = getelementptr inbounds float, ptr %"conv.local", i64 4
  store <2 x float> <float              0x0, float              0x0>, ptr %".81", align 4
  %".83" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".84" = add <4 x i64> <i64 6, i64 6, i64 6, i64 6>, %".83"
  %".85" = getelementptr inbounds float, ptr %"conv.local", i64 6
  store <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".85", align 4
  %".87" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".88" = add <2 x i64> <i64 10, i64 10>, %".87"
  %".89" = getelementptr inbounds float, ptr %"conv.local", i64 10
  store <2 x float> <float              0x0, float              0x0>, ptr %".89", align 4
  %".91" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".92" = add <4 x i64> <i64 12, i64 12, i64 12, i64 12>, %".91"
  %".93" = getelementptr inbounds float, ptr %"conv.local", i64 12
  store <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".93", align 4
  %".95" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".96" = add <2 x i64> <i64 16, i64 16>, %".95"
  %".97" = getelementptr inbounds float, ptr %"conv.local", i64 16
  store <2 x float> <float              0x0, float              0x0>, ptr %".97", align 4
  %".99" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".100" = add <4 x i64> <i64 18, i64 18, i64 18, i64 18>, %".99"
  %".101" = getelementptr inbounds float, ptr %"conv.local", i64 18
  store <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".101", align 4
  %".103" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".104" = add <2 x i64> <i64 22, i64 22>, %".103"
  %".105" = getelementptr inbounds float, ptr %"conv.local", i64 22
  store <2 x float> <float              0x0, float              0x0>, ptr %".105", align 4
  %".107" = add i64 0, 2
  br label %"rc.header"
y.exit.1:
  call void @"free"(ptr %"conv.pad")
  ret void
rc.header:
  %"rc" = phi  i64 [0, %"y.body.1"], [%"rc.next", %"ry.exit"]
  %".109" = icmp slt i64 %"rc", %".107"
  br i1 %".109", label %"rc.body", label %"rc.exit"
rc.body:
  %".111" = add i64 0, 3
  br label %"ry.header"
rc.exit:
  %".324" = add i64 0, 4
  br label %"f.inner.header"
ry.header:
  %"ry" = phi  i64 [0, %"rc.body"], [%"ry.next", %"rx.exit"]
  %".113" = icmp slt i64 %"ry", %".111"
  br i1 %".113", label %"ry.body", label %"ry.exit"
ry.body:
  %".115" = add i64 0, 3
  br label %"rx.header"
ry.exit:
  %"rc.next" = add nsw i64 %"rc", 1
  br label %"rc.header"
rx.header:
  %"rx" = phi  i64 [0, %"ry.body"], [%"rx.next", %"rx.body"]
  %".117" = icmp slt i64 %"rx", %".115"
  br i1 %".117", label %"rx.body", label %"rx.exit"
rx.body:
  %".119" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".120" = add <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".119"
  %".121" = getelementptr inbounds float, ptr %"conv.local", i64 0
  %".122" = load <4 x float>, ptr %".121", align 4
  %".123" = mul i64 %"rc", 64
  %".124" = mul i64 %"ry", 8
  %".125" = add i64 %".123", %".124"
  %".126" = add i64 %".125", %"rx"
  %".127" = mul i64 %"y.1", 8
  %".128" = add i64 %".126", %".127"
  %".129" = getelementptr inbounds float, ptr %"conv.pad", i64 %".128"
  %".130" = load <4 x float>, ptr %".129", align 4
  %".131" = mul i64 %"rc", 9
  %".132" = mul i64 %"ry", 3
  %".133" = add i64 %".131", %".132"
  %".134" = add i64 %".133", %"rx"
  %".135" = getelementptr inbounds float, ptr %"W", i64 %".134"
  %".136" = load float, ptr %".135", align 4
  %".137" = insertelement <4 x float> <float undef, float undef, float undef, float undef>, float %".136", i32 0
  %".138" = shufflevector <4 x float> %".137", <4 x float> <float undef, float undef, float undef, float undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".139" = fmul contract <4 x float> %".130", %".138"
  %".140" = fadd contract <4 x float> %".122", %".139"
  %".141" = getelementptr inbounds float, ptr %"conv.local", i64 0
  store <4 x float> %".140", ptr %".141", align 4
  %".143" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".144" = add <2 x i64> <i64 4, i64 4>, %".143"
  %".145" = getelementptr inbounds float, ptr %"conv.local", i64 4
  %".146" = load <2 x float>, ptr %".145", align 4
  %".147" = mul i64 %"rc", 64
  %".148" = mul i64 %"ry", 8
  %".149" = add i64 %".147", %".148"
  %".150" = add i64 %".149", %"rx"
  %".151" = mul i64 %"y.1", 8
  %".152" = add i64 %".150", %".151"
  %".153" = add i64 %".152", 4
  %".154" = getelementptr inbounds float, ptr %"conv.pad", i64 %".153"
  %".155" = load <2 x float>, ptr %".154", align 4
  %".156" = mul i64 %"rc", 9
  %".157" = mul i64 %"ry", 3
  %".158" = add i64 %".156", %".157"
  %".159" = add i64 %".158", %"rx"
  %".160" = getelementptr inbounds float, ptr %"W", i64 %".159"
  %".161" = load float, ptr %".160", align 4
  %".162" = insertelement <2 x float> <float undef, float undef>, float %".161", i32 0
  %".163" = shufflevector <2 x float> %".162", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".164" = fmul contract <2 x float> %".155", %".163"
  %".165" = fadd contract <2 x float> %".146", %".164"
  %".166" = getelementptr inbounds float, ptr %"conv.local", i64 4
  store <2 x float> %".165", ptr %".166", align 4
  %".168" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".169" = add <4 x i64> <i64 6, i64 6, i64 6, i64 6>, %".168"
  %".170" = getelementptr inbounds float, ptr %"conv.local", i64 6
  %".171" = load <4 x float>, ptr %".170", align 4
  %".172" = mul i64 %"rc", 64
  %".173" = mul i64 %"ry", 8
  %".174" = add i64 %".172", %".173"
  %".175" = add i64 %".174", %"rx"
  %".176" = mul i64 %"y.1", 8
  %".177" = add i64 %".175", %".176"
  %".178" = getelementptr inbounds float, ptr %"conv.pad", i64 %".177"
  %".179" = load <4 x float>, ptr %".178", align 4
  %".180" = mul i64 %"rc", 9
  %".181" = mul i64 %"ry", 3
  %".182" = add i64 %".180", %".181"
  %".183" = add i64 %".182", %"rx"
  %".184" = add i64 %".183", 18
  %".185" = getelementptr inbounds float, ptr %"W", i64 %".184"
  %".186" = load float, ptr %".185", align 4
  %".187" = insertelement <4 x float> <float undef, float undef, float undef, float undef>, float %".186", i32 0
  %".188" = shufflevector <4 x float> %".187", <4 x float> <float undef, float undef, float undef, float undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".189" = fmul contract <4 x float> %".179", %".188"
  %".190" = fadd contract <4 x float> %".171", %".189"
  %".191" = getelementptr inbounds float, ptr %"conv.local", i64 6
  store <4 x float> %".190", ptr %".191", align 4
  %".193" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".194" = add <2 x i64> <i64 10, i64 10>, %".193"
  %".195" = getelementptr inbounds float, ptr %"conv.local", i64 10
  %".196" = load <2 x float>, ptr %".195", align 4
  %".197" = mul i64 %"rc", 64
  %".198" = mul i64 %"ry", 8
  %".199" = add i64 %".197", %".198"
  %".200" = add i64 %".199", %"rx"
  %".201" = mul i64 %"y.1", 8
  %".202" = add i64 %".200", %".201"
  %".203" = add i64 %".202", 4
  %".204" = getelementptr inbounds float, ptr %"conv.pad", i64 %".203"
  %".205" = load <2 x float>, ptr %".204", align 4
  %".206" = mul i64 %"rc", 9
  %".207" = mul i64 %"ry", 3
  %".208" = add i64 %".206", %".207"
  %".209" = add i64 %".208", %"rx"
  %".210" = add i64 %".209", 18
  %".211" = getelementptr inbounds float, ptr %"W", i64 %".210"
  %".212" = load float, ptr %".211", align 4
  %".213" = insertelement <2 x float> <float undef, float undef>, float %".212", i32 0
  %".214" = shufflevector <2 x float> %".213", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".215" = fmul contract <2 x float> %".205", %".214"
  %".216" = fadd contract <2 x float> %".196", %".215"
  %".217" = getelementptr inbounds float, ptr %"conv.local", i64 10
  store <2 x float> %".216", ptr %".217", align 4
  %".219" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".220" = add <4 x i64> <i64 12, i64 12, i64 12, i64 12>, %".219"
  %".221" = getelementptr inbounds float, ptr %"conv.local", i64 12
  %".222" = load <4 x float>, ptr %".221", align 4
  %".223" = mul i64 %"rc", 64
  %".224" = mul i64 %"ry", 8
  %".225" = add i64 %".223", %".224"
  %".226" = add i64 %".225", %"rx"
  %".227" = mul i64 %"y.1", 8
  %".228" = add i64 %".226", %".227"
  %".229" = getelementptr inbounds float, ptr %"conv.pad", i64 %".228"
  %".230" = load <4 x float>, ptr %".229", align 4
  %".231" = mul i64 %"rc", 9
  %".232" = mul i64 %"ry", 3
  %".233" = add i64 %".231", %".232"
  %".234" = add i64 %".233", %"rx"
  %".235" = add i64 %".234", 36
  %".236" = getelementptr inbounds float, ptr %"W", i64 %".235"
  %".237" = load float, ptr %".236", align 4
  %".238" = insertelement <4 x float> <float undef, float undef, float undef, float undef>, float %".237", i32 0
  %".239" = shufflevector <4 x float> %".238", <4 x float> <float undef, float undef, float undef, float undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".240" = fmul contract <4 x float> %".230", %".239"
  %".241" = fadd contract <4 x float> %".222", %".240"
  %".242" = getelementptr inbounds float, ptr %"conv.local", i64 12
  store <4 x float> %".241", ptr %".242", align 4
  %".244" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".245" = add <2 x i64> <i64 16, i64 16>, %".244"
  %".246" = getelementptr inbounds float, ptr %"conv.local", i64 16
  %".247" = load <2 x float>, ptr %".246", align 4
  %".248" = mul i64 %"rc", 64
  %".249" = mul i64 %"ry", 8
  %".250" = add i64 %".248", %".249"
  %".251" = add i64 %".250", %"rx"
  %".252" = mul i64 %"y.1", 8
  %".253" = add i64 %".251", %".252"
  %".254" = add i64 %".253", 4
  %".255" = getelementptr inbounds float, ptr %"conv.pad", i64 %".254"
  %".256" = load <2 x float>, ptr %".255", align 4
  %".257" = mul i64 %"rc", 9
  %".258" = mul i64 %"ry", 3
  %".259" = add i64 %".257", %".258"
  %".260" = add i64 %".259", %"rx"
  %".261" = add i64 %".260", 36
  %".262" = getelementptr inbounds float, ptr %"W", i64 %".261"
  %".263" = load float, ptr %".262", align 4
  %".264" = insertelement <2 x float> <float undef, float undef>, float %".263", i32 0
  %".265" = shufflevector <2 x float> %".264", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".266" = fmul contract <2 x float> %".256", %".265"
  %".267" = fadd contract <2 x float> %".247", %".266"
  %".268" = getelementptr inbounds float, ptr %"conv.local", i64 16
  store <2 x float> %".267", ptr %".268", align 4
  %".270" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".271" = add <4 x i64> <i64 18, i64 18, i64 18, i64 18>, %".270"
  %".272" = getelementptr inbounds float, ptr %"conv.local", i64 18
  %".273" = load <4 x float>, ptr %".272", align 4
  %".274" = mul i64 %"rc", 64
  %".275" = mul i64 %"ry", 8
  %".276" = add i64 %".274", %".275"
  %".277" = add i64 %".276", %"rx"
  %".278" = mul i64 %"y.1", 8
  %".279" = add i64 %".277", %".278"
  %".280" = getelementptr inbounds float, ptr %"conv.pad", i64 %".279"
  %".281" = load <4 x float>, ptr %".280", align 4
  %".282" = mul i64 %"rc", 9
  %".283" = mul i64 %"ry", 3
  %".284" = add i64 %".282", %".283"
  %".285" = add i64 %".284", %"rx"
  %".286" = add i64 %".285", 54
  %".287" = getelementptr inbounds float, ptr %"W", i64 %".286"
  %".288" = load float, ptr %".287", align 4
  %".289" = insertelement <4 x float> <float undef, float undef, float undef, float undef>, float %".288", i32 0
  %".290" = shufflevector <4 x float> %".289", <4 x float> <float undef, float undef, float undef, float undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".291" = fmul contract <4 x float> %".281", %".290"
  %".292" = fadd contract <4 x float> %".273", %".291"
  %".293" = getelementptr inbounds float, ptr %"conv.local", i64 18
  store <4 x float> %".292", ptr %".293", align 4
  %".295" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".296" = add <2 x i64> <i64 22, i64 22>, %".295"
  %".297" = getelementptr inbounds float, ptr %"conv.local", i64 22
  %".298" = load <2 x float>, ptr %".297", align 4
  %".299" = mul i64 %"rc", 64
  %".300" = mul i64 %"ry", 8
  %".301" = add i64 %".299", %".300"
  %".302" = add i64 %".301", %"rx"
  %".303" = mul i64 %"y.1", 8
  %".304" = add i64 %".302", %".303"
  %".305" = add i64 %".304", 4
  %".306" = getelementptr inbounds float, ptr %"conv.pad", i64 %".305"
  %".307" = load <2 x float>, ptr %".306", align 4
  %".308" = mul i64 %"rc", 9
  %".309" = mul i64 %"ry", 3
  %".310" = add i64 %".308", %".309"
  %".311" = add i64 %".310", %"rx"
  %".312" = add i64 %".311", 54
  %".313" = getelementptr inbounds float, ptr %"W", i64 %".312"
  %".314" = load float, ptr %".313", align 4
  %".315" = insertelement <2 x float> <float undef, float undef>, float %".314", i32 0
  %".316" = shufflevector <2 x float> %".315", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".317" = fmul contract <2 x float> %".307", %".316"
  %".318" = fadd contract <2 x float> %".298", %".317"
  %".319" = getelementptr inbounds float, ptr %"conv.local", i64 22
  store <2 x float> %".318", ptr %".319", align 4
  %"rx.next" = add nsw i64 %"rx", 1
  br label %"rx.header"
rx.exit:
  %"ry.next" = add nsw i64 %"ry", 1
  br label %"ry.header"
f.inner.header:
  %"f.inner" = phi  i64 [0, %"rc.exit"], [%"f.inner.next", %"f.inner.body"]
  %".326" = icmp slt i64 %"f.inner", %".324"
  br i1 %".326", label %"f.inner.body", label %"f.inner.exit"
f.inner.body:
  %".328" = mul i64 %"y.1", 6
  %".329" = mul i64 %"f.inner", 36
  %".330" = add i64 %".328", %".329"
  %".331" = insertelement <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".330", i32 0
  %".332" = shufflevector <4 x i64> %".331", <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".333" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".334" = add <4 x i64> %".332", %".333"
  %".335" = mul i64 %"f.inner", 6
  %".336" = getelementptr inbounds float, ptr %"conv.local", i64 %".335"
  %".337" = load <4 x float>, ptr %".336", align 4
  %".338" = mul i64 %"y.1", 6
  %".339" = mul i64 %"f.inner", 36
  %".340" = add i64 %".338", %".339"
  %".341" = getelementptr inbounds float, ptr %"conv", i64 %".340"
  store <4 x float> %".337", ptr %".341", align 4
  %".343" = mul i64 %"y.1", 6
  %".344" = mul i64 %"f.inner", 36
  %".345" = add i64 %".343", %".344"
  %".346" = add i64 %".345", 4
  %".347" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".346", i32 0
  %".348" = shufflevector <2 x i64> %".347", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".349" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".350" = add <2 x i64> %".348", %".349"
  %".351" = mul i64 %"f.inner", 6
  %".352" = add i64 %".351", 4
  %".353" = getelementptr inbounds float, ptr %"conv.local", i64 %".352"
  %".354" = load <2 x float>, ptr %".353", align 4
  %".355" = mul i64 %"y.1", 6
  %".356" = mul i64 %"f.inner", 36
  %".357" = add i64 %".355", %".356"
  %".358" = add i64 %".357", 4
  %".359" = getelementptr inbounds float, ptr %"conv", i64 %".358"
  store <2 x float> %".354", ptr %".359", align 4
  %"f.inner.next" = add nsw i64 %"f.inner", 1
  br label %"f.inner.header"
f.inner.exit:
  %"y.next.1" = add nsw i64 %"y.1", 1
  br label %"y.header.1"
}

declare ptr @"aligned_alloc"(i64 %".1", i64 %".2")

declare void @"free"(ptr %".1")

declare i1 @"llvm.vector.reduce.or.v8i1"(<8 x i1> %".1")

declare i8 @"llvm.cttz.i8"(i8 %".1", i1 %".2")

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

declare <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1", <8 x i1> %".2", <8 x float> %".3")

!0 = !{ !"branch_weights", i32 1, i32 99 }
