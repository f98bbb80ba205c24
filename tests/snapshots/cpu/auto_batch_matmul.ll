; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"A", ptr noalias %"B", ptr noalias %"bmm") nounwind
{
entry:
  %"bmm.local.1" = alloca [32 x float], align 64
  %"bmm.local" = alloca [64 x float], align 64
  %".5" = add i64 0, 2
  br label %"q.header"
q.header:
  %"q" = phi  i64 [0, %"entry"], [%"q.next", %"i.outer.exit"]
  %".7" = icmp slt i64 %"q", %".5"
  br i1 %".7", label %"q.body", label %"q.exit"
q.body:
  %".9" = add i64 0, 4
  br label %"i.outer.header"
q.exit:
  ret void
i.outer.header:
  %"i.outer" = phi  i64 [0, %"q.body"], [%"i.outer.next", %"i.inner.exit.1"]
  %".11" = icmp slt i64 %"i.outer", %".9"
  br i1 %".11", label %"i.outer.body", label %"i.outer.exit"
i.outer.body:
  %".13" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".14" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".13"
  %".15" = getelementptr inbounds float, ptr %"bmm.local", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".15", align 4
  %".17" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".18" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".17"
  %".19" = getelementptr inbounds float, ptr %"bmm.local", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".19", align 4
  %".21" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".22" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".21"
  %".23" = getelementptr inbounds float, ptr %"bmm.local", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".23", align 4
  %".25" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".26" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".25"
  %".27" = getelementptr inbounds float, ptr %"bmm.local", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".27", align 4
  %".29" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".30" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".29"
  %".31" = getelementptr inbounds float, ptr %"bmm.local", i64 32
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".31", align 4
  %".33" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".34" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".33"
  %".35" = getelementptr inbounds float, ptr %"bmm.local", i64 40
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".35", align 4
  %".37" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".38" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".37"
  %".39" = getelementptr inbounds float, ptr %"bmm.local", i64 48
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".39", align 4
  %".41" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".42" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".41"
  %".43" = getelementptr inbounds float, ptr %"bmm.local", i64 56
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".43", align 4
  %".45" = add i64 0, 8
  br label %"k.header"
i.outer.exit:
  %"q.next" = add nsw i64 %"q", 1
  br label %"q.header"
k.header:
  %"k" = phi  i64 [0, %"i.outer.body"], [%"k.next", %"k.body"]
  %".47" = icmp slt i64 %"k", %".45"
  br i1 %".47", label %"k.body", label %"k.exit"
k.body:
  %".49" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".50" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".49"
  %".51" = getelementptr inbounds float, ptr %"bmm.local", i64 0
  %".52" = load <8 x float>, ptr %".51", align 4
  %".53" = mul i64 %"q", 128
  %".54" = add i64 %"k", %".53"
  %".55" = mul i64 %"i.outer", 32
  %".56" = add i64 %".54", %".55"
  %".57" = getelementptr inbounds float, ptr %"A", i64 %".56"
  %".58" = load float, ptr %".57", align 4
  %".59" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".58", i32 0
  %".60" = shufflevector <8 x float> %".59", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".61" = mul i64 %"k", 24
  %".62" = mul i64 %"q", 192
  %".63" = add i64 %".61", %".62"
  %".64" = getelementptr inbounds float, ptr %"B", i64 %".63"
  %".65" = load <8 x float>, ptr %".64", align 4
  %".66" = fmul contract <8 x float> %".60", %".65"
  %".67" = fadd contract <8 x float> %".52", %".66"
  %".68" = getelementptr inbounds float, ptr %"bmm.local", i64 0
  store <8 x float> %".67", ptr %".68", align 4
  %".70" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".71" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".70"
  %".72" = getelementptr inbounds float, ptr %"bmm.local", i64 8
  %".73" = load <8 x float>, ptr %".72", align 4
  %".74" = mul i64 %"q", 128
  %".75" = add i64 %"k", %".74"
  %".76" = mul i64 %"i.outer", 32
  %".77" = add i64 %".75", %".76"
  %".78" = getelementptr inbounds float, ptr %"A", i64 %".77"
  %".79" = load float, ptr %".78", align 4
  %".80" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".79", i32 0
  %".81" = shufflevector <8 x float> %".80", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".82" = mul i64 %"k", 24
  %".83" = mul i64 %"q", 192
  %".84" = add i64 %".82", %".83"
  %".85" = add i64 %".84", 8
  %".86" = getelementptr inbounds float, ptr %"B", i64 %".85"
  %".87" = load <8 x float>, ptr %".86", align 4
  %".88" = fmul contract <8 x float> %".81", %".87"
  %".89" = fadd contract <8 x float> %".73", %".88"
  %".90" = getelementptr inbounds float, ptr %"bmm.local", i64 8
  store <8 x float> %".89", ptr %".90", align 4
  %".92" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".93" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".92"
  %".94" = getelementptr inbounds float, ptr %"bmm.local", i64 16
  %".95" = load <8 x float>, ptr %".94", align 4
  %".96" = mul i64 %"q", 128
  %".97" = add i64 %"k", %".96"
  %".98" = mul i64 %"i.outer", 32
  %".99" = add i64 %".97", %".98"
  %".100" = add i64 %".99", 8
  %".101" = getelementptr inbounds float, ptr %"A", i64 %".100"
  %".102" = load float, ptr %".101", align 4
  %".103" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".102", i32 0
  %".104" = shufflevector <8 x float> %".103", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".105" = mul i64 %"k", 24
  %".106" = mul i64 %"q", 192
  %".107" = add i64 %".105", %".106"
  %".108" = getelementptr inbounds float, ptr %"B", i64 %".107"
  %".109" = load <8 x float>, ptr %".108", align 4
  %".110" = fmul contract <8 x float> %".104", %".109"
  %".111" = fadd contract <8 x float> %".95", %".110"
  %".112" = getelementptr inbounds float, ptr %"bmm.local", i64 16
  store <8 x float> %".111", ptr %".112", align 4
  %".114" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".115" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".114"
  %".116" = getelementptr inbounds float, ptr %"bmm.local", i64 24
  %".117" = load <8 x float>, ptr %".116", align 4
  %".118" = mul i64 %"q", 128
  %".119" = add i64 %"k", %".118"
  %".120" = mul i64 %"i.outer", 32
  %".121" = add i64 %".119", %".120"
  %".122" = add i64 %".121", 8
  %".123" = getelementptr inbounds float, ptr %"A", i64 %".122"
  %".124" = load float, ptr %".123", align 4
  %".125" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".124", i32 0
  %".126" = shufflevector <8 x float> %".125", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".127" = mul i64 %"k", 24
  %".128" = mul i64 %"q", 192
  %".129" = add i64 %".127", %".128"
  %".130" = add i64 %".129", 8
  %".131" = getelementptr inbounds float, ptr %"B", i64 %".130"
  %".132" = load <8 x float>, ptr %".131", align 4
  %".133" = fmul contract <8 x float> %".126", %".132"
  %".134" = fadd contract <8 x float> %".117", %".133"
  %".135" = getelementptr inbounds float, ptr %"bmm.local", i64 24
  store <8 x float> %".134", ptr %".135", align 4
  %".137" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".138" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".137"
  %".139" = getelementptr inbounds float, ptr %"bmm.local", i64 32
  %".140" = load <8 x float>, ptr %".139", align 4
  %".141" = mul i64 %"q", 128
  %".142" = add i64 %"k", %".141"
  %".143" = mul i64 %"i.outer", 32
  %".144" = add i64 %".142", %".143"
  %".145" = add i64 %".144", 16
  %".146" = getelementptr inbounds float, ptr %"A", i64 %".145"
  %".147" = load float, ptr %".146", align 4
  %".148" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".147", i32 0
  %".149" = shufflevector <8 x float> %".148", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".150" = mul i64 %"k", 24
  %".151" = mul i64 %"q", 192
  %".152" = add i64 %".150", %".151"
  %".153" = getelementptr inbounds float, ptr %"B", i64 %".152"
  %".154" = load <8 x float>, ptr %".153", align 4
  %".155" = fmul contract <8 x float> %".149", %".154"
  %".156" = fadd contract <8 x float> %".140", %".155"
  %".157" = getelementptr inbounds float, ptr %"bmm.local", i64 32
  store <8 x float> %".156", ptr %".157", align 4
  %".159" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".160" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".159"
  %".161" = getelementptr inbounds float, ptr %"bmm.local", i64 40
  %".162" = load <8 x float>, ptr %".161", align 4
  %".163" = mul i64 %"q", 128
  %".164" = add i64 %"k", %".163"
  %".165" = mul i64 %"i.outer", 32
  %".166" = add i64 %".164", %".165"
  %".167" = add i64 %".166", 16
  %".168" = getelementptr inbounds float, ptr %"A", i64 %".167"
  %".169" = load float, ptr %".168", align 4
  %".170" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".169", i32 0
  %".171" = shufflevector <8 x float> %".170", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".172" = mul i64 %"k", 24
  %".173" = mul i64 %"q", 192
  %".174" = add i64 %".172", %".173"
  %".175" = add i64 %".174", 8
  %".176" = getelementptr inbounds float, ptr %"B", i64 %".175"
  %".177" = load <8 x float>, ptr %".176", align 4
  %".178" = fmul contract <8 x float> %".171", %".177"
  %".179" = fadd contract <8 x float> %".162", %".178"
  %".180" = getelementptr inbounds float, ptr %"bmm.local", i64 40
  store <8 x float> %".179", ptr %".180", align 4
  %".182" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".183" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".182"
  %".184" = getelementptr inbounds float, ptr %"bmm.local", i64 48
  %".185" = load <8 x float>, ptr %".184", align 4
  %".186" = mul i64 %"q", 128
  %".187" = add i64 %"k", %".186"
  %".188" = mul i64 %"i.outer", 32
  %".189" = add i64 %".187", %".188"
  %".190" = add i64 %".189", 24
  %".191" = getelementptr inbounds float, ptr %"A", i64 %".190"
  %".192" = load float, ptr %".191", align 4
  %".193" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".192", i32 0
  %".194" = shufflevector <8 x float> %".193", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".195" = mul i64 %"k", 24
  %".196" = mul i64 %"q", 192
  %".197" = add i64 %".195", %".196"
  %".198" = getelementptr inbounds float, ptr %"B", i64 %".197"
  %".199" = load <8 x float>, ptr %".198", align 4
  %".200" = fmul contract <8 x float> %".194", %".199"
  %".201" = fadd contract <8 x float> %".185", %".200"
  %".202" = getelementptr inbounds float, ptr %"bmm.local", i64 48
  store <8 x float> %".201", ptr %".202", align 4
  %".204" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".205" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".204"
  %".206" = getelementptr inbounds float, ptr %"bmm.local", i64 56
  %".207" = load <8 x float>, ptr %".206", align 4
  %".208" = mul i64 %"q", 128
  %".209" = add i64 %"k", %".208"
  %".210" = mul i64 %"i.outer", 32
  %".211" = add i64 %".209", %".210"
  %".212" = add i64 %".211", 24
  %".213" = getelementptr inbounds float, ptr %"A", i64 %".212"
  %".214" = load float, ptr %".213", align 4
  %".215" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".214", i32 0
  %".216" = shufflevector <8 x float> %".215", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".217" = mul i64 %"k", 24
  %".218" = mul i64 %"q", 192
  %".219" = add i64 %".217", %".218"
  %".220" = add i64 %".219", 8
  %".221" = getelementptr inbounds float, ptr %"B", i64 %".220"
  %".222" = load <8 x float>, ptr %".221", align 4
  %".223" = fmul contract <8 x float> %".216", %".222"
  %".224" = fadd contract <8 x float> %".207", %".223"
  %".225" = getelementptr inbounds float, ptr %"bmm.local", i64 56
  store <8 x float> %".224", ptr %".225", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
k.exit:
  %".228" = add i64 0, 4
  br label %"i.inner.header"
i.inner.header:
  %"i.inner" = phi  i64 [0, %"k.exit"], [%"i.inner.next", %"j.inner.outer.exit"]
  %".230" = icmp slt i64 %"i.inner", %".228"
  br i1 %".230", label %"i.inner.body", label %"i.inner.exit"
i.inner.body:
  %".232" = add i64 0, 2
  br label %"j.inner.outer.header"
i.inner.exit:
  %".263" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".264" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".263"
  %".265" = getelementptr inbounds float, ptr %"bmm.local.1", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".265", align 4
  %".267" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".268" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".267"
  %".269" = getelementptr inbounds float, ptr %"bmm.local.1", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".269", align 4
  %".271" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".272" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".271"
  %".273" = getelementptr inbounds float, ptr %"bmm.local.1", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".273", align 4
  %".275" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".276" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".275"
  %".277" = getelementptr inbounds float, ptr %"bmm.local.1", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".277", align 4
  %".279" = add i64 0, 8
  br label %"k.header.1"
j.inner.outer.header:
  %"j.inner.outer" = phi  i64 [0, %"i.inner.body"], [%"j.inner.outer.next", %"j.inner.outer.body"]
  %".234" = icmp slt i64 %"j.inner.outer", %".232"
  br i1 %".234", label %"j.inner.outer.body", label %"j.inner.outer.exit"
j.inner.outer.body:
  %".236" = mul i64 %"q", 384
  %".237" = mul i64 %"i.outer", 96
  %".238" = add i64 %".236", %".237"
  %".239" = mul i64 %"i.inner", 24
  %".240" = add i64 %".238", %".239"
  %".241" = mul i64 %"j.inner.outer", 8
  %".242" = add i64 %".240", %".241"
  %".243" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".242", i32 0
  %".244" = shufflevector <8 x i64> %".243", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".245" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".246" = add <8 x i64> %".244", %".245"
  %".247" = mul i64 %"i.inner", 16
  %".248" = mul i64 %"j.inner.outer", 8
  %".249" = add i64 %".247", %".248"
  %".250" = getelementptr inbounds float, ptr %"bmm.local", i64 %".249"
  %".251" = load <8 x float>, ptr %".250", align 4
  %".252" = mul i64 %"q", 384
  %".253" = mul i64 %"i.outer", 96
  %".254" = add i64 %".252", %".253"
  %".255" = mul i64 %"i.inner", 24
  %".256" = add i64 %".254", %".255"
  %".257" = mul i64 %"j.inner.outer", 8
  %".258" = add i64 %".256", %".257"
  %".259" = getelementptr inbounds float, ptr %"bmm", i64 %".258"
  store <8 x float> %".251", ptr %".259", align 4
  %"j.inner.outer.next" = add nsw i64 %"j.inner.outer", 1
  br label %"j.inner.outer.header"
j.inner.outer.exit:
  %"i.inner.next" = add nsw i64 %"i.inner", 1
  br label %"i.inner.header"
k.header.1:
  %"k.1" = phi  i64 [0, %"i.inner.exit"], [%"k.next.1", %"k.body.1"]
  %".281" = icmp slt i64 %"k.1", %".279"
  br i1 %".281", label %"k.body.1", label %"k.exit.1"
k.body.1:
  %".283" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".284" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".283"
  %".285" = getelementptr inbounds float, ptr %"bmm.local.1", i64 0
  %".286" = load <8 x float>, ptr %".285", align 4
  %".287" = mul i64 %"q", 128
  %".288" = add i64 %"k.1", %".287"
  %".289" = mul i64 %"i.outer", 32
  %".290" = add i64 %".288", %".289"
  %".291" = getelementptr inbounds float, ptr %"A", i64 %".290"
  %".292" = load float, ptr %".291", align 4
  %".293" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".292", i32 0
  %".294" = shufflevector <8 x float> %".293", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".295" = mul i64 %"k.1", 24
  %".296" = mul i64 %"q", 192
  %".297" = add i64 %".295", %".296"
  %".298" = add i64 %".297", 16
  %".299" = getelementptr inbounds float, ptr %"B", i64 %".298"
  %".300" = load <8 x float>, ptr %".299", align 4
  %".301" = fmul contract <8 x float> %".294", %".300"
  %".302" = fadd contract <8 x float> %".286", %".301"
  %".303" = getelementptr inbounds float, ptr %"bmm.local.1", i64 0
  store <8 x float> %".302", ptr %".303", align 4
  %".305" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".306" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".305"
  %".307" = getelementptr inbounds float, ptr %"bmm.local.1", i64 8
  %".308" = load <8 x float>, ptr %".307", align 4
  %".309" = mul i64 %"q", 128
  %".310" = add i64 %"k.1", %".309"
  %".311" = mul i64 %"i.outer", 32
  %".312" = add i64 %".310", %".311"
  %".313" = add i64 %".312", 8
  %".314" = getelementptr inbounds float, ptr %"A", i64 %".313"
  %".315" = load float, ptr %".314", align 4
  %".316" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".315", i32 0
  %".317" = shufflevector <8 x float> %".316", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".318" = mul i64 %"k.1", 24
  %".319" = mul i64 %"q", 192
  %".320" = add i64 %".318", %".319"
  %".321" = add i64 %".320", 16
  %".322" = getelementptr inbounds float, ptr %"B", i64 %".321"
  %".323" = load <8 x float>, ptr %".322", align 4
  %".324" = fmul contract <8 x float> %".317", %".323"
  %".325" = fadd contract <8 x float> %".308", %".324"
  %".326" = getelementptr inbounds float, ptr %"bmm.local.1", i64 8
  store <8 x float> %".325", ptr %".326", align 4
  %".328" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".329" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".328"
  %".330" = getelementptr inbounds float, ptr %"bmm.local.1", i64 16
  %".331" = load <8 x float>, ptr %".330", align 4
  %".332" = mul i64 %"q", 128
  %".333" = add i64 %"k.1", %".332"
  %".334" = mul i64 %"i.outer", 32
  %".335" = add i64 %".333", %".334"
  %".336" = add i64 %".335", 16
  %".337" = getelementptr inbounds float, ptr %"A", i64 %".336"
  %".338" = load float, ptr %".337", align 4
  %".339" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".338", i32 0
  %".340" = shufflevector <8 x float> %".339", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".341" = mul i64 %"k.1", 24
  %".342" = mul i64 %"q", 192
  %".343" = add i64 %".341", %".342"
  %".344" = add i64 %".343", 16
  %".345" = getelementptr inbounds float, ptr %"B", i64 %".344"
  %".346" = load <8 x float>, ptr %".345", align 4
  %".347" = fmul contract <8 x float> %".340", %".346"
  %".348" = fadd contract <8 x float> %".331", %".347"
  %".349" = getelementptr inbounds float, ptr %"bmm.local.1", i64 16
  store <8 x float> %".348", ptr %".349", align 4
  %".351" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".352" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".351"
  %".353" = getelementptr inbounds float, ptr %"bmm.local.1", i64 24
  %".354" = load <8 x float>, ptr %".353", align 4
  %".355" = mul i64 %"q", 128
  %".356" = add i64 %"k.1", %".355"
  %".357" = mul i64 %"i.outer", 32
  %".358" = add i64 %".356", %".357"
  %".359" = add i64 %".358", 24
  %".360" = getelementptr inbounds float, ptr %"A", i64 %".359"
  %".361" = load float, ptr %".360", align 4
  %".362" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".361", i32 0
  %".363" = shufflevector <8 x float> %".362", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".364" = mul i64 %"k.1", 24
  %".365" = mul i64 %"q", 192
  %".366" = add i64 %".364", %".365"
  %".367" = add i64 %".366", 16
  %".368" = getelementptr inbounds float, ptr %"B", i64 %".367"
  %".369" = load <8 x float>, ptr %".368", align 4
  %".370" = fmul contract <8 x float> %".363", %".369"
  %".371" = fadd contract <8 x float> %".354", %".370"
  %".372" = getelementptr inbounds float, ptr %"bmm.local.1", i64 24
  store <8 x float> %".371", ptr %".372", align 4
  %"k.next.1" = add nsw i64 %"k.1", 1
  br label %"k.header.1"
k.exit.1:
  %".375" = add i64 0, 4
  br label %"i.inner.header.1"
i.inner.header.1:
  %"i.inner.1" = phi  i64 [0, %"k.exit.1"], [%"i.inner.next.1", %"i.inner.body.1"]
  %".377" = icmp slt i64 %"i.inner.1", %".375"
  br i1 %".377", label %"i.inner.body.1", label %"i.inner.exit.1"
i.inner.body.1:
  %".379" = mul i64 %"q", 384
  %".380" = mul i64 %"i.outer", 96
  %".381" = add i64 %".379", %".380"
  %".382" = mul i64 %"i.inner.1", 24
  %".383" = add i64 %".381", %".382"
  %".384" = add i64 %".383", 16
  %".385" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".384", i32 0
  %".386" = shufflevector <8 x i64> %".385", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".387" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".388" = add <8 x i64> %".386", %".387"
  %".389" = mul i64 %"i.inner.1", 8
  %".390" = getelementptr inbounds float, ptr %"bmm.local.1", i64 %".389"
  %".391" = load <8 x float>, ptr %".390", align 4
  %".392" = mul i64 %"q", 384
  %".393" = mul i64 %"i.outer", 96
  %".394" = add i64 %".392", %".393"
  %".395" = mul i64 %"i.inner.1", 24
  %".396" = add i64 %".394", %".395"
  %".397" = add i64 %".396", 16
  %".398" = getelementptr inbounds float, ptr %"bmm", i64 %".397"
  store <8 x float> %".391", ptr %".398", align 4
  %"i.inner.next.1" = add nsw i64 %"i.inner.1", 1
  br label %"i.inner.header.1"
i.inner.exit.1:
  %"i.outer.next" = add nsw i64 %"i.outer", 1
  br label %"i.outer.header"
}
