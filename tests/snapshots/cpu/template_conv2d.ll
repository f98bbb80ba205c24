; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"W", ptr noalias %"conv") nounwind
{
entry:
  %"conv.local.1" = alloca [8 x float], align 64
  %"conv.local" = alloca [32 x float], align 64
  %"conv.pad" = alloca [288 x float], align 64
  %"closure0" = alloca {ptr, ptr, ptr, i64}
  %".5" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"X", ptr %".5"
  %".7" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %"W", ptr %".7"
  %".9" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store ptr %"conv", ptr %".9"
  %".11" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure0", i32 0, i32 3
  store i64 0, ptr %".11"
  %".13" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 3, i32 %".13")
  %".15" = add i64 0, 8
  br label %"b.header"
b.header:
  %"b" = phi  i64 [0, %"entry"], [%"b.next", %"y.exit"]
  %".17" = icmp slt i64 %"b", %".15"
  br i1 %".17", label %"b.body", label %"b.exit"
b.body:
  %".19" = add i64 0, 3
  br label %"y.header"
b.exit:
  %".52" = add i64 0, 4
  br label %"f.outer.header"
y.header:
  %"y" = phi  i64 [0, %"b.body"], [%"y.next", %"x.exit"]
  %".21" = icmp slt i64 %"y", %".19"
  br i1 %".21", label %"y.body", label %"y.exit"
y.body:
  %".23" = add i64 0, 12
  br label %"x.header"
y.exit:
  %"b.next" = add nsw i64 %"b", 1
  br label %"b.header"
x.header:
  %"x" = phi  i64 [0, %"y.body"], [%"x.next", %"x.body.endif"]
  %".25" = icmp slt i64 %"x", %".23"
  br i1 %".25", label %"x.body", label %"x.exit"
x.body:
  %".27" = mul i64 %"b", 36
  %".28" = mul i64 %"y", 12
  %".29" = add i64 %".27", %".28"
  %".30" = add i64 %".29", %"x"
  %".31" = icmp slt i64 %"y", 2
  %".32" = icmp slt i64 0, %"x"
  %".33" = icmp slt i64 %"x", 11
  %".34" = and i1 %".32", %".33"
  %".35" = and i1 %".31", %".34"
  br i1 %".35", label %"x.body.if", label %"x.body.else"
x.exit:
  %"y.next" = add nsw i64 %"y", 1
  br label %"y.header"
x.body.if:
  %".37" = mul i64 %"b", 100
  %".38" = mul i64 %"y", 10
  %".39" = add i64 %".37", %".38"
  %".40" = add i64 %".39", %"x"
  %".41" = add i64 %".40", 79
  %".42" = getelementptr inbounds float, ptr %"X", i64 %".41"
  %".43" = load float, ptr %".42", align 4
  br label %"x.body.endif"
x.body.else:
  br label %"x.body.endif"
x.body.endif:
  %".46" = phi  float [%".43", %"x.body.if"], [             0x0, %"x.body.else"]
  %".47" = getelementptr inbounds float, ptr %"conv.pad", i64 %".30"
  store float %".46", ptr %".47", align 4
  %"x.next" = add nsw i64 %"x", 1
  br label %"x.header"
f.outer.header:
  %"f.outer" = phi  i64 [0, %"b.exit"], [%"f.outer.next", %"f.inner.exit.1"]
  %".54" = icmp slt i64 %"f.outer", %".52"
  br i1 %".54", label %"f.outer.body", label %"f.outer.exit"
f.outer.body:
  %".56" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".57" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".56"
  %".58" = getelementptr inbounds float, ptr %"conv.local", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".58", align 4
  %".60" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".61" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".60"
  %".62" = getelementptr inbounds float, ptr %"conv.local", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".62", align 4
  %".64" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".65" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".64"
  %".66" = getelementptr inbounds float, ptr %"conv.local", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".66", align 4
  %".68" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".69" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".68"
  %".70" = getelementptr inbounds float, ptr %"conv.local", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".70", align 4
  %".72" = add i64 0, 8
  br label %"rc.header"
f.outer.exit:
  ret void
rc.header:
  %"rc" = phi  i64 [0, %"f.outer.body"], [%"rc.next", %"ry.exit"]
  %".74" = icmp slt i64 %"rc", %".72"
  br i1 %".74", label %"rc.body", label %"rc.exit"
rc.body:
  %".76" = add i64 0, 3
  br label %"ry.header"
rc.exit:
  %".186" = add i64 0, 4
  br label %"f.inner.header"
ry.header:
  %"ry" = phi  i64 [0, %"rc.body"], [%"ry.next", %"rx.exit"]
  %".78" = icmp slt i64 %"ry", %".76"
  br i1 %".78", label %"ry.body", label %"ry.exit"
ry.body:
  %".80" = add i64 0, 3
  br label %"rx.header"
ry.exit:
  %"rc.next" = add nsw i64 %"rc", 1
  br label %"rc.header"
rx.header:
  %"rx" = phi  i64 [0, %"ry.body"], [%"rx.next", %"rx.body"]
  %".82" = icmp slt i64 %"rx", %".80"
  br i1 %".82", label %"rx.body", label %"rx.exit"
rx.body:
  %".84" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".85" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".84"
  %".86" = getelementptr inbounds float, ptr %"conv.local", i64 0
  %".87" = load <8 x float>, ptr %".86", align 4
  %".88" = mul i64 %"rc", 36
  %".89" = mul i64 %"ry", 12
  %".90" = add i64 %".88", %".89"
  %".91" = add i64 %".90", %"rx"
  %".92" = getelementptr inbounds float, ptr %"conv.pad", i64 %".91"
  %".93" = load <8 x float>, ptr %".92", align 4
  %".94" = mul i64 %"rc", 9
  %".95" = mul i64 %"ry", 3
  %".96" = add i64 %".94", %".95"
  %".97" = add i64 %".96", %"rx"
  %".98" = mul i64 %"f.outer", 288
  %".99" = add i64 %".97", %".98"
  %".100" = getelementptr inbounds float, ptr %"W", i64 %".99"
  %".101" = load float, ptr %".100", align 4
  %".102" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".101", i32 0
  %".103" = shufflevector <8 x float> %".102", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".104" = fmul contract <8 x float> %".93", %".103"
  %".105" = fadd contract <8 x float> %".87", %".104"
  %".106" = getelementptr inbounds float, ptr %"conv.local", i64 0
  store <8 x float> %".105", ptr %".106", align 4
  %".108" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".109" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".108"
  %".110" = getelementptr inbounds float, ptr %"conv.local", i64 8
  %".111" = load <8 x float>, ptr %".110", align 4
  %".112" = mul i64 %"rc", 36
  %".113" = mul i64 %"ry", 12
  %".114" = add i64 %".112", %".113"
  %".115" = add i64 %".114", %"rx"
  %".116" = getelementptr inbounds float, ptr %"conv.pad", i64 %".115"
  %".117" = load <8 x float>, ptr %".116", align 4
  %".118" = mul i64 %"rc", 9
  %".119" = mul i64 %"ry", 3
  %".120" = add i64 %".118", %".119"
  %".121" = add i64 %".120", %"rx"
  %".122" = mul i64 %"f.outer", 288
  %".123" = add i64 %".121", %".122"
  %".124" = add i64 %".123", 72
  %".125" = getelementptr inbounds float, ptr %"W", i64 %".124"
  %".126" = load float, ptr %".125", align 4
  %".127" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".126", i32 0
  %".128" = shufflevector <8 x float> %".127", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".129" = fmul contract <8 x float> %".117", %".128"
  %".130" = fadd contract <8 x float> %".111", %".129"
  %".131" = getelementptr inbounds float, ptr %"conv.local", i64 8
  store <8 x float> %".130", ptr %".131", align 4
  %".133" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".134" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".133"
  %".135" = getelementptr inbounds float, ptr %"conv.local", i64 16
  %".136" = load <8 x float>, ptr %".135", align 4
  %".137" = mul i64 %"rc", 36
  %".138" = mul i64 %"ry", 12
  %".139" = add i64 %".137", %".138"
  %".140" = add i64 %".139", %"rx"
  %".141" = getelementptr inbounds float, ptr %"conv.pad", i64 %".140"
  %".142" = load <8 x float>, ptr %".141", align 4
  %".143" = mul i64 %"rc", 9
  %".144" = mul i64 %"ry", 3
  %".145" = add i64 %".143", %".144"
  %".146" = add i64 %".145", %"rx"
  %".147" = mul i64 %"f.outer", 288
  %".148" = add i64 %".146", %".147"
  %".149" = add i64 %".148", 144
  %".150" = getelementptr inbounds float, ptr %"W", i64 %".149"
  %".151" = load float, ptr %".150", align 4
  %".152" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".151", i32 0
  %".153" = shufflevector <8 x float> %".152", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".154" = fmul contract <8 x float> %".142", %".153"
  %".155" = fadd contract <8 x float> %".136", %".154"
  %".156" = getelementptr inbounds float, ptr %"conv.local", i64 16
  store <8 x float> %".155", ptr %".156", align 4
  %".158" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".159" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".158"
  %".160" = getelementptr inbounds float, ptr %"conv.local", i64 24
  %".161" = load <8 x float>, ptr %".160", align 4
  %".162" = mul i64 %"rc", 36
  %".163" = mul i64 %"ry", 12
  %".164" = add i64 %".162", %".163"
  %".165" = add i64 %".164", %"rx"
  %".166" = getelementptr inbounds float, ptr %"conv.pad", i64 %".165"
  %".167" = load <8 x float>, ptr %".166", align 4
  %".168" = mul i64 %"rc", 9
  %".169" = mul i64 %"ry", 3
  %".170" = add i64 %".168", %".169"
  %".171" = add i64 %".170", %"rx"
  %".172" = mul i64 %"f.outer", 288
  %".173" = add i64 %".171", %".172"
  %".174" = add i64 %".173", 216
  %".175" = getelementptr inbounds float, ptr %"W", i64 %".174"
  %".176" = load float, ptr %".175", align 4
  %".177" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".176", i32 0
  %".178" = shufflevector <8 x float> %".177", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".179" = fmul contract <8 x float> %".167", %".178"
  %".180" = fadd contract <8 x float> %".161", %".179"
  %".181" = getelementptr inbounds float, ptr %"conv.local", i64 24
  store <8 x float> %".180", ptr %".181", align 4
  %"rx.next" = add nsw i64 %"rx", 1
  br label %"rx.header"
rx.exit:
  %"ry.next" = add nsw i64 %"ry", 1
  br label %"ry.header"
