; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"H", ptr noalias %"C", ptr noalias %"Wx", ptr noalias %"Wh", ptr noalias %"B", ptr noalias %"Cn", ptr noalias %"Hn") nounwind
{
entry:
  %"G.local" = alloca [64 x float], align 64
  %"ws.cells" = load ptr, ptr @"tcomp_main_ws"
  %".10" = getelementptr inbounds ptr, ptr %"ws.cells", i64 0
  %"G.block" = call ptr @"tcomp_main.ws_take"(ptr %".10", i64 1088)
  %".11" = icmp ne ptr %"G.block", null
  %".12" = xor i1 %".11", -1
  br i1 %".12", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  call void @"tcomp_main.oob_report"(i64 -9, i64 1088, i64 0)
  br label %"entry.endif"
entry.endif:
  br i1 %".11", label %"entry.endif.if", label %"entry.endif.endif", !prof !1
entry.endif.if:
  %".17" = getelementptr inbounds i8, ptr %"G.block", i64 64
  %".18" = add i64 0, 4
  br label %"j.outer.header"
entry.endif.endif:
  ret void
j.outer.header:
  %"j.outer" = phi  i64 [0, %"entry.endif.if"], [%"j.outer.next", %"b.inner.exit"]
  %".20" = icmp slt i64 %"j.outer", %".18"
  br i1 %".20", label %"j.outer.body", label %"j.outer.exit"
j.outer.body:
  %".22" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".23" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".22"
  %".24" = getelementptr inbounds float, ptr %"G.local", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".24", align 4
  %".26" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".27" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".26"
  %".28" = getelementptr inbounds float, ptr %"G.local", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".28", align 4
  %".30" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".31" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".30"
  %".32" = getelementptr inbounds float, ptr %"G.local", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".32", align 4
  %".34" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".35" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".34"
  %".36" = getelementptr inbounds float, ptr %"G.local", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".36", align 4
  %".38" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".39" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".38"
  %".40" = getelementptr inbounds float, ptr %"G.local", i64 32
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".40", align 4
  %".42" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".43" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".42"
  %".44" = getelementptr inbounds float, ptr %"G.local", i64 40
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".44", align 4
  %".46" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".47" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".46"
  %".48" = getelementptr inbounds float, ptr %"G.local", i64 48
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".48", align 4
  %".50" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".51" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".50"
  %".52" = getelementptr inbounds float, ptr %"G.local", i64 56
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".52", align 4
  %".54" = add i64 0, 16
  br label %"k.header"
j.outer.exit:
  %".335" = add i64 0, 4
  br label %"b.header"
k.header:
  %"k" = phi  i64 [0, %"j.outer.body"], [%"k.next", %"k.body"]
  %".56" = icmp slt i64 %"k", %".54"
  br i1 %".56", label %"k.body", label %"k.exit"
k.body:
  %".58" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".59" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".58"
  %".60" = getelementptr inbounds float, ptr %"G.local", i64 0
  %".61" = load <8 x float>, ptr %".60", align 4
  %".62" = getelementptr inbounds float, ptr %"X", i64 %"k"
  %".63" = load float, ptr %".62", align 4
  %".64" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".63", i32 0
  %".65" = shufflevector <8 x float> %".64", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".66" = mul i64 %"k", 64
  %".67" = mul i64 %"j.outer", 16
  %".68" = add i64 %".66", %".67"
  %".69" = getelementptr inbounds float, ptr %"Wx", i64 %".68"
  %".70" = load <8 x float>, ptr %".69", align 4
  %".71" = fmul contract <8 x float> %".65", %".70"
  %".72" = getelementptr inbounds float, ptr %"H", i64 %"k"
  %".73" = load float, ptr %".72", align 4
  %".74" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".73", i32 0
  %".75" = shufflevector <8 x float> %".74", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".76" = mul i64 %"k", 64
  %".77" = mul i64 %"j.outer", 16
  %".78" = add i64 %".76", %".77"
  %".79" = getelementptr inbounds float, ptr %"Wh", i64 %".78"
  %".80" = load <8 x float>, ptr %".79", align 4
  %".81" = fmul contract <8 x float> %".75", %".80"
  %".82" = fadd contract <8 x float> %".71", %".81"
  %".83" = fadd contract <8 x float> %".61", %".82"
  %".84" = getelementptr inbounds float, ptr %"G.local", i64 0
  store <8 x float> %".83", ptr %".84", align 4
  %".86" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".87" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".86"
  %".88" = getelementptr inbounds float, ptr %"G.local", i64 8
  %".89" = load <8 x float>, ptr %".88", align 4
  %".90" = getelementptr inbounds float, ptr %"X", i64 %"k"
  %".91" = load float, ptr %".90", align 4
  %".92" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".91", i32 0
  %".93" = shufflevector <8 x float> %".92", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".94" = mul i64 %"k", 64
  %".95" = mul i64 %"j.outer", 16
  %".96" = add i64 %".94", %".95"
  %".97" = add i64 %".96", 8
  %".98" = getelementptr inbounds float, ptr %"Wx", i64 %".97"
  %".99" = load <8 x float>, ptr %".98", align 4
  %".100" = fmul contract <8 x float> %".93", %".99"
  %".101" = getelementptr inbounds float, ptr %"H", i64 %"k"
  %".102" = load float, ptr %".101", align 4
  %".103" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".102", i32 0
  %".104" = shufflevector <8 x float> %".103", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".105" = mul i64 %"k", 64
  %".106" = mul i64 %"j.outer", 16
  %".107" = add i64 %".105", %".106"
  %".108" = add i64 %".107", 8
  %".109" = getelementptr inbounds float, ptr %"Wh", i64 %".108"
  %".110" = load <8 x float>, ptr %".109", align 4
  %".111" = fmul contract <8 x float> %".104", %".110"
  %".112" = fadd contract <8 x float> %".100", %".111"
  %".113" = fadd contract <8 x float> %".89", %".112"
  %".114" = getelementptr inbounds float, ptr %"G.local", i64 8
  store <8 x float> %".113", ptr %".114", align 4
  %".116" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".117" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".116"
  %".118" = getelementptr inbounds float, ptr %"G.local", i64 16
  %".119" = load <8 x float>, ptr %".118", align 4
  %".120" = add i64 %"k", 16
  %".121" = getelementptr inbounds float, ptr %"X", i64 %".120"
  %".122" = load float, ptr %".121", align 4
  %".123" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".122", i32 0
  %".124" = shufflevector <8 x float> %".123", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".125" = mul i64 %"k", 64
  %".126" = mul i64 %"j.outer", 16
  %".127" = add i64 %".125", %".126"
  %".128" = getelementptr inbounds float, ptr %"Wx", i64 %".127"
  %".129" = load <8 x float>, ptr %".128", align 4
  %".130" = fmul contract <8 x float> %".124", %".129"
  %".131" = add i64 %"k", 16
  %".132" = getelementptr inbounds float, ptr %"H", i64 %".131"
  %".133" = load float, ptr %".132", align 4
  %".134" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".133", i32 0
  %".135" = shufflevector <8 x float> %".134", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".136" = mul i64 %"k", 64
  %".137" = mul i64 %"j.outer", 16
  %".138" = add i64 %".136", %".137"
  %".139" = getelementptr inbounds float, ptr %"Wh", i64 %".138"
  %".140" = load <8 x float>, ptr %".139", align 4
  %".141" = fmul contract <8 x float> %".135", %".140"
  %".142" = fadd contract <8 x float> %".130", %".141"
  %".143" = fadd contract <8 x float> %".119", %".142"
  %".144" = getelementptr inbounds float, ptr %"G.local", i64 16
  store <8 x float> %".143", ptr %".144", align 4
  %".146" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".147" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".146"
  %".148" = getelementptr inbounds float, ptr %"G.local", i64 24
  %".149" = load <8 x float>, ptr %".148", align 4
  %".150" = add i64 %"k", 16
  %".151" = getelementptr inbounds float, ptr %"X", i64 %".150"
  %".152" = load float, ptr %".151", align 4
  %".153" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".152", i32 0
  %".154" = shufflevector <8 x float> %".153", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".155" = mul i64 %"k", 64
  %".156" = mul i64 %"j.outer", 16
  %".157" = add i64 %".155", %".156"
  %".158" = add i64 %".157", 8
  %".159" = getelementptr inbounds float, ptr %"Wx", i64 %".158"
  %".160" = load <8 x float>, ptr %".159", align 4
  %".161" = fmul contract <8 x float> %".154", %".160"
  %".162" = add i64 %"k", 16
  %".163" = getelementptr inbounds float, ptr %"H", i64 %".162"
  %".164" = load float, ptr %".163", align 4
  %".165" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".164", i32 0
  %".166" = shufflevector <8 x float> %".165", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".167" = mul i64 %"k", 64
  %".168" = mul i64 %"j.outer", 16
  %".169" = add i64 %".167", %".168"
  %".170" = add i64 %".169", 8
  %".171" = getelementptr inbounds float, ptr %"Wh", i64 %".170"
  %".172" = load <8 x float>, ptr %".171", align 4
  %".173" = fmul contract <8 x float> %".166", %".172"
  %".174" = fadd contract <8 x float> %".161", %".173"
  %".175" = fadd contract <8 x float> %".149", %".174"
  %".176" = getelementptr inbounds float, ptr %"G.local", i64 24
  store <8 x float> %".175", ptr %".176", align 4
  %".178" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".179" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".178"
  %".180" = getelementptr inbounds float, ptr %"G.local", i64 32
  %".181" = load <8 x float>, ptr %".180", align 4
  %".182" = add i64 %"k", 32
  %".183" = getelementptr inbounds float, ptr %"X", i64 %".182"
  %".184" = load float, ptr %".183", align 4
  %".185" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".184", i32 0
  %".186" = shufflevector <8 x float> %".185", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".187" = mul i64 %"k", 64
  %".188" = mul i64 %"j.outer", 16
  %".189" = add i64 %".187", %".188"
  %".190" = getelementptr inbounds float, ptr %"Wx", i64 %".189"
  %".191" = load <8 x float>, ptr %".190", align 4
  %".192" = fmul contract <8 x float> %".186", %".191"
  %".193" = add i64 %"k", 32
  %".194" = getelementptr inbounds float, ptr %"H", i64 %".193"
  %".195" = load float, ptr %".194", align 4
  %".196" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".195", i32 0
  %".197" = shufflevector <8 x float> %".196", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".198" = mul i64 %"k", 64
  %".199" = mul i64 %"j.outer", 16
  %".200" = add i64 %".198", %".199"
  %".201" = getelementptr inbounds float, ptr %"Wh", i64 %".200"
  %".202" = load <8 x float>, ptr %".201", align 4
  %".203" = fmul contract <8 x float> %".197", %".202"
  %".204" = fadd contract <8 x float> %".192", %".203"
  %".205" = fadd contract <8 x float> %".181", %".204"
  %".206" = getelementptr inbounds float, ptr %"G.local", i64 32
  store <8 x float> %".205", ptr %".206", align 4
  %".208" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".209" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".208"
  %".210" = getelementptr inbounds float, ptr %"G.local", i64 40
  %".211" = load <8 x float>, ptr %".210", align 4
  %".212" = add i64 %"k", 32
  %".213" = getelementptr inbounds float, ptr %"X", i64 %".212"
  %".214" = load float, ptr %".213", align 4
  %".215" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".214", i32 0
  %".216" = shufflevector <8 x float> %".215", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".217" = mul i64 %"k", 64
  %".218" = mul i64 %"j.outer", 16
  %".219" = add i64 %".217", %".218"
  %".220" = add i64 %".219", 8
  %".221" = getelementptr inbounds float, ptr %"Wx", i64 %".220"
  %".222" = load <8 x float>, ptr %".221", align 4
  %".223" = fmul contract <8 x float> %".216", %".222"
  %".224" = add i64 %"k", 32
  %".225" = getelementptr inbounds float, ptr %"H", i64 %".224"
  %".226" = load float, ptr %".225", align 4
  %".227" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".226", i32 0
  %".228" = shufflevector <8 x float> %".227", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".229" = mul i64 %"k", 64
  %".230" = mul i64 %"j.outer", 16
  %".231" = add i64 %".229", %".230"
  %".232" = add i64 %".231", 8
  %".233" = getelementptr inbounds float, ptr %"Wh", i64 %".232"
  %".234" = load <8 x float>, ptr %".233", align 4
  %".235" = fmul contract <8 x float> %".228", %".234"
  %".236" = fadd contract <8 x float> %".223", %".235"
  %".237" = fadd contract <8 x float> %".211", %".236"
  %".238" = getelementptr inbounds float, ptr %"G.local", i64 40
  store <8 x float> %".237", ptr %".238", align 4
  %".240" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".241" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".240"
  %".242" = getelementptr inbounds float, ptr %"G.local", i64 48
  %".243" = load <8 x float>, ptr %".242", align 4
  %".244" = add i64 %"k", 48
  %".245" = getelementptr inbounds float, ptr %"X", i64 %".244"
  %".246" = load float, ptr %".245", align 4
  %".247" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".246", i32 0
  %".248" = shufflevector <8 x float> %".247", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".249" = mul i64 %"k", 64
  %".250" = mul i64 %"j.outer", 16
  %".251" = add i64 %".249", %".250"
  %".252" = getelementptr inbounds float, ptr %"Wx", i64 %".251"
  %".253" = load <8 x float>, ptr %".252", align 4
  %".254" = fmul contract <8 x float> %".248", %".253"
  %".255" = add i64 %"k", 48
  %".256" = getelementptr inbounds float, ptr %"H", i64 %".255"
  %".257" = load float, ptr %".256", align 4
  %".258" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".257", i32 0
  %".259" = shufflevector <8 x float> %".258", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".260" = mul i64 %"k", 64
  %".261" = mul i64 %"j.outer", 16
  %".262" = add i64 %".260", %".261"
  %".263" = getelementptr inbounds float, ptr %"Wh", i64 %".262"
  %".264" = load <8 x float>, ptr %".263", align 4
  %".265" = fmul contract <8 x float> %".259", %".264"
  %".266" = fadd contract <8 x float> %".254", %".265"
  %".267" = fadd contract <8 x float> %".243", %".266"
  %".268" = getelementptr inbounds float, ptr %"G.local", i64 48
  store <8 x float> %".267", ptr %".268", align 4
  %".270" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".271" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".270"
  %".272" = getelementptr inbounds float, ptr %"G.local", i64 56
  %".273" = load <8 x float>, ptr %".272", align 4
  %".274" = add i64 %"k", 48
  %".275" = getelementptr inbounds float, ptr %"X", i64 %".274"
  %".276" = load float, ptr %".275", align 4
  %".277" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".276", i32 0
  %".278" = shufflevector <8 x float> %".277", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".279" = mul i64 %"k", 64
  %".280" = mul i64 %"j.outer", 16
  %".281" = add i64 %".279", %".280"
  %".282" = add i64 %".281", 8
  %".283" = getelementptr inbounds float, ptr %"Wx", i64 %".282"
  %".284" = load <8 x float>, ptr %".283", align 4
  %".285" = fmul contract <8 x float> %".278", %".284"
  %".286" = add i64 %"k", 48
  %".287" = getelementptr inbounds float, ptr %"H", i64 %".286"
  %".288" = load float, ptr %".287", align 4
  %".289" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".288", i32 0
  %".290" = shufflevector <8 x float> %".289", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".291" = mul i64 %"k", 64
  %".292" = mul i64 %"j.outer", 16
  %".293" = add i64 %".291", %".292"
  %".294" = add i64 %".293", 8
  %".295" = getelementptr inbounds float, ptr %"Wh", i64 %".294"
  %".296" = load <8 x float>, ptr %".295", align 4
  %".297" = fmul contract <8 x float> %".290", %".296"
  %".298" = fadd contract <8 x float> %".285", %".297"
  %".299" = fadd contract <8 x float> %".273", %".298"
  %".300" = getelementptr inbounds float, ptr %"G.local", i64 56
  store <8 x float> %".299", ptr %".300", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
k.exit:
  %".303" = add i64 0, 4
  br label %"b.inner.header"
b.inner.header:
  %"b.inner" = phi  i64 [0, %"k.exit"], [%"b.inner.next", %"j.inner.outer.exit"]
  %".305" = icmp slt i64 %"b.inner", %".303"
  br i1 %".305", label %"b.inner.body", label %"b.inner.exit"
b.inner.body:
  %".307" = add i64 0, 2
  br label %"j.inner.outer.header"
b.inner.exit:
  %"j.outer.next" = add nsw i64 %"j.outer", 1
  br label %"j.outer.header"
j.inner.outer.header:
  %"j.inner.outer" = phi  i64 [0, %"b.inner.body"], [%"j.inner.outer.next", %"j.inner.outer.body"]
  %".309" = icmp slt i64 %"j.inner.outer", %".307"
  br i1 %".309", label %"j.inner.outer.body", label %"j.inner.outer.exit"
j.inner.outer.body:
  %".311" = mul i64 %"b.inner", 64
  %".312" = mul i64 %"j.outer", 16
  %".313" = add i64 %".311", %".312"
  %".314" = mul i64 %"j.inner.outer", 8
  %".315" = add i64 %".313", %".314"
  %".316" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".315", i32 0
  %".317" = shufflevector <8 x i64> %".316", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".318" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".319" = add <8 x i64> %".317", %".318"
  %".320" = mul i64 %"b.inner", 16
  %".321" = mul i64 %"j.inner.outer", 8
  %".322" = add i64 %".320", %".321"
  %".323" = getelementptr inbounds float, ptr %"G.local", i64 %".322"
  %".324" = load <8 x float>, ptr %".323", align 4
  %".325" = mul i64 %"b.inner", 64
  %".326" = mul i64 %"j.outer", 16
  %".327" = add i64 %".325", %".326"
  %".328" = mul i64 %"j.inner.outer", 8
  %".329" = add i64 %".327", %".328"
  %".330" = getelementptr inbounds float, ptr %".17", i64 %".329"
  store <8 x float> %".324", ptr %".330", align 4
  %"j.inner.outer.next" = add nsw i64 %"j.inner.outer", 1
  br label %"j.inner.outer.header"
j.inner.outer.exit:
  %"b.inner.next" = add nsw i64 %"b.inner", 1
  br label %"b.inner.header"
b.header:
  %"b" = phi  i64 [0, %"j.outer.exit"], [%"b.next", %"b.body"]
  %".337" = icmp slt i64 %"b", %".335"
  br i1 %".337", label %"b.body", label %"b.exit"
b.body:
  %".339" = mul i64 %"b", 16
  %".340" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".339", i32 0
  %".341" = shufflevector <16 x i64> %".340", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".342" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".343" = add <16 x i64> %".341", %".342"
  %".344" = mul i64 %"b", 64
  %".345" = add i64 %".344", 16
  %".346" = getelementptr inbounds float, ptr %".17", i64 %".345"
  %".347" = load <16 x float>, ptr %".346", align 4
  %".348" = getelementptr inbounds float, ptr %"B", i64 16
  %".349" = load <16 x float>, ptr %".348", align 4
  %".350" = fadd contract <16 x float> %".347", %".349"
  %".351" = call <16 x float> @"tcomp.math.sigmoid.v16f32.rcp"(<16 x float> %".350")
  %".352" = mul i64 %"b", 16
  %".353" = getelementptr inbounds float, ptr %"C", i64 %".352"
  %".354" = load <16 x float>, ptr %".353", align 4
  %".355" = fmul contract <16 x float> %".351", %".354"
  %".356" = mul i64 %"b", 64
  %".357" = getelementptr inbounds float, ptr %".17", i64 %".356"
  %".358" = load <16 x float>, ptr %".357", align 4
  %".359" = getelementptr inbounds float, ptr %"B", i64 0
  %".360" = load <16 x float>, ptr %".359", align 4
  %".361" = fadd contract <16 x float> %".358", %".360"
  %".362" = call <16 x float> @"tcomp.math.sigmoid.v16f32.rcp"(<16 x float> %".361")
  %".363" = mul i64 %"b", 64
  %".364" = add i64 %".363", 32
  %".365" = getelementptr inbounds float, ptr %".17", i64 %".364"
  %".366" = load <16 x float>, ptr %".365", align 4
  %".367" = getelementptr inbounds float, ptr %"B", i64 32
  %".368" = load <16 x float>, ptr %".367", align 4
  %".369" = fadd contract <16 x float> %".366", %".368"
  %".370" = call <16 x float> @"tcomp.math.tanh.v16f32.rcp"(<16 x float> %".369")
  %".371" = fmul contract <16 x float> %".362", %".370"
  %".372" = fadd contract <16 x float> %".355", %".371"
  %".373" = mul i64 %"b", 16
  %".374" = getelementptr inbounds float, ptr %"Cn", i64 %".373"
  store <16 x float> %".372", ptr %".374", align 4
  %"b.next" = add nsw i64 %"b", 1
  br label %"b.header"
b.exit:
  %".377" = add i64 0, 4
  br label %"b.header.1"
b.header.1:
  %"b.1" = phi  i64 [0, %"b.exit"], [%"b.next.1", %"b.body.1"]
  %".379" = icmp slt i64 %"b.1", %".377"
  br i1 %".379", label %"b.body.1", label %"b.exit.1"
b.body.1:
  %".381" = mul i64 %"b.1", 16
  %".382" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".381", i32 0
  %".383" = shufflevector <16 x i64> %".382", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".384" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".385" = add <16 x i64> %".383", %".384"
  %".386" = mul i64 %"b.1", 64
  %".387" = add i64 %".386", 48
  %".388" = getelementptr inbounds float, ptr %".17", i64 %".387"
  %".389" = load <16 x float>, ptr %".388", align 4
  %".390" = getelementptr inbounds float, ptr %"B", i64 48
  %".391" = load <16 x float>, ptr %".390", align 4
  %".392" = fadd contract <16 x float> %".389", %".391"
  %".393" = call <16 x float> @"tcomp.math.sigmoid.v16f32.rcp"(<16 x float> %".392")
  %".394" = mul i64 %"b.1", 16
  %".395" = getelementptr inbounds float, ptr %"Cn", i64 %".394"
  %".396" = load <16 x float>, ptr %".395", align 4
  %".397" = call <16 x float> @"tcomp.math.tanh.v16f32.rcp"(<16 x float> %".396")
  %".398" = fmul contract <16 x float> %".393", %".397"
  %".399" = mul i64 %"b.1", 16
  %".400" = getelementptr inbounds float, ptr %"Hn", i64 %".399"
  store <16 x float> %".398", ptr %".400", align 4
  %"b.next.1" = add nsw i64 %"b.1", 1
  br label %"b.header.1"
b.exit.1:
  %".403" = atomicrmw xchg ptr %".10", ptr %"G.block" acq_rel
  call void @"free"(ptr %".403")
  br label %"entry.endif.endif"
}

