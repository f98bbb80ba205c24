; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"W", ptr noalias %"conv") nounwind
{
entry:
  %"conv.local" = alloca [64 x float], align 64
  %".5" = add i64 0, 8
  br label %"y.header"
y.header:
  %"y" = phi  i64 [0, %"entry"], [%"y.next", %"f.inner.exit"]
  %".7" = icmp slt i64 %"y", %".5"
  br i1 %".7", label %"y.body", label %"y.exit"
y.body:
  %".9" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".10" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".9"
  %".11" = getelementptr inbounds float, ptr %"conv.local", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".11", align 4
  %".13" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".14" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".13"
  %".15" = getelementptr inbounds float, ptr %"conv.local", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".15", align 4
  %".17" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".18" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".17"
  %".19" = getelementptr inbounds float, ptr %"conv.local", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".19", align 4
  %".21" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".22" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".21"
  %".23" = getelementptr inbounds float, ptr %"conv.local", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".23", align 4
  %".25" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".26" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".25"
  %".27" = getelementptr inbounds float, ptr %"conv.local", i64 32
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".27", align 4
  %".29" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".30" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".29"
  %".31" = getelementptr inbounds float, ptr %"conv.local", i64 40
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".31", align 4
  %".33" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".34" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".33"
  %".35" = getelementptr inbounds float, ptr %"conv.local", i64 48
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".35", align 4
  %".37" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".38" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".37"
  %".39" = getelementptr inbounds float, ptr %"conv.local", i64 56
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".39", align 4
  %".41" = add i64 0, 4
  br label %"rc.header"
y.exit:
  ret void
rc.header:
  %"rc" = phi  i64 [0, %"y.body"], [%"rc.next", %"ry.exit"]
  %".43" = icmp slt i64 %"rc", %".41"
  br i1 %".43", label %"rc.body", label %"rc.exit"
rc.body:
  %".45" = add i64 0, 3
  br label %"ry.header"
rc.exit:
  %".431" = add i64 0, 8
  br label %"f.inner.header"
ry.header:
  %"ry" = phi  i64 [0, %"rc.body"], [%"ry.next", %"rx.exit"]
  %".47" = icmp slt i64 %"ry", %".45"
  br i1 %".47", label %"ry.body", label %"ry.exit"
ry.body:
  %".49" = add i64 0, 3
  br label %"rx.header"
ry.exit:
  %"rc.next" = add nsw i64 %"rc", 1
  br label %"rc.header"
rx.header:
  %"rx" = phi  i64 [0, %"ry.body"], [%"rx.next", %"rx.body"]
  %".51" = icmp slt i64 %"rx", %".49"
  br i1 %".51", label %"rx.body", label %"rx.exit"
rx.body:
  %".53" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".54" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".53"
  %".55" = getelementptr inbounds float, ptr %"conv.local", i64 0
  %".56" = load <8 x float>, ptr %".55", align 4
  %".57" = add i64 %"ry", %"y"
  %".58" = icmp slt i64 0, %".57"
  %".59" = add i64 %"ry", %"y"
  %".60" = icmp slt i64 %".59", 9
  %".61" = and i1 %".58", %".60"
  %".62" = insertelement <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, i1 %".61", i32 0
  %".63" = shufflevector <8 x i1> %".62", <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".64" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".65" = shufflevector <8 x i64> %".64", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".66" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".67" = add <8 x i64> %".65", %".66"
  %".68" = icmp slt <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".67"
  %".69" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".70" = shufflevector <8 x i64> %".69", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".71" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".72" = add <8 x i64> %".70", %".71"
  %".73" = icmp slt <8 x i64> %".72", <i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9>
  %".74" = and <8 x i1> %".68", %".73"
  %".75" = and <8 x i1> %".63", %".74"
  %".76" = xor <8 x i1> %".75", <i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1>
  %".77" = mul i64 %"rc", 64
  %".78" = mul i64 %"ry", 8
  %".79" = add i64 %".77", %".78"
  %".80" = add i64 %".79", %"rx"
  %".81" = mul i64 %"y", 8
  %".82" = add i64 %".80", %".81"
  %".83" = sub i64 %".82", 9
  %".84" = getelementptr inbounds float, ptr %"X", i64 %".83"
  %".85" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr align 4 %".84", <8 x i1> %".75", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".86" = select  <8 x i1> %".75", <8 x float> %".85", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>
  %".87" = mul i64 %"rc", 9
  %".88" = mul i64 %"ry", 3
  %".89" = add i64 %".87", %".88"
  %".90" = add i64 %".89", %"rx"
  %".91" = getelementptr inbounds float, ptr %"W", i64 %".90"
  %".92" = load float, ptr %".91", align 4
  %".93" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".92", i32 0
  %".94" = shufflevector <8 x float> %".93", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".95" = fmul contract <8 x float> %".86", %".94"
  %".96" = fadd contract <8 x float> %".56", %".95"
  %".97" = getelementptr inbounds float, ptr %"conv.local", i64 0
  store <8 x float> %".96", ptr %".97", align 4
  %".99" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".100" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".99"
  %".101" = getelementptr inbounds float, ptr %"conv.local", i64 8
  %".102" = load <8 x float>, ptr %".101", align 4
  %".103" = add i64 %"ry", %"y"
  %".104" = icmp slt i64 0, %".103"
  %".105" = add i64 %"ry", %"y"
  %".106" = icmp slt i64 %".105", 9
  %".107" = and i1 %".104", %".106"
  %".108" = insertelement <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, i1 %".107", i32 0
  %".109" = shufflevector <8 x i1> %".108", <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".110" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".111" = shufflevector <8 x i64> %".110", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".112" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".113" = add <8 x i64> %".111", %".112"
  %".114" = icmp slt <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".113"
  %".115" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".116" = shufflevector <8 x i64> %".115", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".117" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".118" = add <8 x i64> %".116", %".117"
  %".119" = icmp slt <8 x i64> %".118", <i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9>
  %".120" = and <8 x i1> %".114", %".119"
  %".121" = and <8 x i1> %".109", %".120"
  %".122" = xor <8 x i1> %".121", <i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1>
  %".123" = mul i64 %"rc", 64
  %".124" = mul i64 %"ry", 8
  %".125" = add i64 %".123", %".124"
  %".126" = add i64 %".125", %"rx"
  %".127" = mul i64 %"y", 8
  %".128" = add i64 %".126", %".127"
  %".129" = sub i64 %".128", 9
  %".130" = getelementptr inbounds float, ptr %"X", i64 %".129"
  %".131" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr align 4 %".130", <8 x i1> %".121", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".132" = select  <8 x i1> %".121", <8 x float> %".131", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>
  %".133" = mul i64 %"rc", 9
  %".134" = mul i64 %"ry", 3
  %".135" = add i64 %".133", %".134"
  %".136" = add i64 %".135", %"rx"
  %".137" = add i64 %".136", 36
  %".138" = getelementptr inbounds float, ptr %"W", i64 %".137"
  %".139" = load float, ptr %".138", align 4
  %".140" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".139", i32 0
  %".141" = shufflevector <8 x float> %".140", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".142" = fmul contract <8 x float> %".132", %".141"
  %".143" = fadd contract <8 x float> %".102", %".142"
  %".144" = getelementptr inbounds float, ptr %"conv.local", i64 8
  store <8 x float> %".143", ptr %".144", align 4
  %".146" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".147" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".146"
  %".148" = getelementptr inbounds float, ptr %"conv.local", i64 16
  %".149" = load <8 x float>, ptr %".148", align 4
  %".150" = add i64 %"ry", %"y"
  %".151" = icmp slt i64 0, %".150"
  %".152" = add i64 %"ry", %"y"
  %".153" = icmp slt i64 %".152", 9
  %".154" = and i1 %".151", %".153"
  %".155" = insertelement <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, i1 %".154", i32 0
  %".156" = shufflevector <8 x i1> %".155", <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".157" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".158" = shufflevector <8 x i64> %".157", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".159" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".160" = add <8 x i64> %".158", %".159"
  %".161" = icmp slt <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".160"
  %".162" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".163" = shufflevector <8 x i64> %".162", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".164" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".165" = add <8 x i64> %".163", %".164"
  %".166" = icmp slt <8 x i64> %".165", <i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9>
  %".167" = and <8 x i1> %".161", %".166"
  %".168" = and <8 x i1> %".156", %".167"
  %".169" = xor <8 x i1> %".168", <i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1>
  %".170" = mul i64 %"rc", 64
  %".171" = mul i64 %"ry", 8
  %".172" = add i64 %".170", %".171"
  %".173" = add i64 %".172", %"rx"
  %".174" = mul i64 %"y", 8
  %".175" = add i64 %".173", %".174"
  %".176" = sub i64 %".175", 9
  %".177" = getelementptr inbounds float, ptr %"X", i64 %".176"
  %".178" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr align 4 %".177", <8 x i1> %".168", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".179" = select  <8 x i1> %".168", <8 x float> %".178", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>
  %".180" = mul i64 %"rc", 9
  %".181" = mul i64 %"ry", 3
  %".182" = add i64 %".180", %".181"
  %".183" = add i64 %".182", %"rx"
  %".184" = add i64 %".183", 72
  %".185" = getelementptr inbounds float, ptr %"W", i64 %".184"
  %".186" = load float, ptr %".185", align 4
  %".187" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".186", i32 0
  %".188" = shufflevector <8 x float> %".187", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".189" = fmul contract <8 x float> %".179", %".188"
  %".190" = fadd contract <8 x float> %".149", %".189"
  %".191" = getelementptr inbounds float, ptr %"conv.local", i64 16
  store <8 x float> %".190", ptr %".191", align 4
  %".193" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".194" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".193"
  %".195" = getelementptr inbounds float, ptr %"conv.local", i64 24
  %".196" = load <8 x float>, ptr %".195", align 4
  %".197" = add i64 %"ry", %"y"
  %".198" = icmp slt i64 0, %".197"
  %".199" = add i64 %"ry", %"y"
  %".200" = icmp slt i64 %".199", 9
  %".201" = and i1 %".198", %".200"
  %".202" = insertelement <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, i1 %".201", i32 0
  %".203" = shufflevector <8 x i1> %".202", <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".204" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".205" = shufflevector <8 x i64> %".204", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".206" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".207" = add <8 x i64> %".205", %".206"
  %".208" = icmp slt <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".207"
  %".209" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".210" = shufflevector <8 x i64> %".209", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".211" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".212" = add <8 x i64> %".210", %".211"
  %".213" = icmp slt <8 x i64> %".212", <i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9>
  %".214" = and <8 x i1> %".208", %".213"
  %".215" = and <8 x i1> %".203", %".214"
  %".216" = xor <8 x i1> %".215", <i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1>
  %".217" = mul i64 %"rc", 64
  %".218" = mul i64 %"ry", 8
  %".219" = add i64 %".217", %".218"
  %".220" = add i64 %".219", %"rx"
  %".221" = mul i64 %"y", 8
  %".222" = add i64 %".220", %".221"
  %".223" = sub i64 %".222", 9
  %".224" = getelementptr inbounds float, ptr %"X", i64 %".223"
  %".225" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr align 4 %".224", <8 x i1> %".215", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".226" = select  <8 x i1> %".215", <8 x float> %".225", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>
  %".227" = mul i64 %"rc", 9
  %".228" = mul i64 %"ry", 3
  %".229" = add i64 %".227", %".228"
  %".230" = add i64 %".229", %"rx"
  %".231" = add i64 %".230", 108
  %".232" = getelementptr inbounds float, ptr %"W", i64 %".231"
  %".233" = load float, ptr %".232", align 4
  %".234" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".233", i32 0
  %".235" = shufflevector <8 x float> %".234", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".236" = fmul contract <8 x float> %".226", %".235"
  %".237" = fadd contract <8 x float> %".196", %".236"
  %".238" = getelementptr inbounds float, ptr %"conv.local", i64 24
  store <8 x float> %".237", ptr %".238", align 4
  %".240" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".241" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".240"
  %".242" = getelementptr inbounds float, ptr %"conv.local", i64 32
  %".243" = load <8 x float>, ptr %".242", align 4
  %".244" = add i64 %"ry", %"y"
  %".245" = icmp slt i64 0, %".244"
  %".246" = add i64 %"ry", %"y"
  %".247" = icmp slt i64 %".246", 9
  %".248" = and i1 %".245", %".247"
  %".249" = insertelement <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, i1 %".248", i32 0
  %".250" = shufflevector <8 x i1> %".249", <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".251" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".252" = shufflevector <8 x i64> %".251", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".253" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".254" = add <8 x i64> %".252", %".253"
  %".255" = icmp slt <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".254"
  %".256" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".257" = shufflevector <8 x i64> %".256", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".258" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".259" = add <8 x i64> %".257", %".258"
  %".260" = icmp slt <8 x i64> %".259", <i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9>
  %".261" = and <8 x i1> %".255", %".260"
  %".262" = and <8 x i1> %".250", %".261"
  %".263" = xor <8 x i1> %".262", <i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1>
  %".264" = mul i64 %"rc", 64
  %".265" = mul i64 %"ry", 8
  %".266" = add i64 %".264", %".265"
  %".267" = add i64 %".266", %"rx"
  %".268" = mul i64 %"y", 8
  %".269" = add i64 %".267", %".268"
  %".270" = sub i64 %".269", 9
  %".271" = getelementptr inbounds float, ptr %"X", i64 %".270"
  %".272" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr align 4 %".271", <8 x i1> %".262", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".273" = select  <8 x i1> %".262", <8 x float> %".272", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>
  %".274" = mul i64 %"rc", 9
  %".275" = mul i64 %"ry", 3
  %".276" = add i64 %".274", %".275"
  %".277" = add i64 %".276", %"rx"
  %".278" = add i64 %".277", 144
  %".279" = getelementptr inbounds float, ptr %"W", i64 %".278"
  %".280" = load float, ptr %".279", align 4
  %".281" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".280", i32 0
  %".282" = shufflevector <8 x float> %".281", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".283" = fmul contract <8 x float> %".273", %".282"
  %".284" = fadd contract <8 x float> %".243", %".283"
  %".285" = getelementptr inbounds float, ptr %"conv.local", i64 32
  store <8 x float> %".284", ptr %".285", align 4
  %".287" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".288" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".287"
  %".289" = getelementptr inbounds float, ptr %"conv.local", i64 40
  %".290" = load <8 x float>, ptr %".289", align 4
  %".291" = add i64 %"ry", %"y"
  %".292" = icmp slt i64 0, %".291"
  %".293" = add i64 %"ry", %"y"
  %".294" = icmp slt i64 %".293", 9
  %".295" = and i1 %".292", %".294"
  %".296" = insertelement <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, i1 %".295", i32 0
  %".297" = shufflevector <8 x i1> %".296", <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".298" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".299" = shufflevector <8 x i64> %".298", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".300" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".301" = add <8 x i64> %".299", %".300"
  %".302" = icmp slt <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".301"
  %".303" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".304" = shufflevector <8 x i64> %".303", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".305" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".306" = add <8 x i64> %".304", %".305"
  %".307" = icmp slt <8 x i64> %".306", <i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9>
  %".308" = and <8 x i1> %".302", %".307"
  %".309" = and <8 x i1> %".297", %".308"
  %".310" = xor <8 x i1> %".309", <i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1>
  %".311" = mul i64 %"rc", 64
  %".312" = mul i64 %"ry", 8
  %".313" = add i64 %".311", %".312"
  %".314" = add i64 %".313", %"rx"
  %".315" = mul i64 %"y", 8
  %".316" = add i64 %".314", %".315"
  %".317" = sub i64 %".316", 9
  %".318" = getelementptr inbounds float, ptr %"X", i64 %".317"
  %".319" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr align 4 %".318", <8 x i1> %".309", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".320" = select  <8 x i1> %".309", <8 x float> %".319", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>
  %".321" = mul i64 %"rc", 9
  %".322" = mul i64 %"ry", 3
  %".323" = add i64 %".321", %".322"
  %".324" = add i64 %".323", %"rx"
  %".325" = add i64 %".324", 180
  %".326" = getelementptr inbounds float, ptr %"W", i64 %".325"
  %".327" = load float, ptr %".326", align 4
  %".328" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".327", i32 0
  %".329" = shufflevector <8 x float> %".328", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".330" = fmul contract <8 x float> %".320", %".329"
  %".331" = fadd contract <8 x float> %".290", %".330"
  %".332" = getelementptr inbounds float, ptr %"conv.local", i64 40
  store <8 x float> %".331", ptr %".332", align 4
  %".334" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".335" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".334"
  %".336" = getelementptr inbounds float, ptr %"conv.local", i64 48
  %".337" = load <8 x float>, ptr %".336", align 4
  %".338" = add i64 %"ry", %"y"
  %".339" = icmp slt i64 0, %".338"
  %".340" = add i64 %"ry", %"y"
  %".341" = icmp slt i64 %".340", 9
  %".342" = and i1 %".339", %".341"
  %".343" = insertelement <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, i1 %".342", i32 0
  %".344" = shufflevector <8 x i1> %".343", <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".345" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".346" = shufflevector <8 x i64> %".345", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".347" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".348" = add <8 x i64> %".346", %".347"
  %".349" = icmp slt <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".348"
  %".350" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".351" = shufflevector <8 x i64> %".350", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".352" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".353" = add <8 x i64> %".351", %".352"
  %".354" = icmp slt <8 x i64> %".353", <i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9>
  %".355" = and <8 x i1> %".349", %".354"
  %".356" = and <8 x i1> %".344", %".355"
  %".357" = xor <8 x i1> %".356", <i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1>
  %".358" = mul i64 %"rc", 64
  %".359" = mul i64 %"ry", 8
  %".360" = add i64 %".358", %".359"
  %".361" = add i64 %".360", %"rx"
  %".362" = mul i64 %"y", 8
  %".363" = add i64 %".361", %".362"
  %".364" = sub i64 %".363", 9
  %".365" = getelementptr inbounds float, ptr %"X", i64 %".364"
  %".366" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr align 4 %".365", <8 x i1> %".356", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".367" = select  <8 x i1> %".356", <8 x float> %".366", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>
  %".368" = mul i64 %"rc", 9
  %".369" = mul i64 %"ry", 3
  %".370" = add i64 %".368", %".369"
  %".371" = add i64 %".370", %"rx"
  %".372" = add i64 %".371", 216
  %".373" = getelementptr inbounds float, ptr %"W", i64 %".372"
  %".374" = load float, ptr %".373", align 4
  %".375" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".374", i32 0
  %".376" = shufflevector <8 x float> %".375", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".377" = fmul contract <8 x float> %".367", %".376"
  %".378" = fadd contract <8 x float> %".337", %".377"
  %".379" = getelementptr inbounds float, ptr %"conv.local", i64 48
  store <8 x float> %".378", ptr %".379", align 4
  %".381" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".382" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".381"
  %".383" = getelementptr inbounds float, ptr %"conv.local", i64 56
  %".384" = load <8 x float>, ptr %".383", align 4
  %".385" = add i64 %"ry", %"y"
  %".386" = icmp slt i64 0, %".385"
  %".387" = add i64 %"ry", %"y"
  %".388" = icmp slt i64 %".387", 9
  %".389" = and i1 %".386", %".388"
  %".390" = insertelement <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, i1 %".389", i32 0
  %".391" = shufflevector <8 x i1> %".390", <8 x i1> <i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef, i1 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".392" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".393" = shufflevector <8 x i64> %".392", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".394" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".395" = add <8 x i64> %".393", %".394"
  %".396" = icmp slt <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".395"
  %".397" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"rx", i32 0
  %".398" = shufflevector <8 x i64> %".397", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".399" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".400" = add <8 x i64> %".398", %".399"
  %".401" = icmp slt <8 x i64> %".400", <i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9>
  %".402" = and <8 x i1> %".396", %".401"
  %".403" = and <8 x i1> %".391", %".402"
  %".404" = xor <8 x i1> %".403", <i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1, i1 -1>
  %".405" = mul i64 %"rc", 64
  %".406" = mul i64 %"ry", 8
  %".407" = add i64 %".405", %".406"
  %".408" = add i64 %".407", %"rx"
  %".409" = mul i64 %"y", 8
  %".410" = add i64 %".408", %".409"
  %".411" = sub i64 %".410", 9
  %".412" = getelementptr inbounds float, ptr %"X", i64 %".411"
  %".413" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr align 4 %".412", <8 x i1> %".403", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".414" = select  <8 x i1> %".403", <8 x float> %".413", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>
  %".415" = mul i64 %"rc", 9
  %".416" = mul i64 %"ry", 3
  %".417" = add i64 %".415", %".416"
  %".418" = add i64 %".417", %"rx"
  %".419" = add i64 %".418", 252
  %".420" = getelementptr inbounds float, ptr %"W", i64 %".419"
  %".421" = load float, ptr %".420", align 4
  %".422" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".421", i32 0
  %".423" = shufflevector <8 x float> %".422", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".424" = fmul contract <8 x float> %".414", %".423"
  %".425" = fadd contract <8 x float> %".384", %".424"
  %".426" = getelementptr inbounds float, ptr %"conv.local", i64 56
  store <8 x float> %".425", ptr %".426", align 4
  %"rx.next" = add nsw i64 %"rx", 1
  br label %"rx.header"
rx.exit:
  %"ry.next" = add nsw i64 %"ry", 1
  br label %"ry.header"
f.inner.header:
  %"f.inner" = phi  i64 [0, %"rc.exit"], [%"f.inner.next", %"f.inner.body"]
  %".433" = icmp slt i64 %"f.inner", %".431"
  br i1 %".433", label %"f.inner.body", label %"f.inner.exit"
f.inner.body:
  %".435" = mul i64 %"y", 8
  %".436" = mul i64 %"f.inner", 64
  %".437" = add i64 %".435", %".436"
  %".438" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".437", i32 0
  %".439" = shufflevector <8 x i64> %".438", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".440" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".441" = add <8 x i64> %".439", %".440"
  %".442" = mul i64 %"f.inner", 8
  %".443" = getelementptr inbounds float, ptr %"conv.local", i64 %".442"
  %".444" = load <8 x float>, ptr %".443", align 4
  %".445" = mul i64 %"y", 8
  %".446" = mul i64 %"f.inner", 64
  %".447" = add i64 %".445", %".446"
  %".448" = getelementptr inbounds float, ptr %"conv", i64 %".447"
  store <8 x float> %".444", ptr %".448", align 4
  %"f.inner.next" = add nsw i64 %"f.inner", 1
  br label %"f.inner.header"
f.inner.exit:
  %"y.next" = add nsw i64 %"y", 1
  br label %"y.header"
}

declare <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1", <8 x i1> %".2", <8 x float> %".3")