f.inner.header:
  %"f.inner" = phi  i64 [0, %"rc.exit"], [%"f.inner.next", %"f.inner.body"]
  %".188" = icmp slt i64 %"f.inner", %".186"
  br i1 %".188", label %"f.inner.body", label %"f.inner.exit"
f.inner.body:
  %".190" = mul i64 %"f.outer", 400
  %".191" = mul i64 %"f.inner", 100
  %".192" = add i64 %".190", %".191"
  %".193" = add i64 %".192", 90
  %".194" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".193", i32 0
  %".195" = shufflevector <8 x i64> %".194", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".196" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".197" = add <8 x i64> %".195", %".196"
  %".198" = mul i64 %"f.inner", 8
  %".199" = getelementptr inbounds float, ptr %"conv.local", i64 %".198"
  %".200" = load <8 x float>, ptr %".199", align 4
  %".201" = mul i64 %"f.outer", 400
  %".202" = mul i64 %"f.inner", 100
  %".203" = add i64 %".201", %".202"
  %".204" = add i64 %".203", 90
  %".205" = getelementptr inbounds float, ptr %"conv", i64 %".204"
  store <8 x float> %".200", ptr %".205", align 4
  %"f.inner.next" = add nsw i64 %"f.inner", 1
  br label %"f.inner.header"
f.inner.exit:
  %".208" = add i64 0, 8
  br label %"x.inner.header"
x.inner.header:
  %"x.inner" = phi  i64 [0, %"f.inner.exit"], [%"x.inner.next", %"x.inner.body.endif"]
  %".210" = icmp slt i64 %"x.inner", %".208"
  br i1 %".210", label %"x.inner.body", label %"x.inner.exit"
x.inner.body:
  %".212" = icmp slt i64 %"x.inner", 2
  br i1 %".212", label %"x.inner.body.if", label %"x.inner.body.endif"
x.inner.exit:
  %".218" = add i64 0, 8
  br label %"x.inner.header.1"
x.inner.body.if:
  %".214" = getelementptr inbounds float, ptr %"conv.local.1", i64 %"x.inner"
  store float              0x0, ptr %".214", align 4
  br label %"x.inner.body.endif"
x.inner.body.endif:
  %"x.inner.next" = add nsw i64 %"x.inner", 1
  br label %"x.inner.header"
x.inner.header.1:
  %"x.inner.1" = phi  i64 [0, %"x.inner.exit"], [%"x.inner.next.1", %"x.inner.body.1.endif"]
  %".220" = icmp slt i64 %"x.inner.1", %".218"
  br i1 %".220", label %"x.inner.body.1", label %"x.inner.exit.1"
x.inner.body.1:
  %".222" = icmp slt i64 %"x.inner.1", 2
  br i1 %".222", label %"x.inner.body.1.if", label %"x.inner.body.1.endif"
x.inner.exit.1:
  %".229" = add i64 0, 8
  br label %"x.inner.header.2"
x.inner.body.1.if:
  %".224" = add i64 %"x.inner.1", 2
  %".225" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".224"
  store float              0x0, ptr %".225", align 4
  br label %"x.inner.body.1.endif"
x.inner.body.1.endif:
  %"x.inner.next.1" = add nsw i64 %"x.inner.1", 1
  br label %"x.inner.header.1"
x.inner.header.2:
  %"x.inner.2" = phi  i64 [0, %"x.inner.exit.1"], [%"x.inner.next.2", %"x.inner.body.2.endif"]
  %".231" = icmp slt i64 %"x.inner.2", %".229"
  br i1 %".231", label %"x.inner.body.2", label %"x.inner.exit.2"
x.inner.body.2:
  %".233" = icmp slt i64 %"x.inner.2", 2
  br i1 %".233", label %"x.inner.body.2.if", label %"x.inner.body.2.endif"
x.inner.exit.2:
  %".240" = add i64 0, 8
  br label %"x.inner.header.3"
x.inner.body.2.if:
  %".235" = add i64 %"x.inner.2", 4
  %".236" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".235"
  store float              0x0, ptr %".236", align 4
  br label %"x.inner.body.2.endif"
x.inner.body.2.endif:
  %"x.inner.next.2" = add nsw i64 %"x.inner.2", 1
  br label %"x.inner.header.2"
x.inner.header.3:
  %"x.inner.3" = phi  i64 [0, %"x.inner.exit.2"], [%"x.inner.next.3", %"x.inner.body.3.endif"]
  %".242" = icmp slt i64 %"x.inner.3", %".240"
  br i1 %".242", label %"x.inner.body.3", label %"x.inner.exit.3"
x.inner.body.3:
  %".244" = icmp slt i64 %"x.inner.3", 2
  br i1 %".244", label %"x.inner.body.3.if", label %"x.inner.body.3.endif"
x.inner.exit.3:
  %".251" = add i64 0, 8
  br label %"rc.header.1"
x.inner.body.3.if:
  %".246" = add i64 %"x.inner.3", 6
  %".247" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".246"
  store float              0x0, ptr %".247", align 4
  br label %"x.inner.body.3.endif"
x.inner.body.3.endif:
  %"x.inner.next.3" = add nsw i64 %"x.inner.3", 1
  br label %"x.inner.header.3"
rc.header.1:
  %"rc.1" = phi  i64 [0, %"x.inner.exit.3"], [%"rc.next.1", %"ry.exit.1"]
  %".253" = icmp slt i64 %"rc.1", %".251"
  br i1 %".253", label %"rc.body.1", label %"rc.exit.1"
rc.body.1:
  %".255" = add i64 0, 3
  br label %"ry.header.1"
rc.exit.1:
  %".369" = add i64 0, 4
  br label %"f.inner.header.1"
ry.header.1:
  %"ry.1" = phi  i64 [0, %"rc.body.1"], [%"ry.next.1", %"rx.exit.1"]
  %".257" = icmp slt i64 %"ry.1", %".255"
  br i1 %".257", label %"ry.body.1", label %"ry.exit.1"
ry.body.1:
  %".259" = add i64 0, 3
  br label %"rx.header.1"
ry.exit.1:
  %"rc.next.1" = add nsw i64 %"rc.1", 1
  br label %"rc.header.1"
rx.header.1:
  %"rx.1" = phi  i64 [0, %"ry.body.1"], [%"rx.next.1", %"rx.body.1"]
  %".261" = icmp slt i64 %"rx.1", %".259"
  br i1 %".261", label %"rx.body.1", label %"rx.exit.1"
rx.body.1:
  %".263" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".264" = add <2 x i64> <i64 0, i64 0>, %".263"
  %".265" = getelementptr inbounds float, ptr %"conv.local.1", i64 0
  %".266" = load <2 x float>, ptr %".265", align 4
  %".267" = mul i64 %"rc.1", 36
  %".268" = mul i64 %"ry.1", 12
  %".269" = add i64 %".267", %".268"
  %".270" = add i64 %".269", %"rx.1"
  %".271" = add i64 %".270", 8
  %".272" = getelementptr inbounds float, ptr %"conv.pad", i64 %".271"
  %".273" = load <2 x float>, ptr %".272", align 4
  %".274" = mul i64 %"rc.1", 9
  %".275" = mul i64 %"ry.1", 3
  %".276" = add i64 %".274", %".275"
  %".277" = add i64 %".276", %"rx.1"
  %".278" = mul i64 %"f.outer", 288
  %".279" = add i64 %".277", %".278"
  %".280" = getelementptr inbounds float, ptr %"W", i64 %".279"
  %".281" = load float, ptr %".280", align 4
  %".282" = insertelement <2 x float> <float undef, float undef>, float %".281", i32 0
  %".283" = shufflevector <2 x float> %".282", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".284" = fmul contract <2 x float> %".273", %".283"
  %".285" = fadd contract <2 x float> %".266", %".284"
  %".286" = getelementptr inbounds float, ptr %"conv.local.1", i64 0
  store <2 x float> %".285", ptr %".286", align 4
  %".288" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".289" = add <2 x i64> <i64 2, i64 2>, %".288"
  %".290" = getelementptr inbounds float, ptr %"conv.local.1", i64 2
  %".291" = load <2 x float>, ptr %".290", align 4
  %".292" = mul i64 %"rc.1", 36
  %".293" = mul i64 %"ry.1", 12
  %".294" = add i64 %".292", %".293"
  %".295" = add i64 %".294", %"rx.1"
  %".296" = add i64 %".295", 8
  %".297" = getelementptr inbounds float, ptr %"conv.pad", i64 %".296"
  %".298" = load <2 x float>, ptr %".297", align 4
  %".299" = mul i64 %"rc.1", 9
  %".300" = mul i64 %"ry.1", 3
  %".301" = add i64 %".299", %".300"
  %".302" = add i64 %".301", %"rx.1"
  %".303" = mul i64 %"f.outer", 288
  %".304" = add i64 %".302", %".303"
  %".305" = add i64 %".304", 72
  %".306" = getelementptr inbounds float, ptr %"W", i64 %".305"
  %".307" = load float, ptr %".306", align 4
  %".308" = insertelement <2 x float> <float undef, float undef>, float %".307", i32 0
  %".309" = shufflevector <2 x float> %".308", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".310" = fmul contract <2 x float> %".298", %".309"
  %".311" = fadd contract <2 x float> %".291", %".310"
  %".312" = getelementptr inbounds float, ptr %"conv.local.1", i64 2
  store <2 x float> %".311", ptr %".312", align 4
  %".314" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".315" = add <2 x i64> <i64 4, i64 4>, %".314"
  %".316" = getelementptr inbounds float, ptr %"conv.local.1", i64 4
  %".317" = load <2 x float>, ptr %".316", align 4
  %".318" = mul i64 %"rc.1", 36
  %".319" = mul i64 %"ry.1", 12
  %".320" = add i64 %".318", %".319"
  %".321" = add i64 %".320", %"rx.1"
  %".322" = add i64 %".321", 8
  %".323" = getelementptr inbounds float, ptr %"conv.pad", i64 %".322"
  %".324" = load <2 x float>, ptr %".323", align 4
  %".325" = mul i64 %"rc.1", 9
  %".326" = mul i64 %"ry.1", 3
  %".327" = add i64 %".325", %".326"
  %".328" = add i64 %".327", %"rx.1"
  %".329" = mul i64 %"f.outer", 288
  %".330" = add i64 %".328", %".329"
  %".331" = add i64 %".330", 144
  %".332" = getelementptr inbounds float, ptr %"W", i64 %".331"
  %".333" = load float, ptr %".332", align 4
  %".334" = insertelement <2 x float> <float undef, float undef>, float %".333", i32 0
  %".335" = shufflevector <2 x float> %".334", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".336" = fmul contract <2 x float> %".324", %".335"
  %".337" = fadd contract <2 x float> %".317", %".336"
  %".338" = getelementptr inbounds float, ptr %"conv.local.1", i64 4
  store <2 x float> %".337", ptr %".338", align 4
  %".340" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".341" = add <2 x i64> <i64 6, i64 6>, %".340"
  %".342" = getelementptr inbounds float, ptr %"conv.local.1", i64 6
  %".343" = load <2 x float>, ptr %".342", align 4
  %".344" = mul i64 %"rc.1", 36
  %".345" = mul i64 %"ry.1", 12
  %".346" = add i64 %".344", %".345"
  %".347" = add i64 %".346", %"rx.1"
  %".348" = add i64 %".347", 8
  %".349" = getelementptr inbounds float, ptr %"conv.pad", i64 %".348"
  %".350" = load <2 x float>, ptr %".349", align 4
  %".351" = mul i64 %"rc.1", 9
  %".352" = mul i64 %"ry.1", 3
  %".353" = add i64 %".351", %".352"
  %".354" = add i64 %".353", %"rx.1"
  %".355" = mul i64 %"f.outer", 288
  %".356" = add i64 %".354", %".355"
  %".357" = add i64 %".356", 216
  %".358" = getelementptr inbounds float, ptr %"W", i64 %".357"
  %".359" = load float, ptr %".358", align 4
  %".360" = insertelement <2 x float> <float undef, float undef>, float %".359", i32 0
  %".361" = shufflevector <2 x float> %".360", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".362" = fmul contract <2 x float> %".350", %".361"
  %".363" = fadd contract <2 x float> %".343", %".362"
  %".364" = getelementptr inbounds float, ptr %"conv.local.1", i64 6
  store <2 x float> %".363", ptr %".364", align 4
  %"rx.next.1" = add nsw i64 %"rx.1", 1
  br label %"rx.header.1"
