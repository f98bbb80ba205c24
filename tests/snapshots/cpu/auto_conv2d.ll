; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"W", ptr noalias %"conv") nounwind
{
entry:
  %"conv.local" = alloca [64 x float], align 64
  %".5" = mul i64 4, 400
  %".6" = add i64 %".5", 64
  %".7" = and i64 %".6", -64
  %"conv.pad" = call ptr @"aligned_alloc"(i64 64, i64 %".7")
  %".8" = add i64 0, 4
  br label %"b.header"
b.header:
  %"b" = phi  i64 [0, %"entry"], [%"b.next", %"y.exit"]
  %".10" = icmp slt i64 %"b", %".8"
  br i1 %".10", label %"b.body", label %"b.exit"
b.body:
  %".12" = add i64 0, 10
  br label %"y.header"
b.exit:
  %".47" = add i64 0, 8
  br label %"y.header.1"
y.header:
  %"y" = phi  i64 [0, %"b.body"], [%"y.next", %"x.exit"]
  %".14" = icmp slt i64 %"y", %".12"
  br i1 %".14", label %"y.body", label %"y.exit"
y.body:
  %".16" = add i64 0, 10
  br label %"x.header"
y.exit:
  %"b.next" = add nsw i64 %"b", 1
  br label %"b.header"
x.header:
  %"x" = phi  i64 [0, %"y.body"], [%"x.next", %"x.body.endif"]
  %".18" = icmp slt i64 %"x", %".16"
  br i1 %".18", label %"x.body", label %"x.exit"
x.body:
  %".20" = mul i64 %"b", 100
  %".21" = mul i64 %"y", 10
  %".22" = add i64 %".20", %".21"
  %".23" = add i64 %".22", %"x"
  %".24" = icmp slt i64 0, %"y"
  %".25" = icmp slt i64 %"y", 9
  %".26" = and i1 %".24", %".25"
  %".27" = icmp slt i64 0, %"x"
  %".28" = icmp slt i64 %"x", 9
  %".29" = and i1 %".27", %".28"
  %".30" = and i1 %".26", %".29"
  br i1 %".30", label %"x.body.if", label %"x.body.else"
x.exit:
  %"y.next" = add nsw i64 %"y", 1
  br label %"y.header"
x.body.if:
  %".32" = mul i64 %"b", 64
  %".33" = mul i64 %"y", 8
  %".34" = add i64 %".32", %".33"
  %".35" = add i64 %".34", %"x"
  %".36" = sub i64 %".35", 9
  %".37" = getelementptr inbounds float, ptr %"X", i64 %".36"
  %".38" = load float, ptr %".37", align 4
  br label %"x.body.endif"
x.body.else:
  br label %"x.body.endif"
x.body.endif:
  %".41" = phi  float [%".38", %"x.body.if"], [             0x0, %"x.body.else"]
  %".42" = getelementptr inbounds float, ptr %"conv.pad", i64 %".23"
  store float %".41", ptr %".42", align 4
  %"x.next" = add nsw i64 %"x", 1
  br label %"x.header"
y.header.1:
  %"y.1" = phi  i64 [0, %"b.exit"], [%"y.next.1", %"f.inner.exit"]
  %".49" = icmp slt i64 %"y.1", %".47"
  br i1 %".49", label %"y.body.1", label %"y.exit.1"
y.body.1:
  %".51" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".52" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".51"
  %".53" = getelementptr inbounds float, ptr %"conv.local", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".53", align 4
  %".55" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".56" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".55"
  %".57" = getelementptr inbounds float, ptr %"conv.local", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".57", align 4
  %".59" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".60" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".59"
  %".61" = getelementptr inbounds float, ptr %"conv.local", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".61", align 4
  %".63" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".64" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".63"
  %".65" = getelementptr inbounds float, ptr %"conv.local", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".65", align 4
  %".67" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".68" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".67"
  %".69" = getelementptr inbounds float, ptr %"conv.local", i64 32
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".69", align 4
  %".71" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".72" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".71"
  %".73" = getelementptr inbounds float, ptr %"conv.local", i64 40
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".73", align 4
  %".75" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".76" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".75"
  %".77" = getelementptr inbounds float, ptr %"conv.local", i64 48
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".77", align 4
  %".79" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".80" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".79"
  %".81" = getelementptr inbounds float, ptr %"conv.local", i64 56
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".81", align 4
  %".83" = add i64 0, 4
  br label %"rc.header"
y.exit.1:
  call void @"free"(ptr %"conv.pad")
  ret void
rc.header:
  %"rc" = phi  i64 [0, %"y.body.1"], [%"rc.next", %"ry.exit"]
  %".85" = icmp slt i64 %"rc", %".83"
  br i1 %".85", label %"rc.body", label %"rc.exit"
rc.body:
  %".87" = add i64 0, 3
  br label %"ry.header"
rc.exit:
  %".297" = add i64 0, 8
  br label %"f.inner.header"
ry.header:
  %"ry" = phi  i64 [0, %"rc.body"], [%"ry.next", %"rx.exit"]
  %".89" = icmp slt i64 %"ry", %".87"
  br i1 %".89", label %"ry.body", label %"ry.exit"
ry.body:
  %".91" = add i64 0, 3
  br label %"rx.header"
ry.exit:
  %"rc.next" = add nsw i64 %"rc", 1
  br label %"rc.header"
rx.header:
  %"rx" = phi  i64 [0, %"ry.body"], [%"rx.next", %"rx.body"]
  %".93" = icmp slt i64 %"rx", %".91"
  br i1 %".93", label %"rx.body", label %"rx.exit"
rx.body:
  %".95" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".96" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".95"
  %".97" = getelementptr inbounds float, ptr %"conv.local", i64 0
  %".98" = load <8 x float>, ptr %".97", align 4
  %".99" = mul i64 %"rc", 100
  %".100" = mul i64 %"ry", 10
  %".101" = add i64 %".99", %".100"
  %".102" = add i64 %".101", %"rx"
  %".103" = mul i64 %"y.1", 10
  %".104" = add i64 %".102", %".103"
  %".105" = getelementptr inbounds float, ptr %"conv.pad", i64 %".104"
  %".106" = load <8 x float>, ptr %".105", align 4
  %".107" = mul i64 %"rc", 9
  %".108" = mul i64 %"ry", 3
  %".109" = add i64 %".107", %".108"
  %".110" = add i64 %".109", %"rx"
  %".111" = getelementptr inbounds float, ptr %"W", i64 %".110"
  %".112" = load float, ptr %".111", align 4
  %".113" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".112", i32 0
  %".114" = shufflevector <8 x float> %".113", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".115" = fmul contract <8 x float> %".106", %".114"
  %".116" = fadd contract <8 x float> %".98", %".115"
  %".117" = getelementptr inbounds float, ptr %"conv.local", i64 0
  store <8 x float> %".116", ptr %".117", align 4
  %".119" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".120" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".119"
  %".121" = getelementptr inbounds float, ptr %"conv.local", i64 8
  %".122" = load <8 x float>, ptr %".121", align 4
  %".123" = mul i64 %"rc", 100
  %".124" = mul i64 %"ry", 10
  %".125" = add i64 %".123", %".124"
  %".126" = add i64 %".125", %"rx"
  %".127" = mul i64 %"y.1", 10
  %".128" = add i64 %".126", %".127"
  %".129" = getelementptr inbounds float, ptr %"conv.pad", i64 %".128"
  %".130" = load <8 x float>, ptr %".129", align 4
  %".131" = mul i64 %"rc", 9
  %".132" = mul i64 %"ry", 3
  %".133" = add i64 %".131", %".132"
  %".134" = add i64 %".133", %"rx"
  %".135" = add i64 %".134", 36
  %".136" = getelementptr inbounds float, ptr %"W", i64 %".135"
  %".137" = load float, ptr %".136", align 4
  %".138" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".137", i32 0
  %".139" = shufflevector <8 x float> %".138", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".140" = fmul contract <8 x float> %".130", %".139"
  %".141" = fadd contract <8 x float> %".122", %".140"
  %".142" = getelementptr inbounds float, ptr %"conv.local", i64 8
  store <8 x float> %".141", ptr %".142", align 4
  %".144" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".145" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".144"
  %".146" = getelementptr inbounds float, ptr %"conv.local", i64 16
  %".147" = load <8 x float>, ptr %".146", align 4
  %".148" = mul i64 %"rc", 100
  %".149" = mul i64 %"ry", 10
  %".150" = add i64 %".148", %".149"
  %".151" = add i64 %".150", %"rx"
  %".152" = mul i64 %"y.1", 10
  %".153" = add i64 %".151", %".152"
  %".154" = getelementptr inbounds float, ptr %"conv.pad", i64 %".153"
  %".155" = load <8 x float>, ptr %".154", align 4
  %".156" = mul i64 %"rc", 9
  %".157" = mul i64 %"ry", 3
  %".158" = add i64 %".156", %".157"
  %".159" = add i64 %".158", %"rx"
  %".160" = add i64 %".159", 72
  %".161" = getelementptr inbounds float, ptr %"W", i64 %".160"
  %".162" = load float, ptr %".161", align 4
  %".163" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".162", i32 0
  %".164" = shufflevector <8 x float> %".163", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".165" = fmul contract <8 x float> %".155", %".164"
  %".166" = fadd contract <8 x float> %".147", %".165"
  %".167" = getelementptr inbounds float, ptr %"conv.local", i64 16
  store <8 x float> %".166", ptr %".167", align 4
  %".169" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".170" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".169"
  %".171" = getelementptr inbounds float, ptr %"conv.local", i64 24
  %".172" = load <8 x float>, ptr %".171", align 4
  %".173" = mul i64 %"rc", 100
  %".174" = mul i64 %"ry", 10
  %".175" = add i64 %".173", %".174"
  %".176" = add i64 %".175", %"rx"
  %".177" = mul i64 %"y.1", 10
  %".178" = add i64 %".176", %".177"
  %".179" = getelementptr inbounds float, ptr %"conv.pad", i64 %".178"
  %".180" = load <8 x float>, ptr %".179", align 4
  %".181" = mul i64 %"rc", 9
  %".182" = mul i64 %"ry", 3
  %".183" = add i64 %".181", %".182"
  %".184" = add i64 %".183", %"rx"
  %".185" = add i64 %".184", 108
  %".186" = getelementptr inbounds float, ptr %"W", i64 %".185"
  %".187" = load float, ptr %".186", align 4
  %".188" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".187", i32 0
  %".189" = shufflevector <8 x float> %".188", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".190" = fmul contract <8 x float> %".180", %".189"
  %".191" = fadd contract <8 x float> %".172", %".190"
  %".192" = getelementptr inbounds float, ptr %"conv.local", i64 24
  store <8 x float> %".191", ptr %".192", align 4
  %".194" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".195" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".194"
  %".196" = getelementptr inbounds float, ptr %"conv.local", i64 32
  %".197" = load <8 x float>, ptr %".196", align 4
  %".198" = mul i64 %"rc", 100
  %".199" = mul i64 %"ry", 10
  %".200" = add i64 %".198", %".199"
  %".201" = add i64 %".200", %"rx"
  %".202" = mul i64 %"y.1", 10
  %".203" = add i64 %".201", %".202"
  %".204" = getelementptr inbounds float, ptr %"conv.pad", i64 %".203"
  %".205" = load <8 x float>, ptr %".204", align 4
  %".206" = mul i64 %"rc", 9
  %".207" = mul i64 %"ry", 3
  %".208" = add i64 %".206", %".207"
  %".209" = add i64 %".208", %"rx"
  %".210" = add i64 %".209", 144
  %".211" = getelementptr inbounds float, ptr %"W", i64 %".210"
  %".212" = load float, ptr %".211", align 4
  %".213" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".212", i32 0
  %".214" = shufflevector <8 x float> %".213", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".215" = fmul contract <8 x float> %".205", %".214"
  %".216" = fadd contract <8 x float> %".197", %".215"
  %".217" = getelementptr inbounds float, ptr %"conv.local", i64 32
  store <8 x float> %".216", ptr %".217", align 4
  %".219" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".220" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".219"
  %".221" = getelementptr inbounds float, ptr %"conv.local", i64 40
  %".222" = load <8 x float>, ptr %".221", align 4
  %".223" = mul i64 %"rc", 100
  %".224" = mul i64 %"ry", 10
  %".225" = add i64 %".223", %".224"
  %".226" = add i64 %".225", %"rx"
  %".227" = mul i64 %"y.1", 10
  %".228" = add i64 %".226", %".227"
  %".229" = getelementptr inbounds float, ptr %"conv.pad", i64 %".228"
  %".230" = load <8 x float>, ptr %".229", align 4
  %".231" = mul i64 %"rc", 9
  %".232" = mul i64 %"ry", 3
  %".233" = add i64 %".231", %".232"
  %".234" = add i64 %".233", %"rx"
  %".235" = add i64 %".234", 180
  %".236" = getelementptr inbounds float, ptr %"W", i64 %".235"
  %".237" = load float, ptr %".236", align 4
  %".238" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".237", i32 0
  %".239" = shufflevector <8 x float> %".238", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".240" = fmul contract <8 x float> %".230", %".239"
  %".241" = fadd contract <8 x float> %".222", %".240"
  %".242" = getelementptr inbounds float, ptr %"conv.local", i64 40
  store <8 x float> %".241", ptr %".242", align 4
  %".244" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".245" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".244"
  %".246" = getelementptr inbounds float, ptr %"conv.local", i64 48
  %".247" = load <8 x float>, ptr %".246", align 4
  %".248" = mul i64 %"rc", 100
  %".249" = mul i64 %"ry", 10
  %".250" = add i64 %".248", %".249"
  %".251" = add i64 %".250", %"rx"
  %".252" = mul i64 %"y.1", 10
  %".253" = add i64 %".251", %".252"
  %".254" = getelementptr inbounds float, ptr %"conv.pad", i64 %".253"
  %".255" = load <8 x float>, ptr %".254", align 4
  %".256" = mul i64 %"rc", 9
  %".257" = mul i64 %"ry", 3
  %".258" = add i64 %".256", %".257"
  %".259" = add i64 %".258", %"rx"
  %".260" = add i64 %".259", 216
  %".261" = getelementptr inbounds float, ptr %"W", i64 %".260"
  %".262" = load float, ptr %".261", align 4
  %".263" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".262", i32 0
  %".264" = shufflevector <8 x float> %".263", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".265" = fmul contract <8 x float> %".255", %".264"
  %".266" = fadd contract <8 x float> %".247", %".265"
  %".267" = getelementptr inbounds float, ptr %"conv.local", i64 48
  store <8 x float> %".266", ptr %".267", align 4
  %".269" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".270" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".269"
  %".271" = getelementptr inbounds float, ptr %"conv.local", i64 56
  %".272" = load <8 x float>, ptr %".271", align 4
  %".273" = mul i64 %"rc", 100
  %".274" = mul i64 %"ry", 10
  %".275" = add i64 %".273", %".274"
  %".276" = add i64 %".275", %"rx"
  %".277" = mul i64 %"y.1", 10
  %".278" = add i64 %".276", %".277"
  %".279" = getelementptr inbounds float, ptr %"conv.pad", i64 %".278"
  %".280" = load <8 x float>, ptr %".279", align 4
  %".281" = mul i64 %"rc", 9
  %".282" = mul i64 %"ry", 3
  %".283" = add i64 %".281", %".282"
  %".284" = add i64 %".283", %"rx"
  %".285" = add i64 %".284", 252
  %".286" = getelementptr inbounds float, ptr %"W", i64 %".285"
  %".287" = load float, ptr %".286", align 4
  %".288" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".287", i32 0
  %".289" = shufflevector <8 x float> %".288", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".290" = fmul contract <8 x float> %".280", %".289"
  %".291" = fadd contract <8 x float> %".272", %".290"
  %".292" = getelementptr inbounds float, ptr %"conv.local", i64 56
  store <8 x float> %".291", ptr %".292", align 4
  %"rx.next" = add nsw i64 %"rx", 1
  br label %"rx.header"
rx.exit:
  %"ry.next" = add nsw i64 %"ry", 1
  br label %"ry.header"
f.inner.header:
  %"f.inner" = phi  i64 [0, %"rc.exit"], [%"f.inner.next", %"f.inner.body"]
  %".299" = icmp slt i64 %"f.inner", %".297"
  br i1 %".299", label %"f.inner.body", label %"f.inner.exit"
f.inner.body:
  %".301" = mul i64 %"y.1", 8
  %".302" = mul i64 %"f.inner", 64
  %".303" = add i64 %".301", %".302"
  %".304" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".303", i32 0
  %".305" = shufflevector <8 x i64> %".304", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".306" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".307" = add <8 x i64> %".305", %".306"
  %".308" = mul i64 %"f.inner", 8
  %".309" = getelementptr inbounds float, ptr %"conv.local", i64 %".308"
  %".310" = load <8 x float>, ptr %".309", align 4
  %".311" = mul i64 %"y.1", 8
  %".312" = mul i64 %"f.inner", 64
  %".313" = add i64 %".311", %".312"
  %".314" = getelementptr inbounds float, ptr %"conv", i64 %".313"
  store <8 x float> %".310", ptr %".314", align 4
  %"f.inner.next" = add nsw i64 %"f.inner", 1
  br label %"f.inner.header"
f.inner.exit:
  %"y.next.1" = add nsw i64 %"y.1", 1
  br label %"y.header.1"
}

declare ptr @"aligned_alloc"(i64 %".1", i64 %".2")

declare void @"free"(ptr %".1")