@"tcomp_main_ws" = global ptr @"tcomp_main.ws_cells", align 8
define internal noalias ptr @"tcomp_main.ws_take"(ptr %".1", i64 %".2") noinline nounwind
{
entry:
  %".4" = icmp ugt i64 %".2", 4611686018427387904
  br i1 %".4", label %"fail", label %"take"
take:
  %".6" = atomicrmw xchg ptr %".1", ptr null acq_rel
  %".7" = icmp eq ptr %".6", null
  br i1 %".7", label %"alloc", label %"check"
check:
  %".9" = load i64, ptr %".6"
  %".10" = icmp uge i64 %".9", %".2"
  br i1 %".10", label %"reuse", label %"alloc"
reuse:
  ret ptr %".6"
alloc:
  call void @"free"(ptr %".6")
  %".14" = add i64 %".2", 64
  %".15" = call ptr @"aligned_alloc"(i64 64, i64 %".14")
  %".16" = icmp eq ptr %".15", null
  br i1 %".16", label %"fail", label %"store"
fail:
  ret ptr null
store:
  store i64 %".2", ptr %".15"
  ret ptr %".15"
}

declare void @"free"(ptr %".1")

declare ptr @"aligned_alloc"(i64 %".1", i64 %".2")

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

define internal <16 x float> @"tcomp.math.sigmoid.v16f32.rcp"(<16 x float> %".1") alwaysinline nounwind
{
entry:
  %".3" = call contract <16 x float> @"llvm.fabs.v16f32"(<16 x float> %".1")
  %".4" = fneg contract <16 x float> %".3"
  %".5" = fcmp oge <16 x float> %".4", <float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000>
  %".6" = fcmp ole <16 x float> %".4", <float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000>
  %".7" = and <16 x i1> %".5", %".6"
  %".8" = call i1 @"llvm.vector.reduce.and.v16i1"(<16 x i1> %".7")
  br i1 %".8", label %"entry.if", label %"entry.else", !prof !1
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

@"tcomp_main.ws_cells" = internal global [1 x ptr] zeroinitializer, align 8
@"tcomp_main_ws_n" = constant i64 1, align 8
!0 = !{ !"branch_weights", i32 1, i32 99 }
!1 = !{ !"branch_weights", i32 99, i32 1 }