rx.exit.1:
  %"ry.next.1" = add nsw i64 %"ry.1", 1
  br label %"ry.header.1"
f.inner.header.1:
  %"f.inner.1" = phi  i64 [0, %"rc.exit.1"], [%"f.inner.next.1", %"f.inner.body.1"]
  %".371" = icmp slt i64 %"f.inner.1", %".369"
  br i1 %".371", label %"f.inner.body.1", label %"f.inner.exit.1"
f.inner.body.1:
  %".373" = mul i64 %"f.outer", 400
  %".374" = mul i64 %"f.inner.1", 100
  %".375" = add i64 %".373", %".374"
  %".376" = add i64 %".375", 98
  %".377" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".376", i32 0
  %".378" = shufflevector <2 x i64> %".377", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".379" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".380" = add <2 x i64> %".378", %".379"
  %".381" = mul i64 %"f.inner.1", 2
  %".382" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".381"
  %".383" = load <2 x float>, ptr %".382", align 4
  %".384" = mul i64 %"f.outer", 400
  %".385" = mul i64 %"f.inner.1", 100
  %".386" = add i64 %".384", %".385"
  %".387" = add i64 %".386", 98
  %".388" = getelementptr inbounds float, ptr %"conv", i64 %".387"
  store <2 x float> %".383", ptr %".388", align 4
  %"f.inner.next.1" = add nsw i64 %"f.inner.1", 1
  br label %"f.inner.header.1"
f.inner.exit.1:
  %"f.outer.next" = add nsw i64 %"f.outer", 1
  br label %"f.outer.header"
}

define internal void @"tcomp_main.par0.body"(ptr noalias %"X", ptr noalias %"W", ptr noalias %"conv", i64 %".4", i64 %".5", i64 %".6") nounwind
{
entry:
  %"conv.local.1" = alloca [24 x float], align 64
  %"conv.local" = alloca [96 x float], align 64
  %"conv.pad" = alloca [480 x float], align 64
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".5", %"entry"], [%"it.next", %"f.outer.exit"]
  %".9" = icmp slt i64 %"it", %".6"
  br i1 %".9", label %"it.body", label %"it.exit"
it.body:
  %"y.outer" = add i64 %".4", %"it"
  %".11" = add i64 0, 8
  br label %"b.header"
it.exit:
  ret void
b.header:
  %"b" = phi  i64 [0, %"it.body"], [%"b.next", %"y.exit"]
  %".13" = icmp slt i64 %"b", %".11"
  br i1 %".13", label %"b.body", label %"b.exit"
b.body:
  %".15" = add i64 0, 5
  br label %"y.header"
b.exit:
  %".52" = add i64 0, 4
  br label %"f.outer.header"
y.header:
  %"y" = phi  i64 [0, %"b.body"], [%"y.next", %"x.exit"]
  %".17" = icmp slt i64 %"y", %".15"
  br i1 %".17", label %"y.body", label %"y.exit"
y.body:
  %".19" = add i64 0, 12
  br label %"x.header"
y.exit:
  %"b.next" = add nsw i64 %"b", 1
  br label %"b.header"
x.header:
  %"x" = phi  i64 [0, %"y.body"], [%"x.next", %"x.body.endif"]
  %".21" = icmp slt i64 %"x", %".19"
  br i1 %".21", label %"x.body", label %"x.exit"
x.body:
  %".23" = mul i64 %"b", 60
  %".24" = mul i64 %"y", 12
  %".25" = add i64 %".23", %".24"
  %".26" = add i64 %".25", %"x"
  %".27" = mul i64 %"y.outer", 3
  %".28" = add i64 %"y", %".27"
  %".29" = icmp slt i64 0, %".28"
  %".30" = icmp slt i64 0, %"x"
  %".31" = icmp slt i64 %"x", 11
  %".32" = and i1 %".30", %".31"
  %".33" = and i1 %".29", %".32"
  br i1 %".33", label %"x.body.if", label %"x.body.else"
x.exit:
  %"y.next" = add nsw i64 %"y", 1
  br label %"y.header"
x.body.if:
  %".35" = mul i64 %"b", 100
  %".36" = mul i64 %"y", 10
  %".37" = add i64 %".35", %".36"
  %".38" = add i64 %".37", %"x"
  %".39" = mul i64 %"y.outer", 30
  %".40" = add i64 %".38", %".39"
  %".41" = sub i64 %".40", 11
  %".42" = getelementptr inbounds float, ptr %"X", i64 %".41"
  %".43" = load float, ptr %".42", align 4
  br label %"x.body.endif"
x.body.else:
  br label %"x.body.endif"
x.body.endif:
  %".46" = phi  float [%".43", %"x.body.if"], [             0x0, %"x.body.else"]
  %".47" = getelementptr inbounds float, ptr %"conv.pad", i64 %".26"
  store float %".46", ptr %".47", align 4
  %"x.next" = add nsw i64 %"x", 1
  br label %"x.header"
f.outer.header:
  %"f.outer" = phi  i64 [0, %"b.exit"], [%"f.outer.next", %"f.inner.exit.1"]
  %".54" = icmp slt i64 %"f.outer", %".52"
  br i1 %".54", label %"f.outer.body", label %"f.outer.exit"
f.outer.body:
  %".56" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".57" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".56"
  %".58" = getelementptr inbounds float, ptr %"conv.local", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".58", align 4
  %".60" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".61" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".60"
  %".62" = getelementptr inbounds float, ptr %"conv.local", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".62", align 4
  %".64" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".65" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".64"
  %".66" = getelementptr inbounds float, ptr %"conv.local", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".66", align 4
  %".68" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".69" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".68"
  %".70" = getelementptr inbounds float, ptr %"conv.local", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".70", align 4
  %".72" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".73" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".72"
  %".74" = getelementptr inbounds float, ptr %"conv.local", i64 32
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".74", align 4
  %".76" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".77" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".76"
  %".78" = getelementptr inbounds float, ptr %"conv.local", i64 40
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".78", align 4
  %".80" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".81" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".80"
  %".82" = getelementptr inbounds float, ptr %"conv.local", i64 48
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".82", align 4
  %".84" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".85" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".84"
  %".86" = getelementptr inbounds float, ptr %"conv.local", i64 56
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".86", align 4
  %".88" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".89" = add <8 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".88"
  %".90" = getelementptr inbounds float, ptr %"conv.local", i64 64
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".90", align 4
  %".92" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".93" = add <8 x i64> <i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72>, %".92"
  %".94" = getelementptr inbounds float, ptr %"conv.local", i64 72
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".94", align 4
  %".96" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".97" = add <8 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".96"
  %".98" = getelementptr inbounds float, ptr %"conv.local", i64 80
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".98", align 4
  %".100" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".101" = add <8 x i64> <i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88>, %".100"
  %".102" = getelementptr inbounds float, ptr %"conv.local", i64 88
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".102", align 4
  %".104" = add i64 0, 8
  br label %"rc.header"
f.outer.exit:
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
rc.header:
  %"rc" = phi  i64 [0, %"f.outer.body"], [%"rc.next", %"ry.exit"]
  %".106" = icmp slt i64 %"rc", %".104"
  br i1 %".106", label %"rc.body", label %"rc.exit"
rc.body:
  %".108" = add i64 0, 3
  br label %"ry.header"
rc.exit:
  %".424" = add i64 0, 4
  br label %"f.inner.header"
ry.header:
  %"ry" = phi  i64 [0, %"rc.body"], [%"ry.next", %"rx.exit"]
  %".110" = icmp slt i64 %"ry", %".108"
  br i1 %".110", label %"ry.body", label %"ry.exit"
ry.body:
  %".112" = add i64 0, 3
  br label %"rx.header"
ry.exit:
  %"rc.next" = add nsw i64 %"rc", 1
  br label %"rc.header"
rx.header:
  %"rx" = phi  i64 [0, %"ry.body"], [%"rx.next", %"rx.body"]
  %".114" = icmp slt i64 %"rx", %".112"
  br i1 %".114", label %"rx.body", label %"rx.exit"
