; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"H", ptr noalias %"C", ptr noalias %"Wx", ptr noalias %"Wh", ptr noalias %"B", ptr noalias %"Cn", ptr noalias %"Hn") nounwind
{
entry:
  %"G.local" = alloca [64 x float], align 64
  %".10" = mul i64 4, 256
  %".11" = add i64 %".10", 64
  %".12" = and i64 %".11", -64
  %"G" = call ptr @"aligned_alloc"(i64 64, i64 %".12")
  %".13" = add i64 0, 4
  br label %"j.outer.header"
j.outer.header:
  %"j.outer" = phi  i64 [0, %"entry"], [%"j.outer.next", %"b.inner.exit"]
  %".15" = icmp slt i64 %"j.outer", %".13"
  br i1 %".15", label %"j.outer.body", label %"j.outer.exit"
j.outer.body:
  %".17" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".18" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".17"
  %".19" = getelementptr inbounds float, ptr %"G.local", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".19", align 4
  %".21" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".22" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".21"
  %".23" = getelementptr inbounds float, ptr %"G.local", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".23", align 4
  %".25" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".26" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".25"
  %".27" = getelementptr inbounds float, ptr %"G.local", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".27", align 4
  %".29" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".30" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".29"
  %".31" = getelementptr inbounds float, ptr %"G.local", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".31", align 4
  %".33" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".34" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".33"
  %".35" = getelementptr inbounds float, ptr %"G.local", i64 32
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".35", align 4
  %".37" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".38" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".37"
  %".39" = getelementptr inbounds float, ptr %"G.local", i64 40
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".39", align 4
  %".41" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".42" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".41"
  %".43" = getelementptr inbounds float, ptr %"G.local", i64 48
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".43", align 4
  %".45" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".46" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".45"
  %".47" = getelementptr inbounds float, ptr %"G.local", i64 56
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".47", align 4
  %".49" = add i64 0, 16
  br label %"k.header"
j.outer.exit:
  %".330" = add i64 0, 4
  br label %"b.header"
k.header:
  %"k" = phi  i64 [0, %"j.outer.body"], [%"k.next", %"k.body"]
  %".51" = icmp slt i64 %"k", %".49"
  br i1 %".51", label %"k.body", label %"k.exit"
k.body:
  %".53" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".54" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".53"
  %".55" = getelementptr inbounds float, ptr %"G.local", i64 0
  %".56" = load <8 x float>, ptr %".55", align 4
  %".57" = getelementptr inbounds float, ptr %"X", i64 %"k"
  %".58" = load float, ptr %".57", align 4
  %".59" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".58", i32 0
  %".60" = shufflevector <8 x float> %".59", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".61" = mul i64 %"k", 64
  %".62" = mul i64 %"j.outer", 16
  %".63" = add i64 %".61", %".62"
  %".64" = getelementptr inbounds float, ptr %"Wx", i64 %".63"
  %".65" = load <8 x float>, ptr %".64", align 4
  %".66" = fmul contract <8 x float> %".60", %".65"
  %".67" = getelementptr inbounds float, ptr %"H", i64 %"k"
  %".68" = load float, ptr %".67", align 4
  %".69" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".68", i32 0
  %".70" = shufflevector <8 x float> %".69", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".71" = mul i64 %"k", 64
  %".72" = mul i64 %"j.outer", 16
  %".73" = add i64 %".71", %".72"
  %".74" = getelementptr inbounds float, ptr %"Wh", i64 %".73"
  %".75" = load <8 x float>, ptr %".74", align 4
  %".76" = fmul contract <8 x float> %".70", %".75"
  %".77" = fadd contract <8 x float> %".66", %".76"
  %".78" = fadd contract <8 x float> %".56", %".77"
  %".79" = getelementptr inbounds float, ptr %"G.local", i64 0
  store <8 x float> %".78", ptr %".79", align 4
  %".81" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".82" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".81"
  %".83" = getelementptr inbounds float, ptr %"G.local", i64 8
  %".84" = load <8 x float>, ptr %".83", align 4
  %".85" = getelementptr inbounds float, ptr %"X", i64 %"k"
  %".86" = load float, ptr %".85", align 4
  %".87" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".86", i32 0
  %".88" = shufflevector <8 x float> %".87", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".89" = mul i64 %"k", 64
  %".90" = mul i64 %"j.outer", 16
  %".91" = add i64 %".89", %".90"
  %".92" = add i64 %".91", 8
  %".93" = getelementptr inbounds float, ptr %"Wx", i64 %".92"
  %".94" = load <8 x float>, ptr %".93", align 4
  %".95" = fmul contract <8 x float> %".88", %".94"
  %".96" = getelementptr inbounds float, ptr %"H", i64 %"k"
  %".97" = load float, ptr %".96", align 4
  %".98" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".97", i32 0
  %".99" = shufflevector <8 x float> %".98", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".100" = mul i64 %"k", 64
  %".101" = mul i64 %"j.outer", 16
  %".102" = add i64 %".100", %".101"
  %".103" = add i64 %".102", 8
  %".104" = getelementptr inbounds float, ptr %"Wh", i64 %".103"
  %".105" = load <8 x float>, ptr %".104", align 4
  %".106" = fmul contract <8 x float> %".99", %".105"
  %".107" = fadd contract <8 x float> %".95", %".106"
  %".108" = fadd contract <8 x float> %".84", %".107"
  %".109" = getelementptr inbounds float, ptr %"G.local", i64 8
  store <8 x float> %".108", ptr %".109", align 4
  %".111" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".112" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".111"
  %".113" = getelementptr inbounds float, ptr %"G.local", i64 16
  %".114" = load <8 x float>, ptr %".113", align 4
  %".115" = add i64 %"k", 16
  %".116" = getelementptr inbounds float, ptr %"X", i64 %".115"
  %".117" = load float, ptr %".116", align 4
  %".118" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".117", i32 0
  %".119" = shufflevector <8 x float> %".118", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".120" = mul i64 %"k", 64
  %".121" = mul i64 %"j.outer", 16
  %".122" = add i64 %".120", %".121"
  %".123" = getelementptr inbounds float, ptr %"Wx", i64 %".122"
  %".124" = load <8 x float>, ptr %".123", align 4
  %".125" = fmul contract <8 x float> %".119", %".124"
  %".126" = add i64 %"k", 16
  %".127" = getelementptr inbounds float, ptr %"H", i64 %".126"
  %".128" = load float, ptr %".127", align 4
  %".129" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".128", i32 0
  %".130" = shufflevector <8 x float> %".129", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".131" = mul i64 %"k", 64
  %".132" = mul i64 %"j.outer", 16
  %".133" = add i64 %".131", %".132"
  %".134" = getelementptr inbounds float, ptr %"Wh", i64 %".133"
  %".135" = load <8 x float>, ptr %".134", align 4
  %".136" = fmul contract <8 x float> %".130", %".135"
  %".137" = fadd contract <8 x float> %".125", %".136"
  %".138" = fadd contract <8 x float> %".114", %".137"
  %".139" = getelementptr inbounds float, ptr %"G.local", i64 16
  store <8 x float> %".138", ptr %".139", align 4
  %".141" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".142" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".141"
  %".143" = getelementptr inbounds float, ptr %"G.local", i64 24
  %".144" = load <8 x float>, ptr %".143", align 4
  %".145" = add i64 %"k", 16
  %".146" = getelementptr inbounds float, ptr %"X", i64 %".145"
  %".147" = load float, ptr %".146", align 4
  %".148" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".147", i32 0
  %".149" = shufflevector <8 x float> %".148", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".150" = mul i64 %"k", 64
  %".151" = mul i64 %"j.outer", 16
  %".152" = add i64 %".150", %".151"
  %".153" = add i64 %".152", 8
  %".154" = getelementptr inbounds float, ptr %"Wx", i64 %".153"
  %".155" = load <8 x float>, ptr %".154", align 4
  %".156" = fmul contract <8 x float> %".149", %".155"
  %".157" = add i64 %"k", 16
  %".158" = getelementptr inbounds float, ptr %"H", i64 %".157"
  %".159" = load float, ptr %".158", align 4
  %".160" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".159", i32 0
  %".161" = shufflevector <8 x float> %".160", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".162" = mul i64 %"k", 64
  %".163" = mul i64 %"j.outer", 16
  %".164" = add i64 %".162", %".163"
  %".165" = add i64 %".164", 8
  %".166" = getelementptr inbounds float, ptr %"Wh", i64 %".165"
  %".167" = load <8 x float>, ptr %".166", align 4
  %".168" = fmul contract <8 x float> %".161", %".167"
  %".169" = fadd contract <8 x float> %".156", %".168"
  %".170" = fadd contract <8 x float> %".144", %".169"
  %".171" = getelementptr inbounds float, ptr %"G.local", i64 24
  store <8 x float> %".170", ptr %".171", align 4
  %".173" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".174" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".173"
  %".175" = getelementptr inbounds float, ptr %"G.local", i64 32
  %".176" = load <8 x float>, ptr %".175", align 4
  %".177" = add i64 %"k", 32
  %".178" = getelementptr inbounds float, ptr %"X", i64 %".177"
  %".179" = load float, ptr %".178", align 4
  %".180" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".179", i32 0
  %".181" = shufflevector <8 x float> %".180", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".182" = mul i64 %"k", 64
  %".183" = mul i64 %"j.outer", 16
  %".184" = add i64 %".182", %".183"
  %".185" = getelementptr inbounds float, ptr %"Wx", i64 %".184"
  %".186" = load <8 x float>, ptr %".185", align 4
  %".187" = fmul contract <8 x float> %".181", %".186"
  %".188" = add i64 %"k", 32
  %".189" = getelementptr inbounds float, ptr %"H", i64 %".188"
  %".190" = load float, ptr %".189", align 4
  %".191" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".190", i32 0
  %".192" = shufflevector <8 x float> %".191", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".193" = mul i64 %"k", 64
  %".194" = mul i64 %"j.outer", 16
  %".195" = add i64 %".193", %".194"
  %".196" = getelementptr inbounds float, ptr %"Wh", i64 %".195"
  %".197" = load <8 x float>, ptr %".196", align 4
  %".198" = fmul contract <8 x float> %".192", %".197"
  %".199" = fadd contract <8 x float> %".187", %".198"
  %".200" = fadd contract <8 x float> %".176", %".199"
  %".201" = getelementptr inbounds float, ptr %"G.local", i64 32
  store <8 x float> %".200", ptr %".201", align 4
  %".203" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".204" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".203"
  %".205" = getelementptr inbounds float, ptr %"G.local", i64 40
  %".206" = load <8 x float>, ptr %".205", align 4
  %".207" = add i64 %"k", 32
  %".208" = getelementptr inbounds float, ptr %"X", i64 %".207"
  %".209" = load float, ptr %".208", align 4
  %".210" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".209", i32 0
  %".211" = shufflevector <8 x float> %".210", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".212" = mul i64 %"k", 64
  %".213" = mul i64 %"j.outer", 16
  %".214" = add i64 %".212", %".213"
  %".215" = add i64 %".214", 8
  %".216" = getelementptr inbounds float, ptr %"Wx", i64 %".215"
  %".217" = load <8 x float>, ptr %".216", align 4
  %".218" = fmul contract <8 x float> %".211", %".217"
  %".219" = add i64 %"k", 32
  %".220" = getelementptr inbounds float, ptr %"H", i64 %".219"
  %".221" = load float, ptr %".220", align 4
  %".222" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".221", i32 0
  %".223" = shufflevector <8 x float> %".222", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".224" = mul i64 %"k", 64
  %".225" = mul i64 %"j.outer", 16
  %".226" = add i64 %".224", %".225"
  %".227" = add i64 %".226", 8
  %".228" = getelementptr inbounds float, ptr %"Wh", i64 %".227"
  %".229" = load <8 x float>, ptr %".228", align 4
  %".230" = fmul contract <8 x float> %".223", %".229"
  %".231" = fadd contract <8 x float> %".218", %".230"
  %".232" = fadd contract <8 x float> %".206", %".231"
  %".233" = getelementptr inbounds float, ptr %"G.local", i64 40
  store <8 x float> %".232", ptr %".233", align 4
  %".235" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".236" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".235"
  %".237" = getelementptr inbounds float, ptr %"G.local", i64 48
  %".238" = load <8 x float>, ptr %".237", align 4
  %".239" = add i64 %"k", 48
  %".240" = getelementptr inbounds float, ptr %"X", i64 %".239"
  %".241" = load float, ptr %".240", align 4
  %".242" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".241", i32 0
  %".243" = shufflevector <8 x float> %".242", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".244" = mul i64 %"k", 64
  %".245" = mul i64 %"j.outer", 16
  %".246" = add i64 %".244", %".245"
  %".247" = getelementptr inbounds float, ptr %"Wx", i64 %".246"
  %".248" = load <8 x float>, ptr %".247", align 4
  %".249" = fmul contract <8 x float> %".243", %".248"
  %".250" = add i64 %"k", 48
  %".251" = getelementptr inbounds float, ptr %"H", i64 %".250"
  %".252" = load float, ptr %".251", align 4
  %".253" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".252", i32 0
  %".254" = shufflevector <8 x float> %".253", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".255" = mul i64 %"k", 64
  %".256" = mul i64 %"j.outer", 16
  %".257" = add i64 %".255", %".256"
  %".258" = getelementptr inbounds float, ptr %"Wh", i64 %".257"
  %".259" = load <8 x float>, ptr %".258", align 4
  %".260" = fmul contract <8 x float> %".254", %".259"
  %".261" = fadd contract <8 x float> %".249", %".260"
  %".262" = fadd contract <8 x float> %".238", %".261"
  %".263" = getelementptr inbounds float, ptr %"G.local", i64 48
  store <8 x float> %".262", ptr %".263", align 4
  %".265" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".266" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".265"
  %".267" = getelementptr inbounds float, ptr %"G.local", i64 56
  %".268" = load <8 x float>, ptr %".267", align 4
  %".269" = add i64 %"k", 48
  %".270" = getelementptr inbounds float, ptr %"X", i64 %".269"
  %".271" = load float, ptr %".270", align 4
  %".272" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".271", i32 0
  %".273" = shufflevector <8 x float> %".272", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".274" = mul i64 %"k", 64
  %".275" = mul i64 %"j.outer", 16
  %".276" = add i64 %".274", %".275"
  %".277" = add i64 %".276", 8
  %".278" = getelementptr inbounds float, ptr %"Wx", i64 %".277"
  %".279" = load <8 x float>, ptr %".278", align 4
  %".280" = fmul contract <8 x float> %".273", %".279"
  %".281" = add i64 %"k", 48
  %".282" = getelementptr inbounds float, ptr %"H", i64 %".281"
  %".283" = load float, ptr %".282", align 4
  %".284" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".283", i32 0
  %".285" = shufflevector <8 x float> %".284", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".286" = mul i64 %"k", 64
  %".287" = mul i64 %"j.outer", 16
  %".288" = add i64 %".286", %".287"
  %".289" = add i64 %".288", 8
  %".290" = getelementptr inbounds float, ptr %"Wh", i64 %".289"
  %".291" = load <8 x float>, ptr %".290", align 4
  %".292" = fmul contract <8 x float> %".285", %".291"
  %".293" = fadd contract <8 x float> %".280", %".292"
  %".294" = fadd contract <8 x float> %".268", %".293"
  %".295" = getelementptr inbounds float, ptr %"G.local", i64 56
  store <8 x float> %".294", ptr %".295", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
k.exit:
  %".298" = add i64 0, 4
  br label %"b.inner.header"
b.inner.header:
  %"b.inner" = phi  i64 [0, %"k.exit"], [%"b.inner.next", %"j.inner.outer.exit"]
  %".300" = icmp slt i64 %"b.inner", %".298"
  br i1 %".300", label %"b.inner.body", label %"b.inner.exit"
b.inner.body:
  %".302" = add i64 0, 2
  br label %"j.inner.outer.header"
b.inner.exit:
  %"j.outer.next" = add nsw i64 %"j.outer", 1
  br label %"j.outer.header"
j.inner.outer.header:
  %"j.inner.outer" = phi  i64 [0, %"b.inner.body"], [%"j.inner.outer.next", %"j.inner.outer.body"]
  %".304" = icmp slt i64 %"j.inner.outer", %".302"
  br i1 %".304", label %"j.inner.outer.body", label %"j.inner.outer.exit"
j.inner.outer.body:
  %".306" = mul i64 %"b.inner", 64
  %".307" = mul i64 %"j.outer", 16
  %".308" = add i64 %".306", %".307"
  %".309" = mul i64 %"j.inner.outer", 8
  %".310" = add i64 %".308", %".309"
  %".311" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".310", i32 0
  %".312" = shufflevector <8 x i64> %".311", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".313" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".314" = add <8 x i64> %".312", %".313"
  %".315" = mul i64 %"b.inner", 16
  %".316" = mul i64 %"j.inner.outer", 8
  %".317" = add i64 %".315", %".316"
  %".318" = getelementptr inbounds float, ptr %"G.local", i64 %".317"
  %".319" = load <8 x float>, ptr %".318", align 4
  %".320" = mul i64 %"b.inner", 64
  %".321" = mul i64 %"j.outer", 16
  %".322" = add i64 %".320", %".321"
  %".323" = mul i64 %"j.inner.outer", 8
  %".324" = add i64 %".322", %".323"
  %".325" = getelementptr inbounds float, ptr %"G", i64 %".324"
  store <8 x float> %".319", ptr %".325", align 4
  %"j.inner.outer.next" = add nsw i64 %"j.inner.outer", 1
  br label %"j.inner.outer.header"
j.inner.outer.exit:
  %"b.inner.next" = add nsw i64 %"b.inner", 1
  br label %"b.inner.header"
b.header:
  %"b" = phi  i64 [0, %"j.outer.exit"], [%"b.next", %"b.body"]
  %".332" = icmp slt i64 %"b", %".330"
  br i1 %".332", label %"b.body", label %"b.exit"
b.body:
  %".334" = mul i64 %"b", 16
  %".335" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".334", i32 0
  %".336" = shufflevector <16 x i64> %".335", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".337" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".338" = add <16 x i64> %".336", %".337"
  %".339" = mul i64 %"b", 64
  %".340" = add i64 %".339", 16
  %".341" = getelementptr inbounds float, ptr %"G", i64 %".340"
  %".342" = load <16 x float>, ptr %".341", align 4
  %".343" = getelementptr inbounds float, ptr %"B", i64 16
  %".344" = load <16 x float>, ptr %".343", align 4
  %".345" = fadd contract <16 x float> %".342", %".344"
  %".346" = call <16 x float> @"tcomp.math.sigmoid.v16f32.rcp"(<16 x float> %".345")
  %".347" = mul i64 %"b", 16
  %".348" = getelementptr inbounds float, ptr %"C", i64 %".347"
  %".349" = load <16 x float>, ptr %".348", align 4
  %".350" = fmul contract <16 x float> %".346", %".349"
  %".351" = mul i64 %"b", 64
  %".352" = getelementptr inbounds float, ptr %"G", i64 %".351"
  %".353" = load <16 x float>, ptr %".352", align 4
  %".354" = getelementptr inbounds float, ptr %"B", i64 0
  %".355" = load <16 x float>, ptr %".354", align 4
  %".356" = fadd contract <16 x float> %".353", %".355"
  %".357" = call <16 x float> @"tcomp.math.sigmoid.v16f32.rcp"(<16 x float> %".356")
  %".358" = mul i64 %"b", 64
  %".359" = add i64 %".358", 32
  %".360" = getelementptr inbounds float, ptr %"G", i64 %".359"
  %".361" = load <16 x float>, ptr %".360", align 4
  %".362" = getelementptr inbounds float, ptr %"B", i64 32
  %".363" = load <16 x float>, ptr %".362", align 4
  %".364" = fadd contract <16 x float> %".361", %".363"
  %".365" = call <16 x float> @"tcomp.math.tanh.v16f32.rcp"(<16 x float> %".364")
  %".366" = fmul contract <16 x float> %".357", %".365"
  %".367" = fadd contract <16 x float> %".350", %".366"
  %".368" = mul i64 %"b", 16
  %".369" = getelementptr inbounds float, ptr %"Cn", i64 %".368"
  store <16 x float> %".367", ptr %".369", align 4
  %"b.next" = add nsw i64 %"b", 1
  br label %"b.header"
b.exit:
  %".372" = add i64 0, 4
  br label %"b.header.1"
b.header.1:
  %"b.1" = phi  i64 [0, %"b.exit"], [%"b.next.1", %"b.body.1"]
  %".374" = icmp slt i64 %"b.1", %".372"
  br i1 %".374", label %"b.body.1", label %"b.exit.1"
b.body.1:
  %".376" = mul i64 %"b.1", 16
  %".377" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".376", i32 0
  %".378" = shufflevector <16 x i64> %".377", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".379" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".380" = add <16 x i64> %".378", %".379"
  %".381" = mul i64 %"b.1", 64
  %".382" = add i64 %".381", 48
  %".383" = getelementptr inbounds float, ptr %"G", i64 %".382"
  %".384" = load <16 x float>, ptr %".383", align 4
  %".385" = getelementptr inbounds float, ptr %"B", i64 48
  %".386" = load <16 x float>, ptr %".385", align 4
  %".387" = fadd contract <16 x float> %".384", %".386"
  %".388" = call <16 x float> @"tcomp.math.sigmoid.v16f32.rcp"(<16 x float> %".387")
  %".389" = mul i64 %"b.1", 16
  %".390" = getelementptr inbounds float, ptr %"Cn", i64 %".389"
  %".391" = load <16 x float>, ptr %".390", align 4
  %".392" = call <16 x float> @"tcomp.math.tanh.v16f32.rcp"(<16 x float> %".391")
  %".393" = fmul contract <16 x float> %".388", %".392"
  %".394" = mul i64 %"b.1", 16
  %".395" = getelementptr inbounds float, ptr %"Hn", i64 %".394"
  store <16 x float> %".393", ptr %".395", align 4
  %"b.next.1" = add nsw i64 %"b.1", 1
  br label %"b.header.1"
b.exit.1:
  call void @"free"(ptr %"G")
  ret void
}

