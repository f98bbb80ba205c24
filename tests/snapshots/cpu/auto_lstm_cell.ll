; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"H", ptr noalias %"C", ptr noalias %"Wx", ptr noalias %"Wh", ptr noalias %"B", ptr noalias %"Cn", ptr noalias %"Hn") nounwind
{
entry:
  %"G.local" = alloca [64 x float], align 64
  %"G" = alloca [256 x float], align 64
  %".10" = add i64 0, 4
  br label %"j.outer.header"
j.outer.header:
  %"j.outer" = phi  i64 [0, %"entry"], [%"j.outer.next", %"b.inner.exit"]
  %".12" = icmp slt i64 %"j.outer", %".10"
  br i1 %".12", label %"j.outer.body", label %"j.outer.exit"
j.outer.body:
  %".14" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".15" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".14"
  %".16" = getelementptr inbounds float, ptr %"G.local", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".16", align 4
  %".18" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".19" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".18"
  %".20" = getelementptr inbounds float, ptr %"G.local", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".20", align 4
  %".22" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".23" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".22"
  %".24" = getelementptr inbounds float, ptr %"G.local", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".24", align 4
  %".26" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".27" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".26"
  %".28" = getelementptr inbounds float, ptr %"G.local", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".28", align 4
  %".30" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".31" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".30"
  %".32" = getelementptr inbounds float, ptr %"G.local", i64 32
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".32", align 4
  %".34" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".35" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".34"
  %".36" = getelementptr inbounds float, ptr %"G.local", i64 40
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".36", align 4
  %".38" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".39" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".38"
  %".40" = getelementptr inbounds float, ptr %"G.local", i64 48
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".40", align 4
  %".42" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".43" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".42"
  %".44" = getelementptr inbounds float, ptr %"G.local", i64 56
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".44", align 4
  %".46" = add i64 0, 16
  br label %"k.header"
j.outer.exit:
  %".327" = add i64 0, 4
  br label %"b.header"
k.header:
  %"k" = phi  i64 [0, %"j.outer.body"], [%"k.next", %"k.body"]
  %".48" = icmp slt i64 %"k", %".46"
  br i1 %".48", label %"k.body", label %"k.exit"
k.body:
  %".50" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".51" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".50"
  %".52" = getelementptr inbounds float, ptr %"G.local", i64 0
  %".53" = load <8 x float>, ptr %".52", align 4
  %".54" = getelementptr inbounds float, ptr %"X", i64 %"k"
  %".55" = load float, ptr %".54", align 4
  %".56" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".55", i32 0
  %".57" = shufflevector <8 x float> %".56", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".58" = mul i64 %"k", 64
  %".59" = mul i64 %"j.outer", 16
  %".60" = add i64 %".58", %".59"
  %".61" = getelementptr inbounds float, ptr %"Wx", i64 %".60"
  %".62" = load <8 x float>, ptr %".61", align 4
  %".63" = fmul contract <8 x float> %".57", %".62"
  %".64" = getelementptr inbounds float, ptr %"H", i64 %"k"
  %".65" = load float, ptr %".64", align 4
  %".66" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".65", i32 0
  %".67" = shufflevector <8 x float> %".66", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".68" = mul i64 %"k", 64
  %".69" = mul i64 %"j.outer", 16
  %".70" = add i64 %".68", %".69"
  %".71" = getelementptr inbounds float, ptr %"Wh", i64 %".70"
  %".72" = load <8 x float>, ptr %".71", align 4
  %".73" = fmul contract <8 x float> %".67", %".72"
  %".74" = fadd contract <8 x float> %".63", %".73"
  %".75" = fadd contract <8 x float> %".53", %".74"
  %".76" = getelementptr inbounds float, ptr %"G.local", i64 0
  store <8 x float> %".75", ptr %".76", align 4
  %".78" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".79" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".78"
  %".80" = getelementptr inbounds float, ptr %"G.local", i64 8
  %".81" = load <8 x float>, ptr %".80", align 4
  %".82" = getelementptr inbounds float, ptr %"X", i64 %"k"
  %".83" = load float, ptr %".82", align 4
  %".84" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".83", i32 0
  %".85" = shufflevector <8 x float> %".84", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".86" = mul i64 %"k", 64
  %".87" = mul i64 %"j.outer", 16
  %".88" = add i64 %".86", %".87"
  %".89" = add i64 %".88", 8
  %".90" = getelementptr inbounds float, ptr %"Wx", i64 %".89"
  %".91" = load <8 x float>, ptr %".90", align 4
  %".92" = fmul contract <8 x float> %".85", %".91"
  %".93" = getelementptr inbounds float, ptr %"H", i64 %"k"
  %".94" = load float, ptr %".93", align 4
  %".95" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".94", i32 0
  %".96" = shufflevector <8 x float> %".95", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".97" = mul i64 %"k", 64
  %".98" = mul i64 %"j.outer", 16
  %".99" = add i64 %".97", %".98"
  %".100" = add i64 %".99", 8
  %".101" = getelementptr inbounds float, ptr %"Wh", i64 %".100"
  %".102" = load <8 x float>, ptr %".101", align 4
  %".103" = fmul contract <8 x float> %".96", %".102"
  %".104" = fadd contract <8 x float> %".92", %".103"
  %".105" = fadd contract <8 x float> %".81", %".104"
  %".106" = getelementptr inbounds float, ptr %"G.local", i64 8
  store <8 x float> %".105", ptr %".106", align 4
  %".108" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".109" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".108"
  %".110" = getelementptr inbounds float, ptr %"G.local", i64 16
  %".111" = load <8 x float>, ptr %".110", align 4
  %".112" = add i64 %"k", 16
  %".113" = getelementptr inbounds float, ptr %"X", i64 %".112"
  %".114" = load float, ptr %".113", align 4
  %".115" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".114", i32 0
  %".116" = shufflevector <8 x float> %".115", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".117" = mul i64 %"k", 64
  %".118" = mul i64 %"j.outer", 16
  %".119" = add i64 %".117", %".118"
  %".120" = getelementptr inbounds float, ptr %"Wx", i64 %".119"
  %".121" = load <8 x float>, ptr %".120", align 4
  %".122" = fmul contract <8 x float> %".116", %".121"
  %".123" = add i64 %"k", 16
  %".124" = getelementptr inbounds float, ptr %"H", i64 %".123"
  %".125" = load float, ptr %".124", align 4
  %".126" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".125", i32 0
  %".127" = shufflevector <8 x float> %".126", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".128" = mul i64 %"k", 64
  %".129" = mul i64 %"j.outer", 16
  %".130" = add i64 %".128", %".129"
  %".131" = getelementptr inbounds float, ptr %"Wh", i64 %".130"
  %".132" = load <8 x float>, ptr %".131", align 4
  %".133" = fmul contract <8 x float> %".127", %".132"
  %".134" = fadd contract <8 x float> %".122", %".133"
  %".135" = fadd contract <8 x float> %".111", %".134"
  %".136" = getelementptr inbounds float, ptr %"G.local", i64 16
  store <8 x float> %".135", ptr %".136", align 4
  %".138" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".139" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".138"
  %".140" = getelementptr inbounds float, ptr %"G.local", i64 24
  %".141" = load <8 x float>, ptr %".140", align 4
  %".142" = add i64 %"k", 16
  %".143" = getelementptr inbounds float, ptr %"X", i64 %".142"
  %".144" = load float, ptr %".143", align 4
  %".145" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".144", i32 0
  %".146" = shufflevector <8 x float> %".145", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".147" = mul i64 %"k", 64
  %".148" = mul i64 %"j.outer", 16
  %".149" = add i64 %".147", %".148"
  %".150" = add i64 %".149", 8
  %".151" = getelementptr inbounds float, ptr %"Wx", i64 %".150"
  %".152" = load <8 x float>, ptr %".151", align 4
  %".153" = fmul contract <8 x float> %".146", %".152"
  %".154" = add i64 %"k", 16
  %".155" = getelementptr inbounds float, ptr %"H", i64 %".154"
  %".156" = load float, ptr %".155", align 4
  %".157" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".156", i32 0
  %".158" = shufflevector <8 x float> %".157", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".159" = mul i64 %"k", 64
  %".160" = mul i64 %"j.outer", 16
  %".161" = add i64 %".159", %".160"
  %".162" = add i64 %".161", 8
  %".163" = getelementptr inbounds float, ptr %"Wh", i64 %".162"
  %".164" = load <8 x float>, ptr %".163", align 4
  %".165" = fmul contract <8 x float> %".158", %".164"
  %".166" = fadd contract <8 x float> %".153", %".165"
  %".167" = fadd contract <8 x float> %".141", %".166"
  %".168" = getelementptr inbounds float, ptr %"G.local", i64 24
  store <8 x float> %".167", ptr %".168", align 4
  %".170" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".171" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".170"
  %".172" = getelementptr inbounds float, ptr %"G.local", i64 32
  %".173" = load <8 x float>, ptr %".172", align 4
  %".174" = add i64 %"k", 32
  %".175" = getelementptr inbounds float, ptr %"X", i64 %".174"
  %".176" = load float, ptr %".175", align 4
  %".177" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".176", i32 0
  %".178" = shufflevector <8 x float> %".177", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".179" = mul i64 %"k", 64
  %".180" = mul i64 %"j.outer", 16
  %".181" = add i64 %".179", %".180"
  %".182" = getelementptr inbounds float, ptr %"Wx", i64 %".181"
  %".183" = load <8 x float>, ptr %".182", align 4
  %".184" = fmul contract <8 x float> %".178", %".183"
  %".185" = add i64 %"k", 32
  %".186" = getelementptr inbounds float, ptr %"H", i64 %".185"
  %".187" = load float, ptr %".186", align 4
  %".188" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".187", i32 0
  %".189" = shufflevector <8 x float> %".188", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".190" = mul i64 %"k", 64
  %".191" = mul i64 %"j.outer", 16
  %".192" = add i64 %".190", %".191"
  %".193" = getelementptr inbounds float, ptr %"Wh", i64 %".192"
  %".194" = load <8 x float>, ptr %".193", align 4
  %".195" = fmul contract <8 x float> %".189", %".194"
  %".196" = fadd contract <8 x float> %".184", %".195"
  %".197" = fadd contract <8 x float> %".173", %".196"
  %".198" = getelementptr inbounds float, ptr %"G.local", i64 32
  store <8 x float> %".197", ptr %".198", align 4
  %".200" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".201" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".200"
  %".202" = getelementptr inbounds float, ptr %"G.local", i64 40
  %".203" = load <8 x float>, ptr %".202", align 4
  %".204" = add i64 %"k", 32
  %".205" = getelementptr inbounds float, ptr %"X", i64 %".204"
  %".206" = load float, ptr %".205", align 4
  %".207" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".206", i32 0
  %".208" = shufflevector <8 x float> %".207", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".209" = mul i64 %"k", 64
  %".210" = mul i64 %"j.outer", 16
  %".211" = add i64 %".209", %".210"
  %".212" = add i64 %".211", 8
  %".213" = getelementptr inbounds float, ptr %"Wx", i64 %".212"
  %".214" = load <8 x float>, ptr %".213", align 4
  %".215" = fmul contract <8 x float> %".208", %".214"
  %".216" = add i64 %"k", 32
  %".217" = getelementptr inbounds float, ptr %"H", i64 %".216"
  %".218" = load float, ptr %".217", align 4
  %".219" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".218", i32 0
  %".220" = shufflevector <8 x float> %".219", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".221" = mul i64 %"k", 64
  %".222" = mul i64 %"j.outer", 16
  %".223" = add i64 %".221", %".222"
  %".224" = add i64 %".223", 8
  %".225" = getelementptr inbounds float, ptr %"Wh", i64 %".224"
  %".226" = load <8 x float>, ptr %".225", align 4
  %".227" = fmul contract <8 x float> %".220", %".226"
  %".228" = fadd contract <8 x float> %".215", %".227"
  %".229" = fadd contract <8 x float> %".203", %".228"
  %".230" = getelementptr inbounds float, ptr %"G.local", i64 40
  store <8 x float> %".229", ptr %".230", align 4
  %".232" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".233" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".232"
  %".234" = getelementptr inbounds float, ptr %"G.local", i64 48
  %".235" = load <8 x float>, ptr %".234", align 4
  %".236" = add i64 %"k", 48
  %".237" = getelementptr inbounds float, ptr %"X", i64 %".236"
  %".238" = load float, ptr %".237", align 4
  %".239" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".238", i32 0
  %".240" = shufflevector <8 x float> %".239", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".241" = mul i64 %"k", 64
  %".242" = mul i64 %"j.outer", 16
  %".243" = add i64 %".241", %".242"
  %".244" = getelementptr inbounds float, ptr %"Wx", i64 %".243"
  %".245" = load <8 x float>, ptr %".244", align 4
  %".246" = fmul contract <8 x float> %".240", %".245"
  %".247" = add i64 %"k", 48
  %".248" = getelementptr inbounds float, ptr %"H", i64 %".247"
  %".249" = load float, ptr %".248", align 4
  %".250" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".249", i32 0
  %".251" = shufflevector <8 x float> %".250", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".252" = mul i64 %"k", 64
  %".253" = mul i64 %"j.outer", 16
  %".254" = add i64 %".252", %".253"
  %".255" = getelementptr inbounds float, ptr %"Wh", i64 %".254"
  %".256" = load <8 x float>, ptr %".255", align 4
  %".257" = fmul contract <8 x float> %".251", %".256"
  %".258" = fadd contract <8 x float> %".246", %".257"
  %".259" = fadd contract <8 x float> %".235", %".258"
  %".260" = getelementptr inbounds float, ptr %"G.local", i64 48
  store <8 x float> %".259", ptr %".260", align 4
  %".262" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".263" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".262"
  %".264" = getelementptr inbounds float, ptr %"G.local", i64 56
  %".265" = load <8 x float>, ptr %".264", align 4
  %".266" = add i64 %"k", 48
  %".267" = getelementptr inbounds float, ptr %"X", i64 %".266"
  %".268" = load float, ptr %".267", align 4
  %".269" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".268", i32 0
  %".270" = shufflevector <8 x float> %".269", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".271" = mul i64 %"k", 64
  %".272" = mul i64 %"j.outer", 16
  %".273" = add i64 %".271", %".272"
  %".274" = add i64 %".273", 8
  %".275" = getelementptr inbounds float, ptr %"Wx", i64 %".274"
  %".276" = load <8 x float>, ptr %".275", align 4
  %".277" = fmul contract <8 x float> %".270", %".276"
  %".278" = add i64 %"k", 48
  %".279" = getelementptr inbounds float, ptr %"H", i64 %".278"
  %".280" = load float, ptr %".279", align 4
  %".281" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".280", i32 0
  %".282" = shufflevector <8 x float> %".281", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".283" = mul i64 %"k", 64
  %".284" = mul i64 %"j.outer", 16
  %".285" = add i64 %".283", %".284"
  %".286" = add i64 %".285", 8
  %".287" = getelementptr inbounds float, ptr %"Wh", i64 %".286"
  %".288" = load <8 x float>, ptr %".287", align 4
  %".289" = fmul contract <8 x float> %".282", %".288"
  %".290" = fadd contract <8 x float> %".277", %".289"
  %".291" = fadd contract <8 x float> %".265", %".290"
  %".292" = getelementptr inbounds float, ptr %"G.local", i64 56
  store <8 x float> %".291", ptr %".292", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
k.exit:
  %".295" = add i64 0, 4
  br label %"b.inner.header"
b.inner.header:
  %"b.inner" = phi  i64 [0, %"k.exit"], [%"b.inner.next", %"j.inner.outer.exit"]
  %".297" = icmp slt i64 %"b.inner", %".295"
  br i1 %".297", label %"b.inner.body", label %"b.inner.exit"
b.inner.body:
  %".299" = add i64 0, 2
  br label %"j.inner.outer.header"
b.inner.exit:
  %"j.outer.next" = add nsw i64 %"j.outer", 1
  br label %"j.outer.header"
j.inner.outer.header:
  %"j.inner.outer" = phi  i64 [0, %"b.inner.body"], [%"j.inner.outer.next", %"j.inner.outer.body"]
  %".301" = icmp slt i64 %"j.inner.outer", %".299"
  br i1 %".301", label %"j.inner.outer.body", label %"j.inner.outer.exit"
j.inner.outer.body:
  %".303" = mul i64 %"b.inner", 64
  %".304" = mul i64 %"j.outer", 16
  %".305" = add i64 %".303", %".304"
  %".306" = mul i64 %"j.inner.outer", 8
  %".307" = add i64 %".305", %".306"
  %".308" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".307", i32 0
  %".309" = shufflevector <8 x i64> %".308", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".310" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".311" = add <8 x i64> %".309", %".310"
  %".312" = mul i64 %"b.inner", 16
  %".313" = mul i64 %"j.inner.outer", 8
  %".314" = add i64 %".312", %".313"
  %".315" = getelementptr inbounds float, ptr %"G.local", i64 %".314"
  %".316" = load <8 x float>, ptr %".315", align 4
  %".317" = mul i64 %"b.inner", 64
  %".318" = mul i64 %"j.outer", 16
  %".319" = add i64 %".317", %".318"
  %".320" = mul i64 %"j.inner.outer", 8
  %".321" = add i64 %".319", %".320"
  %".322" = getelementptr inbounds float, ptr %"G", i64 %".321"
  store <8 x float> %".316", ptr %".322", align 4
  %"j.inner.outer.next" = add nsw i64 %"j.inner.outer", 1
  br label %"j.inner.outer.header"
j.inner.outer.exit:
  %"b.inner.next" = add nsw i64 %"b.inner", 1
  br label %"b.inner.header"
b.header:
  %"b" = phi  i64 [0, %"j.outer.exit"], [%"b.next", %"b.body"]
  %".329" = icmp slt i64 %"b", %".327"
  br i1 %".329", label %"b.body", label %"b.exit"
b.body:
  %".331" = mul i64 %"b", 16
  %".332" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".331", i32 0
  %".333" = shufflevector <16 x i64> %".332", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".334" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".335" = add <16 x i64> %".333", %".334"
  %".336" = mul i64 %"b", 64
  %".337" = add i64 %".336", 16
  %".338" = getelementptr inbounds float, ptr %"G", i64 %".337"
  %".339" = load <16 x float>, ptr %".338", align 4
  %".340" = getelementptr inbounds float, ptr %"B", i64 16
  %".341" = load <16 x float>, ptr %".340", align 4
  %".342" = fadd contract <16 x float> %".339", %".341"
  %".343" = call <16 x float> @"tcomp.math.sigmoid.v16f32.rcp"(<16 x float> %".342")
  %".344" = mul i64 %"b", 16
  %".345" = getelementptr inbounds float, ptr %"C", i64 %".344"
  %".346" = load <16 x float>, ptr %".345", align 4
  %".347" = fmul contract <16 x float> %".343", %".346"
  %".348" = mul i64 %"b", 64
  %".349" = getelementptr inbounds float, ptr %"G", i64 %".348"
  %".350" = load <16 x float>, ptr %".349", align 4
  %".351" = getelementptr inbounds float, ptr %"B", i64 0
  %".352" = load <16 x float>, ptr %".351", align 4
  %".353" = fadd contract <16 x float> %".350", %".352"
  %".354" = call <16 x float> @"tcomp.math.sigmoid.v16f32.rcp"(<16 x float> %".353")
  %".355" = mul i64 %"b", 64
  %".356" = add i64 %".355", 32
  %".357" = getelementptr inbounds float, ptr %"G", i64 %".356"
  %".358" = load <16 x float>, ptr %".357", align 4
  %".359" = getelementptr inbounds float, ptr %"B", i64 32
  %".360" = load <16 x float>, ptr %".359", align 4
  %".361" = fadd contract <16 x float> %".358", %".360"
  %".362" = call <16 x float> @"tcomp.math.tanh.v16f32.rcp"(<16 x float> %".361")
  %".363" = fmul contract <16 x float> %".354", %".362"
  %".364" = fadd contract <16 x float> %".347", %".363"
  %".365" = mul i64 %"b", 16
  %".366" = getelementptr inbounds float, ptr %"Cn", i64 %".365"
  store <16 x float> %".364", ptr %".366", align 4
  %"b.next" = add nsw i64 %"b", 1
  br label %"b.header"
b.exit:
  %".369" = add i64 0, 4
  br label %"b.header.1"
b.header.1:
  %"b.1" = phi  i64 [0, %"b.exit"], [%"b.next.1", %"b.body.1"]
  %".371" = icmp slt i64 %"b.1", %".369"
  br i1 %".371", label %"b.body.1", label %"b.exit.1"
b.body.1:
  %".373" = mul i64 %"b.1", 16
  %".374" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".373", i32 0
  %".375" = shufflevector <16 x i64> %".374", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".376" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".377" = add <16 x i64> %".375", %".376"
  %".378" = mul i64 %"b.1", 64
  %".379" = add i64 %".378", 48
  %".380" = getelementptr inbounds float, ptr %"G", i64 %".379"
  %".381" = load <16 x float>, ptr %".380", align 4
  %".382" = getelementptr inbounds float, ptr %"B", i64 48
  %".383" = load <16 x float>, ptr %".382", align 4
  %".384" = fadd contract <16 x float> %".381", %".383"
  %".385" = call <16 x float> @"tcomp.math.sigmoid.v16f32.rcp"(<16 x float> %".384")
  %".386" = mul i64 %"b.1", 16
  %".387" = getelementptr inbounds float, ptr %"Cn", i64 %".386"
  %".388" = load <16 x float>, ptr %".387", align 4
  %".389" = call <16 x float> @"tcomp.math.tanh.v16f32.rcp"(<16 x float> %".388")
  %".390" = fmul contract <16 x float> %".385", %".389"
  %".391" = mul i64 %"b.1", 16
  %".392" = getelementptr inbounds float, ptr %"Hn", i64 %".391"
  store <16 x float> %".390", ptr %".392", align 4
  %"b.next.1" = add nsw i64 %"b.1", 1
  br label %"b.header.1"
b.exit.1:
  ret void
}