rx.body:
  %".116" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".117" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".116"
  %".118" = getelementptr inbounds float, ptr %"conv.local", i64 0
  %".119" = load <8 x float>, ptr %".118", align 4
  %".120" = mul i64 %"rc", 60
  %".121" = mul i64 %"ry", 12
  %".122" = add i64 %".120", %".121"
  %".123" = add i64 %".122", %"rx"
  %".124" = getelementptr inbounds float, ptr %"conv.pad", i64 %".123"
  %".125" = load <8 x float>, ptr %".124", align 4
  %".126" = mul i64 %"rc", 9
  %".127" = mul i64 %"ry", 3
  %".128" = add i64 %".126", %".127"
  %".129" = add i64 %".128", %"rx"
  %".130" = mul i64 %"f.outer", 288
  %".131" = add i64 %".129", %".130"
  %".132" = getelementptr inbounds float, ptr %"W", i64 %".131"
  %".133" = load float, ptr %".132", align 4
  %".134" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".133", i32 0
  %".135" = shufflevector <8 x float> %".134", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".136" = fmul contract <8 x float> %".125", %".135"
  %".137" = fadd contract <8 x float> %".119", %".136"
  %".138" = getelementptr inbounds float, ptr %"conv.local", i64 0
  store <8 x float> %".137", ptr %".138", align 4
  %".140" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".141" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".140"
  %".142" = getelementptr inbounds float, ptr %"conv.local", i64 8
  %".143" = load <8 x float>, ptr %".142", align 4
  %".144" = mul i64 %"rc", 60
  %".145" = mul i64 %"ry", 12
  %".146" = add i64 %".144", %".145"
  %".147" = add i64 %".146", %"rx"
  %".148" = add i64 %".147", 12
  %".149" = getelementptr inbounds float, ptr %"conv.pad", i64 %".148"
  %".150" = load <8 x float>, ptr %".149", align 4
  %".151" = mul i64 %"rc", 9
  %".152" = mul i64 %"ry", 3
  %".153" = add i64 %".151", %".152"
  %".154" = add i64 %".153", %"rx"
  %".155" = mul i64 %"f.outer", 288
  %".156" = add i64 %".154", %".155"
  %".157" = getelementptr inbounds float, ptr %"W", i64 %".156"
  %".158" = load float, ptr %".157", align 4
  %".159" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".158", i32 0
  %".160" = shufflevector <8 x float> %".159", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".161" = fmul contract <8 x float> %".150", %".160"
  %".162" = fadd contract <8 x float> %".143", %".161"
  %".163" = getelementptr inbounds float, ptr %"conv.local", i64 8
  store <8 x float> %".162", ptr %".163", align 4
  %".165" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".166" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".165"
  %".167" = getelementptr inbounds float, ptr %"conv.local", i64 16
  %".168" = load <8 x float>, ptr %".167", align 4
  %".169" = mul i64 %"rc", 60
  %".170" = mul i64 %"ry", 12
  %".171" = add i64 %".169", %".170"
  %".172" = add i64 %".171", %"rx"
  %".173" = add i64 %".172", 24
  %".174" = getelementptr inbounds float, ptr %"conv.pad", i64 %".173"
  %".175" = load <8 x float>, ptr %".174", align 4
  %".176" = mul i64 %"rc", 9
  %".177" = mul i64 %"ry", 3
  %".178" = add i64 %".176", %".177"
  %".179" = add i64 %".178", %"rx"
  %".180" = mul i64 %"f.outer", 288
  %".181" = add i64 %".179", %".180"
  %".182" = getelementptr inbounds float, ptr %"W", i64 %".181"
  %".183" = load float, ptr %".182", align 4
  %".184" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".183", i32 0
  %".185" = shufflevector <8 x float> %".184", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".186" = fmul contract <8 x float> %".175", %".185"
  %".187" = fadd contract <8 x float> %".168", %".186"
  %".188" = getelementptr inbounds float, ptr %"conv.local", i64 16
  store <8 x float> %".187", ptr %".188", align 4
  %".190" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".191" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".190"
  %".192" = getelementptr inbounds float, ptr %"conv.local", i64 24
  %".193" = load <8 x float>, ptr %".192", align 4
  %".194" = mul i64 %"rc", 60
  %".195" = mul i64 %"ry", 12
  %".196" = add i64 %".194", %".195"
  %".197" = add i64 %".196", %"rx"
  %".198" = getelementptr inbounds float, ptr %"conv.pad", i64 %".197"
  %".199" = load <8 x float>, ptr %".198", align 4
  %".200" = mul i64 %"rc", 9
  %".201" = mul i64 %"ry", 3
  %".202" = add i64 %".200", %".201"
  %".203" = add i64 %".202", %"rx"
  %".204" = mul i64 %"f.outer", 288
  %".205" = add i64 %".203", %".204"
  %".206" = add i64 %".205", 72
  %".207" = getelementptr inbounds float, ptr %"W", i64 %".206"
  %".208" = load float, ptr %".207", align 4
  %".209" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".208", i32 0
  %".210" = shufflevector <8 x float> %".209", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".211" = fmul contract <8 x float> %".199", %".210"
  %".212" = fadd contract <8 x float> %".193", %".211"
  %".213" = getelementptr inbounds float, ptr %"conv.local", i64 24
  store <8 x float> %".212", ptr %".213", align 4
  %".215" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".216" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".215"
  %".217" = getelementptr inbounds float, ptr %"conv.local", i64 32
  %".218" = load <8 x float>, ptr %".217", align 4
  %".219" = mul i64 %"rc", 60
  %".220" = mul i64 %"ry", 12
  %".221" = add i64 %".219", %".220"
  %".222" = add i64 %".221", %"rx"
  %".223" = add i64 %".222", 12
  %".224" = getelementptr inbounds float, ptr %"conv.pad", i64 %".223"
  %".225" = load <8 x float>, ptr %".224", align 4
  %".226" = mul i64 %"rc", 9
  %".227" = mul i64 %"ry", 3
  %".228" = add i64 %".226", %".227"
  %".229" = add i64 %".228", %"rx"
  %".230" = mul i64 %"f.outer", 288
  %".231" = add i64 %".229", %".230"
  %".232" = add i64 %".231", 72
  %".233" = getelementptr inbounds float, ptr %"W", i64 %".232"
  %".234" = load float, ptr %".233", align 4
  %".235" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".234", i32 0
  %".236" = shufflevector <8 x float> %".235", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".237" = fmul contract <8 x float> %".225", %".236"
  %".238" = fadd contract <8 x float> %".218", %".237"
  %".239" = getelementptr inbounds float, ptr %"conv.local", i64 32
  store <8 x float> %".238", ptr %".239", align 4
  %".241" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".242" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".241"
  %".243" = getelementptr inbounds float, ptr %"conv.local", i64 40
  %".244" = load <8 x float>, ptr %".243", align 4
  %".245" = mul i64 %"rc", 60
  %".246" = mul i64 %"ry", 12
  %".247" = add i64 %".245", %".246"
  %".248" = add i64 %".247", %"rx"
  %".249" = add i64 %".248", 24
  %".250" = getelementptr inbounds float, ptr %"conv.pad", i64 %".249"
  %".251" = load <8 x float>, ptr %".250", align 4
  %".252" = mul i64 %"rc", 9
  %".253" = mul i64 %"ry", 3
  %".254" = add i64 %".252", %".253"
  %".255" = add i64 %".254", %"rx"
  %".256" = mul i64 %"f.outer", 288
  %".257" = add i64 %".255", %".256"
  %".258" = add i64 %".257", 72
  %".259" = getelementptr inbounds float, ptr %"W", i64 %".258"
  %".260" = load float, ptr %".259", align 4
  %".261" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".260", i32 0
  %".262" = shufflevector <8 x float> %".261", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".263" = fmul contract <8 x float> %".251", %".262"
  %".264" = fadd contract <8 x float> %".244", %".263"
  %".265" = getelementptr inbounds float, ptr %"conv.local", i64 40
  store <8 x float> %".264", ptr %".265", align 4
  %".267" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".268" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".267"
  %".269" = getelementptr inbounds float, ptr %"conv.local", i64 48
  %".270" = load <8 x float>, ptr %".269", align 4
  %".271" = mul i64 %"rc", 60
  %".272" = mul i64 %"ry", 12
  %".273" = add i64 %".271", %".272"
  %".274" = add i64 %".273", %"rx"
  %".275" = getelementptr inbounds float, ptr %"conv.pad", i64 %".274"
  %".276" = load <8 x float>, ptr %".275", align 4
  %".277" = mul i64 %"rc", 9
  %".278" = mul i64 %"ry", 3
  %".279" = add i64 %".277", %".278"
  %".280" = add i64 %".279", %"rx"
  %".281" = mul i64 %"f.outer", 288
  %".282" = add i64 %".280", %".281"
  %".283" = add i64 %".282", 144
  %".284" = getelementptr inbounds float, ptr %"W", i64 %".283"
  %".285" = load float, ptr %".284", align 4
  %".286" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".285", i32 0
  %".287" = shufflevector <8 x float> %".286", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".288" = fmul contract <8 x float> %".276", %".287"
  %".289" = fadd contract <8 x float> %".270", %".288"
  %".290" = getelementptr inbounds float, ptr %"conv.local", i64 48
  store <8 x float> %".289", ptr %".290", align 4
  %".292" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".293" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".292"
  %".294" = getelementptr inbounds float, ptr %"conv.local", i64 56
  %".295" = load <8 x float>, ptr %".294", align 4
  %".296" = mul i64 %"rc", 60
  %".297" = mul i64 %"ry", 12
  %".298" = add i64 %".296", %".297"
  %".299" = add i64 %".298", %"rx"
  %".300" = add i64 %".299", 12
  %".301" = getelementptr inbounds float, ptr %"conv.pad", i64 %".300"
  %".302" = load <8 x float>, ptr %".301", align 4
  %".303" = mul i64 %"rc", 9
  %".304" = mul i64 %"ry", 3
  %".305" = add i64 %".303", %".304"
  %".306" = add i64 %".305", %"rx"
  %".307" = mul i64 %"f.outer", 288
  %".308" = add i64 %".306", %".307"
  %".309" = add i64 %".308", 144
  %".310" = getelementptr inbounds float, ptr %"W", i64 %".309"
  %".311" = load float, ptr %".310", align 4
  %".312" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".311", i32 0
  %".313" = shufflevector <8 x float> %".312", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".314" = fmul contract <8 x float> %".302", %".313"
  %".315" = fadd contract <8 x float> %".295", %".314"
  %".316" = getelementptr inbounds float, ptr %"conv.local", i64 56
  store <8 x float> %".315", ptr %".316", align 4
  %".318" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".319" = add <8 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".318"
  %".320" = getelementptr inbounds float, ptr %"conv.local", i64 64
  %".321" = load <8 x float>, ptr %".320", align 4
  %".322" = mul i64 %"rc", 60
  %".323" = mul i64 %"ry", 12
  %".324" = add i64 %".322", %".323"
  %".325" = add i64 %".324", %"rx"
  %".326" = add i64 %".325", 24
  %".327" = getelementptr inbounds float, ptr %"conv.pad", i64 %".326"
  %".328" = load <8 x float>, ptr %".327", align 4
  %".329" = mul i64 %"rc", 9
  %".330" = mul i64 %"ry", 3
  %".331" = add i64 %".329", %".330"
  %".332" = add i64 %".331", %"rx"
  %".333" = mul i64 %"f.outer", 288
  %".334" = add i64 %".332", %".333"
  %".335" = add i64 %".334", 144
  %".336" = getelementptr inbounds float, ptr %"W", i64 %".335"
  %".337" = load float, ptr %".336", align 4
  %".338" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".337", i32 0
  %".339" = shufflevector <8 x float> %".338", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".340" = fmul contract <8 x float> %".328", %".339"
  %".341" = fadd contract <8 x float> %".321", %".340"
  %".342" = getelementptr inbounds float, ptr %"conv.local", i64 64
  store <8 x float> %".341", ptr %".342", align 4
  %".344" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".345" = add <8 x i64> <i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72>, %".344"
  %".346" = getelementptr inbounds float, ptr %"conv.local", i64 72
  %".347" = load <8 x float>, ptr %".346", align 4
  %".348" = mul i64 %"rc", 60
  %".349" = mul i64 %"ry", 12
  %".350" = add i64 %".348", %".349"
  %".351" = add i64 %".350", %"rx"
  %".352" = getelementptr inbounds float, ptr %"conv.pad", i64 %".351"
  %".353" = load <8 x float>, ptr %".352", align 4
  %".354" = mul i64 %"rc", 9
  %".355" = mul i64 %"ry", 3
  %".356" = add i64 %".354", %".355"
  %".357" = add i64 %".356", %"rx"
  %".358" = mul i64 %"f.outer", 288
  %".359" = add i64 %".357", %".358"
  %".360" = add i64 %".359", 216
  %".361" = getelementptr inbounds float, ptr %"W", i64 %".360"
  %".362" = load float, ptr %".361", align 4
  %".363" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".362", i32 0
  %".364" = shufflevector <8 x float> %".363", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".365" = fmul contract <8 x float> %".353", %".364"
  %".366" = fadd contract <8 x float> %".347", %".365"
  %".367" = getelementptr inbounds float, ptr %"conv.local", i64 72
  store <8 x float> %".366", ptr %".367", align 4
  %".369" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".370" = add <8 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".369"
  %".371" = getelementptr inbounds float, ptr %"conv.local", i64 80
  %".372" = load <8 x float>, ptr %".371", align 4
  %".373" = mul i64 %"rc", 60
  %".374" = mul i64 %"ry", 12
  %".375" = add i64 %".373", %".374"
  %".376" = add i64 %".375", %"rx"
  %".377" = add i64 %".376", 12
  %".378" = getelementptr inbounds float, ptr %"conv.pad", i64 %".377"
  %".379" = load <8 x float>, ptr %".378", align 4
  %".380" = mul i64 %"rc", 9
  %".381" = mul i64 %"ry", 3
  %".382" = add i64 %".380", %".381"
  %".383" = add i64 %".382", %"rx"
  %".384" = mul i64 %"f.outer", 288
  %".385" = add i64 %".383", %".384"
  %".386" = add i64 %".385", 216
  %".387" = getelementptr inbounds float, ptr %"W", i64 %".386"
  %".388" = load float, ptr %".387", align 4
  %".389" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".388", i32 0
  %".390" = shufflevector <8 x float> %".389", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".391" = fmul contract <8 x float> %".379", %".390"
  %".392" = fadd contract <8 x float> %".372", %".391"
  %".393" = getelementptr inbounds float, ptr %"conv.local", i64 80
  store <8 x float> %".392", ptr %".393", align 4
  %".395" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".396" = add <8 x i64> <i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88>, %".395"
  %".397" = getelementptr inbounds float, ptr %"conv.local", i64 88
  %".398" = load <8 x float>, ptr %".397", align 4
  %".399" = mul i64 %"rc", 60
  %".400" = mul i64 %"ry", 12
  %".401" = add i64 %".399", %".400"
  %".402" = add i64 %".401", %"rx"
  %".403" = add i64 %".402", 24
  %".404" = getelementptr inbounds float, ptr %"conv.pad", i64 %".403"
  %".405" = load <8 x float>, ptr %".404", align 4
  %".406" = mul i64 %"rc", 9
  %".407" = mul i64 %"ry", 3
  %".408" = add i64 %".406", %".407"
  %".409" = add i64 %".408", %"rx"
  %".410" = mul i64 %"f.outer", 288
  %".411" = add i64 %".409", %".410"
  %".412" = add i64 %".411", 216
  %".413" = getelementptr inbounds float, ptr %"W", i64 %".412"
  %".414" = load float, ptr %".413", align 4
  %".415" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".414", i32 0
  %".416" = shufflevector <8 x float> %".415", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".417" = fmul contract <8 x float> %".405", %".416"
  %".418" = fadd contract <8 x float> %".398", %".417"
  %".419" = getelementptr inbounds float, ptr %"conv.local", i64 88
  store <8 x float> %".418", ptr %".419", align 4
  %"rx.next" = add nsw i64 %"rx", 1
  br label %"rx.header"
