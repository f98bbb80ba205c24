; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"W", ptr noalias %"Y") nounwind
{
entry:
  %"Y.local.1" = alloca [56 x float], align 64
  %"Y.local" = alloca [64 x float], align 64
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
  %".41" = add i64 0, 4
  br label %"k.header"
b.exit:
  ret void
k.header:
  %"k" = phi  i64 [0, %"b.body"], [%"k.next", %"t.inner.exit.7"]
  %".43" = icmp slt i64 %"k", %".41"
  br i1 %".43", label %"k.body", label %"k.exit"
k.body:
  %".45" = add i64 0, 8
  br label %"t.inner.header"
k.exit:
  %".233" = add i64 0, 4
  br label %"c.inner.header"
t.inner.header:
  %"t.inner" = phi  i64 [0, %"k.body"], [%"t.inner.next", %"t.inner.body.endif"]
  %".47" = icmp slt i64 %"t.inner", %".45"
  br i1 %".47", label %"t.inner.body", label %"t.inner.exit"
t.inner.body:
  %".49" = add i64 %"t.inner", 1
  %".50" = icmp slt i64 %"k", %".49"
  br i1 %".50", label %"t.inner.body.if", label %"t.inner.body.endif"
t.inner.exit:
  %".67" = add i64 0, 8
  br label %"t.inner.header.1"
t.inner.body.if:
  %".52" = getelementptr inbounds float, ptr %"Y.local", i64 %"t.inner"
  %".53" = load float, ptr %".52", align 4
  %".54" = getelementptr inbounds float, ptr %"W", i64 %"k"
  %".55" = load float, ptr %".54", align 4
  %".56" = mul i64 %"b", 120
  %".57" = add i64 %".56", %"t.inner"
  %".58" = sub i64 %".57", %"k"
  %".59" = getelementptr inbounds float, ptr %"X", i64 %".58"
  %".60" = load float, ptr %".59", align 4
  %".61" = fmul contract float %".55", %".60"
  %".62" = fadd contract float %".53", %".61"
  %".63" = getelementptr inbounds float, ptr %"Y.local", i64 %"t.inner"
  store float %".62", ptr %".63", align 4
  br label %"t.inner.body.endif"
t.inner.body.endif:
  %"t.inner.next" = add nsw i64 %"t.inner", 1
  br label %"t.inner.header"
t.inner.header.1:
  %"t.inner.1" = phi  i64 [0, %"t.inner.exit"], [%"t.inner.next.1", %"t.inner.body.1"]
  %".69" = icmp slt i64 %"t.inner.1", %".67"
  br i1 %".69", label %"t.inner.body.1", label %"t.inner.exit.1"
t.inner.body.1:
  %".71" = add i64 %"t.inner.1", 8
  %".72" = add i64 %"t.inner.1", 8
  %".73" = getelementptr inbounds float, ptr %"Y.local", i64 %".72"
  %".74" = load float, ptr %".73", align 4
  %".75" = getelementptr inbounds float, ptr %"W", i64 %"k"
  %".76" = load float, ptr %".75", align 4
  %".77" = mul i64 %"b", 120
  %".78" = add i64 %".77", %"t.inner.1"
  %".79" = sub i64 %".78", %"k"
  %".80" = add i64 %".79", 8
  %".81" = getelementptr inbounds float, ptr %"X", i64 %".80"
  %".82" = load float, ptr %".81", align 4
  %".83" = fmul contract float %".76", %".82"
  %".84" = fadd contract float %".74", %".83"
  %".85" = getelementptr inbounds float, ptr %"Y.local", i64 %".71"
  store float %".84", ptr %".85", align 4
  %"t.inner.next.1" = add nsw i64 %"t.inner.1", 1
  br label %"t.inner.header.1"
t.inner.exit.1:
  %".88" = add i64 0, 8
  br label %"t.inner.header.2"
t.inner.header.2:
  %"t.inner.2" = phi  i64 [0, %"t.inner.exit.1"], [%"t.inner.next.2", %"t.inner.body.2.endif"]
  %".90" = icmp slt i64 %"t.inner.2", %".88"
  br i1 %".90", label %"t.inner.body.2", label %"t.inner.exit.2"
t.inner.body.2:
  %".92" = add i64 %"t.inner.2", 1
  %".93" = icmp slt i64 %"k", %".92"
  br i1 %".93", label %"t.inner.body.2.if", label %"t.inner.body.2.endif"
t.inner.exit.2:
  %".114" = add i64 0, 8
  br label %"t.inner.header.3"
t.inner.body.2.if:
  %".95" = add i64 %"t.inner.2", 16
  %".96" = add i64 %"t.inner.2", 16
  %".97" = getelementptr inbounds float, ptr %"Y.local", i64 %".96"
  %".98" = load float, ptr %".97", align 4
  %".99" = add i64 %"k", 4
  %".100" = getelementptr inbounds float, ptr %"W", i64 %".99"
  %".101" = load float, ptr %".100", align 4
  %".102" = mul i64 %"b", 120
  %".103" = add i64 %".102", %"t.inner.2"
  %".104" = sub i64 %".103", %"k"
  %".105" = add i64 %".104", 30
  %".106" = getelementptr inbounds float, ptr %"X", i64 %".105"
  %".107" = load float, ptr %".106", align 4
  %".108" = fmul contract float %".101", %".107"
  %".109" = fadd contract float %".98", %".108"
  %".110" = getelementptr inbounds float, ptr %"Y.local", i64 %".95"
  store float %".109", ptr %".110", align 4
  br label %"t.inner.body.2.endif"
t.inner.body.2.endif:
  %"t.inner.next.2" = add nsw i64 %"t.inner.2", 1
  br label %"t.inner.header.2"
t.inner.header.3:
  %"t.inner.3" = phi  i64 [0, %"t.inner.exit.2"], [%"t.inner.next.3", %"t.inner.body.3"]
  %".116" = icmp slt i64 %"t.inner.3", %".114"
  br i1 %".116", label %"t.inner.body.3", label %"t.inner.exit.3"
t.inner.body.3:
  %".118" = add i64 %"t.inner.3", 24
  %".119" = add i64 %"t.inner.3", 24
  %".120" = getelementptr inbounds float, ptr %"Y.local", i64 %".119"
  %".121" = load float, ptr %".120", align 4
  %".122" = add i64 %"k", 4
  %".123" = getelementptr inbounds float, ptr %"W", i64 %".122"
  %".124" = load float, ptr %".123", align 4
  %".125" = mul i64 %"b", 120
  %".126" = add i64 %".125", %"t.inner.3"
  %".127" = sub i64 %".126", %"k"
  %".128" = add i64 %".127", 38
  %".129" = getelementptr inbounds float, ptr %"X", i64 %".128"
  %".130" = load float, ptr %".129", align 4
  %".131" = fmul contract float %".124", %".130"
  %".132" = fadd contract float %".121", %".131"
  %".133" = getelementptr inbounds float, ptr %"Y.local", i64 %".118"
  store float %".132", ptr %".133", align 4
  %"t.inner.next.3" = add nsw i64 %"t.inner.3", 1
  br label %"t.inner.header.3"
t.inner.exit.3:
  %".136" = add i64 0, 8
  br label %"t.inner.header.4"
t.inner.header.4:
  %"t.inner.4" = phi  i64 [0, %"t.inner.exit.3"], [%"t.inner.next.4", %"t.inner.body.4.endif"]
  %".138" = icmp slt i64 %"t.inner.4", %".136"
  br i1 %".138", label %"t.inner.body.4", label %"t.inner.exit.4"
t.inner.body.4:
  %".140" = add i64 %"t.inner.4", 1
  %".141" = icmp slt i64 %"k", %".140"
  br i1 %".141", label %"t.inner.body.4.if", label %"t.inner.body.4.endif"
t.inner.exit.4:
  %".162" = add i64 0, 8
  br label %"t.inner.header.5"
t.inner.body.4.if:
  %".143" = add i64 %"t.inner.4", 32
  %".144" = add i64 %"t.inner.4", 32
  %".145" = getelementptr inbounds float, ptr %"Y.local", i64 %".144"
  %".146" = load float, ptr %".145", align 4
  %".147" = add i64 %"k", 8
  %".148" = getelementptr inbounds float, ptr %"W", i64 %".147"
  %".149" = load float, ptr %".148", align 4
  %".150" = mul i64 %"b", 120
  %".151" = add i64 %".150", %"t.inner.4"
  %".152" = sub i64 %".151", %"k"
  %".153" = add i64 %".152", 60
  %".154" = getelementptr inbounds float, ptr %"X", i64 %".153"
  %".155" = load float, ptr %".154", align 4
  %".156" = fmul contract float %".149", %".155"
  %".157" = fadd contract float %".146", %".156"
  %".158" = getelementptr inbounds float, ptr %"Y.local", i64 %".143"
  store float %".157", ptr %".158", align 4
  br label %"t.inner.body.4.endif"
t.inner.body.4.endif:
  %"t.inner.next.4" = add nsw i64 %"t.inner.4", 1
  br label %"t.inner.header.4"
t.inner.header.5:
  %"t.inner.5" = phi  i64 [0, %"t.inner.exit.4"], [%"t.inner.next.5", %"t.inner.body.5"]
  %".164" = icmp slt i64 %"t.inner.5", %".162"
  br i1 %".164", label %"t.inner.body.5", label %"t.inner.exit.5"
t.inner.body.5:
  %".166" = add i64 %"t.inner.5", 40
  %".167" = add i64 %"t.inner.5", 40
  %".168" = getelementptr inbounds float, ptr %"Y.local", i64 %".167"
  %".169" = load float, ptr %".168", align 4
  %".170" = add i64 %"k", 8
  %".171" = getelementptr inbounds float, ptr %"W", i64 %".170"
  %".172" = load float, ptr %".171", align 4
  %".173" = mul i64 %"b", 120
  %".174" = add i64 %".173", %"t.inner.5"
  %".175" = sub i64 %".174", %"k"
  %".176" = add i64 %".175", 68
  %".177" = getelementptr inbounds float, ptr %"X", i64 %".176"
  %".178" = load float, ptr %".177", align 4
  %".179" = fmul contract float %".172", %".178"
  %".180" = fadd contract float %".169", %".179"
  %".181" = getelementptr inbounds float, ptr %"Y.local", i64 %".166"
  store float %".180", ptr %".181", align 4
  %"t.inner.next.5" = add nsw i64 %"t.inner.5", 1
  br label %"t.inner.header.5"
t.inner.exit.5:
  %".184" = add i64 0, 8
  br label %"t.inner.header.6"
t.inner.header.6:
  %"t.inner.6" = phi  i64 [0, %"t.inner.exit.5"], [%"t.inner.next.6", %"t.inner.body.6.endif"]
  %".186" = icmp slt i64 %"t.inner.6", %".184"
  br i1 %".186", label %"t.inner.body.6", label %"t.inner.exit.6"
t.inner.body.6:
  %".188" = add i64 %"t.inner.6", 1
  %".189" = icmp slt i64 %"k", %".188"
  br i1 %".189", label %"t.inner.body.6.if", label %"t.inner.body.6.endif"
t.inner.exit.6:
  %".210" = add i64 0, 8
  br label %"t.inner.header.7"
t.inner.body.6.if:
  %".191" = add i64 %"t.inner.6", 48
  %".192" = add i64 %"t.inner.6", 48
  %".193" = getelementptr inbounds float, ptr %"Y.local", i64 %".192"
  %".194" = load float, ptr %".193", align 4
  %".195" = add i64 %"k", 12
  %".196" = getelementptr inbounds float, ptr %"W", i64 %".195"
  %".197" = load float, ptr %".196", align 4
  %".198" = mul i64 %"b", 120
  %".199" = add i64 %".198", %"t.inner.6"
  %".200" = sub i64 %".199", %"k"
  %".201" = add i64 %".200", 90
  %".202" = getelementptr inbounds float, ptr %"X", i64 %".201"
  %".203" = load float, ptr %".202", align 4
  %".204" = fmul contract float %".197", %".203"
  %".205" = fadd contract float %".194", %".204"
  %".206" = getelementptr inbounds float, ptr %"Y.local", i64 %".191"
  store float %".205", ptr %".206", align 4
  br label %"t.inner.body.6.endif"
t.inner.body.6.endif:
  %"t.inner.next.6" = add nsw i64 %"t.inner.6", 1
  br label %"t.inner.header.6"
t.inner.header.7:
  %"t.inner.7" = phi  i64 [0, %"t.inner.exit.6"], [%"t.inner.next.7", %"t.inner.body.7"]
  %".212" = icmp slt i64 %"t.inner.7", %".210"
  br i1 %".212", label %"t.inner.body.7", label %"t.inner.exit.7"
t.inner.body.7:
  %".214" = add i64 %"t.inner.7", 56
  %".215" = add i64 %"t.inner.7", 56
  %".216" = getelementptr inbounds float, ptr %"Y.local", i64 %".215"
  %".217" = load float, ptr %".216", align 4
  %".218" = add i64 %"k", 12
  %".219" = getelementptr inbounds float, ptr %"W", i64 %".218"
  %".220" = load float, ptr %".219", align 4
  %".221" = mul i64 %"b", 120
  %".222" = add i64 %".221", %"t.inner.7"
  %".223" = sub i64 %".222", %"k"
  %".224" = add i64 %".223", 98
  %".225" = getelementptr inbounds float, ptr %"X", i64 %".224"
  %".226" = load float, ptr %".225", align 4
  %".227" = fmul contract float %".220", %".226"
  %".228" = fadd contract float %".217", %".227"
  %".229" = getelementptr inbounds float, ptr %"Y.local", i64 %".214"
  store float %".228", ptr %".229", align 4
  %"t.inner.next.7" = add nsw i64 %"t.inner.7", 1
  br label %"t.inner.header.7"
t.inner.exit.7:
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
c.inner.header:
  %"c.inner" = phi  i64 [0, %"k.exit"], [%"c.inner.next", %"t.inner.outer.exit"]
  %".235" = icmp slt i64 %"c.inner", %".233"
  br i1 %".235", label %"c.inner.body", label %"c.inner.exit"
c.inner.body:
  %".237" = add i64 0, 2
  br label %"t.inner.outer.header"
c.inner.exit:
  %".264" = add i64 0, 8
  br label %"t.inner.header.8"
t.inner.outer.header:
  %"t.inner.outer" = phi  i64 [0, %"c.inner.body"], [%"t.inner.outer.next", %"t.inner.outer.body"]
  %".239" = icmp slt i64 %"t.inner.outer", %".237"
  br i1 %".239", label %"t.inner.outer.body", label %"t.inner.outer.exit"
t.inner.outer.body:
  %".241" = mul i64 %"b", 120
  %".242" = mul i64 %"c.inner", 30
  %".243" = add i64 %".241", %".242"
  %".244" = mul i64 %"t.inner.outer", 8
  %".245" = add i64 %".243", %".244"
  %".246" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".245", i32 0
  %".247" = shufflevector <8 x i64> %".246", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".248" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".249" = add <8 x i64> %".247", %".248"
  %".250" = mul i64 %"c.inner", 16
  %".251" = mul i64 %"t.inner.outer", 8
  %".252" = add i64 %".250", %".251"
  %".253" = getelementptr inbounds float, ptr %"Y.local", i64 %".252"
  %".254" = load <8 x float>, ptr %".253", align 4
  %".255" = mul i64 %"b", 120
  %".256" = mul i64 %"c.inner", 30
  %".257" = add i64 %".255", %".256"
  %".258" = mul i64 %"t.inner.outer", 8
  %".259" = add i64 %".257", %".258"
  %".260" = getelementptr inbounds float, ptr %"Y", i64 %".259"
  store <8 x float> %".254", ptr %".260", align 4
  %"t.inner.outer.next" = add nsw i64 %"t.inner.outer", 1
  br label %"t.inner.outer.header"
t.inner.outer.exit:
  %"c.inner.next" = add nsw i64 %"c.inner", 1
  br label %"c.inner.header"
t.inner.header.8:
  %"t.inner.8" = phi  i64 [0, %"c.inner.exit"], [%"t.inner.next.8", %"t.inner.body.8"]
  %".266" = icmp slt i64 %"t.inner.8", %".264"
  br i1 %".266", label %"t.inner.body.8", label %"t.inner.exit.8"
t.inner.body.8:
  %".268" = getelementptr inbounds float, ptr %"Y.local.1", i64 %"t.inner.8"
  store float              0x0, ptr %".268", align 4
  %"t.inner.next.8" = add nsw i64 %"t.inner.8", 1
  br label %"t.inner.header.8"
t.inner.exit.8:
  %".271" = add i64 0, 8
  br label %"t.inner.header.9"
t.inner.header.9:
  %"t.inner.9" = phi  i64 [0, %"t.inner.exit.8"], [%"t.inner.next.9", %"t.inner.body.9.endif"]
  %".273" = icmp slt i64 %"t.inner.9", %".271"
  br i1 %".273", label %"t.inner.body.9", label %"t.inner.exit.9"
t.inner.body.9:
  %".275" = icmp slt i64 %"t.inner.9", 6
  br i1 %".275", label %"t.inner.body.9.if", label %"t.inner.body.9.endif"
t.inner.exit.9:
  %".282" = add i64 0, 8
  br label %"t.inner.header.10"
t.inner.body.9.if:
  %".277" = add i64 %"t.inner.9", 8
  %".278" = getelementptr inbounds float, ptr %"Y.local.1", i64 %".277"
  store float              0x0, ptr %".278", align 4
  br label %"t.inner.body.9.endif"
t.inner.body.9.endif:
  %"t.inner.next.9" = add nsw i64 %"t.inner.9", 1
  br label %"t.inner.header.9"
t.inner.header.10:
  %"t.inner.10" = phi  i64 [0, %"t.inner.exit.9"], [%"t.inner.next.10", %"t.inner.body.10"]
  %".284" = icmp slt i64 %"t.inner.10", %".282"
  br i1 %".284", label %"t.inner.body.10", label %"t.inner.exit.10"
t.inner.body.10:
  %".286" = add i64 %"t.inner.10", 14
  %".287" = getelementptr inbounds float, ptr %"Y.local.1", i64 %".286"
  store float              0x0, ptr %".287", align 4
  %"t.inner.next.10" = add nsw i64 %"t.inner.10", 1
  br label %"t.inner.header.10"
t.inner.exit.10:
  %".290" = add i64 0, 8
  br label %"t.inner.header.11"
t.inner.header.11:
  %"t.inner.11" = phi  i64 [0, %"t.inner.exit.10"], [%"t.inner.next.11", %"t.inner.body.11.endif"]
  %".292" = icmp slt i64 %"t.inner.11", %".290"
  br i1 %".292", label %"t.inner.body.11", label %"t.inner.exit.11"
t.inner.body.11:
  %".294" = icmp slt i64 %"t.inner.11", 6
  br i1 %".294", label %"t.inner.body.11.if", label %"t.inner.body.11.endif"
t.inner.exit.11:
  %".301" = add i64 0, 8
  br label %"t.inner.header.12"
t.inner.body.11.if:
  %".296" = add i64 %"t.inner.11", 22
  %".297" = getelementptr inbounds float, ptr %"Y.local.1", i64 %".296"
  store float              0x0, ptr %".297", align 4
  br label %"t.inner.body.11.endif"
t.inner.body.11.endif:
  %"t.inner.next.11" = add nsw i64 %"t.inner.11", 1
  br label %"t.inner.header.11"
t.inner.header.12:
  %"t.inner.12" = phi  i64 [0, %"t.inner.exit.11"], [%"t.inner.next.12", %"t.inner.body.12"]
  %".303" = icmp slt i64 %"t.inner.12", %".301"
  br i1 %".303", label %"t.inner.body.12", label %"t.inner.exit.12"
t.inner.body.12:
  %".305" = add i64 %"t.inner.12", 28
  %".306" = getelementptr inbounds float, ptr %"Y.local.1", i64 %".305"
  store float              0x0, ptr %".306", align 4
  %"t.inner.next.12" = add nsw i64 %"t.inner.12", 1
  br label %"t.inner.header.12"
t.inner.exit.12:
  %".309" = add i64 0, 8
  br label %"t.inner.header.13"
t.inner.header.13:
  %"t.inner.13" = phi  i64 [0, %"t.inner.exit.12"], [%"t.inner.next.13", %"t.inner.body.13.endif"]
  %".311" = icmp slt i64 %"t.inner.13", %".309"
  br i1 %".311", label %"t.inner.body.13", label %"t.inner.exit.13"
t.inner.body.13:
  %".313" = icmp slt i64 %"t.inner.13", 6
  br i1 %".313", label %"t.inner.body.13.if", label %"t.inner.body.13.endif"
t.inner.exit.13:
  %".320" = add i64 0, 8
  br label %"t.inner.header.14"
t.inner.body.13.if:
  %".315" = add i64 %"t.inner.13", 36
  %".316" = getelementptr inbounds float, ptr %"Y.local.1", i64 %".315"
  store float              0x0, ptr %".316", align 4
  br label %"t.inner.body.13.endif"
t.inner.body.13.endif:
  %"t.inner.next.13" = add nsw i64 %"t.inner.13", 1
  br label %"t.inner.header.13"
t.inner.header.14:
  %"t.inner.14" = phi  i64 [0, %"t.inner.exit.13"], [%"t.inner.next.14", %"t.inner.body.14"]
  %".322" = icmp slt i64 %"t.inner.14", %".320"
  br i1 %".322", label %"t.inner.body.14", label %"t.inner.exit.14"
t.inner.body.14:
  %".324" = add i64 %"t.inner.14", 42
  %".325" = getelementptr inbounds float, ptr %"Y.local.1", i64 %".324"
  store float              0x0, ptr %".325", align 4
  %"t.inner.next.14" = add nsw i64 %"t.inner.14", 1
  br label %"t.inner.header.14"
t.inner.exit.14:
  %".328" = add i64 0, 8
  br label %"t.inner.header.15"
t.inner.header.15:
  %"t.inner.15" = phi  i64 [0, %"t.inner.exit.14"], [%"t.inner.next.15", %"t.inner.body.15.endif"]
  %".330" = icmp slt i64 %"t.inner.15", %".328"
  br i1 %".330", label %"t.inner.body.15", label %"t.inner.exit.15"
t.inner.body.15:
  %".332" = icmp slt i64 %"t.inner.15", 6
  br i1 %".332", label %"t.inner.body.15.if", label %"t.inner.body.15.endif"
t.inner.exit.15:
  %".339" = add i64 0, 4
  br label %"k.header.1"
t.inner.body.15.if:
  %".334" = add i64 %"t.inner.15", 50
  %".335" = getelementptr inbounds float, ptr %"Y.local.1", i64 %".334"
  store float              0x0, ptr %".335", align 4
  br label %"t.inner.body.15.endif"
t.inner.body.15.endif:
  %"t.inner.next.15" = add nsw i64 %"t.inner.15", 1
  br label %"t.inner.header.15"
k.header.1:
  %"k.1" = phi  i64 [0, %"t.inner.exit.15"], [%"k.next.1", %"k.body.1"]
  %".341" = icmp slt i64 %"k.1", %".339"
  br i1 %".341", label %"k.body.1", label %"k.exit.1"
k.body.1:
  %".343" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".344" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".343"
  %".345" = getelementptr inbounds float, ptr %"Y.local.1", i64 0
  %".346" = load <8 x float>, ptr %".345", align 4
  %".347" = getelementptr inbounds float, ptr %"W", i64 %"k.1"
  %".348" = load float, ptr %".347", align 4
  %".349" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".348", i32 0
  %".350" = shufflevector <8 x float> %".349", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".351" = mul i64 %"b", 120
  %".352" = sub i64 %".351", %"k.1"
  %".353" = add i64 %".352", 16
  %".354" = getelementptr inbounds float, ptr %"X", i64 %".353"
  %".355" = load <8 x float>, ptr %".354", align 4
  %".356" = fmul contract <8 x float> %".350", %".355"
  %".357" = fadd contract <8 x float> %".346", %".356"
  %".358" = getelementptr inbounds float, ptr %"Y.local.1", i64 0
  store <8 x float> %".357", ptr %".358", align 4
  %".360" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".361" = add <4 x i64> <i64 8, i64 8, i64 8, i64 8>, %".360"
  %".362" = getelementptr inbounds float, ptr %"Y.local.1", i64 8
  %".363" = load <4 x float>, ptr %".362", align 4
  %".364" = getelementptr inbounds float, ptr %"W", i64 %"k.1"
  %".365" = load float, ptr %".364", align 4
  %".366" = insertelement <4 x float> <float undef, float undef, float undef, float undef>, float %".365", i32 0
  %".367" = shufflevector <4 x float> %".366", <4 x float> <float undef, float undef, float undef, float undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".368" = mul i64 %"b", 120
  %".369" = sub i64 %".368", %"k.1"
  %".370" = add i64 %".369", 24
  %".371" = getelementptr inbounds float, ptr %"X", i64 %".370"
  %".372" = load <4 x float>, ptr %".371", align 4
  %".373" = fmul contract <4 x float> %".367", %".372"
  %".374" = fadd contract <4 x float> %".363", %".373"
  %".375" = getelementptr inbounds float, ptr %"Y.local.1", i64 8
  store <4 x float> %".374", ptr %".375", align 4
  %".377" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".378" = add <2 x i64> <i64 12, i64 12>, %".377"
  %".379" = getelementptr inbounds float, ptr %"Y.local.1", i64 12
  %".380" = load <2 x float>, ptr %".379", align 4
  %".381" = getelementptr inbounds float, ptr %"W", i64 %"k.1"
  %".382" = load float, ptr %".381", align 4
  %".383" = insertelement <2 x float> <float undef, float undef>, float %".382", i32 0
  %".384" = shufflevector <2 x float> %".383", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".385" = mul i64 %"b", 120
  %".386" = sub i64 %".385", %"k.1"
  %".387" = add i64 %".386", 28
  %".388" = getelementptr inbounds float, ptr %"X", i64 %".387"
  %".389" = load <2 x float>, ptr %".388", align 4
  %".390" = fmul contract <2 x float> %".384", %".389"
  %".391" = fadd contract <2 x float> %".380", %".390"
  %".392" = getelementptr inbounds float, ptr %"Y.local.1", i64 12
  store <2 x float> %".391", ptr %".392", align 4
  %".394" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".395" = add <8 x i64> <i64 14, i64 14, i64 14, i64 14, i64 14, i64 14, i64 14, i64 14>, %".394"
  %".396" = getelementptr inbounds float, ptr %"Y.local.1", i64 14
  %".397" = load <8 x float>, ptr %".396", align 4
  %".398" = add i64 %"k.1", 4
  %".399" = getelementptr inbounds float, ptr %"W", i64 %".398"
  %".400" = load float, ptr %".399", align 4
  %".401" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".400", i32 0
  %".402" = shufflevector <8 x float> %".401", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".403" = mul i64 %"b", 120
  %".404" = sub i64 %".403", %"k.1"
  %".405" = add i64 %".404", 46
  %".406" = getelementptr inbounds float, ptr %"X", i64 %".405"
  %".407" = load <8 x float>, ptr %".406", align 4
  %".408" = fmul contract <8 x float> %".402", %".407"
  %".409" = fadd contract <8 x float> %".397", %".408"
  %".410" = getelementptr inbounds float, ptr %"Y.local.1", i64 14
  store <8 x float> %".409", ptr %".410", align 4
  %".412" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".413" = add <4 x i64> <i64 22, i64 22, i64 22, i64 22>, %".412"
  %".414" = getelementptr inbounds float, ptr %"Y.local.1", i64 22
  %".415" = load <4 x float>, ptr %".414", align 4
  %".416" = add i64 %"k.1", 4
  %".417" = getelementptr inbounds float, ptr %"W", i64 %".416"
  %".418" = load float, ptr %".417", align 4
  %".419" = insertelement <4 x float> <float undef, float undef, float undef, float undef>, float %".418", i32 0
  %".420" = shufflevector <4 x float> %".419", <4 x float> <float undef, float undef, float undef, float undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".421" = mul i64 %"b", 120
  %".422" = sub i64 %".421", %"k.1"
  %".423" = add i64 %".422", 54
  %".424" = getelementptr inbounds float, ptr %"X", i64 %".423"
  %".425" = load <4 x float>, ptr %".424", align 4
  %".426" = fmul contract <4 x float> %".420", %".425"
  %".427" = fadd contract <4 x float> %".415", %".426"
  %".428" = getelementptr inbounds float, ptr %"Y.local.1", i64 22
  store <4 x float> %".427", ptr %".428", align 4
  %".430" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".431" = add <2 x i64> <i64 26, i64 26>, %".430"
  %".432" = getelementptr inbounds float, ptr %"Y.local.1", i64 26
  %".433" = load <2 x float>, ptr %".432", align 4
  %".434" = add i64 %"k.1", 4
  %".435" = getelementptr inbounds float, ptr %"W", i64 %".434"
  %".436" = load float, ptr %".435", align 4
  %".437" = insertelement <2 x float> <float undef, float undef>, float %".436", i32 0
  %".438" = shufflevector <2 x float> %".437", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".439" = mul i64 %"b", 120
  %".440" = sub i64 %".439", %"k.1"
  %".441" = add i64 %".440", 58
  %".442" = getelementptr inbounds float, ptr %"X", i64 %".441"
  %".443" = load <2 x float>, ptr %".442", align 4
  %".444" = fmul contract <2 x float> %".438", %".443"
  %".445" = fadd contract <2 x float> %".433", %".444"
  %".446" = getelementptr inbounds float, ptr %"Y.local.1", i64 26
  store <2 x float> %".445", ptr %".446", align 4
  %".448" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".449" = add <8 x i64> <i64 28, i64 28, i64 28, i64 28, i64 28, i64 28, i64 28, i64 28>, %".448"
  %".450" = getelementptr inbounds float, ptr %"Y.local.1", i64 28
  %".451" = load <8 x float>, ptr %".450", align 4
  %".452" = add i64 %"k.1", 8
  %".453" = getelementptr inbounds float, ptr %"W", i64 %".452"
  %".454" = load float, ptr %".453", align 4
  %".455" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".454", i32 0
  %".456" = shufflevector <8 x float> %".455", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".457" = mul i64 %"b", 120
  %".458" = sub i64 %".457", %"k.1"
  %".459" = add i64 %".458", 76
  %".460" = getelementptr inbounds float, ptr %"X", i64 %".459"
  %".461" = load <8 x float>, ptr %".460", align 4
  %".462" = fmul contract <8 x float> %".456", %".461"
  %".463" = fadd contract <8 x float> %".451", %".462"
  %".464" = getelementptr inbounds float, ptr %"Y.local.1", i64 28
  store <8 x float> %".463", ptr %".464", align 4
  %".466" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".467" = add <4 x i64> <i64 36, i64 36, i64 36, i64 36>, %".466"
  %".468" = getelementptr inbounds float, ptr %"Y.local.1", i64 36
  %".469" = load <4 x float>, ptr %".468", align 4
  %".470" = add i64 %"k.1", 8
  %".471" = getelementptr inbounds float, ptr %"W", i64 %".470"
  %".472" = load float, ptr %".471", align 4
  %".473" = insertelement <4 x float> <float undef, float undef, float undef, float undef>, float %".472", i32 0
  %".474" = shufflevector <4 x float> %".473", <4 x float> <float undef, float undef, float undef, float undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".475" = mul i64 %"b", 120
  %".476" = sub i64 %".475", %"k.1"
  %".477" = add i64 %".476", 84
  %".478" = getelementptr inbounds float, ptr %"X", i64 %".477"
  %".479" = load <4 x float>, ptr %".478", align 4
  %".480" = fmul contract <4 x float> %".474", %".479"
  %".481" = fadd contract <4 x float> %".469", %".480"
  %".482" = getelementptr inbounds float, ptr %"Y.local.1", i64 36
  store <4 x float> %".481", ptr %".482", align 4
  %".484" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".485" = add <2 x i64> <i64 40, i64 40>, %".484"
  %".486" = getelementptr inbounds float, ptr %"Y.local.1", i64 40
  %".487" = load <2 x float>, ptr %".486", align 4
  %".488" = add i64 %"k.1", 8
  %".489" = getelementptr inbounds float, ptr %"W", i64 %".488"
  %".490" = load float, ptr %".489", align 4
  %".491" = insertelement <2 x float> <float undef, float undef>, float %".490", i32 0
  %".492" = shufflevector <2 x float> %".491", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".493" = mul i64 %"b", 120
  %".494" = sub i64 %".493", %"k.1"
  %".495" = add i64 %".494", 88
  %".496" = getelementptr inbounds float, ptr %"X", i64 %".495"
  %".497" = load <2 x float>, ptr %".496", align 4
  %".498" = fmul contract <2 x float> %".492", %".497"
  %".499" = fadd contract <2 x float> %".487", %".498"
  %".500" = getelementptr inbounds float, ptr %"Y.local.1", i64 40
  store <2 x float> %".499", ptr %".500", align 4
  %".502" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".503" = add <8 x i64> <i64 42, i64 42, i64 42, i64 42, i64 42, i64 42, i64 42, i64 42>, %".502"
  %".504" = getelementptr inbounds float, ptr %"Y.local.1", i64 42
  %".505" = load <8 x float>, ptr %".504", align 4
  %".506" = add i64 %"k.1", 12
  %".507" = getelementptr inbounds float, ptr %"W", i64 %".506"
  %".508" = load float, ptr %".507", align 4
  %".509" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".508", i32 0
  %".510" = shufflevector <8 x float> %".509", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".511" = mul i64 %"b", 120
  %".512" = sub i64 %".511", %"k.1"
  %".513" = add i64 %".512", 106
  %".514" = getelementptr inbounds float, ptr %"X", i64 %".513"
  %".515" = load <8 x float>, ptr %".514", align 4
  %".516" = fmul contract <8 x float> %".510", %".515"
  %".517" = fadd contract <8 x float> %".505", %".516"
  %".518" = getelementptr inbounds float, ptr %"Y.local.1", i64 42
  store <8 x float> %".517", ptr %".518", align 4
  %".520" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".521" = add <4 x i64> <i64 50, i64 50, i64 50, i64 50>, %".520"
  %".522" = getelementptr inbounds float, ptr %"Y.local.1", i64 50
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
  %".536" = getelementptr inbounds float, ptr %"Y.local.1", i64 50
  store <4 x float> %".535", ptr %".536", align 4
  %".538" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".539" = add <2 x i64> <i64 54, i64 54>, %".538"
  %".540" = getelementptr inbounds float, ptr %"Y.local.1", i64 54
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
  %".554" = getelementptr inbounds float, ptr %"Y.local.1", i64 54
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
  %".564" = add i64 %".563", 16
  %".565" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".564", i32 0
  %".566" = shufflevector <8 x i64> %".565", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".567" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".568" = add <8 x i64> %".566", %".567"
  %".569" = mul i64 %"c.inner.1", 14
  %".570" = getelementptr inbounds float, ptr %"Y.local.1", i64 %".569"
  %".571" = load <8 x float>, ptr %".570", align 4
  %".572" = mul i64 %"b", 120
  %".573" = mul i64 %"c.inner.1", 30
  %".574" = add i64 %".572", %".573"
  %".575" = add i64 %".574", 16
  %".576" = getelementptr inbounds float, ptr %"Y", i64 %".575"
  store <8 x float> %".571", ptr %".576", align 4
  %".578" = mul i64 %"b", 120
  %".579" = mul i64 %"c.inner.1", 30
  %".580" = add i64 %".578", %".579"
  %".581" = add i64 %".580", 24
  %".582" = insertelement <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".581", i32 0
  %".583" = shufflevector <4 x i64> %".582", <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".584" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".585" = add <4 x i64> %".583", %".584"
  %".586" = mul i64 %"c.inner.1", 14
  %".587" = add i64 %".586", 8
  %".588" = getelementptr inbounds float, ptr %"Y.local.1", i64 %".587"
  %".589" = load <4 x float>, ptr %".588", align 4
  %".590" = mul i64 %"b", 120
  %".591" = mul i64 %"c.inner.1", 30
  %".592" = add i64 %".590", %".591"
  %".593" = add i64 %".592", 24
  %".594" = getelementptr inbounds float, ptr %"Y", i64 %".593"
  store <4 x float> %".589", ptr %".594", align 4
  %".596" = mul i64 %"b", 120
  %".597" = mul i64 %"c.inner.1", 30
  %".598" = add i64 %".596", %".597"
  %".599" = add i64 %".598", 28
  %".600" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".599", i32 0
  %".601" = shufflevector <2 x i64> %".600", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".602" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".603" = add <2 x i64> %".601", %".602"
  %".604" = mul i64 %"c.inner.1", 14
  %".605" = add i64 %".604", 12
  %".606" = getelementptr inbounds float, ptr %"Y.local.1", i64 %".605"
  %".607" = load <2 x float>, ptr %".606", align 4
  %".608" = mul i64 %"b", 120
  %".609" = mul i64 %"c.inner.1", 30
  %".610" = add i64 %".608", %".609"
  %".611" = add i64 %".610", 28
  %".612" = getelementptr inbounds float, ptr %"Y", i64 %".611"
  store <2 x float> %".607", ptr %".612", align 4
  %"c.inner.next.1" = add nsw i64 %"c.inner.1", 1
  br label %"c.inner.header.1"
c.inner.exit.1:
  %"b.next" = add nsw i64 %"b", 1
  br label %"b.header"
}
