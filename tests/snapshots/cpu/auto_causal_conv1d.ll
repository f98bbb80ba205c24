; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"W", ptr noalias %"Y") nounwind
{
entry:
  %"Y.local.1" = alloca [6 x float], align 64
  %"Y.local" = alloca [24 x float], align 64
  %".5" = add i64 0, 2
  br label %"b.header"
b.header:
  %"b" = phi  i64 [0, %"entry"], [%"b.next", %"c.outer.exit"]
  %".7" = icmp slt i64 %"b", %".5"
  br i1 %".7", label %"b.body", label %"b.exit"
b.body:
  %".9" = add i64 0, 4
  br label %"c.outer.header"
b.exit:
  ret void
c.outer.header:
  %"c.outer" = phi  i64 [0, %"b.body"], [%"c.outer.next", %"k.exit.1"]
  %".11" = icmp slt i64 %"c.outer", %".9"
  br i1 %".11", label %"c.outer.body", label %"c.outer.exit"
c.outer.body:
  %".13" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".14" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".13"
  %".15" = getelementptr inbounds float, ptr %"Y.local", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".15", align 4
  %".17" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".18" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".17"
  %".19" = getelementptr inbounds float, ptr %"Y.local", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".19", align 4
  %".21" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".22" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".21"
  %".23" = getelementptr inbounds float, ptr %"Y.local", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".23", align 4
  %".25" = add i64 0, 4
  br label %"k.header"
c.outer.exit:
  %"b.next" = add nsw i64 %"b", 1
  br label %"b.header"
k.header:
  %"k" = phi  i64 [0, %"c.outer.body"], [%"k.next", %"t.inner.exit.2"]
  %".27" = icmp slt i64 %"k", %".25"
  br i1 %".27", label %"k.body", label %"k.exit"
k.body:
  %".29" = add i64 0, 8
  br label %"t.inner.header"
k.exit:
  %".106" = add i64 0, 3
  br label %"t.inner.outer.header"
t.inner.header:
  %"t.inner" = phi  i64 [0, %"k.body"], [%"t.inner.next", %"t.inner.body.endif"]
  %".31" = icmp slt i64 %"t.inner", %".29"
  br i1 %".31", label %"t.inner.body", label %"t.inner.exit"
t.inner.body:
  %".33" = add i64 %"t.inner", 1
  %".34" = icmp slt i64 %"k", %".33"
  br i1 %".34", label %"t.inner.body.if", label %"t.inner.body.endif"
t.inner.exit:
  %".55" = add i64 0, 8
  br label %"t.inner.header.1"
t.inner.body.if:
  %".36" = getelementptr inbounds float, ptr %"Y.local", i64 %"t.inner"
  %".37" = load float, ptr %".36", align 4
  %".38" = mul i64 %"c.outer", 4
  %".39" = add i64 %"k", %".38"
  %".40" = getelementptr inbounds float, ptr %"W", i64 %".39"
  %".41" = load float, ptr %".40", align 4
  %".42" = mul i64 %"b", 120
  %".43" = mul i64 %"c.outer", 30
  %".44" = add i64 %".42", %".43"
  %".45" = add i64 %".44", %"t.inner"
  %".46" = sub i64 %".45", %"k"
  %".47" = getelementptr inbounds float, ptr %"X", i64 %".46"
  %".48" = load float, ptr %".47", align 4
  %".49" = fmul contract float %".41", %".48"
  %".50" = fadd contract float %".37", %".49"
  %".51" = getelementptr inbounds float, ptr %"Y.local", i64 %"t.inner"
  store float %".50", ptr %".51", align 4
  br label %"t.inner.body.endif"
t.inner.body.endif:
  %"t.inner.next" = add nsw i64 %"t.inner", 1
  br label %"t.inner.header"
t.inner.header.1:
  %"t.inner.1" = phi  i64 [0, %"t.inner.exit"], [%"t.inner.next.1", %"t.inner.body.1"]
  %".57" = icmp slt i64 %"t.inner.1", %".55"
  br i1 %".57", label %"t.inner.body.1", label %"t.inner.exit.1"
t.inner.body.1:
  %".59" = add i64 %"t.inner.1", 8
  %".60" = add i64 %"t.inner.1", 8
  %".61" = getelementptr inbounds float, ptr %"Y.local", i64 %".60"
  %".62" = load float, ptr %".61", align 4
  %".63" = mul i64 %"c.outer", 4
  %".64" = add i64 %"k", %".63"
  %".65" = getelementptr inbounds float, ptr %"W", i64 %".64"
  %".66" = load float, ptr %".65", align 4
  %".67" = mul i64 %"b", 120
  %".68" = mul i64 %"c.outer", 30
  %".69" = add i64 %".67", %".68"
  %".70" = add i64 %".69", %"t.inner.1"
  %".71" = sub i64 %".70", %"k"
  %".72" = add i64 %".71", 8
  %".73" = getelementptr inbounds float, ptr %"X", i64 %".72"
  %".74" = load float, ptr %".73", align 4
  %".75" = fmul contract float %".66", %".74"
  %".76" = fadd contract float %".62", %".75"
  %".77" = getelementptr inbounds float, ptr %"Y.local", i64 %".59"
  store float %".76", ptr %".77", align 4
  %"t.inner.next.1" = add nsw i64 %"t.inner.1", 1
  br label %"t.inner.header.1"
t.inner.exit.1:
  %".80" = add i64 0, 8
  br label %"t.inner.header.2"
t.inner.header.2:
  %"t.inner.2" = phi  i64 [0, %"t.inner.exit.1"], [%"t.inner.next.2", %"t.inner.body.2"]
  %".82" = icmp slt i64 %"t.inner.2", %".80"
  br i1 %".82", label %"t.inner.body.2", label %"t.inner.exit.2"
t.inner.body.2:
  %".84" = add i64 %"t.inner.2", 16
  %".85" = add i64 %"t.inner.2", 16
  %".86" = getelementptr inbounds float, ptr %"Y.local", i64 %".85"
  %".87" = load float, ptr %".86", align 4
  %".88" = mul i64 %"c.outer", 4
  %".89" = add i64 %"k", %".88"
  %".90" = getelementptr inbounds float, ptr %"W", i64 %".89"
  %".91" = load float, ptr %".90", align 4
  %".92" = mul i64 %"b", 120
  %".93" = mul i64 %"c.outer", 30
  %".94" = add i64 %".92", %".93"
  %".95" = add i64 %".94", %"t.inner.2"
  %".96" = sub i64 %".95", %"k"
  %".97" = add i64 %".96", 16
  %".98" = getelementptr inbounds float, ptr %"X", i64 %".97"
  %".99" = load float, ptr %".98", align 4
  %".100" = fmul contract float %".91", %".99"
  %".101" = fadd contract float %".87", %".100"
  %".102" = getelementptr inbounds float, ptr %"Y.local", i64 %".84"
  store float %".101", ptr %".102", align 4
  %"t.inner.next.2" = add nsw i64 %"t.inner.2", 1
  br label %"t.inner.header.2"
t.inner.exit.2:
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
t.inner.outer.header:
  %"t.inner.outer" = phi  i64 [0, %"k.exit"], [%"t.inner.outer.next", %"t.inner.outer.body"]
  %".108" = icmp slt i64 %"t.inner.outer", %".106"
  br i1 %".108", label %"t.inner.outer.body", label %"t.inner.outer.exit"
t.inner.outer.body:
  %".110" = mul i64 %"b", 120
  %".111" = mul i64 %"c.outer", 30
  %".112" = add i64 %".110", %".111"
  %".113" = mul i64 %"t.inner.outer", 8
  %".114" = add i64 %".112", %".113"
  %".115" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".114", i32 0
  %".116" = shufflevector <8 x i64> %".115", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".117" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".118" = add <8 x i64> %".116", %".117"
  %".119" = mul i64 %"t.inner.outer", 8
  %".120" = getelementptr inbounds float, ptr %"Y.local", i64 %".119"
  %".121" = load <8 x float>, ptr %".120", align 4
  %".122" = mul i64 %"b", 120
  %".123" = mul i64 %"c.outer", 30
  %".124" = add i64 %".122", %".123"
  %".125" = mul i64 %"t.inner.outer", 8
  %".126" = add i64 %".124", %".125"
  %".127" = getelementptr inbounds float, ptr %"Y", i64 %".126"
  store <8 x float> %".121", ptr %".127", align 4
  %"t.inner.outer.next" = add nsw i64 %"t.inner.outer", 1
  br label %"t.inner.outer.header"
t.inner.outer.exit:
  %".130" = add i64 0, 8
  br label %"t.inner.header.3"
t.inner.header.3:
  %"t.inner.3" = phi  i64 [0, %"t.inner.outer.exit"], [%"t.inner.next.3", %"t.inner.body.3.endif"]
  %".132" = icmp slt i64 %"t.inner.3", %".130"
  br i1 %".132", label %"t.inner.body.3", label %"t.inner.exit.3"
t.inner.body.3:
  %".134" = icmp slt i64 %"t.inner.3", 6
  br i1 %".134", label %"t.inner.body.3.if", label %"t.inner.body.3.endif"
t.inner.exit.3:
  %".140" = add i64 0, 4
  br label %"k.header.1"
t.inner.body.3.if:
  %".136" = getelementptr inbounds float, ptr %"Y.local.1", i64 %"t.inner.3"
  store float              0x0, ptr %".136", align 4
  br label %"t.inner.body.3.endif"
t.inner.body.3.endif:
  %"t.inner.next.3" = add nsw i64 %"t.inner.3", 1
  br label %"t.inner.header.3"
k.header.1:
  %"k.1" = phi  i64 [0, %"t.inner.exit.3"], [%"k.next.1", %"k.body.1"]
  %".142" = icmp slt i64 %"k.1", %".140"
  br i1 %".142", label %"k.body.1", label %"k.exit.1"
k.body.1:
  %".144" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".145" = add <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".144"
  %".146" = getelementptr inbounds float, ptr %"Y.local.1", i64 0
  %".147" = load <4 x float>, ptr %".146", align 4
  %".148" = mul i64 %"c.outer", 4
  %".149" = add i64 %"k.1", %".148"
  %".150" = getelementptr inbounds float, ptr %"W", i64 %".149"
  %".151" = load float, ptr %".150", align 4
  %".152" = insertelement <4 x float> <float undef, float undef, float undef, float undef>, float %".151", i32 0
  %".153" = shufflevector <4 x float> %".152", <4 x float> <float undef, float undef, float undef, float undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".154" = mul i64 %"b", 120
  %".155" = mul i64 %"c.outer", 30
  %".156" = add i64 %".154", %".155"
  %".157" = sub i64 %".156", %"k.1"
  %".158" = add i64 %".157", 24
  %".159" = getelementptr inbounds float, ptr %"X", i64 %".158"
  %".160" = load <4 x float>, ptr %".159", align 4
  %".161" = fmul contract <4 x float> %".153", %".160"
  %".162" = fadd contract <4 x float> %".147", %".161"
  %".163" = getelementptr inbounds float, ptr %"Y.local.1", i64 0
  store <4 x float> %".162", ptr %".163", align 4
  %".165" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".166" = add <2 x i64> <i64 4, i64 4>, %".165"
  %".167" = getelementptr inbounds float, ptr %"Y.local.1", i64 4
  %".168" = load <2 x float>, ptr %".167", align 4
  %".169" = mul i64 %"c.outer", 4
  %".170" = add i64 %"k.1", %".169"
  %".171" = getelementptr inbounds float, ptr %"W", i64 %".170"
  %".172" = load float, ptr %".171", align 4
  %".173" = insertelement <2 x float> <float undef, float undef>, float %".172", i32 0
  %".174" = shufflevector <2 x float> %".173", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".175" = mul i64 %"b", 120
  %".176" = mul i64 %"c.outer", 30
  %".177" = add i64 %".175", %".176"
  %".178" = sub i64 %".177", %"k.1"
  %".179" = add i64 %".178", 28
  %".180" = getelementptr inbounds float, ptr %"X", i64 %".179"
  %".181" = load <2 x float>, ptr %".180", align 4
  %".182" = fmul contract <2 x float> %".174", %".181"
  %".183" = fadd contract <2 x float> %".168", %".182"
  %".184" = getelementptr inbounds float, ptr %"Y.local.1", i64 4
  store <2 x float> %".183", ptr %".184", align 4
  %"k.next.1" = add nsw i64 %"k.1", 1
  br label %"k.header.1"
k.exit.1:
  %".187" = mul i64 %"b", 120
  %".188" = mul i64 %"c.outer", 30
  %".189" = add i64 %".187", %".188"
  %".190" = add i64 %".189", 24
  %".191" = insertelement <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".190", i32 0
  %".192" = shufflevector <4 x i64> %".191", <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".193" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".194" = add <4 x i64> %".192", %".193"
  %".195" = getelementptr inbounds float, ptr %"Y.local.1", i64 0
  %".196" = load <4 x float>, ptr %".195", align 4
  %".197" = mul i64 %"b", 120
  %".198" = mul i64 %"c.outer", 30
  %".199" = add i64 %".197", %".198"
  %".200" = add i64 %".199", 24
  %".201" = getelementptr inbounds float, ptr %"Y", i64 %".200"
  store <4 x float> %".196", ptr %".201", align 4
  %".203" = mul i64 %"b", 120
  %".204" = mul i64 %"c.outer", 30
  %".205" = add i64 %".203", %".204"
  %".206" = add i64 %".205", 28
  %".207" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".206", i32 0
  %".208" = shufflevector <2 x i64> %".207", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".209" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".210" = add <2 x i64> %".208", %".209"
  %".211" = getelementptr inbounds float, ptr %"Y.local.1", i64 4
  %".212" = load <2 x float>, ptr %".211", align 4
  %".213" = mul i64 %"b", 120
  %".214" = mul i64 %"c.outer", 30
  %".215" = add i64 %".213", %".214"
  %".216" = add i64 %".215", 28
  %".217" = getelementptr inbounds float, ptr %"Y", i64 %".216"
  store <2 x float> %".212", ptr %".217", align 4
  %"c.outer.next" = add nsw i64 %"c.outer", 1
  br label %"c.outer.header"
}