rx.exit:
  %"ry.next" = add nsw i64 %"ry", 1
  br label %"ry.header"
f.inner.header:
  %"f.inner" = phi  i64 [0, %"rc.exit"], [%"f.inner.next", %"y.inner.exit"]
  %".426" = icmp slt i64 %"f.inner", %".424"
  br i1 %".426", label %"f.inner.body", label %"f.inner.exit"
f.inner.body:
  %".428" = add i64 0, 3
  br label %"y.inner.header"
f.inner.exit:
  %".459" = add i64 0, 8
  br label %"x.inner.header"
y.inner.header:
  %"y.inner" = phi  i64 [0, %"f.inner.body"], [%"y.inner.next", %"y.inner.body"]
  %".430" = icmp slt i64 %"y.inner", %".428"
  br i1 %".430", label %"y.inner.body", label %"y.inner.exit"
y.inner.body:
  %".432" = mul i64 %"f.outer", 400
  %".433" = mul i64 %"f.inner", 100
  %".434" = add i64 %".432", %".433"
  %".435" = mul i64 %"y.outer", 30
  %".436" = add i64 %".434", %".435"
  %".437" = mul i64 %"y.inner", 10
  %".438" = add i64 %".436", %".437"
  %".439" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".438", i32 0
  %".440" = shufflevector <8 x i64> %".439", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".441" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".442" = add <8 x i64> %".440", %".441"
  %".443" = mul i64 %"f.inner", 24
  %".444" = mul i64 %"y.inner", 8
  %".445" = add i64 %".443", %".444"
  %".446" = getelementptr inbounds float, ptr %"conv.local", i64 %".445"
  %".447" = load <8 x float>, ptr %".446", align 4
  %".448" = mul i64 %"f.outer", 400
  %".449" = mul i64 %"f.inner", 100
  %".450" = add i64 %".448", %".449"
  %".451" = mul i64 %"y.outer", 30
  %".452" = add i64 %".450", %".451"
  %".453" = mul i64 %"y.inner", 10
  %".454" = add i64 %".452", %".453"
  %".455" = getelementptr inbounds float, ptr %"conv", i64 %".454"
  store <8 x float> %".447", ptr %".455", align 4
  %"y.inner.next" = add nsw i64 %"y.inner", 1
  br label %"y.inner.header"
y.inner.exit:
  %"f.inner.next" = add nsw i64 %"f.inner", 1
  br label %"f.inner.header"
x.inner.header:
  %"x.inner" = phi  i64 [0, %"f.inner.exit"], [%"x.inner.next", %"x.inner.body.endif"]
  %".461" = icmp slt i64 %"x.inner", %".459"
  br i1 %".461", label %"x.inner.body", label %"x.inner.exit"
x.inner.body:
  %".463" = icmp slt i64 %"x.inner", 2
  br i1 %".463", label %"x.inner.body.if", label %"x.inner.body.endif"
x.inner.exit:
  %".469" = add i64 0, 8
  br label %"x.inner.header.1"
x.inner.body.if:
  %".465" = getelementptr inbounds float, ptr %"conv.local.1", i64 %"x.inner"
  store float              0x0, ptr %".465", align 4
  br label %"x.inner.body.endif"
x.inner.body.endif:
  %"x.inner.next" = add nsw i64 %"x.inner", 1
  br label %"x.inner.header"
x.inner.header.1:
  %"x.inner.1" = phi  i64 [0, %"x.inner.exit"], [%"x.inner.next.1", %"x.inner.body.1.endif"]
  %".471" = icmp slt i64 %"x.inner.1", %".469"
  br i1 %".471", label %"x.inner.body.1", label %"x.inner.exit.1"
x.inner.body.1:
  %".473" = icmp slt i64 %"x.inner.1", 2
  br i1 %".473", label %"x.inner.body.1.if", label %"x.inner.body.1.endif"
x.inner.exit.1:
  %".480" = add i64 0, 8
  br label %"x.inner.header.2"
x.inner.body.1.if:
  %".475" = add i64 %"x.inner.1", 2
  %".476" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".475"
  store float              0x0, ptr %".476", align 4
  br label %"x.inner.body.1.endif"
x.inner.body.1.endif:
  %"x.inner.next.1" = add nsw i64 %"x.inner.1", 1
  br label %"x.inner.header.1"
x.inner.header.2:
  %"x.inner.2" = phi  i64 [0, %"x.inner.exit.1"], [%"x.inner.next.2", %"x.inner.body.2.endif"]
  %".482" = icmp slt i64 %"x.inner.2", %".480"
  br i1 %".482", label %"x.inner.body.2", label %"x.inner.exit.2"
x.inner.body.2:
  %".484" = icmp slt i64 %"x.inner.2", 2
  br i1 %".484", label %"x.inner.body.2.if", label %"x.inner.body.2.endif"
x.inner.exit.2:
  %".491" = add i64 0, 8
  br label %"x.inner.header.3"
x.inner.body.2.if:
  %".486" = add i64 %"x.inner.2", 4
  %".487" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".486"
  store float              0x0, ptr %".487", align 4
  br label %"x.inner.body.2.endif"
x.inner.body.2.endif:
  %"x.inner.next.2" = add nsw i64 %"x.inner.2", 1
  br label %"x.inner.header.2"
