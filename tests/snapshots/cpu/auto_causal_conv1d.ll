; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"W", ptr noalias %"Y") nounwind
{
entry:
  %"Y.local.1" = alloca [24 x float], align 64
  %"Y.local" = alloca [96 x float], align 64
  %".5" = add i64 0, 2
  br label %"b.header"
b.header:
  %"b" = phi  i64 [0, %"entry"], [%"b.next", %"c.inner.exit.1"]
  %".7" = icmp slt i64 %"b", %".5"
  br i1 %".7", label %"b.body", label %"b.exit"
b.body:
  %".9" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".10" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".9"
  %".11" = getelementptr inbounds float, ptr %"Y.local", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".11", align 4
  %".13" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".14" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".13"
  %".15" = getelementptr inbounds float, ptr %"Y.local", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".15", align 4
  %".17" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".18" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".17"
  %".19" = getelementptr inbounds float, ptr %"Y.local", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".19", align 4
  %".21" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".22" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".21"
  %".23" = getelementptr inbounds float, ptr %"Y.local", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".23", align 4
  %".25" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".26" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".25"
  %".27" = getelementptr inbounds float, ptr %"Y.local", i64 32
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".27", align 4
  %".29" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".30" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".29"
  %".31" = getelementptr inbounds float, ptr %"Y.local", i64 40
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".31", align 4
  %".33" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".34" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".33"
  %".35" = getelementptr inbounds float, ptr %"Y.local", i64 48
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".35", align 4
  %".37" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".38" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".37"
  %".39" = getelementptr inbounds float, ptr %"Y.local", i64 56
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".39", align 4
  %".41" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".42" = add <8 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".41"
  %".43" = getelementptr inbounds float, ptr %"Y.local", i64 64
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".43", align 4
  %".45" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".46" = add <8 x i64> <i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72>, %".45"
  %".47" = getelementptr inbounds float, ptr %"Y.local", i64 72
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".47", align 4
  %".49" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".50" = add <8 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".49"
  %".51" = getelementptr inbounds float, ptr %"Y.local", i64 80
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".51", align 4
  %".53" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".54" = add <8 x i64> <i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88>, %".53"
  %".55" = getelementptr inbounds float, ptr %"Y.local", i64 88
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".55", align 4
  %".57" = add i64 0, 4
  br label %"k.header"
b.exit:
  ret void
k.header:
  %"k" = phi  i64 [0, %"b.body"], [%"k.next", %"t.inner.exit.11"]
  %".59" = icmp slt i64 %"k", %".57"
  br i1 %".59", label %"k.body", label %"k.exit"
k.body:
  %".61" = add i64 0, 8
  br label %"t.inner.header"
k.exit:
  %".336" = add i64 0, 4
  br label %"c.inner.header"
t.inner.header:
  %"t.inner" = phi  i64 [0, %"k.body"], [%"t.inner.next", %"t.inner.body.endif"]
  %".63" = icmp slt i64 %"t.inner", %".61"
  br i1 %".63", label %"t.inner.body", label %"t.inner.exit"
t.inner.body:
  %".65" = add i64 %"t.inner", 1
  %".66" = icmp slt i64 %"k", %".65"
  br i1 %".66", label %"t.inner.body.if", label %"t.inner.body.endif"
t.inner.exit:
  %".83" = add i64 0, 8
  br label %"t.inner.header.1"
t.inner.body.if:
  %".68" = getelementptr inbounds float, ptr %"Y.local", i64 %"t.inner"
  %".69" = load float, ptr %".68", align 4
  %".70" = getelementptr inbounds float, ptr %"W", i64 %"k"
  %".71" = load float, ptr %".70", align 4
  %".72" = mul i64 %"b", 120
  %".73" = add i64 %".72", %"t.inner"
  %".74" = sub i64 %".73", %"k"
  %".75" = getelementptr inbounds float, ptr %"X", i64 %".74"
  %".76" = load float, ptr %".75", align 4
  %".77" = fmul contract float %".71", %".76"
  %".78" = fadd contract float %".69", %".77"
  %".79" = getelementptr inbounds float, ptr %"Y.local", i64 %"t.inner"
  store float %".78", ptr %".79", align 4
  br label %"t.inner.body.endif"
t.inner.body.endif:
  %"t.inner.next" = add nsw i64 %"t.inner", 1
  br label %"t.inner.header"
t.inner.header.1:
  %"t.inner.1" = phi  i64 [0, %"t.inner.exit"], [%"t.inner.next.1", %"t.inner.body.1"]
  %".85" = icmp slt i64 %"t.inner.1", %".83"
  br i1 %".85", label %"t.inner.body.1", label %"t.inner.exit.1"
t.inner.body.1:
  %".87" = add i64 %"t.inner.1", 8
  %".88" = add i64 %"t.inner.1", 8
  %".89" = getelementptr inbounds float, ptr %"Y.local", i64 %".88"
  %".90" = load float, ptr %".89", align 4
  %".91" = getelementptr inbounds float, ptr %"W", i64 %"k"
  %".92" = load float, ptr %".91", align 4
  %".93" = mul i64 %"b", 120
  %".94" = add i64 %".93", %"t.inner.1"
  %".95" = sub i64 %".94", %"k"
  %".96" = add i64 %".95", 8
  %".97" = getelementptr inbounds float, ptr %"X", i64 %".96"
  %".98" = load float, ptr %".97", align 4
  %".99" = fmul contract float %".92", %".98"
  %".100" = fadd contract float %".90", %".99"
  %".101" = getelementptr inbounds float, ptr %"Y.local", i64 %".87"
  store float %".100", ptr %".101", align 4
  %"t.inner.next.1" = add nsw i64 %"t.inner.1", 1
  br label %"t.inner.header.1"
t.inner.exit.1:
  %".104" = add i64 0, 8
  br label %"t.inner.header.2"
t.inner.header.2:
  %"t.inner.2" = phi  i64 [0, %"t.inner.exit.1"], [%"t.inner.next.2", %"t.inner.body.2"]
  %".106" = icmp slt i64 %"t.inner.2", %".104"
  br i1 %".106", label %"t.inner.body.2", label %"t.inner.exit.2"
t.inner.body.2:
  %".108" = add i64 %"t.inner.2", 16
  %".109" = add i64 %"t.inner.2", 16
  %".110" = getelementptr inbounds float, ptr %"Y.local", i64 %".109"
  %".111" = load float, ptr %".110", align 4
  %".112" = getelementptr inbounds float, ptr %"W", i64 %"k"
  %".113" = load float, ptr %".112", align 4
  %".114" = mul i64 %"b", 120
  %".115" = add i64 %".114", %"t.inner.2"
  %".116" = sub i64 %".115", %"k"
  %".117" = add i64 %".116", 16
  %".118" = getelementptr inbounds float, ptr %"X", i64 %".117"
  %".119" = load float, ptr %".118", align 4
  %".120" = fmul contract float %".113", %".119"
  %".121" = fadd contract float %".111", %".120"
  %".122" = getelementptr inbounds float, ptr %"Y.local", i64 %".108"
  store float %".121", ptr %".122", align 4
  %"t.inner.next.2" = add nsw i64 %"t.inner.2", 1
  br label %"t.inner.header.2"
t.inner.exit.2:
  %".125" = add i64 0, 8
  br label %"t.inner.header.3"
t.inner.header.3:
  %"t.inner.3" = phi  i64 [0, %"t.inner.exit.2"], [%"t.inner.next.3", %"t.inner.body.3.endif"]
  %".127" = icmp slt i64 %"t.inner.3", %".125"
  br i1 %".127", label %"t.inner.body.3", label %"t.inner.exit.3"
t.inner.body.3:
  %".129" = add i64 %"t.inner.3", 1
  %".130" = icmp slt i64 %"k", %".129"
  br i1 %".130", label %"t.inner.body.3.if", label %"t.inner.body.3.endif"
t.inner.exit.3:
  %".151" = add i64 0, 8
  br label %"t.inner.header.4"
t.inner.body.3.if:
  %".132" = add i64 %"t.inner.3", 24
  %".133" = add i64 %"t.inner.3", 24
  %".134" = getelementptr inbounds float, ptr %"Y.local", i64 %".133"
  %".135" = load float, ptr %".134", align 4
  %".136" = add i64 %"k", 4
  %".137" = getelementptr inbounds float, ptr %"W", i64 %".136"
  %".138" = load float, ptr %".137", align 4
  %".139" = mul i64 %"b", 120
  %".140" = add i64 %".139", %"t.inner.3"
  %".141" = sub i64 %".140", %"k"
  %".142" = add i64 %".141", 30
  %".143" = getelementptr inbounds float, ptr %"X", i64 %".142"
  %".144" = load float, ptr %".143", align 4
  %".145" = fmul contract float %".138", %".144"
  %".146" = fadd contract float %".135", %".145"
  %".147" = getelementptr inbounds float, ptr %"Y.local", i64 %".132"
  store float %".146", ptr %".147", align 4
  br label %"t.inner.body.3.endif"
t.inner.body.3.endif:
  %"t.inner.next.3" = add nsw i64 %"t.inner.3", 1
  br label %"t.inner.header.3"
t.inner.header.4:
  %"t.inner.4" = phi  i64 [0, %"t.inner.exit.3"], [%"t.inner.next.4", %"t.inner.body.4"]
  %".153" = icmp slt i64 %"t.inner.4", %".151"
  br i1 %".153", label %"t.inner.body.4", label %"t.inner.exit.4"
t.inner.body.4:
  %".155" = add i64 %"t.inner.4", 32
  %".156" = add i64 %"t.inner.4", 32
  %".157" = getelementptr inbounds float, ptr %"Y.local", i64 %".156"
  %".158" = load float, ptr %".157", align 4
  %".159" = add i64 %"k", 4
  %".160" = getelementptr inbounds float, ptr %"W", i64 %".159"
  %".161" = load float, ptr %".160", align 4
  %".162" = mul i64 %"b", 120
  %".163" = add i64 %".162", %"t.inner.4"
  %".164" = sub i64 %".163", %"k"
  %".165" = add i64 %".164", 38
  %".166" = getelementptr inbounds float, ptr %"X", i64 %".165"
  %".167" = load float, ptr %".166", align 4
  %".168" = fmul contract float %".161", %".167"
  %".169" = fadd contract float %".158", %".168"
  %".170" = getelementptr inbounds float, ptr %"Y.local", i64 %".155"
  store float %".169", ptr %".170", align 4
  %"t.inner.next.4" = add nsw i64 %"t.inner.4", 1
  br label %"t.inner.header.4"
t.inner.exit.4:
  %".173" = add i64 0, 8
  br label %"t.inner.header.5"
t.inner.header.5:
  %"t.inner.5" = phi  i64 [0, %"t.inner.exit.4"], [%"t.inner.next.5", %"t.inner.body.5"]
  %".175" = icmp slt i64 %"t.inner.5", %".173"
  br i1 %".175", label %"t.inner.body.5", label %"t.inner.exit.5"
t.inner.body.5:
  %".177" = add i64 %"t.inner.5", 40
  %".178" = add i64 %"t.inner.5", 40
  %".179" = getelementptr inbounds float, ptr %"Y.local", i64 %".178"
  %".180" = load float, ptr %".179", align 4
  %".181" = add i64 %"k", 4
  %".182" = getelementptr inbounds float, ptr %"W", i64 %".181"
  %".183" = load float, ptr %".182", align 4
  %".184" = mul i64 %"b", 120
  %".185" = add i64 %".184", %"t.inner.5"
  %".186" = sub i64 %".185", %"k"
  %".187" = add i64 %".186", 46
  %".188" = getelementptr inbounds float, ptr %"X", i64 %".187"
  %".189" = load float, ptr %".188", align 4
  %".190" = fmul contract float %".183", %".189"
  %".191" = fadd contract float %".180", %".190"
  %".192" = getelementptr inbounds float, ptr %"Y.local", i64 %".177"
  store float %".191", ptr %".192", align 4
  %"t.inner.next.5" = add nsw i64 %"t.inner.5", 1
  br label %"t.inner.header.5"
t.inner.exit.5:
  %".195" = add i64 0, 8
  br label %"t.inner.header.6"
t.inner.header.6:
  %"t.inner.6" = phi  i64 [0, %"t.inner.exit.5"], [%"t.inner.next.6", %"t.inner.body.6.endif"]
  %".197" = icmp slt i64 %"t.inner.6", %".195"
  br i1 %".197", label %"t.inner.body.6", label %"t.inner.exit.6"
t.inner.body.6:
  %".199" = add i64 %"t.inner.6", 1
  %".200" = icmp slt i64 %"k", %".199"
  br i1 %".200", label %"t.inner.body.6.if", label %"t.inner.body.6.endif"
t.inner.exit.6:
  %".221" = add i64 0, 8
  br label %"t.inner.header.7"
t.inner.body.6.if:
  %".202" = add i64 %"t.inner.6", 48
  %".203" = add i64 %"t.inner.6", 48
  %".204" = getelementptr inbounds float, ptr %"Y.local", i64 %".203"
  %".205" = load float, ptr %".204", align 4
  %".206" = add i64 %"k", 8
  %".207" = getelementptr inbounds float, ptr %"W", i64 %".206"
  %".208" = load float, ptr %".207", align 4
  %".209" = mul i64 %"b", 120
  %".210" = add i64 %".209", %"t.inner.6"
  %".211" = sub i64 %".210", %"k"
  %".212" = add i64 %".211", 60
  %".213" = getelementptr inbounds float, ptr %"X", i64 %".212"
  %".214" = load float, ptr %".213", align 4
  %".215" = fmul contract float %".208", %".214"
  %".216" = fadd contract float %".205", %".215"
  %".217" = getelementptr inbounds float, ptr %"Y.local", i64 %".202"
  store float %".216", ptr %".217", align 4
  br label %"t.inner.body.6.endif"
t.inner.body.6.endif:
  %"t.inner.next.6" = add nsw i64 %"t.inner.6", 1
  br label %"t.inner.header.6"
t.inner.header.7:
  %"t.inner.7" = phi  i64 [0, %"t.inner.exit.6"], [%"t.inner.next.7", %"t.inner.body.7"]
  %".223" = icmp slt i64 %"t.inner.7", %".221"
  br i1 %".223", label %"t.inner.body.7", label %"t.inner.exit.7"
t.inner.body.7:
  %".225" = add i64 %"t.inner.7", 56
  %".226" = add i64 %"t.inner.7", 56
  %".227" = getelementptr inbounds float, ptr %"Y.local", i64 %".226"
  %".228" = load float, ptr %".227", align 4
  %".229" = add i64 %"k", 8
  %".230" = getelementptr inbounds float, ptr %"W", i64 %".229"
  %".231" = load float, ptr %".230", align 4
  %".232" = mul i64 %"b", 120
  %".233" = add i64 %".232", %"t.inner.7"
  %".234" = sub i64 %".233", %"k"
  %".235" = add i64 %".234", 68
  %".236" = getelementptr inbounds float, ptr %"X", i64 %".235"
  %".237" = load float, ptr %".236", align 4
  %".238" = fmul contract float %".231", %".237"
  %".239" = fadd contract float %".228", %".238"
  %".240" = getelementptr inbounds float, ptr %"Y.local", i64 %".225"
  store float %".239", ptr %".240", align 4
  %"t.inner.next.7" = add nsw i64 %"t.inner.7", 1
  br label %"t.inner.header.7"
t.inner.exit.7:
  %".243" = add i64 0, 8
  br label %"t.inner.header.8"
t.inner.header.8:
  %"t.inner.8" = phi  i64 [0, %"t.inner.exit.7"], [%"t.inner.next.8", %"t.inner.body.8"]
  %".245" = icmp slt i64 %"t.inner.8", %".243"
  br i1 %".245", label %"t.inner.body.8", label %"t.inner.exit.8"
t.inner.body.8:
  %".247" = add i64 %"t.inner.8", 64
  %".248" = add i64 %"t.inner.8", 64
  %".249" = getelementptr inbounds float, ptr %"Y.local", i64 %".248"
  %".250" = load float, ptr %".249", align 4
  %".251" = add i64 %"k", 8
  %".252" = getelementptr inbounds float, ptr %"W", i64 %".251"
  %".253" = load float, ptr %".252", align 4
  %".254" = mul i64 %"b", 120
  %".255" = add i64 %".254", %"t.inner.8"
  %".256" = sub i64 %".255", %"k"
  %".257" = add i64 %".256", 76
  %".258" = getelementptr inbounds float, ptr %"X", i64 %".257"
  %".259" = load float, ptr %".258", align 4
  %".260" = fmul contract float %".253", %".259"
  %".261" = fadd contract float %".250", %".260"
  %".262" = getelementptr inbounds float, ptr %"Y.local", i64 %".247"
  store float %".261", ptr %".262", align 4
  %"t.inner.next.8" = add nsw i64 %"t.inner.8", 1
  br label %"t.inner.header.8"
t.inner.exit.8:
  %".265" = add i64 0, 8
  br label %"t.inner.header.9"
t.inner.header.9:
  %"t.inner.9" = phi  i64 [0, %"t.inner.exit.8"], [%"t.inner.next.9", %"t.inner.body.9.endif"]
  %".267" = icmp slt i64 %"t.inner.9", %".265"
  br i1 %".267", label %"t.inner.body.9", label %"t.inner.exit.9"
t.inner.body.9:
  %".269" = add i64 %"t.inner.9", 1
  %".270" = icmp slt i64 %"k", %".269"
  br i1 %".270", label %"t.inner.body.9.if", label %"t.inner.body.9.endif"
t.inner.exit.9:
  %".291" = add i64 0, 8
  br label %"t.inner.header.10"
t.inner.body.9.if:
  %".272" = add i64 %"t.inner.9", 72
  %".273" = add i64 %"t.inner.9", 72
  %".274" = getelementptr inbounds float, ptr %"Y.local", i64 %".273"
  %".275" = load float, ptr %".274", align 4
  %".276" = add i64 %"k", 12
  %".277" = getelementptr inbounds float, ptr %"W", i64 %".276"
  %".278" = load float, ptr %".277", align 4
  %".279" = mul i64 %"b", 120
  %".280" = add i64 %".279", %"t.inner.9"
  %".281" = sub i64 %".280", %"k"
  %".282" = add i64 %".281", 90
  %".283" = getelementptr inbounds float, ptr %"X", i64 %".282"
  %".284" = load float, ptr %".283", align 4
  %".285" = fmul contract float %".278", %".284"
  %".286" = fadd contract float %".275", %".285"
  %".287" = getelementptr inbounds float, ptr %"Y.local", i64 %".272"
  store float %".286", ptr %".287", align 4
  br label %"t.inner.body.9.endif"
t.inner.body.9.endif:
  %"t.inner.next.9" = add nsw i64 %"t.inner.9", 1
  br label %"t.inner.header.9"
t.inner.header.10:
  %"t.inner.10" = phi  i64 [0, %"t.inner.exit.9"], [%"t.inner.next.10", %"t.inner.body.10"]
  %".293" = icmp slt i64 %"t.inner.10", %".291"
  br i1 %".293", label %"t.inner.body.10", label %"t.inner.exit.10"
t.inner.body.10:
  %".295" = add i64 %"t.inner.10", 80
  %".296" = add i64 %"t.inner.10", 80
  %".297" = getelementptr inbounds float, ptr %"Y.local", i64 %".296"
  %".298" = load float, ptr %".297", align 4
  %".299" = add i64 %"k", 12
  %".300" = getelementptr inbounds float, ptr %"W", i64 %".299"
  %".301" = load float, ptr %".300", align 4
  %".302" = mul i64 %"b", 120
  %".303" = add i64 %".302", %"t.inner.10"
  %".304" = sub i64 %".303", %"k"
  %".305" = add i64 %".304", 98
  %".306" = getelementptr inbounds float, ptr %"X", i64 %".305"
  %".307" = load float, ptr %".306", align 4
  %".308" = fmul contract float %".301", %".307"
  %".309" = fadd contract float %".298", %".308"
  %".310" = getelementptr inbounds float, ptr %"Y.local", i64 %".295"
  store float %".309", ptr %".310", align 4
  %"t.inner.next.10" = add nsw i64 %"t.inner.10", 1
  br label %"t.inner.header.10"
t.inner.exit.10:
  %".313" = add i64 0, 8
  br label %"t.inner.header.11"
t.inner.header.11:
  %"t.inner.11" = phi  i64 [0, %"t.inner.exit.10"], [%"t.inner.next.11", %"t.inner.body.11"]
  %".315" = icmp slt i64 %"t.inner.11", %".313"
  br i1 %".315", label %"t.inner.body.11", label %"t.inner.exit.11"
t.inner.body.11:
  %".317" = add i64 %"t.inner.11", 88
  %".318" = add i64 %"t.inner.11", 88
  %".319" = getelementptr inbounds float, ptr %"Y.local", i64 %".318"
  %".320" = load float, ptr %".319", align 4
  %".321" = add i64 %"k", 12
  %".322" = getelementptr inbounds float, ptr %"W", i64 %".321"
  %".323" = load float, ptr %".322", align 4
  %".324" = mul i64 %"b", 120
  %".325" = add i64 %".324", %"t.inner.11"
  %".326" = sub i64 %".325", %"k"
  %".327" = add i64 %".326", 106
  %".328" = getelementptr inbounds float, ptr %"X", i64 %".327"
  %".329" = load float, ptr %".328", align 4
  %".330" = fmul contract float %".323", %".329"
  %".331" = fadd contract float %".320", %".330"
  %".332" = getelementptr inbounds float, ptr %"Y.local", i64 %".317"
  store float %".331", ptr %".332", align 4
  %"t.inner.next.11" = add nsw i64 %"t.inner.11", 1
  br label %"t.inner.header.11"
t.inner.exit.11:
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
c.inner.header:
  %"c.inner" = phi  i64 [0, %"k.exit"], [%"c.inner.next", %"t.inner.outer.exit"]
  %".338" = icmp slt i64 %"c.inner", %".336"
  br i1 %".338", label %"c.inner.body", label %"c.inner.exit"
c.inner.body:
  %".340" = add i64 0, 3
  br label %"t.inner.outer.header"
c.inner.exit:
  %".367" = add i64 0, 8
  br label %"t.inner.header.12"
t.inner.outer.header:
  %"t.inner.outer" = phi  i64 [0, %"c.inner.body"], [%"t.inner.outer.next", %"t.inner.outer.body"]
  %".342" = icmp slt i64 %"t.inner.outer", %".340"
  br i1 %".342", label %"t.inner.outer.body", label %"t.inner.outer.exit"
t.inner.outer.body:
  %".344" = mul i64 %"b", 120
  %".345" = mul i64 %"c.inner", 30
  %".346" = add i64 %".344", %".345"
  %".347" = mul i64 %"t.inner.outer", 8
  %".348" = add i64 %".346", %".347"
  %".349" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".348", i32 0
  %".350" = shufflevector <8 x i64> %".349", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".351" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".352" = add <8 x i64> %".350", %".351"
  %".353" = mul i64 %"c.inner", 24
  %".354" = mul i64 %"t.inner.outer", 8
  %".355" = add i64 %".353", %".354"
  %".356" = getelementptr inbounds float, ptr %"Y.local", i64 %".355"
  %".357" = load <8 x float>, ptr %".356", align 4
  %".358" = mul i64 %"b", 120
  %".359" = mul i64 %"c.inner", 30
  %".360" = add i64 %".358", %".359"
  %".361" = mul i64 %"t.inner.outer", 8
  %".362" = add i64 %".360", %".361"
  %".363" = getelementptr inbounds float, ptr %"Y", i64 %".362"
  store <8 x float> %".357", ptr %".363", align 4
  %"t.inner.outer.next" = add nsw i64 %"t.inner.outer", 1
  br label %"t.inner.outer.header"
t.inner.outer.exit:
  %"c.inner.next" = add nsw i64 %"c.inner", 1
  br label %"c.inner.header"
t.inner.header.12:
  %"t.inner.12" = phi  i64 [0, %"c.inner.exit"], [%"t.inner.next.12", %"t.inner.body.12.endif"]
  %".369" = icmp slt i64 %"t.inner.12", %".367"
  br i1 %".369", label %"t.inner.body.12", label %"t.inner.exit.12"
t.inner.body.12:
  %".371" = icmp slt i64 %"t.inner.12", 6
  br i1 %".371", label %"t.inner.body.12.if", label %"t.inner.body.12.endif"
t.inner.exit.12:
  %".377" = add i64 0, 8
  br label %"t.inner.header.13"
t.inner.body.12.if:
  %".373" = getelementptr inbounds float, ptr %"Y.local.1", i64 %"t.inner.12"
  store float              0x0, ptr %".373", align 4
  br label %"t.inner.body.12.endif"
t.inner.body.12.endif:
  %"t.inner.next.12" = add nsw i64 %"t.inner.12", 1
  br label %"t.inner.header.12"
t.inner.header.13:
  %"t.inner.13" = phi  i64 [0, %"t.inner.exit.12"], [%"t.inner.next.13", %"t.inner.body.13.endif"]
  %".379" = icmp slt i64 %"t.inner.13", %".377"
  br i1 %".379", label %"t.inner.body.13", label %"t.inner.exit.13"
t.inner.body.13:
  %".381" = icmp slt i64 %"t.inner.13", 6
  br i1 %".381", label %"t.inner.body.13.if", label %"t.inner.body.13.endif"
t.inner.exit.13:
  %".388" = add i64 0, 8
  br label %"t.inner.header.14"
t.inner.body.13.if:
  %".383" = add i64 %"t.inner.13", 6
  %".384" = getelementptr inbounds float, ptr %"Y.local.1", i64 %".383"
  store float              0x0, ptr %".384", align 4
  br label %"t.inner.body.13.endif"
t.inner.body.13.endif:
  %"t.inner.next.13" = add nsw i64 %"t.inner.13", 1
  br label %"t.inner.header.13"
t.inner.header.14:
  %"t.inner.14" = phi  i64 [0, %"t.inner.exit.13"], [%"t.inner.next.14", %"t.inner.body.14.endif"]
  %".390" = icmp slt i64 %"t.inner.14", %".388"
  br i1 %".390", label %"t.inner.body.14", label %"t.inner.exit.14"
t.inner.body.14:
  %".392" = icmp slt i64 %"t.inner.14", 6
  br i1 %".392", label %"t.inner.body.14.if", label %"t.inner.body.14.endif"
t.inner.exit.14:
  %".399" = add i64 0, 8
  br label %"t.inner.header.15"
t.inner.body.14.if:
  %".394" = add i64 %"t.inner.14", 12
  %".395" = getelementptr inbounds float, ptr %"Y.local.1", i64 %".394"
  store float              0x0, ptr %".395", align 4
  br label %"t.inner.body.14.endif"
t.inner.body.14.endif:
  %"t.inner.next.14" = add nsw i64 %"t.inner.14", 1
  br label %"t.inner.header.14"
t.inner.header.15:
  %"t.inner.15" = phi  i64 [0, %"t.inner.exit.14"], [%"t.inner.next.15", %"t.inner.body.15.endif"]
  %".401" = icmp slt i64 %"t.inner.15", %".399"
  br i1 %".401", label %"t.inner.body.15", label %"t.inner.exit.15"
t.inner.body.15:
  %".403" = icmp slt i64 %"t.inner.15", 6
  br i1 %".403", label %"t.inner.body.15.if", label %"t.inner.body.15.endif"
t.inner.exit.15:
  %".410" = add i64 0, 4
  br label %"k.header.1"
t.inner.body.15.if:
  %".405" = add i64 %"t.inner.15", 18
  %".406" = getelementptr inbounds float, ptr %"Y.local.1", i64 %".405"
  store float              0x0, ptr %".406", align 4
  br label %"t.inner.body.15.endif"
t.inner.body.15.endif:
  %"t.inner.next.15" = add nsw i64 %"t.inner.15", 1
  br label %"t.inner.header.15"
k.header.1:
  %"k.1" = phi  i64 [0, %"t.inner.exit.15"], [%"k.next.1", %"k.body.1"]
  %".412" = icmp slt i64 %"k.1", %".410"
  br i1 %".412", label %"k.body.1", label %"k.exit.1"
k.body.1:
  %".414" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".415" = add <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".414"
  %".416" = getelementptr inbounds float, ptr %"Y.local.1", i64 0
  %".417" = load <4 x float>, ptr %".416", align 4
  %".418" = getelementptr inbounds float, ptr %"W", i64 %"k.1"
  %".419" = load float, ptr %".418", align 4
  %".420" = insertelement <4 x float> <float undef, float undef, float undef, float undef>, float %".419", i32 0
  %".421" = shufflevector <4 x float> %".420", <4 x float> <float undef, float undef, float undef, float undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".422" = mul i64 %"b", 120
  %".423" = sub i64 %".422", %"k.1"
  %".424" = add i64 %".423", 24
  %".425" = getelementptr inbounds float, ptr %"X", i64 %".424"
  %".426" = load <4 x float>, ptr %".425", align 4
  %".427" = fmul contract <4 x float> %".421", %".426"
  %".428" = fadd contract <4 x float> %".417", %".427"
  %".429" = getelementptr inbounds float, ptr %"Y.local.1", i64 0
  store <4 x float> %".428", ptr %".429", align 4
  %".431" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".432" = add <2 x i64> <i64 4, i64 4>, %".431"
  %".433" = getelementptr inbounds float, ptr %"Y.local.1", i64 4
  %".434" = load <2 x float>, ptr %".433", align 4
  %".435" = getelementptr inbounds float, ptr %"W", i64 %"k.1"
  %".436" = load float, ptr %".435", align 4
  %".437" = insertelement <2 x float> <float undef, float undef>, float %".436", i32 0
  %".438" = shufflevector <2 x float> %".437", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".439" = mul i64 %"b", 120
  %".440" = sub i64 %".439", %"k.1"
  %".441" = add i64 %".440", 28
  %".442" = getelementptr inbounds float, ptr %"X", i64 %".441"
  %".443" = load <2 x float>, ptr %".442", align 4
  %".444" = fmul contract <2 x float> %".438", %".443"
  %".445" = fadd contract <2 x float> %".434", %".444"
  %".446" = getelementptr inbounds float, ptr %"Y.local.1", i64 4
  store <2 x float> %".445", ptr %".446", align 4
  %".448" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".449" = add <4 x i64> <i64 6, i64 6, i64 6, i64 6>, %".448"
  %".450" = getelementptr inbounds float, ptr %"Y.local.1", i64 6
  %".451" = load <4 x float>, ptr %".450", align 4
  %".452" = add i64 %"k.1", 4
  %".453" = getelementptr inbounds float, ptr %"W", i64 %".452"
  %".454" = load float, ptr %".453", align 4
  %".455" = insertelement <4 x float> <float undef, float undef, float undef, float undef>, float %".454", i32 0
  %".456" = shufflevector <4 x float> %".455", <4 x float> <float undef, float undef, float undef, float undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".457" = mul i64 %"b", 120
  %".458" = sub i64 %".457", %"k.1"
  %".459" = add i64 %".458", 54
  %".460" = getelementptr inbounds float, ptr %"X", i64 %".459"
  %".461" = load <4 x float>, ptr %".460", align 4
  %".462" = fmul contract <4 x float> %".456", %".461"
  %".463" = fadd contract <4 x float> %".451", %".462"
  %".464" = getelementptr inbounds float, ptr %"Y.local.1", i64 6
  store <4 x float> %".463", ptr %".464", align 4
  %".466" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".467" = add <2 x i64> <i64 10, i64 10>, %".466"
  %".468" = getelementptr inbounds float, ptr %"Y.local.1", i64 10
  %".469" = load <2 x float>, ptr %".468", align 4
  %".470" = add i64 %"k.1", 4
  %".471" = getelementptr inbounds float, ptr %"W", i64 %".470"
  %".472" = load float, ptr %".471", align 4
  %".473" = insertelement <2 x float> <float undef, float undef>, float %".472", i32 0
  %".474" = shufflevector <2 x float> %".473", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".475" = mul i64 %"b", 120
  %".476" = sub i64 %".475", %"k.1"
  %".477" = add i64 %".476", 58
  %".478" = getelementptr inbounds float, ptr %"X", i64 %".477"
  %".479" = load <2 x float>, ptr %".478", align 4
  %".480" = fmul contract <2 x float> %".474", %".479"
  %".481" = fadd contract <2 x float> %".469", %".480"
  %".482" = getelementptr inbounds float, ptr %"Y.local.1", i64 10
  store <2 x float> %".481", ptr %".482", align 4
  %".484" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".485" = add <4 x i64> <i64 12, i64 12, i64 12, i64 12>, %".484"
  %".486" = getelementptr inbounds float, ptr %"Y.local.1", i64 12
  %".487" = load <4 x float>, ptr %".486", align 4
  %".488" = add i64 %"k.1", 8
  %".489" = getelementptr inbounds float, ptr %"W", i64 %".488"
  %".490" = load float, ptr %".489", align 4
  %".491" = insertelement <4 x float> <float undef, float undef, float undef, float undef>, float %".490", i32 0
  %".492" = shufflevector <4 x float> %".491", <4 x float> <float undef, float undef, float undef, float undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".493" = mul i64 %"b", 120
  %".494" = sub i64 %".493", %"k.1"
  %".495" = add i64 %".494", 84
  %".496" = getelementptr inbounds float, ptr %"X", i64 %".495"
  %".497" = load <4 x float>, ptr %".496", align 4
  %".498" = fmul contract <4 x float> %".492", %".497"
  %".499" = fadd contract <4 x float> %".487", %".498"
  %".500" = getelementptr inbounds float, ptr %"Y.local.1", i64 12
  store <4 x float> %".499", ptr %".500", align 4
  %".502" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".503" = add <2 x i64> <i64 16, i64 16>, %".502"
  %".504" = getelementptr inbounds float, ptr %"Y.local.1", i64 16
  %".505" = load <2 x float>, ptr %".504", align 4
  %".506" = add i64 %"k.1", 8
  %".507" = getelementptr inbounds float, ptr %"W", i64 %".506"
  %".508" = load float, ptr %".507", align 4
  %".509" = insertelement <2 x float> <float undef, float undef>, float %".508", i32 0
  %".510" = shufflevector <2 x float> %".509", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".511" = mul i64 %"b", 120
  %".512" = sub i64 %".511", %"k.1"
  %".513" = add i64 %".512", 88
  %".514" = getelementptr inbounds float, ptr %"X", i64 %".513"
  %".515" = load <2 x float>, ptr %".514", align 4
  %".516" = fmul contract <2 x float> %".510", %".515"
  %".517" = fadd contract <2 x float> %".505", %".516"
  %".518" = getelementptr inbounds float, ptr %"Y.local.1", i64 16
  store <2 x float> %".517", ptr %".518", align 4
  %".520" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".521" = add <4 x i64> <i64 18, i64 18, i64 18, i64 18>, %".520"
  %".522" = getelementptr inbounds float, ptr %"Y.local.1", i64 18
  %".523" = load <4 x float>, ptr %".522", align 4
  %".524" = add i64 %"k.1", 12
  %".525" = getelementptr inbounds float, ptr %"W", i64 %".524"
  %".526" = load float, ptr %".525", align 4
  %".527" = insertelement <4 x float> <float undef, float undef, float undef, float undef>, float %".526", i32 0
  %".528" = shufflevector <4 x float> %".527", <4 x float> <float undef, float undef, float undef, float undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".529" = mul i64 %"b", 120
  %".530" = sub i64 %".529", %"k.1"
  %".531" = add i64 %".530", 114
  %".532" = getelementptr inbounds float, ptr %"X", i64 %".531"
  %".533" = load <4 x float>, ptr %".532", align 4
  %".534" = fmul contract <4 x float> %".528", %".533"
  %".535" = fadd contract <4 x float> %".523", %".534"
  %".536" = getelementptr inbounds float, ptr %"Y.local.1", i64 18
  store <4 x float> %".535", ptr %".536", align 4
  %".538" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".539" = add <2 x i64> <i64 22, i64 22>, %".538"
  %".540" = getelementptr inbounds float, ptr %"Y.local.1", i64 22
  %".541" = load <2 x float>, ptr %".540", align 4
  %".542" = add i64 %"k.1", 12
  %".543" = getelementptr inbounds float, ptr %"W", i64 %".542"
  %".544" = load float, ptr %".543", align 4
  %".545" = insertelement <2 x float> <float undef, float undef>, float %".544", i32 0
  %".546" = shufflevector <2 x float> %".545", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".547" = mul i64 %"b", 120
  %".548" = sub i64 %".547", %"k.1"
  %".549" = add i64 %".548", 118
  %".550" = getelementptr inbounds float, ptr %"X", i64 %".549"
  %".551" = load <2 x float>, ptr %".550", align 4
  %".552" = fmul contract <2 x float> %".546", %".551"
  %".553" = fadd contract <2 x float> %".541", %".552"
  %".554" = getelementptr inbounds float, ptr %"Y.local.1", i64 22
  store <2 x float> %".553", ptr %".554", align 4
  %"k.next.1" = add nsw i64 %"k.1", 1
  br label %"k.header.1"
k.exit.1:
  %".557" = add i64 0, 4
  br label %"c.inner.header.1"
c.inner.header.1:
  %"c.inner.1" = phi  i64 [0, %"k.exit.1"], [%"c.inner.next.1", %"c.inner.body.1"]
  %".559" = icmp slt i64 %"c.inner.1", %".557"
  br i1 %".559", label %"c.inner.body.1", label %"c.inner.exit.1"
c.inner.body.1:
  %".561" = mul i64 %"b", 120
  %".562" = mul i64 %"c.inner.1", 30
  %".563" = add i64 %".561", %".562"
  %".564" = add i64 %".563", 24
  %".565" = insertelement <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".564", i32 0
  %".566" = shufflevector <4 x i64> %".565", <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".567" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".568" = add <4 x i64> %".566", %".567"
  %".569" = mul i64 %"c.inner.1", 6
  %".570" = getelementptr inbounds float, ptr %"Y.local.1", i64 %".569"
  %".571" = load <4 x float>, ptr %".570", align 4
  %".572" = mul i64 %"b", 120
  %".573" = mul i64 %"c.inner.1", 30
  %".574" = add i64 %".572", %".573"
  %".575" = add i64 %".574", 24
  %".576" = getelementptr inbounds float, ptr %"Y", i64 %".575"
  store <4 x float> %".571", ptr %".576", align 4
  %".578" = mul i64 %"b", 120
  %".579" = mul i64 %"c.inner.1", 30
  %".580" = add i64 %".578", %".579"
  %".581" = add i64 %".580", 28
  %".582" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".581", i32 0
  %".583" = shufflevector <2 x i64> %".582", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".584" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".585" = add <2 x i64> %".583", %".584"
  %".586" = mul i64 %"c.inner.1", 6
  %".587" = add i64 %".586", 4
  %".588" = getelementptr inbounds float, ptr %"Y.local.1", i64 %".587"
  %".589" = load <2 x float>, ptr %".588", align 4
  %".590" = mul i64 %"b", 120
  %".591" = mul i64 %"c.inner.1", 30
  %".592" = add i64 %".590", %".591"
  %".593" = add i64 %".592", 28
  %".594" = getelementptr inbounds float, ptr %"Y", i64 %".593"
  store <2 x float> %".589", ptr %".594", align 4
  %"c.inner.next.1" = add nsw i64 %"c.inner.1", 1
  br label %"c.inner.header.1"
c.inner.exit.1:
  %"b.next" = add nsw i64 %"b", 1
  br label %"b.header"
}