declare ptr @"aligned_alloc"(i64 %".1", i64 %".2")

declare void @"free"(ptr %".1")

define internal <16 x float> @"tcomp.math.sigmoid.v16f32.rcp"(<16 x float> %".1") alwaysinline nounwind
{
entry:
  %".3" = call contract <16 x float> @"llvm.fabs.v16f32"(<16 x float> %".1")
  %".4" = fneg contract <16 x float> %".3"
  %".5" = fcmp oge <16 x float> %".4", <float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000>
  %".6" = fcmp ole <16 x float> %".4", <float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000>
  %".7" = and <16 x i1> %".5", %".6"
  %".8" = call i1 @"llvm.vector.reduce.and.v16i1"(<16 x i1> %".7")
  br i1 %".8", label %"entry.if", label %"entry.else", !prof !0
entry.if:
  %".10" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".4", <16 x float> <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>, <16 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>)
  %".11" = fsub <16 x float> %".10", <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %".12" = bitcast <16 x float> %".10" to <16 x i32>
  %".13" = bitcast <16 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000> to <16 x i32>
  %".14" = sub <16 x i32> %".12", %".13"
  %".15" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".11", <16 x float> <float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000>, <16 x float> %".4")
  %".16" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".11", <16 x float> <float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000>, <16 x float> %".15")
  %".17" = shl <16 x i32> %".14", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".18" = fmul contract <16 x float> %".16", %".16"
  %".19" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> <float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000>, <16 x float> %".16", <16 x float> <float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000>)
  %".20" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".19", <16 x float> %".16", <16 x float> <float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000>)
  %".21" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".20", <16 x float> %".16", <16 x float> <float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000>)
  %".22" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".21", <16 x float> %".16", <16 x float> <float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000>)
  %".23" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".18", <16 x float> %".22", <16 x float> %".16")
  %".24" = fadd contract <16 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>, %".23"
  %".25" = bitcast <16 x float> %".24" to <16 x i32>
  %".26" = add <16 x i32> %".25", %".17"
  %".27" = bitcast <16 x i32> %".26" to <16 x float>
  br label %"entry.endif"