x.inner.header.3:
  %"x.inner.3" = phi  i64 [0, %"x.inner.exit.2"], [%"x.inner.next.3", %"x.inner.body.3.endif"]
  %".493" = icmp slt i64 %"x.inner.3", %".491"
  br i1 %".493", label %"x.inner.body.3", label %"x.inner.exit.3"
x.inner.body.3:
  %".495" = icmp slt i64 %"x.inner.3", 2
  br i1 %".495", label %"x.inner.body.3.if", label %"x.inner.body.3.endif"
x.inner.exit.3:
  %".502" = add i64 0, 8
  br label %"x.inner.header.4"
x.inner.body.3.if:
  %".497" = add i64 %"x.inner.3", 6
  %".498" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".497"
  store float              0x0, ptr %".498", align 4
  br label %"x.inner.body.3.endif"
x.inner.body.3.endif:
  %"x.inner.next.3" = add nsw i64 %"x.inner.3", 1
  br label %"x.inner.header.3"
x.inner.header.4:
  %"x.inner.4" = phi  i64 [0, %"x.inner.exit.3"], [%"x.inner.next.4", %"x.inner.body.4.endif"]
  %".504" = icmp slt i64 %"x.inner.4", %".502"
  br i1 %".504", label %"x.inner.body.4", label %"x.inner.exit.4"
x.inner.body.4:
  %".506" = icmp slt i64 %"x.inner.4", 2
  br i1 %".506", label %"x.inner.body.4.if", label %"x.inner.body.4.endif"
x.inner.exit.4:
  %".513" = add i64 0, 8
  br label %"x.inner.header.5"
x.inner.body.4.if:
  %".508" = add i64 %"x.inner.4", 8
  %".509" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".508"
  store float              0x0, ptr %".509", align 4
  br label %"x.inner.body.4.endif"
x.inner.body.4.endif:
  %"x.inner.next.4" = add nsw i64 %"x.inner.4", 1
  br label %"x.inner.header.4"
x.inner.header.5:
  %"x.inner.5" = phi  i64 [0, %"x.inner.exit.4"], [%"x.inner.next.5", %"x.inner.body.5.endif"]
  %".515" = icmp slt i64 %"x.inner.5", %".513"
  br i1 %".515", label %"x.inner.body.5", label %"x.inner.exit.5"
x.inner.body.5:
  %".517" = icmp slt i64 %"x.inner.5", 2
  br i1 %".517", label %"x.inner.body.5.if", label %"x.inner.body.5.endif"
x.inner.exit.5:
  %".524" = add i64 0, 8
  br label %"x.inner.header.6"
x.inner.body.5.if:
  %".519" = add i64 %"x.inner.5", 10
  %".520" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".519"
  store float              0x0, ptr %".520", align 4
  br label %"x.inner.body.5.endif"
x.inner.body.5.endif:
  %"x.inner.next.5" = add nsw i64 %"x.inner.5", 1
  br label %"x.inner.header.5"
x.inner.header.6:
  %"x.inner.6" = phi  i64 [0, %"x.inner.exit.5"], [%"x.inner.next.6", %"x.inner.body.6.endif"]
  %".526" = icmp slt i64 %"x.inner.6", %".524"
  br i1 %".526", label %"x.inner.body.6", label %"x.inner.exit.6"
x.inner.body.6:
  %".528" = icmp slt i64 %"x.inner.6", 2
  br i1 %".528", label %"x.inner.body.6.if", label %"x.inner.body.6.endif"
x.inner.exit.6:
  %".535" = add i64 0, 8
  br label %"x.inner.header.7"
x.inner.body.6.if:
  %".530" = add i64 %"x.inner.6", 12
  %".531" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".530"
  store float              0x0, ptr %".531", align 4
  br label %"x.inner.body.6.endif"
x.inner.body.6.endif:
  %"x.inner.next.6" = add nsw i64 %"x.inner.6", 1
  br label %"x.inner.header.6"
x.inner.header.7:
  %"x.inner.7" = phi  i64 [0, %"x.inner.exit.6"], [%"x.inner.next.7", %"x.inner.body.7.endif"]
  %".537" = icmp slt i64 %"x.inner.7", %".535"
  br i1 %".537", label %"x.inner.body.7", label %"x.inner.exit.7"
x.inner.body.7:
  %".539" = icmp slt i64 %"x.inner.7", 2
  br i1 %".539", label %"x.inner.body.7.if", label %"x.inner.body.7.endif"
x.inner.exit.7:
  %".546" = add i64 0, 8
  br label %"x.inner.header.8"
x.inner.body.7.if:
  %".541" = add i64 %"x.inner.7", 14
  %".542" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".541"
  store float              0x0, ptr %".542", align 4
  br label %"x.inner.body.7.endif"
x.inner.body.7.endif:
  %"x.inner.next.7" = add nsw i64 %"x.inner.7", 1
  br label %"x.inner.header.7"
x.inner.header.8:
  %"x.inner.8" = phi  i64 [0, %"x.inner.exit.7"], [%"x.inner.next.8", %"x.inner.body.8.endif"]
  %".548" = icmp slt i64 %"x.inner.8", %".546"
  br i1 %".548", label %"x.inner.body.8", label %"x.inner.exit.8"
x.inner.body.8:
  %".550" = icmp slt i64 %"x.inner.8", 2
  br i1 %".550", label %"x.inner.body.8.if", label %"x.inner.body.8.endif"
x.inner.exit.8:
  %".557" = add i64 0, 8
  br label %"x.inner.header.9"
x.inner.body.8.if:
  %".552" = add i64 %"x.inner.8", 16
  %".553" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".552"
  store float              0x0, ptr %".553", align 4
  br label %"x.inner.body.8.endif"
x.inner.body.8.endif:
  %"x.inner.next.8" = add nsw i64 %"x.inner.8", 1
  br label %"x.inner.header.8"
x.inner.header.9:
  %"x.inner.9" = phi  i64 [0, %"x.inner.exit.8"], [%"x.inner.next.9", %"x.inner.body.9.endif"]
  %".559" = icmp slt i64 %"x.inner.9", %".557"
  br i1 %".559", label %"x.inner.body.9", label %"x.inner.exit.9"
x.inner.body.9:
  %".561" = icmp slt i64 %"x.inner.9", 2
  br i1 %".561", label %"x.inner.body.9.if", label %"x.inner.body.9.endif"
x.inner.exit.9:
  %".568" = add i64 0, 8
  br label %"x.inner.header.10"
x.inner.body.9.if:
  %".563" = add i64 %"x.inner.9", 18
  %".564" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".563"
  store float              0x0, ptr %".564", align 4
  br label %"x.inner.body.9.endif"
x.inner.body.9.endif:
  %"x.inner.next.9" = add nsw i64 %"x.inner.9", 1
  br label %"x.inner.header.9"
x.inner.header.10:
  %"x.inner.10" = phi  i64 [0, %"x.inner.exit.9"], [%"x.inner.next.10", %"x.inner.body.10.endif"]
  %".570" = icmp slt i64 %"x.inner.10", %".568"
  br i1 %".570", label %"x.inner.body.10", label %"x.inner.exit.10"
x.inner.body.10:
  %".572" = icmp slt i64 %"x.inner.10", 2
  br i1 %".572", label %"x.inner.body.10.if", label %"x.inner.body.10.endif"
x.inner.exit.10:
  %".579" = add i64 0, 8
  br label %"x.inner.header.11"
x.inner.body.10.if:
  %".574" = add i64 %"x.inner.10", 20
  %".575" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".574"
  store float              0x0, ptr %".575", align 4
  br label %"x.inner.body.10.endif"
x.inner.body.10.endif:
  %"x.inner.next.10" = add nsw i64 %"x.inner.10", 1
  br label %"x.inner.header.10"
x.inner.header.11:
  %"x.inner.11" = phi  i64 [0, %"x.inner.exit.10"], [%"x.inner.next.11", %"x.inner.body.11.endif"]
  %".581" = icmp slt i64 %"x.inner.11", %".579"
  br i1 %".581", label %"x.inner.body.11", label %"x.inner.exit.11"
x.inner.body.11:
  %".583" = icmp slt i64 %"x.inner.11", 2
  br i1 %".583", label %"x.inner.body.11.if", label %"x.inner.body.11.endif"
x.inner.exit.11:
  %".590" = add i64 0, 8
  br label %"rc.header.1"
x.inner.body.11.if:
  %".585" = add i64 %"x.inner.11", 22
  %".586" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".585"
  store float              0x0, ptr %".586", align 4
  br label %"x.inner.body.11.endif"
x.inner.body.11.endif:
  %"x.inner.next.11" = add nsw i64 %"x.inner.11", 1
  br label %"x.inner.header.11"
rc.header.1:
  %"rc.1" = phi  i64 [0, %"x.inner.exit.11"], [%"rc.next.1", %"ry.exit.1"]
  %".592" = icmp slt i64 %"rc.1", %".590"
  br i1 %".592", label %"rc.body.1", label %"rc.exit.1"
rc.body.1:
  %".594" = add i64 0, 3
  br label %"ry.header.1"
rc.exit.1:
  %".914" = add i64 0, 4
  br label %"f.inner.header.1"
ry.header.1:
  %"ry.1" = phi  i64 [0, %"rc.body.1"], [%"ry.next.1", %"rx.exit.1"]
  %".596" = icmp slt i64 %"ry.1", %".594"
  br i1 %".596", label %"ry.body.1", label %"ry.exit.1"
ry.body.1:
  %".598" = add i64 0, 3
  br label %"rx.header.1"
ry.exit.1:
  %"rc.next.1" = add nsw i64 %"rc.1", 1
  br label %"rc.header.1"
rx.header.1:
  %"rx.1" = phi  i64 [0, %"ry.body.1"], [%"rx.next.1", %"rx.body.1"]
  %".600" = icmp slt i64 %"rx.1", %".598"
  br i1 %".600", label %"rx.body.1", label %"rx.exit.1"