define internal <16 x float> @"tcomp.math.sigmoid.v16f32.rcp"(<16 x float> %".1") alwaysinline nounwind
{
entry:
  %".3" = call contract <16 x float> @"llvm.fabs.v16f32"(<16 x float> %".1")
  %".4" = fneg contract <16 x float> %".3"
  %".5" = bitcast <16 x float> %".4" to <16 x i32>
  %".6" = and <16 x i32> %".5", <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>
  %".7" = bitcast <16 x float> <float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000> to <16 x i32>
  %".8" = icmp sgt <16 x i32> %".6", %".7"
  %".9" = sext <16 x i1> %".8" to <16 x i32>
  %".10" = shufflevector <16 x i32> %".9", <16 x i32> %".9", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %".11" = shufflevector <16 x i32> %".9", <16 x i32> %".9", <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %".12" = or <8 x i32> %".10", %".11"
  %".13" = bitcast <8 x i32> %".12" to i256
  %".14" = icmp eq i256 %".13", 0
  br i1 %".14", label %"entry.if", label %"entry.else", !prof !0
entry.if:
  %".16" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".4", <16 x float> <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>, <16 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>)
  %".17" = fsub <16 x float> %".16", <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %".18" = bitcast <16 x float> %".16" to <16 x i32>
  %".19" = bitcast <16 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000> to <16 x i32>
  %".20" = sub <16 x i32> %".18", %".19"
  %".21" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".17", <16 x float> <float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000>, <16 x float> %".4")
  %".22" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".17", <16 x float> <float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000>, <16 x float> %".21")
  %".23" = shl <16 x i32> %".20", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".24" = fmul contract <16 x float> %".22", %".22"
  %".25" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> <float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000>, <16 x float> %".22", <16 x float> <float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000>)
  %".26" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".25", <16 x float> %".22", <16 x float> <float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000>)
  %".27" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".26", <16 x float> %".22", <16 x float> <float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000>)
  %".28" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".27", <16 x float> %".22", <16 x float> <float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000>)
  %".29" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".24", <16 x float> %".28", <16 x float> %".22")
  %".30" = fadd contract <16 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>, %".29"
  %".31" = bitcast <16 x float> %".30" to <16 x i32>
  %".32" = add <16 x i32> %".31", %".23"
  %".33" = bitcast <16 x i32> %".32" to <16 x float>
  br label %"entry.endif"
