; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"pool.avg") nounwind
{
entry:
  %"pool" = alloca [6 x float], align 64
  %".4" = add i64 0, 4
  br label %"i1.header"
i1.header:
  %"i1" = phi  i64 [0, %"entry"], [%"i1.next", %"i2.outer.exit"]
  %".6" = icmp slt i64 %"i1", %".4"
  br i1 %".6", label %"i1.body", label %"i1.exit"
i1.body:
  %".8" = add i64 0, 6
  br label %"i2.outer.header"
i1.exit:
  ret void
i2.outer.header:
  %"i2.outer" = phi  i64 [0, %"i1.body"], [%"i2.outer.next", %"ry.exit"]
  %".10" = icmp slt i64 %"i2.outer", %".8"
  br i1 %".10", label %"i2.outer.body", label %"i2.outer.exit"
i2.outer.body:
  %".12" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".13" = add <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".12"
  %".14" = getelementptr inbounds float, ptr %"pool", i64 0
  store <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".14", align 4
  %".16" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".17" = add <2 x i64> <i64 4, i64 4>, %".16"
  %".18" = getelementptr inbounds float, ptr %"pool", i64 4
  store <2 x float> <float              0x0, float              0x0>, ptr %".18", align 4
  %".20" = add i64 0, 2
  br label %"ry.header"
i2.outer.exit:
  %"i1.next" = add nsw i64 %"i1", 1
  br label %"i1.header"
ry.header:
  %"ry" = phi  i64 [0, %"i2.outer.body"], [%"ry.next", %"rx.exit"]
  %".22" = icmp slt i64 %"ry", %".20"
  br i1 %".22", label %"ry.body", label %"ry.exit"
ry.body:
  %".24" = add i64 0, 2
  br label %"rx.header"
ry.exit:
  %".69" = mul i64 %"i1", 36
  %".70" = mul i64 %"i2.outer", 6
  %".71" = add i64 %".69", %".70"
  %".72" = insertelement <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".71", i32 0
  %".73" = shufflevector <4 x i64> %".72", <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".74" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".75" = add <4 x i64> %".73", %".74"
  %".76" = getelementptr inbounds float, ptr %"pool", i64 0
  %".77" = load <4 x float>, ptr %".76", align 4
  %".78" = fmul contract <4 x float> %".77", <float 0x3fd0000000000000, float 0x3fd0000000000000, float 0x3fd0000000000000, float 0x3fd0000000000000>
  %".79" = mul i64 %"i1", 36
  %".80" = mul i64 %"i2.outer", 6
  %".81" = add i64 %".79", %".80"
  %".82" = getelementptr inbounds float, ptr %"pool.avg", i64 %".81"
  store <4 x float> %".78", ptr %".82", align 4
  %".84" = mul i64 %"i1", 36
  %".85" = mul i64 %"i2.outer", 6
  %".86" = add i64 %".84", %".85"
  %".87" = add i64 %".86", 4
  %".88" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".87", i32 0
  %".89" = shufflevector <2 x i64> %".88", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".90" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".91" = add <2 x i64> %".89", %".90"
  %".92" = getelementptr inbounds float, ptr %"pool", i64 4
  %".93" = load <2 x float>, ptr %".92", align 4
  %".94" = fmul contract <2 x float> %".93", <float 0x3fd0000000000000, float 0x3fd0000000000000>
  %".95" = mul i64 %"i1", 36
  %".96" = mul i64 %"i2.outer", 6
  %".97" = add i64 %".95", %".96"
  %".98" = add i64 %".97", 4
  %".99" = getelementptr inbounds float, ptr %"pool.avg", i64 %".98"
  store <2 x float> %".94", ptr %".99", align 4
  %"i2.outer.next" = add nsw i64 %"i2.outer", 1
  br label %"i2.outer.header"
rx.header:
  %"rx" = phi  i64 [0, %"ry.body"], [%"rx.next", %"rx.body"]
  %".26" = icmp slt i64 %"rx", %".24"
  br i1 %".26", label %"rx.body", label %"rx.exit"
rx.body:
  %".28" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".29" = add <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".28"
  %".30" = getelementptr inbounds float, ptr %"pool", i64 0
  %".31" = load <4 x float>, ptr %".30", align 4
  %".32" = mul i64 %"ry", 12
  %".33" = add i64 %".32", %"rx"
  %".34" = mul i64 %"i1", 144
  %".35" = add i64 %".33", %".34"
  %".36" = mul i64 %"i2.outer", 24
  %".37" = add i64 %".35", %".36"
  %".38" = getelementptr inbounds float, ptr %"X", i64 %".37"
  %".39" = load <4 x float>, ptr %".38", align 4
  %".40" = add i64 %".37", 3
  %".41" = getelementptr inbounds float, ptr %"X", i64 %".40"
  %".42" = load <4 x float>, ptr %".41", align 4
  %".43" = shufflevector <4 x float> %".39", <4 x float> %".42", <4 x i32> <i32 0, i32 2, i32 5, i32 7>
  %".44" = fadd contract <4 x float> %".31", %".43"
  %".45" = getelementptr inbounds float, ptr %"pool", i64 0
  store <4 x float> %".44", ptr %".45", align 4
  %".47" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".48" = add <2 x i64> <i64 4, i64 4>, %".47"
  %".49" = getelementptr inbounds float, ptr %"pool", i64 4
  %".50" = load <2 x float>, ptr %".49", align 4
  %".51" = mul i64 %"ry", 12
  %".52" = add i64 %".51", %"rx"
  %".53" = mul i64 %"i1", 144
  %".54" = add i64 %".52", %".53"
  %".55" = mul i64 %"i2.outer", 24
  %".56" = add i64 %".54", %".55"
  %".57" = add i64 %".56", 8
  %".58" = getelementptr inbounds float, ptr %"X", i64 %".57"
  %".59" = load <2 x float>, ptr %".58", align 4
  %".60" = add i64 %".57", 1
  %".61" = getelementptr inbounds float, ptr %"X", i64 %".60"
  %".62" = load <2 x float>, ptr %".61", align 4
  %".63" = shufflevector <2 x float> %".59", <2 x float> %".62", <2 x i32> <i32 0, i32 3>
  %".64" = fadd contract <2 x float> %".50", %".63"
  %".65" = getelementptr inbounds float, ptr %"pool", i64 4
  store <2 x float> %".64", ptr %".65", align 4
  %"rx.next" = add nsw i64 %"rx", 1
  br label %"rx.header"
rx.exit:
  %"ry.next" = add nsw i64 %"ry", 1
  br label %"ry.header"
}
