; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"A", ptr noalias %"B", ptr noalias %"bmm") nounwind
{
entry:
  %"bmm.local" = alloca [96 x float], align 64
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
  %"i.outer" = phi  i64 [0, %"q.body"], [%"i.outer.next", %"i.inner.exit"]
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
  %".45" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".46" = add <8 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".45"
  %".47" = getelementptr inbounds float, ptr %"bmm.local", i64 64
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".47", align 4
  %".49" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".50" = add <8 x i64> <i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72>, %".49"
  %".51" = getelementptr inbounds float, ptr %"bmm.local", i64 72
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".51", align 4
  %".53" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".54" = add <8 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".53"
  %".55" = getelementptr inbounds float, ptr %"bmm.local", i64 80
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".55", align 4
  %".57" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".58" = add <8 x i64> <i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88>, %".57"
  %".59" = getelementptr inbounds float, ptr %"bmm.local", i64 88
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".59", align 4
  %".61" = add i64 0, 8
  br label %"k.header"
i.outer.exit:
  %"q.next" = add nsw i64 %"q", 1
  br label %"q.header"
k.header:
  %"k" = phi  i64 [0, %"i.outer.body"], [%"k.next", %"k.body"]
  %".63" = icmp slt i64 %"k", %".61"
  br i1 %".63", label %"k.body", label %"k.exit"
k.body:
  %".65" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".66" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".65"
  %".67" = getelementptr inbounds float, ptr %"bmm.local", i64 0
  %".68" = load <8 x float>, ptr %".67", align 4
  %".69" = mul i64 %"q", 128
  %".70" = add i64 %"k", %".69"
  %".71" = mul i64 %"i.outer", 32
  %".72" = add i64 %".70", %".71"
  %".73" = getelementptr inbounds float, ptr %"A", i64 %".72"
  %".74" = load float, ptr %".73", align 4
  %".75" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".74", i32 0
  %".76" = shufflevector <8 x float> %".75", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".77" = mul i64 %"k", 24
  %".78" = mul i64 %"q", 192
  %".79" = add i64 %".77", %".78"
  %".80" = getelementptr inbounds float, ptr %"B", i64 %".79"
  %".81" = load <8 x float>, ptr %".80", align 4
  %".82" = fmul contract <8 x float> %".76", %".81"
  %".83" = fadd contract <8 x float> %".68", %".82"
  %".84" = getelementptr inbounds float, ptr %"bmm.local", i64 0
  store <8 x float> %".83", ptr %".84", align 4
  %".86" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".87" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".86"
  %".88" = getelementptr inbounds float, ptr %"bmm.local", i64 8
  %".89" = load <8 x float>, ptr %".88", align 4
  %".90" = mul i64 %"q", 128
  %".91" = add i64 %"k", %".90"
  %".92" = mul i64 %"i.outer", 32
  %".93" = add i64 %".91", %".92"
  %".94" = getelementptr inbounds float, ptr %"A", i64 %".93"
  %".95" = load float, ptr %".94", align 4
  %".96" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".95", i32 0
  %".97" = shufflevector <8 x float> %".96", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".98" = mul i64 %"k", 24
  %".99" = mul i64 %"q", 192
  %".100" = add i64 %".98", %".99"
  %".101" = add i64 %".100", 8
  %".102" = getelementptr inbounds float, ptr %"B", i64 %".101"
  %".103" = load <8 x float>, ptr %".102", align 4
  %".104" = fmul contract <8 x float> %".97", %".103"
  %".105" = fadd contract <8 x float> %".89", %".104"
  %".106" = getelementptr inbounds float, ptr %"bmm.local", i64 8
  store <8 x float> %".105", ptr %".106", align 4
  %".108" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".109" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".108"
  %".110" = getelementptr inbounds float, ptr %"bmm.local", i64 16
  %".111" = load <8 x float>, ptr %".110", align 4
  %".112" = mul i64 %"q", 128
  %".113" = add i64 %"k", %".112"
  %".114" = mul i64 %"i.outer", 32
  %".115" = add i64 %".113", %".114"
  %".116" = getelementptr inbounds float, ptr %"A", i64 %".115"
  %".117" = load float, ptr %".116", align 4
  %".118" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".117", i32 0
  %".119" = shufflevector <8 x float> %".118", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".120" = mul i64 %"k", 24
  %".121" = mul i64 %"q", 192
  %".122" = add i64 %".120", %".121"
  %".123" = add i64 %".122", 16
  %".124" = getelementptr inbounds float, ptr %"B", i64 %".123"
  %".125" = load <8 x float>, ptr %".124", align 4
  %".126" = fmul contract <8 x float> %".119", %".125"
  %".127" = fadd contract <8 x float> %".111", %".126"
  %".128" = getelementptr inbounds float, ptr %"bmm.local", i64 16
  store <8 x float> %".127", ptr %".128", align 4
  %".130" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".131" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".130"
  %".132" = getelementptr inbounds float, ptr %"bmm.local", i64 24
  %".133" = load <8 x float>, ptr %".132", align 4
  %".134" = mul i64 %"q", 128
  %".135" = add i64 %"k", %".134"
  %".136" = mul i64 %"i.outer", 32
  %".137" = add i64 %".135", %".136"
  %".138" = add i64 %".137", 8
  %".139" = getelementptr inbounds float, ptr %"A", i64 %".138"
  %".140" = load float, ptr %".139", align 4
  %".141" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".140", i32 0
  %".142" = shufflevector <8 x float> %".141", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".143" = mul i64 %"k", 24
  %".144" = mul i64 %"q", 192
  %".145" = add i64 %".143", %".144"
  %".146" = getelementptr inbounds float, ptr %"B", i64 %".145"
  %".147" = load <8 x float>, ptr %".146", align 4
  %".148" = fmul contract <8 x float> %".142", %".147"
  %".149" = fadd contract <8 x float> %".133", %".148"
  %".150" = getelementptr inbounds float, ptr %"bmm.local", i64 24
  store <8 x float> %".149", ptr %".150", align 4
  %".152" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".153" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".152"
  %".154" = getelementptr inbounds float, ptr %"bmm.local", i64 32
  %".155" = load <8 x float>, ptr %".154", align 4
  %".156" = mul i64 %"q", 128
  %".157" = add i64 %"k", %".156"
  %".158" = mul i64 %"i.outer", 32
  %".159" = add i64 %".157", %".158"
  %".160" = add i64 %".159", 8
  %".161" = getelementptr inbounds float, ptr %"A", i64 %".160"
  %".162" = load float, ptr %".161", align 4
  %".163" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".162", i32 0
  %".164" = shufflevector <8 x float> %".163", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".165" = mul i64 %"k", 24
  %".166" = mul i64 %"q", 192
  %".167" = add i64 %".165", %".166"
  %".168" = add i64 %".167", 8
  %".169" = getelementptr inbounds float, ptr %"B", i64 %".168"
  %".170" = load <8 x float>, ptr %".169", align 4
  %".171" = fmul contract <8 x float> %".164", %".170"
  %".172" = fadd contract <8 x float> %".155", %".171"
  %".173" = getelementptr inbounds float, ptr %"bmm.local", i64 32
  store <8 x float> %".172", ptr %".173", align 4
  %".175" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".176" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".175"
  %".177" = getelementptr inbounds float, ptr %"bmm.local", i64 40
  %".178" = load <8 x float>, ptr %".177", align 4
  %".179" = mul i64 %"q", 128
  %".180" = add i64 %"k", %".179"
  %".181" = mul i64 %"i.outer", 32
  %".182" = add i64 %".180", %".181"
  %".183" = add i64 %".182", 8
  %".184" = getelementptr inbounds float, ptr %"A", i64 %".183"
  %".185" = load float, ptr %".184", align 4
  %".186" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".185", i32 0
  %".187" = shufflevector <8 x float> %".186", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".188" = mul i64 %"k", 24
  %".189" = mul i64 %"q", 192
  %".190" = add i64 %".188", %".189"
  %".191" = add i64 %".190", 16
  %".192" = getelementptr inbounds float, ptr %"B", i64 %".191"
  %".193" = load <8 x float>, ptr %".192", align 4
  %".194" = fmul contract <8 x float> %".187", %".193"
  %".195" = fadd contract <8 x float> %".178", %".194"
  %".196" = getelementptr inbounds float, ptr %"bmm.local", i64 40
  store <8 x float> %".195", ptr %".196", align 4
  %".198" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".199" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".198"
  %".200" = getelementptr inbounds float, ptr %"bmm.local", i64 48
  %".201" = load <8 x float>, ptr %".200", align 4
  %".202" = mul i64 %"q", 128
  %".203" = add i64 %"k", %".202"
  %".204" = mul i64 %"i.outer", 32
  %".205" = add i64 %".203", %".204"
  %".206" = add i64 %".205", 16
  %".207" = getelementptr inbounds float, ptr %"A", i64 %".206"
  %".208" = load float, ptr %".207", align 4
  %".209" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".208", i32 0
  %".210" = shufflevector <8 x float> %".209", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".211" = mul i64 %"k", 24
  %".212" = mul i64 %"q", 192
  %".213" = add i64 %".211", %".212"
  %".214" = getelementptr inbounds float, ptr %"B", i64 %".213"
  %".215" = load <8 x float>, ptr %".214", align 4
  %".216" = fmul contract <8 x float> %".210", %".215"
  %".217" = fadd contract <8 x float> %".201", %".216"
  %".218" = getelementptr inbounds float, ptr %"bmm.local", i64 48
  store <8 x float> %".217", ptr %".218", align 4
  %".220" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".221" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".220"
  %".222" = getelementptr inbounds float, ptr %"bmm.local", i64 56
  %".223" = load <8 x float>, ptr %".222", align 4
  %".224" = mul i64 %"q", 128
  %".225" = add i64 %"k", %".224"
  %".226" = mul i64 %"i.outer", 32
  %".227" = add i64 %".225", %".226"
  %".228" = add i64 %".227", 16
  %".229" = getelementptr inbounds float, ptr %"A", i64 %".228"
  %".230" = load float, ptr %".229", align 4
  %".231" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".230", i32 0
  %".232" = shufflevector <8 x float> %".231", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".233" = mul i64 %"k", 24
  %".234" = mul i64 %"q", 192
  %".235" = add i64 %".233", %".234"
  %".236" = add i64 %".235", 8
  %".237" = getelementptr inbounds float, ptr %"B", i64 %".236"
  %".238" = load <8 x float>, ptr %".237", align 4
  %".239" = fmul contract <8 x float> %".232", %".238"
  %".240" = fadd contract <8 x float> %".223", %".239"
  %".241" = getelementptr inbounds float, ptr %"bmm.local", i64 56
  store <8 x float> %".240", ptr %".241", align 4
  %".243" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".244" = add <8 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".243"
  %".245" = getelementptr inbounds float, ptr %"bmm.local", i64 64
  %".246" = load <8 x float>, ptr %".245", align 4
  %".247" = mul i64 %"q", 128
  %".248" = add i64 %"k", %".247"
  %".249" = mul i64 %"i.outer", 32
  %".250" = add i64 %".248", %".249"
  %".251" = add i64 %".250", 16
  %".252" = getelementptr inbounds float, ptr %"A", i64 %".251"
  %".253" = load float, ptr %".252", align 4
  %".254" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".253", i32 0
  %".255" = shufflevector <8 x float> %".254", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".256" = mul i64 %"k", 24
  %".257" = mul i64 %"q", 192
  %".258" = add i64 %".256", %".257"
  %".259" = add i64 %".258", 16
  %".260" = getelementptr inbounds float, ptr %"B", i64 %".259"
  %".261" = load <8 x float>, ptr %".260", align 4
  %".262" = fmul contract <8 x float> %".255", %".261"
  %".263" = fadd contract <8 x float> %".246", %".262"
  %".264" = getelementptr inbounds float, ptr %"bmm.local", i64 64
  store <8 x float> %".263", ptr %".264", align 4
  %".266" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".267" = add <8 x i64> <i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72>, %".266"
  %".268" = getelementptr inbounds float, ptr %"bmm.local", i64 72
  %".269" = load <8 x float>, ptr %".268", align 4
  %".270" = mul i64 %"q", 128
  %".271" = add i64 %"k", %".270"
  %".272" = mul i64 %"i.outer", 32
  %".273" = add i64 %".271", %".272"
  %".274" = add i64 %".273", 24
  %".275" = getelementptr inbounds float, ptr %"A", i64 %".274"
  %".276" = load float, ptr %".275", align 4
  %".277" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".276", i32 0
  %".278" = shufflevector <8 x float> %".277", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".279" = mul i64 %"k", 24
  %".280" = mul i64 %"q", 192
  %".281" = add i64 %".279", %".280"
  %".282" = getelementptr inbounds float, ptr %"B", i64 %".281"
  %".283" = load <8 x float>, ptr %".282", align 4
  %".284" = fmul contract <8 x float> %".278", %".283"
  %".285" = fadd contract <8 x float> %".269", %".284"
  %".286" = getelementptr inbounds float, ptr %"bmm.local", i64 72
  store <8 x float> %".285", ptr %".286", align 4
  %".288" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".289" = add <8 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".288"
  %".290" = getelementptr inbounds float, ptr %"bmm.local", i64 80
  %".291" = load <8 x float>, ptr %".290", align 4
  %".292" = mul i64 %"q", 128
  %".293" = add i64 %"k", %".292"
  %".294" = mul i64 %"i.outer", 32
  %".295" = add i64 %".293", %".294"
  %".296" = add i64 %".295", 24
  %".297" = getelementptr inbounds float, ptr %"A", i64 %".296"
  %".298" = load float, ptr %".297", align 4
  %".299" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".298", i32 0
  %".300" = shufflevector <8 x float> %".299", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".301" = mul i64 %"k", 24
  %".302" = mul i64 %"q", 192
  %".303" = add i64 %".301", %".302"
  %".304" = add i64 %".303", 8
  %".305" = getelementptr inbounds float, ptr %"B", i64 %".304"
  %".306" = load <8 x float>, ptr %".305", align 4
  %".307" = fmul contract <8 x float> %".300", %".306"
  %".308" = fadd contract <8 x float> %".291", %".307"
  %".309" = getelementptr inbounds float, ptr %"bmm.local", i64 80
  store <8 x float> %".308", ptr %".309", align 4
  %".311" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".312" = add <8 x i64> <i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88>, %".311"
  %".313" = getelementptr inbounds float, ptr %"bmm.local", i64 88
  %".314" = load <8 x float>, ptr %".313", align 4
  %".315" = mul i64 %"q", 128
  %".316" = add i64 %"k", %".315"
  %".317" = mul i64 %"i.outer", 32
  %".318" = add i64 %".316", %".317"
  %".319" = add i64 %".318", 24
  %".320" = getelementptr inbounds float, ptr %"A", i64 %".319"
  %".321" = load float, ptr %".320", align 4
  %".322" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".321", i32 0
  %".323" = shufflevector <8 x float> %".322", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".324" = mul i64 %"k", 24
  %".325" = mul i64 %"q", 192
  %".326" = add i64 %".324", %".325"
  %".327" = add i64 %".326", 16
  %".328" = getelementptr inbounds float, ptr %"B", i64 %".327"
  %".329" = load <8 x float>, ptr %".328", align 4
  %".330" = fmul contract <8 x float> %".323", %".329"
  %".331" = fadd contract <8 x float> %".314", %".330"
  %".332" = getelementptr inbounds float, ptr %"bmm.local", i64 88
  store <8 x float> %".331", ptr %".332", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
k.exit:
  %".335" = add i64 0, 4
  br label %"i.inner.header"
i.inner.header:
  %"i.inner" = phi  i64 [0, %"k.exit"], [%"i.inner.next", %"j.inner.outer.exit"]
  %".337" = icmp slt i64 %"i.inner", %".335"
  br i1 %".337", label %"i.inner.body", label %"i.inner.exit"
i.inner.body:
  %".339" = add i64 0, 3
  br label %"j.inner.outer.header"
i.inner.exit:
  %"i.outer.next" = add nsw i64 %"i.outer", 1
  br label %"i.outer.header"
j.inner.outer.header:
  %"j.inner.outer" = phi  i64 [0, %"i.inner.body"], [%"j.inner.outer.next", %"j.inner.outer.body"]
  %".341" = icmp slt i64 %"j.inner.outer", %".339"
  br i1 %".341", label %"j.inner.outer.body", label %"j.inner.outer.exit"
j.inner.outer.body:
  %".343" = mul i64 %"q", 384
  %".344" = mul i64 %"i.outer", 96
  %".345" = add i64 %".343", %".344"
  %".346" = mul i64 %"i.inner", 24
  %".347" = add i64 %".345", %".346"
  %".348" = mul i64 %"j.inner.outer", 8
  %".349" = add i64 %".347", %".348"
  %".350" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".349", i32 0
  %".351" = shufflevector <8 x i64> %".350", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".352" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".353" = add <8 x i64> %".351", %".352"
  %".354" = mul i64 %"i.inner", 24
  %".355" = mul i64 %"j.inner.outer", 8
  %".356" = add i64 %".354", %".355"
  %".357" = getelementptr inbounds float, ptr %"bmm.local", i64 %".356"
  %".358" = load <8 x float>, ptr %".357", align 4
  %".359" = mul i64 %"q", 384
  %".360" = mul i64 %"i.outer", 96
  %".361" = add i64 %".359", %".360"
  %".362" = mul i64 %"i.inner", 24
  %".363" = add i64 %".361", %".362"
  %".364" = mul i64 %"j.inner.outer", 8
  %".365" = add i64 %".363", %".364"
  %".366" = getelementptr inbounds float, ptr %"bmm", i64 %".365"
  store <8 x float> %".358", ptr %".366", align 4
  %"j.inner.outer.next" = add nsw i64 %"j.inner.outer", 1
  br label %"j.inner.outer.header"
j.inner.outer.exit:
  %"i.inner.next" = add nsw i64 %"i.inner", 1
  br label %"i.inner.header"
}