rx.body.1:
  %".602" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".603" = add <2 x i64> <i64 0, i64 0>, %".602"
  %".604" = getelementptr inbounds float, ptr %"conv.local.1", i64 0
  %".605" = load <2 x float>, ptr %".604", align 4
  %".606" = mul i64 %"rc.1", 60
  %".607" = mul i64 %"ry.1", 12
  %".608" = add i64 %".606", %".607"
  %".609" = add i64 %".608", %"rx.1"
  %".610" = add i64 %".609", 8
  %".611" = getelementptr inbounds float, ptr %"conv.pad", i64 %".610"
  %".612" = load <2 x float>, ptr %".611", align 4
  %".613" = mul i64 %"rc.1", 9
  %".614" = mul i64 %"ry.1", 3
  %".615" = add i64 %".613", %".614"
  %".616" = add i64 %".615", %"rx.1"
  %".617" = mul i64 %"f.outer", 288
  %".618" = add i64 %".616", %".617"
  %".619" = getelementptr inbounds float, ptr %"W", i64 %".618"
  %".620" = load float, ptr %".619", align 4
  %".621" = insertelement <2 x float> <float undef, float undef>, float %".620", i32 0
  %".622" = shufflevector <2 x float> %".621", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".623" = fmul contract <2 x float> %".612", %".622"
  %".624" = fadd contract <2 x float> %".605", %".623"
  %".625" = getelementptr inbounds float, ptr %"conv.local.1", i64 0
  store <2 x float> %".624", ptr %".625", align 4
  %".627" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".628" = add <2 x i64> <i64 2, i64 2>, %".627"
  %".629" = getelementptr inbounds float, ptr %"conv.local.1", i64 2
  %".630" = load <2 x float>, ptr %".629", align 4
  %".631" = mul i64 %"rc.1", 60
  %".632" = mul i64 %"ry.1", 12
  %".633" = add i64 %".631", %".632"
  %".634" = add i64 %".633", %"rx.1"
  %".635" = add i64 %".634", 20
  %".636" = getelementptr inbounds float, ptr %"conv.pad", i64 %".635"
  %".637" = load <2 x float>, ptr %".636", align 4
  %".638" = mul i64 %"rc.1", 9
  %".639" = mul i64 %"ry.1", 3
  %".640" = add i64 %".638", %".639"
  %".641" = add i64 %".640", %"rx.1"
  %".642" = mul i64 %"f.outer", 288
  %".643" = add i64 %".641", %".642"
  %".644" = getelementptr inbounds float, ptr %"W", i64 %".643"
  %".645" = load float, ptr %".644", align 4
  %".646" = insertelement <2 x float> <float undef, float undef>, float %".645", i32 0
  %".647" = shufflevector <2 x float> %".646", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".648" = fmul contract <2 x float> %".637", %".647"
  %".649" = fadd contract <2 x float> %".630", %".648"
  %".650" = getelementptr inbounds float, ptr %"conv.local.1", i64 2
  store <2 x float> %".649", ptr %".650", align 4
  %".652" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".653" = add <2 x i64> <i64 4, i64 4>, %".652"
  %".654" = getelementptr inbounds float, ptr %"conv.local.1", i64 4
  %".655" = load <2 x float>, ptr %".654", align 4
  %".656" = mul i64 %"rc.1", 60
  %".657" = mul i64 %"ry.1", 12
  %".658" = add i64 %".656", %".657"
  %".659" = add i64 %".658", %"rx.1"
  %".660" = add i64 %".659", 32
  %".661" = getelementptr inbounds float, ptr %"conv.pad", i64 %".660"
  %".662" = load <2 x float>, ptr %".661", align 4
  %".663" = mul i64 %"rc.1", 9
  %".664" = mul i64 %"ry.1", 3
  %".665" = add i64 %".663", %".664"
  %".666" = add i64 %".665", %"rx.1"
  %".667" = mul i64 %"f.outer", 288
  %".668" = add i64 %".666", %".667"
  %".669" = getelementptr inbounds float, ptr %"W", i64 %".668"
  %".670" = load float, ptr %".669", align 4
  %".671" = insertelement <2 x float> <float undef, float undef>, float %".670", i32 0
  %".672" = shufflevector <2 x float> %".671", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".673" = fmul contract <2 x float> %".662", %".672"
  %".674" = fadd contract <2 x float> %".655", %".673"
  %".675" = getelementptr inbounds float, ptr %"conv.local.1", i64 4
  store <2 x float> %".674", ptr %".675", align 4
  %".677" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".678" = add <2 x i64> <i64 6, i64 6>, %".677"
  %".679" = getelementptr inbounds float, ptr %"conv.local.1", i64 6
  %".680" = load <2 x float>, ptr %".679", align 4
  %".681" = mul i64 %"rc.1", 60
  %".682" = mul i64 %"ry.1", 12
  %".683" = add i64 %".681", %".682"
  %".684" = add i64 %".683", %"rx.1"
  %".685" = add i64 %".684", 8
  %".686" = getelementptr inbounds float, ptr %"conv.pad", i64 %".685"
  %".687" = load <2 x float>, ptr %".686", align 4
  %".688" = mul i64 %"rc.1", 9
  %".689" = mul i64 %"ry.1", 3
  %".690" = add i64 %".688", %".689"
  %".691" = add i64 %".690", %"rx.1"
  %".692" = mul i64 %"f.outer", 288
  %".693" = add i64 %".691", %".692"
  %".694" = add i64 %".693", 72
  %".695" = getelementptr inbounds float, ptr %"W", i64 %".694"
  %".696" = load float, ptr %".695", align 4
  %".697" = insertelement <2 x float> <float undef, float undef>, float %".696", i32 0
  %".698" = shufflevector <2 x float> %".697", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".699" = fmul contract <2 x float> %".687", %".698"
  %".700" = fadd contract <2 x float> %".680", %".699"
  %".701" = getelementptr inbounds float, ptr %"conv.local.1", i64 6
  store <2 x float> %".700", ptr %".701", align 4
  %".703" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".704" = add <2 x i64> <i64 8, i64 8>, %".703"
  %".705" = getelementptr inbounds float, ptr %"conv.local.1", i64 8
  %".706" = load <2 x float>, ptr %".705", align 4
  %".707" = mul i64 %"rc.1", 60
  %".708" = mul i64 %"ry.1", 12
  %".709" = add i64 %".707", %".708"
  %".710" = add i64 %".709", %"rx.1"
  %".711" = add i64 %".710", 20
  %".712" = getelementptr inbounds float, ptr %"conv.pad", i64 %".711"
  %".713" = load <2 x float>, ptr %".712", align 4
  %".714" = mul i64 %"rc.1", 9
  %".715" = mul i64 %"ry.1", 3
  %".716" = add i64 %".714", %".715"
  %".717" = add i64 %".716", %"rx.1"
  %".718" = mul i64 %"f.outer", 288
  %".719" = add i64 %".717", %".718"
  %".720" = add i64 %".719", 72
  %".721" = getelementptr inbounds float, ptr %"W", i64 %".720"
  %".722" = load float, ptr %".721", align 4
  %".723" = insertelement <2 x float> <float undef, float undef>, float %".722", i32 0
  %".724" = shufflevector <2 x float> %".723", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".725" = fmul contract <2 x float> %".713", %".724"
  %".726" = fadd contract <2 x float> %".706", %".725"
  %".727" = getelementptr inbounds float, ptr %"conv.local.1", i64 8
  store <2 x float> %".726", ptr %".727", align 4
  %".729" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".730" = add <2 x i64> <i64 10, i64 10>, %".729"
  %".731" = getelementptr inbounds float, ptr %"conv.local.1", i64 10
  %".732" = load <2 x float>, ptr %".731", align 4
  %".733" = mul i64 %"rc.1", 60
  %".734" = mul i64 %"ry.1", 12
  %".735" = add i64 %".733", %".734"
  %".736" = add i64 %".735", %"rx.1"
  %".737" = add i64 %".736", 32
  %".738" = getelementptr inbounds float, ptr %"conv.pad", i64 %".737"
  %".739" = load <2 x float>, ptr %".738", align 4
  %".740" = mul i64 %"rc.1", 9
  %".741" = mul i64 %"ry.1", 3
  %".742" = add i64 %".740", %".741"
  %".743" = add i64 %".742", %"rx.1"
  %".744" = mul i64 %"f.outer", 288
  %".745" = add i64 %".743", %".744"
  %".746" = add i64 %".745", 72
  %".747" = getelementptr inbounds float, ptr %"W", i64 %".746"
  %".748" = load float, ptr %".747", align 4
  %".749" = insertelement <2 x float> <float undef, float undef>, float %".748", i32 0
  %".750" = shufflevector <2 x float> %".749", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".751" = fmul contract <2 x float> %".739", %".750"
  %".752" = fadd contract <2 x float> %".732", %".751"
  %".753" = getelementptr inbounds float, ptr %"conv.local.1", i64 10
  store <2 x float> %".752", ptr %".753", align 4
  %".755" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".756" = add <2 x i64> <i64 12, i64 12>, %".755"
  %".757" = getelementptr inbounds float, ptr %"conv.local.1", i64 12
  %".758" = load <2 x float>, ptr %".757", align 4
  %".759" = mul i64 %"rc.1", 60
  %".760" = mul i64 %"ry.1", 12
  %".761" = add i64 %".759", %".760"
  %".762" = add i64 %".761", %"rx.1"
  %".763" = add i64 %".762", 8
  %".764" = getelementptr inbounds float, ptr %"conv.pad", i64 %".763"
  %".765" = load <2 x float>, ptr %".764", align 4
  %".766" = mul i64 %"rc.1", 9
  %".767" = mul i64 %"ry.1", 3
  %".768" = add i64 %".766", %".767"
  %".769" = add i64 %".768", %"rx.1"
  %".770" = mul i64 %"f.outer", 288
  %".771" = add i64 %".769", %".770"
  %".772" = add i64 %".771", 144
  %".773" = getelementptr inbounds float, ptr %"W", i64 %".772"
  %".774" = load float, ptr %".773", align 4
  %".775" = insertelement <2 x float> <float undef, float undef>, float %".774", i32 0
  %".776" = shufflevector <2 x float> %".775", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".777" = fmul contract <2 x float> %".765", %".776"
  %".778" = fadd contract <2 x float> %".758", %".777"
  %".779" = getelementptr inbounds float, ptr %"conv.local.1", i64 12
  store <2 x float> %".778", ptr %".779", align 4
  %".781" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".782" = add <2 x i64> <i64 14, i64 14>, %".781"
  %".783" = getelementptr inbounds float, ptr %"conv.local.1", i64 14
  %".784" = load <2 x float>, ptr %".783", align 4
  %".785" = mul i64 %"rc.1", 60
  %".786" = mul i64 %"ry.1", 12
  %".787" = add i64 %".785", %".786"
  %".788" = add i64 %".787", %"rx.1"
  %".789" = add i64 %".788", 20
  %".790" = getelementptr inbounds float, ptr %"conv.pad", i64 %".789"
  %".791" = load <2 x float>, ptr %".790", align 4
  %".792" = mul i64 %"rc.1", 9
  %".793" = mul i64 %"ry.1", 3
  %".794" = add i64 %".792", %".793"
  %".795" = add i64 %".794", %"rx.1"
  %".796" = mul i64 %"f.outer", 288
  %".797" = add i64 %".795", %".796"
  %".798" = add i64 %".797", 144
  %".799" = getelementptr inbounds float, ptr %"W", i64 %".798"
  %".800" = load float, ptr %".799", align 4
  %".801" = insertelement <2 x float> <float undef, float undef>, float %".800", i32 0
  %".802" = shufflevector <2 x float> %".801", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".803" = fmul contract <2 x float> %".791", %".802"
  %".804" = fadd contract <2 x float> %".784", %".803"
  %".805" = getelementptr inbounds float, ptr %"conv.local.1", i64 14
  store <2 x float> %".804", ptr %".805", align 4
  %".807" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".808" = add <2 x i64> <i64 16, i64 16>, %".807"
  %".809" = getelementptr inbounds float, ptr %"conv.local.1", i64 16
  %".810" = load <2 x float>, ptr %".809", align 4
  %".811" = mul i64 %"rc.1", 60
  %".812" = mul i64 %"ry.1", 12
  %".813" = add i64 %".811", %".812"
  %".814" = add i64 %".813", %"rx.1"
  %".815" = add i64 %".814", 32
  %".816" = getelementptr inbounds float, ptr %"conv.pad", i64 %".815"
  %".817" = load <2 x float>, ptr %".816", align 4
  %".818" = mul i64 %"rc.1", 9
  %".819" = mul i64 %"ry.1", 3
  %".820" = add i64 %".818", %".819"
  %".821" = add i64 %".820", %"rx.1"
  %".822" = mul i64 %"f.outer", 288
  %".823" = add i64 %".821", %".822"
  %".824" = add i64 %".823", 144
  %".825" = getelementptr inbounds float, ptr %"W", i64 %".824"
  %".826" = load float, ptr %".825", align 4
  %".827" = insertelement <2 x float> <float undef, float undef>, float %".826", i32 0
  %".828" = shufflevector <2 x float> %".827", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".829" = fmul contract <2 x float> %".817", %".828"
  %".830" = fadd contract <2 x float> %".810", %".829"
  %".831" = getelementptr inbounds float, ptr %"conv.local.1", i64 16
  store <2 x float> %".830", ptr %".831", align 4
  %".833" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".834" = add <2 x i64> <i64 18, i64 18>, %".833"
  %".835" = getelementptr inbounds float, ptr %"conv.local.1", i64 18
  %".836" = load <2 x float>, ptr %".835", align 4
  %".837" = mul i64 %"rc.1", 60
  %".838" = mul i64 %"ry.1", 12
  %".839" = add i64 %".837", %".838"
  %".840" = add i64 %".839", %"rx.1"
  %".841" = add i64 %".840", 8
  %".842" = getelementptr inbounds float, ptr %"conv.pad", i64 %".841"
  %".843" = load <2 x float>, ptr %".842", align 4
  %".844" = mul i64 %"rc.1", 9
  %".845" = mul i64 %"ry.1", 3
  %".846" = add i64 %".844", %".845"
  %".847" = add i64 %".846", %"rx.1"
  %".848" = mul i64 %"f.outer", 288
  %".849" = add i64 %".847", %".848"
  %".850" = add i64 %".849", 216
  %".851" = getelementptr inbounds float, ptr %"W", i64 %".850"
  %".852" = load float, ptr %".851", align 4
  %".853" = insertelement <2 x float> <float undef, float undef>, float %".852", i32 0
  %".854" = shufflevector <2 x float> %".853", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".855" = fmul contract <2 x float> %".843", %".854"
  %".856" = fadd contract <2 x float> %".836", %".855"
  %".857" = getelementptr inbounds float, ptr %"conv.local.1", i64 18
  store <2 x float> %".856", ptr %".857", align 4
  %".859" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".860" = add <2 x i64> <i64 20, i64 20>, %".859"
  %".861" = getelementptr inbounds float, ptr %"conv.local.1", i64 20
  %".862" = load <2 x float>, ptr %".861", align 4
  %".863" = mul i64 %"rc.1", 60
  %".864" = mul i64 %"ry.1", 12
  %".865" = add i64 %".863", %".864"
  %".866" = add i64 %".865", %"rx.1"
  %".867" = add i64 %".866", 20
  %".868" = getelementptr inbounds float, ptr %"conv.pad", i64 %".867"
  %".869" = load <2 x float>, ptr %".868", align 4
  %".870" = mul i64 %"rc.1", 9
  %".871" = mul i64 %"ry.1", 3
  %".872" = add i64 %".870", %".871"
  %".873" = add i64 %".872", %"rx.1"
  %".874" = mul i64 %"f.outer", 288
  %".875" = add i64 %".873", %".874"
  %".876" = add i64 %".875", 216
  %".877" = getelementptr inbounds float, ptr %"W", i64 %".876"
  %".878" = load float, ptr %".877", align 4
  %".879" = insertelement <2 x float> <float undef, float undef>, float %".878", i32 0
  %".880" = shufflevector <2 x float> %".879", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".881" = fmul contract <2 x float> %".869", %".880"
  %".882" = fadd contract <2 x float> %".862", %".881"
  %".883" = getelementptr inbounds float, ptr %"conv.local.1", i64 20
  store <2 x float> %".882", ptr %".883", align 4
  %".885" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".886" = add <2 x i64> <i64 22, i64 22>, %".885"
  %".887" = getelementptr inbounds float, ptr %"conv.local.1", i64 22
  %".888" = load <2 x float>, ptr %".887", align 4
  %".889" = mul i64 %"rc.1", 60
  %".890" = mul i64 %"ry.1", 12
  %".891" = add i64 %".889", %".890"
  %".892" = add i64 %".891", %"rx.1"
  %".893" = add i64 %".892", 32
  %".894" = getelementptr inbounds float, ptr %"conv.pad", i64 %".893"
  %".895" = load <2 x float>, ptr %".894", align 4
  %".896" = mul i64 %"rc.1", 9
  %".897" = mul i64 %"ry.1", 3
  %".898" = add i64 %".896", %".897"
  %".899" = add i64 %".898", %"rx.1"
  %".900" = mul i64 %"f.outer", 288
  %".901" = add i64 %".899", %".900"
  %".902" = add i64 %".901", 216
  %".903" = getelementptr inbounds float, ptr %"W", i64 %".902"
  %".904" = load float, ptr %".903", align 4
  %".905" = insertelement <2 x float> <float undef, float undef>, float %".904", i32 0
  %".906" = shufflevector <2 x float> %".905", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".907" = fmul contract <2 x float> %".895", %".906"
  %".908" = fadd contract <2 x float> %".888", %".907"
  %".909" = getelementptr inbounds float, ptr %"conv.local.1", i64 22
  store <2 x float> %".908", ptr %".909", align 4
  %"rx.next.1" = add nsw i64 %"rx.1", 1
  br label %"rx.header.1"