entry.else:
  %".35" = fcmp olt <16 x float> %".4", <float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000>
  %".36" = select  <16 x i1> %".35", <16 x float> <float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000>, <16 x float> %".4"
  %".37" = fcmp ogt <16 x float> %".36", <float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000>
  %".38" = select  <16 x i1> %".37", <16 x float> <float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000>, <16 x float> %".36"
  %".39" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".38", <16 x float> <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>, <16 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>)
  %".40" = fsub <16 x float> %".39", <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %".41" = bitcast <16 x float> %".39" to <16 x i32>
  %".42" = bitcast <16 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000> to <16 x i32>
  %".43" = sub <16 x i32> %".41", %".42"
  %".44" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".40", <16 x float> <float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000>, <16 x float> %".38")
  %".45" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".40", <16 x float> <float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000>, <16 x float> %".44")
  %".46" = fmul contract <16 x float> %".45", %".45"
  %".47" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> <float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000>, <16 x float> %".45", <16 x float> <float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000>)
  %".48" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".47", <16 x float> %".45", <16 x float> <float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000>)
  %".49" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".48", <16 x float> %".45", <16 x float> <float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000>)
  %".50" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".49", <16 x float> %".45", <16 x float> <float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000>)
  %".51" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".46", <16 x float> %".50", <16 x float> %".45")
  %".52" = fadd contract <16 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>, %".51"
  %".53" = ashr <16 x i32> %".43", <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %".54" = add <16 x i32> %".53", <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %".55" = shl <16 x i32> %".54", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".56" = bitcast <16 x i32> %".55" to <16 x float>
  %".57" = fmul contract <16 x float> %".52", %".56"
  %".58" = sub <16 x i32> %".43", %".53"
  %".59" = add <16 x i32> %".58", <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %".60" = shl <16 x i32> %".59", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".61" = bitcast <16 x i32> %".60" to <16 x float>
  %".62" = fmul contract <16 x float> %".57", %".61"
  br label %"entry.endif"