entry.else:
  %".29" = fcmp olt <16 x float> %".4", <float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000>
  %".30" = select  <16 x i1> %".29", <16 x float> <float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000>, <16 x float> %".4"
  %".31" = fcmp ogt <16 x float> %".30", <float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000>
  %".32" = select  <16 x i1> %".31", <16 x float> <float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000>, <16 x float> %".30"
  %".33" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".32", <16 x float> <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>, <16 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>)
  %".34" = fsub <16 x float> %".33", <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %".35" = bitcast <16 x float> %".33" to <16 x i32>
  %".36" = bitcast <16 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000> to <16 x i32>
  %".37" = sub <16 x i32> %".35", %".36"
  %".38" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".34", <16 x float> <float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000>, <16 x float> %".32")
  %".39" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".34", <16 x float> <float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000>, <16 x float> %".38")
  %".40" = fmul contract <16 x float> %".39", %".39"
  %".41" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> <float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000>, <16 x float> %".39", <16 x float> <float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000>)
  %".42" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".41", <16 x float> %".39", <16 x float> <float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000>)
  %".43" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".42", <16 x float> %".39", <16 x float> <float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000>)
  %".44" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".43", <16 x float> %".39", <16 x float> <float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000>)
  %".45" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".40", <16 x float> %".44", <16 x float> %".39")
  %".46" = fadd contract <16 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>, %".45"
  %".47" = ashr <16 x i32> %".37", <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %".48" = add <16 x i32> %".47", <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %".49" = shl <16 x i32> %".48", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".50" = bitcast <16 x i32> %".49" to <16 x float>
  %".51" = fmul contract <16 x float> %".46", %".50"
  %".52" = sub <16 x i32> %".37", %".47"
  %".53" = add <16 x i32> %".52", <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %".54" = shl <16 x i32> %".53", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".55" = bitcast <16 x i32> %".54" to <16 x float>
  %".56" = fmul contract <16 x float> %".51", %".55"
  br label %"entry.endif"