rx.exit.1:
  %"ry.next.1" = add nsw i64 %"ry.1", 1
  br label %"ry.header.1"
f.inner.header.1:
  %"f.inner.1" = phi  i64 [0, %"rc.exit.1"], [%"f.inner.next.1", %"y.inner.exit.1"]
  %".916" = icmp slt i64 %"f.inner.1", %".914"
  br i1 %".916", label %"f.inner.body.1", label %"f.inner.exit.1"
f.inner.body.1:
  %".918" = add i64 0, 3
  br label %"y.inner.header.1"
f.inner.exit.1:
  %"f.outer.next" = add nsw i64 %"f.outer", 1
  br label %"f.outer.header"
y.inner.header.1:
  %"y.inner.1" = phi  i64 [0, %"f.inner.body.1"], [%"y.inner.next.1", %"y.inner.body.1"]
  %".920" = icmp slt i64 %"y.inner.1", %".918"
  br i1 %".920", label %"y.inner.body.1", label %"y.inner.exit.1"
y.inner.body.1:
  %".922" = mul i64 %"f.outer", 400
  %".923" = mul i64 %"f.inner.1", 100
  %".924" = add i64 %".922", %".923"
  %".925" = mul i64 %"y.outer", 30
  %".926" = add i64 %".924", %".925"
  %".927" = mul i64 %"y.inner.1", 10
  %".928" = add i64 %".926", %".927"
  %".929" = add i64 %".928", 8
  %".930" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".929", i32 0
  %".931" = shufflevector <2 x i64> %".930", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".932" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".933" = add <2 x i64> %".931", %".932"
  %".934" = mul i64 %"f.inner.1", 6
  %".935" = mul i64 %"y.inner.1", 2
  %".936" = add i64 %".934", %".935"
  %".937" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".936"
  %".938" = load <2 x float>, ptr %".937", align 4
  %".939" = mul i64 %"f.outer", 400
  %".940" = mul i64 %"f.inner.1", 100
  %".941" = add i64 %".939", %".940"
  %".942" = mul i64 %"y.outer", 30
  %".943" = add i64 %".941", %".942"
  %".944" = mul i64 %"y.inner.1", 10
  %".945" = add i64 %".943", %".944"
  %".946" = add i64 %".945", 8
  %".947" = getelementptr inbounds float, ptr %"conv", i64 %".946"
  store <2 x float> %".938", ptr %".947", align 4
  %"y.inner.next.1" = add nsw i64 %"y.inner.1", 1
  br label %"y.inner.header.1"
y.inner.exit.1:
  %"f.inner.next.1" = add nsw i64 %"f.inner.1", 1
  br label %"f.inner.header.1"
}

define internal void @"tcomp_main.par0"(ptr %".1", i64 %".2", i64 %".3") nounwind
{
entry:
  %".5" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %".1", i32 0, i32 0
  %".6" = load ptr, ptr %".5"
  %".7" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %".1", i32 0, i32 1
  %".8" = load ptr, ptr %".7"
  %".9" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %".1", i32 0, i32 2
  %".10" = load ptr, ptr %".9"
  %".11" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %".1", i32 0, i32 3
  %".12" = load i64, ptr %".11"
  call void @"tcomp_main.par0.body"(ptr %".6", ptr %".8", ptr %".10", i64 %".12", i64 %".2", i64 %".3")
  ret void
}

@"tcomp_num_threads" = weak global i32 1
declare void @"tcomp_rt_parallel_for"(ptr %".1", ptr %".2", i64 %".3", i32 %".4")