entry.endif:
  %".64" = phi  <16 x float> [%".33", %"entry.if"], [%".62", %"entry.else"]
  %".65" = fcmp olt <16 x float> %".1", <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>
  %".66" = select  <16 x i1> %".65", <16 x float> %".64", <16 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".67" = fadd contract <16 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>, %".64"
  %".68" = shufflevector <16 x float> %".67", <16 x float> %".67", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %".69" = call <8 x float> @"llvm.x86.avx.rcp.ps.256"(<8 x float> %".68")
  %".70" = shufflevector <16 x float> %".67", <16 x float> %".67", <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %".71" = call <8 x float> @"llvm.x86.avx.rcp.ps.256"(<8 x float> %".70")
  %".72" = shufflevector <8 x float> %".69", <8 x float> %".71", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %".73" = fneg contract <16 x float> %".67"
  %".74" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".73", <16 x float> %".72", <16 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>)
  %".75" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".72", <16 x float> %".74", <16 x float> %".72")
  %".76" = fmul <16 x float> %".66", %".75"
  %".77" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".73", <16 x float> %".76", <16 x float> %".66")
  %".78" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".77", <16 x float> %".75", <16 x float> %".76")
  ret <16 x float> %".78"
}

declare <16 x float> @"llvm.fabs.v16f32"(<16 x float> %".1")

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