entry.endif:
  %".58" = phi  <16 x float> [%".27", %"entry.if"], [%".56", %"entry.else"]
  %".59" = fcmp olt <16 x float> %".1", <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>
  %".60" = select  <16 x i1> %".59", <16 x float> %".58", <16 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".61" = fadd contract <16 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>, %".58"
  %".62" = shufflevector <16 x float> %".61", <16 x float> %".61", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %".63" = call <8 x float> @"llvm.x86.avx.rcp.ps.256"(<8 x float> %".62")
  %".64" = shufflevector <16 x float> %".61", <16 x float> %".61", <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %".65" = call <8 x float> @"llvm.x86.avx.rcp.ps.256"(<8 x float> %".64")
  %".66" = shufflevector <8 x float> %".63", <8 x float> %".65", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %".67" = fneg contract <16 x float> %".61"
  %".68" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".67", <16 x float> %".66", <16 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>)
  %".69" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".66", <16 x float> %".68", <16 x float> %".66")
  %".70" = fmul <16 x float> %".60", %".69"
  %".71" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".67", <16 x float> %".70", <16 x float> %".60")
  %".72" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".71", <16 x float> %".69", <16 x float> %".70")
  ret <16 x float> %".72"
}

declare <16 x float> @"llvm.fabs.v16f32"(<16 x float> %".1")

declare i1 @"llvm.vector.reduce.and.v16i1"(<16 x i1> %".1")

declare <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".1", <16 x float> %".2", <16 x float> %".3")

declare <8 x float> @"llvm.x86.avx.rcp.ps.256"(<8 x float> %".1")

declare <16 x float> @"llvm.fma.v16f32"(<16 x float> %".1", <16 x float> %".2", <16 x float> %".3")

define internal <16 x float> @"tcomp.math.tanh.v16f32.rcp"(<16 x float> %".1") alwaysinline nounwind
{
entry:
  %".3" = call contract <16 x float> @"llvm.fabs.v16f32"(<16 x float> %".1")
  %".4" = fmul contract <16 x float> <float 0xc000000000000000, float 0xc000000000000000, float 0xc000000000000000, float 0xc000000000000000, float 0xc000000000000000, float 0xc000000000000000, float 0xc000000000000000, float 0xc000000000000000, float 0xc000000000000000, float 0xc000000000000000, float 0xc000000000000000, float 0xc000000000000000, float 0xc000000000000000, float 0xc000000000000000, float 0xc000000000000000, float 0xc000000000000000>, %".3"
  %".5" = fcmp olt <16 x float> %".4", <float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000>
  %".6" = select  <16 x i1> %".5", <16 x float> <float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000>, <16 x float> %".4"
  %".7" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".6", <16 x float> <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>, <16 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>)
  %".8" = fsub <16 x float> %".7", <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %".9" = bitcast <16 x float> %".7" to <16 x i32>
  %".10" = bitcast <16 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000> to <16 x i32>
  %".11" = sub <16 x i32> %".9", %".10"
  %".12" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".8", <16 x float> <float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000>, <16 x float> %".6")
  %".13" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".8", <16 x float> <float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000>, <16 x float> %".12")
  %".14" = add <16 x i32> %".11", <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %".15" = shl <16 x i32> %".14", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".16" = bitcast <16 x i32> %".15" to <16 x float>
  %".17" = fmul contract <16 x float> %".13", %".13"
  %".18" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> <float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000>, <16 x float> %".13", <16 x float> <float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000>)
  %".19" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".18", <16 x float> %".13", <16 x float> <float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000>)
  %".20" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".19", <16 x float> %".13", <16 x float> <float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000>)
  %".21" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".20", <16 x float> %".13", <16 x float> <float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000>)
  %".22" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".17", <16 x float> %".21", <16 x float> %".13")
  %".23" = fsub contract <16 x float> %".16", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".24" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".16", <16 x float> %".22", <16 x float> %".23")
  %".25" = fneg contract <16 x float> %".24"
  %".26" = fadd contract <16 x float> <float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000>, %".24"
  %".27" = shufflevector <16 x float> %".26", <16 x float> %".26", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %".28" = call <8 x float> @"llvm.x86.avx.rcp.ps.256"(<8 x float> %".27")
  %".29" = shufflevector <16 x float> %".26", <16 x float> %".26", <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %".30" = call <8 x float> @"llvm.x86.avx.rcp.ps.256"(<8 x float> %".29")
  %".31" = shufflevector <8 x float> %".28", <8 x float> %".30", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %".32" = fneg contract <16 x float> %".26"
  %".33" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".32", <16 x float> %".31", <16 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>)
  %".34" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".31", <16 x float> %".33", <16 x float> %".31")
  %".35" = fmul <16 x float> %".25", %".34"
  %".36" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".32", <16 x float> %".35", <16 x float> %".25")
  %".37" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".36", <16 x float> %".34", <16 x float> %".35")
  %".38" = call contract <16 x float> @"llvm.copysign.v16f32"(<16 x float> %".37", <16 x float> %".1")
  ret <16 x float> %".38"
}

declare <16 x float> @"llvm.copysign.v16f32"(<16 x float> %".1", <16 x float> %".2")

!0 = !{ !"branch_weights", i32 99, i32 1 }
