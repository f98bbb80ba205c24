; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"W", ptr noalias %"conv") nounwind
{
entry:
  %"closure1" = alloca {ptr, ptr, ptr, i64}
  %"closure0" = alloca {ptr, ptr, i64}
  %".5" = mul i64 4, 1152
  %".6" = add i64 %".5", 64
  %".7" = and i64 %".6", -64
  %"conv.pad" = call ptr @"aligned_alloc"(i64 64, i64 %".7")
  %".8" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"X", ptr %".8"
  %".10" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %"conv.pad", ptr %".10"
  %".12" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store i64 0, ptr %".12"
  %".14" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 8, i32 %".14")
  %".16" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 0
  store ptr %"W", ptr %".16"
  %".18" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 1
  store ptr %"conv", ptr %".18"
  %".20" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 2
  store ptr %"conv.pad", ptr %".20"
  %".22" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 3
  store i64 0, ptr %".22"
  %".24" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par1", ptr %"closure1", i64 4, i32 %".24")
  call void @"free"(ptr %"conv.pad")
  ret void
}

declare ptr @"aligned_alloc"(i64 %".1", i64 %".2")

declare void @"free"(ptr %".1")

define internal void @"tcomp_main.par0.body"(ptr noalias %"X", ptr noalias %"conv.pad", i64 %".3", i64 %".4", i64 %".5") nounwind
{
entry:
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".4", %"entry"], [%"it.next", %"y.exit"]
  %".8" = icmp slt i64 %"it", %".5"
  br i1 %".8", label %"it.body", label %"it.exit"
it.body:
  %"a.b.fused" = add i64 %".3", %"it"
  %".10" = add i64 0, 12
  br label %"y.header"
it.exit:
  ret void
y.header:
  %"y" = phi  i64 [0, %"it.body"], [%"y.next", %"x.exit"]
  %".12" = icmp slt i64 %"y", %".10"
  br i1 %".12", label %"y.body", label %"y.exit"
y.body:
  %".14" = add i64 0, 12
  br label %"x.header"
y.exit:
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
x.header:
  %"x" = phi  i64 [0, %"y.body"], [%"x.next", %"x.body.endif"]
  %".16" = icmp slt i64 %"x", %".14"
  br i1 %".16", label %"x.body", label %"x.exit"
x.body:
  %".18" = mul i64 %"y", 12
  %".19" = add i64 %".18", %"x"
  %".20" = mul i64 %"a.b.fused", 144
  %".21" = add i64 %".19", %".20"
  %".22" = icmp slt i64 0, %"y"
  %".23" = icmp slt i64 %"y", 11
  %".24" = and i1 %".22", %".23"
  %".25" = icmp slt i64 0, %"x"
  %".26" = icmp slt i64 %"x", 11
  %".27" = and i1 %".25", %".26"
  %".28" = and i1 %".24", %".27"
  br i1 %".28", label %"x.body.if", label %"x.body.else"
x.exit:
  %"y.next" = add nsw i64 %"y", 1
  br label %"y.header"
x.body.if:
  %".30" = mul i64 %"y", 10
  %".31" = add i64 %".30", %"x"
  %".32" = mul i64 %"a.b.fused", 100
  %".33" = add i64 %".31", %".32"
  %".34" = sub i64 %".33", 11
  %".35" = getelementptr inbounds float, ptr %"X", i64 %".34"
  %".36" = load float, ptr %".35", align 4
  br label %"x.body.endif"
x.body.else:
  br label %"x.body.endif"
x.body.endif:
  %".39" = phi  float [%".36", %"x.body.if"], [             0x0, %"x.body.else"]
  %".40" = getelementptr inbounds float, ptr %"conv.pad", i64 %".21"
  store float %".39", ptr %".40", align 4
  %"x.next" = add nsw i64 %"x", 1
  br label %"x.header"
}

define internal void @"tcomp_main.par0"(ptr %".1", i64 %".2", i64 %".3") nounwind
{
entry:
  %".5" = getelementptr inbounds {ptr, ptr, i64}, ptr %".1", i32 0, i32 0
  %".6" = load ptr, ptr %".5"
  %".7" = getelementptr inbounds {ptr, ptr, i64}, ptr %".1", i32 0, i32 1
  %".8" = load ptr, ptr %".7"
  %".9" = getelementptr inbounds {ptr, ptr, i64}, ptr %".1", i32 0, i32 2
  %".10" = load i64, ptr %".9"
  call void @"tcomp_main.par0.body"(ptr %".6", ptr %".8", i64 %".10", i64 %".2", i64 %".3")
  ret void
}

@"tcomp_num_threads" = weak global i32 1
declare void @"tcomp_rt_parallel_for"(ptr %".1", ptr %".2", i64 %".3", i32 %".4")

define internal void @"tcomp_main.par1.body"(ptr noalias %"W", ptr noalias %"conv", ptr noalias %"conv.pad", i64 %".4", i64 %".5", i64 %".6") nounwind
{
entry:
  %"conv.local.3" = alloca [8 x float], align 64
  %"conv.local.2" = alloca [32 x float], align 64
  %"conv.local.1" = alloca [24 x float], align 64
  %"conv.local" = alloca [96 x float], align 64
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".5", %"entry"], [%"it.next", %"f.inner.exit.3"]
  %".9" = icmp slt i64 %"it", %".6"
  br i1 %".9", label %"it.body", label %"it.exit"
it.body:
  %"a.f.outer.fused" = add i64 %".4", %"it"
  %".11" = add i64 0, 3
  br label %"y.outer.header"
it.exit:
  ret void
y.outer.header:
  %"y.outer" = phi  i64 [0, %"it.body"], [%"y.outer.next", %"f.inner.exit.1"]
  %".13" = icmp slt i64 %"y.outer", %".11"
  br i1 %".13", label %"y.outer.body", label %"y.outer.exit"
y.outer.body:
  %".15" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".16" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".15"
  %".17" = getelementptr inbounds float, ptr %"conv.local", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".17", align 4
  %".19" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".20" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".19"
  %".21" = getelementptr inbounds float, ptr %"conv.local", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".21", align 4
  %".23" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".24" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".23"
  %".25" = getelementptr inbounds float, ptr %"conv.local", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".25", align 4
  %".27" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".28" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".27"
  %".29" = getelementptr inbounds float, ptr %"conv.local", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".29", align 4
  %".31" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".32" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".31"
  %".33" = getelementptr inbounds float, ptr %"conv.local", i64 32
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".33", align 4
  %".35" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".36" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".35"
  %".37" = getelementptr inbounds float, ptr %"conv.local", i64 40
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".37", align 4
  %".39" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".40" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".39"
  %".41" = getelementptr inbounds float, ptr %"conv.local", i64 48
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".41", align 4
  %".43" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".44" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".43"
  %".45" = getelementptr inbounds float, ptr %"conv.local", i64 56
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".45", align 4
  %".47" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".48" = add <8 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".47"
  %".49" = getelementptr inbounds float, ptr %"conv.local", i64 64
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".49", align 4
  %".51" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".52" = add <8 x i64> <i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72>, %".51"
  %".53" = getelementptr inbounds float, ptr %"conv.local", i64 72
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".53", align 4
  %".55" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".56" = add <8 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".55"
  %".57" = getelementptr inbounds float, ptr %"conv.local", i64 80
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".57", align 4
  %".59" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".60" = add <8 x i64> <i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88>, %".59"
  %".61" = getelementptr inbounds float, ptr %"conv.local", i64 88
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".61", align 4
  %".63" = add i64 0, 8
  br label %"rc.header"
y.outer.exit:
  %".959" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".960" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".959"
  %".961" = getelementptr inbounds float, ptr %"conv.local.2", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".961", align 4
  %".963" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".964" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".963"
  %".965" = getelementptr inbounds float, ptr %"conv.local.2", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".965", align 4
  %".967" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".968" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".967"
  %".969" = getelementptr inbounds float, ptr %"conv.local.2", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".969", align 4
  %".971" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".972" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".971"
  %".973" = getelementptr inbounds float, ptr %"conv.local.2", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".973", align 4
  %".975" = add i64 0, 8
  br label %"rc.header.2"
rc.header:
  %"rc" = phi  i64 [0, %"y.outer.body"], [%"rc.next", %"ry.exit"]
  %".65" = icmp slt i64 %"rc", %".63"
  br i1 %".65", label %"rc.body", label %"rc.exit"
rc.body:
  %".67" = add i64 0, 3
  br label %"ry.header"
rc.exit:
  %".407" = add i64 0, 4
  br label %"f.inner.header"
ry.header:
  %"ry" = phi  i64 [0, %"rc.body"], [%"ry.next", %"rx.exit"]
  %".69" = icmp slt i64 %"ry", %".67"
  br i1 %".69", label %"ry.body", label %"ry.exit"
ry.body:
  %".71" = add i64 0, 3
  br label %"rx.header"
ry.exit:
  %"rc.next" = add nsw i64 %"rc", 1
  br label %"rc.header"
rx.header:
  %"rx" = phi  i64 [0, %"ry.body"], [%"rx.next", %"rx.body"]
  %".73" = icmp slt i64 %"rx", %".71"
  br i1 %".73", label %"rx.body", label %"rx.exit"
rx.body:
  %".75" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".76" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".75"
  %".77" = getelementptr inbounds float, ptr %"conv.local", i64 0
  %".78" = load <8 x float>, ptr %".77", align 4
  %".79" = mul i64 %"rc", 144
  %".80" = mul i64 %"ry", 12
  %".81" = add i64 %".79", %".80"
  %".82" = add i64 %".81", %"rx"
  %".83" = mul i64 %"y.outer", 36
  %".84" = add i64 %".82", %".83"
  %".85" = getelementptr inbounds float, ptr %"conv.pad", i64 %".84"
  %".86" = load <8 x float>, ptr %".85", align 4
  %".87" = mul i64 %"rc", 9
  %".88" = mul i64 %"ry", 3
  %".89" = add i64 %".87", %".88"
  %".90" = add i64 %".89", %"rx"
  %".91" = mul i64 %"a.f.outer.fused", 288
  %".92" = add i64 %".90", %".91"
  %".93" = getelementptr inbounds float, ptr %"W", i64 %".92"
  %".94" = load float, ptr %".93", align 4
  %".95" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".94", i32 0
  %".96" = shufflevector <8 x float> %".95", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".97" = fmul contract <8 x float> %".86", %".96"
  %".98" = fadd contract <8 x float> %".78", %".97"
  %".99" = getelementptr inbounds float, ptr %"conv.local", i64 0
  store <8 x float> %".98", ptr %".99", align 4
  %".101" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".102" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".101"
  %".103" = getelementptr inbounds float, ptr %"conv.local", i64 8
  %".104" = load <8 x float>, ptr %".103", align 4
  %".105" = mul i64 %"rc", 144
  %".106" = mul i64 %"ry", 12
  %".107" = add i64 %".105", %".106"
  %".108" = add i64 %".107", %"rx"
  %".109" = mul i64 %"y.outer", 36
  %".110" = add i64 %".108", %".109"
  %".111" = add i64 %".110", 12
  %".112" = getelementptr inbounds float, ptr %"conv.pad", i64 %".111"
  %".113" = load <8 x float>, ptr %".112", align 4
  %".114" = mul i64 %"rc", 9
  %".115" = mul i64 %"ry", 3
  %".116" = add i64 %".114", %".115"
  %".117" = add i64 %".116", %"rx"
  %".118" = mul i64 %"a.f.outer.fused", 288
  %".119" = add i64 %".117", %".118"
  %".120" = getelementptr inbounds float, ptr %"W", i64 %".119"
  %".121" = load float, ptr %".120", align 4
  %".122" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".121", i32 0
  %".123" = shufflevector <8 x float> %".122", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".124" = fmul contract <8 x float> %".113", %".123"
  %".125" = fadd contract <8 x float> %".104", %".124"
  %".126" = getelementptr inbounds float, ptr %"conv.local", i64 8
  store <8 x float> %".125", ptr %".126", align 4
  %".128" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".129" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".128"
  %".130" = getelementptr inbounds float, ptr %"conv.local", i64 16
  %".131" = load <8 x float>, ptr %".130", align 4
  %".132" = mul i64 %"rc", 144
  %".133" = mul i64 %"ry", 12
  %".134" = add i64 %".132", %".133"
  %".135" = add i64 %".134", %"rx"
  %".136" = mul i64 %"y.outer", 36
  %".137" = add i64 %".135", %".136"
  %".138" = add i64 %".137", 24
  %".139" = getelementptr inbounds float, ptr %"conv.pad", i64 %".138"
  %".140" = load <8 x float>, ptr %".139", align 4
  %".141" = mul i64 %"rc", 9
  %".142" = mul i64 %"ry", 3
  %".143" = add i64 %".141", %".142"
  %".144" = add i64 %".143", %"rx"
  %".145" = mul i64 %"a.f.outer.fused", 288
  %".146" = add i64 %".144", %".145"
  %".147" = getelementptr inbounds float, ptr %"W", i64 %".146"
  %".148" = load float, ptr %".147", align 4
  %".149" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".148", i32 0
  %".150" = shufflevector <8 x float> %".149", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".151" = fmul contract <8 x float> %".140", %".150"
  %".152" = fadd contract <8 x float> %".131", %".151"
  %".153" = getelementptr inbounds float, ptr %"conv.local", i64 16
  store <8 x float> %".152", ptr %".153", align 4
  %".155" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".156" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".155"
  %".157" = getelementptr inbounds float, ptr %"conv.local", i64 24
  %".158" = load <8 x float>, ptr %".157", align 4
  %".159" = mul i64 %"rc", 144
  %".160" = mul i64 %"ry", 12
  %".161" = add i64 %".159", %".160"
  %".162" = add i64 %".161", %"rx"
  %".163" = mul i64 %"y.outer", 36
  %".164" = add i64 %".162", %".163"
  %".165" = getelementptr inbounds float, ptr %"conv.pad", i64 %".164"
  %".166" = load <8 x float>, ptr %".165", align 4
  %".167" = mul i64 %"rc", 9
  %".168" = mul i64 %"ry", 3
  %".169" = add i64 %".167", %".168"
  %".170" = add i64 %".169", %"rx"
  %".171" = mul i64 %"a.f.outer.fused", 288
  %".172" = add i64 %".170", %".171"
  %".173" = add i64 %".172", 72
  %".174" = getelementptr inbounds float, ptr %"W", i64 %".173"
  %".175" = load float, ptr %".174", align 4
  %".176" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".175", i32 0
  %".177" = shufflevector <8 x float> %".176", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".178" = fmul contract <8 x float> %".166", %".177"
  %".179" = fadd contract <8 x float> %".158", %".178"
  %".180" = getelementptr inbounds float, ptr %"conv.local", i64 24
  store <8 x float> %".179", ptr %".180", align 4
  %".182" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".183" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".182"
  %".184" = getelementptr inbounds float, ptr %"conv.local", i64 32
  %".185" = load <8 x float>, ptr %".184", align 4
  %".186" = mul i64 %"rc", 144
  %".187" = mul i64 %"ry", 12
  %".188" = add i64 %".186", %".187"
  %".189" = add i64 %".188", %"rx"
  %".190" = mul i64 %"y.outer", 36
  %".191" = add i64 %".189", %".190"
  %".192" = add i64 %".191", 12
  %".193" = getelementptr inbounds float, ptr %"conv.pad", i64 %".192"
  %".194" = load <8 x float>, ptr %".193", align 4
  %".195" = mul i64 %"rc", 9
  %".196" = mul i64 %"ry", 3
  %".197" = add i64 %".195", %".196"
  %".198" = add i64 %".197", %"rx"
  %".199" = mul i64 %"a.f.outer.fused", 288
  %".200" = add i64 %".198", %".199"
  %".201" = add i64 %".200", 72
  %".202" = getelementptr inbounds float, ptr %"W", i64 %".201"
  %".203" = load float, ptr %".202", align 4
  %".204" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".203", i32 0
  %".205" = shufflevector <8 x float> %".204", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".206" = fmul contract <8 x float> %".194", %".205"
  %".207" = fadd contract <8 x float> %".185", %".206"
  %".208" = getelementptr inbounds float, ptr %"conv.local", i64 32
  store <8 x float> %".207", ptr %".208", align 4
  %".210" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".211" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".210"
  %".212" = getelementptr inbounds float, ptr %"conv.local", i64 40
  %".213" = load <8 x float>, ptr %".212", align 4
  %".214" = mul i64 %"rc", 144
  %".215" = mul i64 %"ry", 12
  %".216" = add i64 %".214", %".215"
  %".217" = add i64 %".216", %"rx"
  %".218" = mul i64 %"y.outer", 36
  %".219" = add i64 %".217", %".218"
  %".220" = add i64 %".219", 24
  %".221" = getelementptr inbounds float, ptr %"conv.pad", i64 %".220"
  %".222" = load <8 x float>, ptr %".221", align 4
  %".223" = mul i64 %"rc", 9
  %".224" = mul i64 %"ry", 3
  %".225" = add i64 %".223", %".224"
  %".226" = add i64 %".225", %"rx"
  %".227" = mul i64 %"a.f.outer.fused", 288
  %".228" = add i64 %".226", %".227"
  %".229" = add i64 %".228", 72
  %".230" = getelementptr inbounds float, ptr %"W", i64 %".229"
  %".231" = load float, ptr %".230", align 4
  %".232" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".231", i32 0
  %".233" = shufflevector <8 x float> %".232", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".234" = fmul contract <8 x float> %".222", %".233"
  %".235" = fadd contract <8 x float> %".213", %".234"
  %".236" = getelementptr inbounds float, ptr %"conv.local", i64 40
  store <8 x float> %".235", ptr %".236", align 4
  %".238" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".239" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".238"
  %".240" = getelementptr inbounds float, ptr %"conv.local", i64 48
  %".241" = load <8 x float>, ptr %".240", align 4
  %".242" = mul i64 %"rc", 144
  %".243" = mul i64 %"ry", 12
  %".244" = add i64 %".242", %".243"
  %".245" = add i64 %".244", %"rx"
  %".246" = mul i64 %"y.outer", 36
  %".247" = add i64 %".245", %".246"
  %".248" = getelementptr inbounds float, ptr %"conv.pad", i64 %".247"
  %".249" = load <8 x float>, ptr %".248", align 4
  %".250" = mul i64 %"rc", 9
  %".251" = mul i64 %"ry", 3
  %".252" = add i64 %".250", %".251"
  %".253" = add i64 %".252", %"rx"
  %".254" = mul i64 %"a.f.outer.fused", 288
  %".255" = add i64 %".253", %".254"
  %".256" = add i64 %".255", 144
  %".257" = getelementptr inbounds float, ptr %"W", i64 %".256"
  %".258" = load float, ptr %".257", align 4
  %".259" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".258", i32 0
  %".260" = shufflevector <8 x float> %".259", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".261" = fmul contract <8 x float> %".249", %".260"
  %".262" = fadd contract <8 x float> %".241", %".261"
  %".263" = getelementptr inbounds float, ptr %"conv.local", i64 48
  store <8 x float> %".262", ptr %".263", align 4
  %".265" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".266" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".265"
  %".267" = getelementptr inbounds float, ptr %"conv.local", i64 56
  %".268" = load <8 x float>, ptr %".267", align 4
  %".269" = mul i64 %"rc", 144
  %".270" = mul i64 %"ry", 12
  %".271" = add i64 %".269", %".270"
  %".272" = add i64 %".271", %"rx"
  %".273" = mul i64 %"y.outer", 36
  %".274" = add i64 %".272", %".273"
  %".275" = add i64 %".274", 12
  %".276" = getelementptr inbounds float, ptr %"conv.pad", i64 %".275"
  %".277" = load <8 x float>, ptr %".276", align 4
  %".278" = mul i64 %"rc", 9
  %".279" = mul i64 %"ry", 3
  %".280" = add i64 %".278", %".279"
  %".281" = add i64 %".280", %"rx"
  %".282" = mul i64 %"a.f.outer.fused", 288
  %".283" = add i64 %".281", %".282"
  %".284" = add i64 %".283", 144
  %".285" = getelementptr inbounds float, ptr %"W", i64 %".284"
  %".286" = load float, ptr %".285", align 4
  %".287" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".286", i32 0
  %".288" = shufflevector <8 x float> %".287", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".289" = fmul contract <8 x float> %".277", %".288"
  %".290" = fadd contract <8 x float> %".268", %".289"
  %".291" = getelementptr inbounds float, ptr %"conv.local", i64 56
  store <8 x float> %".290", ptr %".291", align 4
  %".293" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".294" = add <8 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".293"
  %".295" = getelementptr inbounds float, ptr %"conv.local", i64 64
  %".296" = load <8 x float>, ptr %".295", align 4
  %".297" = mul i64 %"rc", 144
  %".298" = mul i64 %"ry", 12
  %".299" = add i64 %".297", %".298"
  %".300" = add i64 %".299", %"rx"
  %".301" = mul i64 %"y.outer", 36
  %".302" = add i64 %".300", %".301"
  %".303" = add i64 %".302", 24
  %".304" = getelementptr inbounds float, ptr %"conv.pad", i64 %".303"
  %".305" = load <8 x float>, ptr %".304", align 4
  %".306" = mul i64 %"rc", 9
  %".307" = mul i64 %"ry", 3
  %".308" = add i64 %".306", %".307"
  %".309" = add i64 %".308", %"rx"
  %".310" = mul i64 %"a.f.outer.fused", 288
  %".311" = add i64 %".309", %".310"
  %".312" = add i64 %".311", 144
  %".313" = getelementptr inbounds float, ptr %"W", i64 %".312"
  %".314" = load float, ptr %".313", align 4
  %".315" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".314", i32 0
  %".316" = shufflevector <8 x float> %".315", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".317" = fmul contract <8 x float> %".305", %".316"
  %".318" = fadd contract <8 x float> %".296", %".317"
  %".319" = getelementptr inbounds float, ptr %"conv.local", i64 64
  store <8 x float> %".318", ptr %".319", align 4
  %".321" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".322" = add <8 x i64> <i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72>, %".321"
  %".323" = getelementptr inbounds float, ptr %"conv.local", i64 72
  %".324" = load <8 x float>, ptr %".323", align 4
  %".325" = mul i64 %"rc", 144
  %".326" = mul i64 %"ry", 12
  %".327" = add i64 %".325", %".326"
  %".328" = add i64 %".327", %"rx"
  %".329" = mul i64 %"y.outer", 36
  %".330" = add i64 %".328", %".329"
  %".331" = getelementptr inbounds float, ptr %"conv.pad", i64 %".330"
  %".332" = load <8 x float>, ptr %".331", align 4
  %".333" = mul i64 %"rc", 9
  %".334" = mul i64 %"ry", 3
  %".335" = add i64 %".333", %".334"
  %".336" = add i64 %".335", %"rx"
  %".337" = mul i64 %"a.f.outer.fused", 288
  %".338" = add i64 %".336", %".337"
  %".339" = add i64 %".338", 216
  %".340" = getelementptr inbounds float, ptr %"W", i64 %".339"
  %".341" = load float, ptr %".340", align 4
  %".342" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".341", i32 0
  %".343" = shufflevector <8 x float> %".342", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".344" = fmul contract <8 x float> %".332", %".343"
  %".345" = fadd contract <8 x float> %".324", %".344"
  %".346" = getelementptr inbounds float, ptr %"conv.local", i64 72
  store <8 x float> %".345", ptr %".346", align 4
  %".348" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".349" = add <8 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".348"
  %".350" = getelementptr inbounds float, ptr %"conv.local", i64 80
  %".351" = load <8 x float>, ptr %".350", align 4
  %".352" = mul i64 %"rc", 144
  %".353" = mul i64 %"ry", 12
  %".354" = add i64 %".352", %".353"
  %".355" = add i64 %".354", %"rx"
  %".356" = mul i64 %"y.outer", 36
  %".357" = add i64 %".355", %".356"
  %".358" = add i64 %".357", 12
  %".359" = getelementptr inbounds float, ptr %"conv.pad", i64 %".358"
  %".360" = load <8 x float>, ptr %".359", align 4
  %".361" = mul i64 %"rc", 9
  %".362" = mul i64 %"ry", 3
  %".363" = add i64 %".361", %".362"
  %".364" = add i64 %".363", %"rx"
  %".365" = mul i64 %"a.f.outer.fused", 288
  %".366" = add i64 %".364", %".365"
  %".367" = add i64 %".366", 216
  %".368" = getelementptr inbounds float, ptr %"W", i64 %".367"
  %".369" = load float, ptr %".368", align 4
  %".370" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".369", i32 0
  %".371" = shufflevector <8 x float> %".370", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".372" = fmul contract <8 x float> %".360", %".371"
  %".373" = fadd contract <8 x float> %".351", %".372"
  %".374" = getelementptr inbounds float, ptr %"conv.local", i64 80
  store <8 x float> %".373", ptr %".374", align 4
  %".376" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".377" = add <8 x i64> <i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88>, %".376"
  %".378" = getelementptr inbounds float, ptr %"conv.local", i64 88
  %".379" = load <8 x float>, ptr %".378", align 4
  %".380" = mul i64 %"rc", 144
  %".381" = mul i64 %"ry", 12
  %".382" = add i64 %".380", %".381"
  %".383" = add i64 %".382", %"rx"
  %".384" = mul i64 %"y.outer", 36
  %".385" = add i64 %".383", %".384"
  %".386" = add i64 %".385", 24
  %".387" = getelementptr inbounds float, ptr %"conv.pad", i64 %".386"
  %".388" = load <8 x float>, ptr %".387", align 4
  %".389" = mul i64 %"rc", 9
  %".390" = mul i64 %"ry", 3
  %".391" = add i64 %".389", %".390"
  %".392" = add i64 %".391", %"rx"
  %".393" = mul i64 %"a.f.outer.fused", 288
  %".394" = add i64 %".392", %".393"
  %".395" = add i64 %".394", 216
  %".396" = getelementptr inbounds float, ptr %"W", i64 %".395"
  %".397" = load float, ptr %".396", align 4
  %".398" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".397", i32 0
  %".399" = shufflevector <8 x float> %".398", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".400" = fmul contract <8 x float> %".388", %".399"
  %".401" = fadd contract <8 x float> %".379", %".400"
  %".402" = getelementptr inbounds float, ptr %"conv.local", i64 88
  store <8 x float> %".401", ptr %".402", align 4
  %"rx.next" = add nsw i64 %"rx", 1
  br label %"rx.header"
rx.exit:
  %"ry.next" = add nsw i64 %"ry", 1
  br label %"ry.header"
f.inner.header:
  %"f.inner" = phi  i64 [0, %"rc.exit"], [%"f.inner.next", %"y.inner.exit"]
  %".409" = icmp slt i64 %"f.inner", %".407"
  br i1 %".409", label %"f.inner.body", label %"f.inner.exit"
f.inner.body:
  %".411" = add i64 0, 3
  br label %"y.inner.header"
f.inner.exit:
  %".442" = add i64 0, 8
  br label %"x.inner.header"
y.inner.header:
  %"y.inner" = phi  i64 [0, %"f.inner.body"], [%"y.inner.next", %"y.inner.body"]
  %".413" = icmp slt i64 %"y.inner", %".411"
  br i1 %".413", label %"y.inner.body", label %"y.inner.exit"
y.inner.body:
  %".415" = mul i64 %"f.inner", 100
  %".416" = mul i64 %"y.outer", 30
  %".417" = add i64 %".415", %".416"
  %".418" = mul i64 %"y.inner", 10
  %".419" = add i64 %".417", %".418"
  %".420" = mul i64 %"a.f.outer.fused", 400
  %".421" = add i64 %".419", %".420"
  %".422" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".421", i32 0
  %".423" = shufflevector <8 x i64> %".422", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".424" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".425" = add <8 x i64> %".423", %".424"
  %".426" = mul i64 %"f.inner", 24
  %".427" = mul i64 %"y.inner", 8
  %".428" = add i64 %".426", %".427"
  %".429" = getelementptr inbounds float, ptr %"conv.local", i64 %".428"
  %".430" = load <8 x float>, ptr %".429", align 4
  %".431" = mul i64 %"f.inner", 100
  %".432" = mul i64 %"y.outer", 30
  %".433" = add i64 %".431", %".432"
  %".434" = mul i64 %"y.inner", 10
  %".435" = add i64 %".433", %".434"
  %".436" = mul i64 %"a.f.outer.fused", 400
  %".437" = add i64 %".435", %".436"
  %".438" = getelementptr inbounds float, ptr %"conv", i64 %".437"
  store <8 x float> %".430", ptr %".438", align 4
  %"y.inner.next" = add nsw i64 %"y.inner", 1
  br label %"y.inner.header"
y.inner.exit:
  %"f.inner.next" = add nsw i64 %"f.inner", 1
  br label %"f.inner.header"
x.inner.header:
  %"x.inner" = phi  i64 [0, %"f.inner.exit"], [%"x.inner.next", %"x.inner.body.endif"]
  %".444" = icmp slt i64 %"x.inner", %".442"
  br i1 %".444", label %"x.inner.body", label %"x.inner.exit"
x.inner.body:
  %".446" = icmp slt i64 %"x.inner", 2
  br i1 %".446", label %"x.inner.body.if", label %"x.inner.body.endif"
x.inner.exit:
  %".452" = add i64 0, 8
  br label %"x.inner.header.1"
x.inner.body.if:
  %".448" = getelementptr inbounds float, ptr %"conv.local.1", i64 %"x.inner"
  store float              0x0, ptr %".448", align 4
  br label %"x.inner.body.endif"
x.inner.body.endif:
  %"x.inner.next" = add nsw i64 %"x.inner", 1
  br label %"x.inner.header"
x.inner.header.1:
  %"x.inner.1" = phi  i64 [0, %"x.inner.exit"], [%"x.inner.next.1", %"x.inner.body.1.endif"]
  %".454" = icmp slt i64 %"x.inner.1", %".452"
  br i1 %".454", label %"x.inner.body.1", label %"x.inner.exit.1"
x.inner.body.1:
  %".456" = icmp slt i64 %"x.inner.1", 2
  br i1 %".456", label %"x.inner.body.1.if", label %"x.inner.body.1.endif"
x.inner.exit.1:
  %".463" = add i64 0, 8
  br label %"x.inner.header.2"
x.inner.body.1.if:
  %".458" = add i64 %"x.inner.1", 2
  %".459" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".458"
  store float              0x0, ptr %".459", align 4
  br label %"x.inner.body.1.endif"
x.inner.body.1.endif:
  %"x.inner.next.1" = add nsw i64 %"x.inner.1", 1
  br label %"x.inner.header.1"
x.inner.header.2:
  %"x.inner.2" = phi  i64 [0, %"x.inner.exit.1"], [%"x.inner.next.2", %"x.inner.body.2.endif"]
  %".465" = icmp slt i64 %"x.inner.2", %".463"
  br i1 %".465", label %"x.inner.body.2", label %"x.inner.exit.2"
x.inner.body.2:
  %".467" = icmp slt i64 %"x.inner.2", 2
  br i1 %".467", label %"x.inner.body.2.if", label %"x.inner.body.2.endif"
x.inner.exit.2:
  %".474" = add i64 0, 8
  br label %"x.inner.header.3"
x.inner.body.2.if:
  %".469" = add i64 %"x.inner.2", 4
  %".470" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".469"
  store float              0x0, ptr %".470", align 4
  br label %"x.inner.body.2.endif"
x.inner.body.2.endif:
  %"x.inner.next.2" = add nsw i64 %"x.inner.2", 1
  br label %"x.inner.header.2"
x.inner.header.3:
  %"x.inner.3" = phi  i64 [0, %"x.inner.exit.2"], [%"x.inner.next.3", %"x.inner.body.3.endif"]
  %".476" = icmp slt i64 %"x.inner.3", %".474"
  br i1 %".476", label %"x.inner.body.3", label %"x.inner.exit.3"
x.inner.body.3:
  %".478" = icmp slt i64 %"x.inner.3", 2
  br i1 %".478", label %"x.inner.body.3.if", label %"x.inner.body.3.endif"
x.inner.exit.3:
  %".485" = add i64 0, 8
  br label %"x.inner.header.4"
x.inner.body.3.if:
  %".480" = add i64 %"x.inner.3", 6
  %".481" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".480"
  store float              0x0, ptr %".481", align 4
  br label %"x.inner.body.3.endif"
x.inner.body.3.endif:
  %"x.inner.next.3" = add nsw i64 %"x.inner.3", 1
  br label %"x.inner.header.3"
x.inner.header.4:
  %"x.inner.4" = phi  i64 [0, %"x.inner.exit.3"], [%"x.inner.next.4", %"x.inner.body.4.endif"]
  %".487" = icmp slt i64 %"x.inner.4", %".485"
  br i1 %".487", label %"x.inner.body.4", label %"x.inner.exit.4"
x.inner.body.4:
  %".489" = icmp slt i64 %"x.inner.4", 2
  br i1 %".489", label %"x.inner.body.4.if", label %"x.inner.body.4.endif"
x.inner.exit.4:
  %".496" = add i64 0, 8
  br label %"x.inner.header.5"
x.inner.body.4.if:
  %".491" = add i64 %"x.inner.4", 8
  %".492" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".491"
  store float              0x0, ptr %".492", align 4
  br label %"x.inner.body.4.endif"
x.inner.body.4.endif:
  %"x.inner.next.4" = add nsw i64 %"x.inner.4", 1
  br label %"x.inner.header.4"
x.inner.header.5:
  %"x.inner.5" = phi  i64 [0, %"x.inner.exit.4"], [%"x.inner.next.5", %"x.inner.body.5.endif"]
  %".498" = icmp slt i64 %"x.inner.5", %".496"
  br i1 %".498", label %"x.inner.body.5", label %"x.inner.exit.5"
x.inner.body.5:
  %".500" = icmp slt i64 %"x.inner.5", 2
  br i1 %".500", label %"x.inner.body.5.if", label %"x.inner.body.5.endif"
x.inner.exit.5:
  %".507" = add i64 0, 8
  br label %"x.inner.header.6"
x.inner.body.5.if:
  %".502" = add i64 %"x.inner.5", 10
  %".503" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".502"
  store float              0x0, ptr %".503", align 4
  br label %"x.inner.body.5.endif"
x.inner.body.5.endif:
  %"x.inner.next.5" = add nsw i64 %"x.inner.5", 1
  br label %"x.inner.header.5"
x.inner.header.6:
  %"x.inner.6" = phi  i64 [0, %"x.inner.exit.5"], [%"x.inner.next.6", %"x.inner.body.6.endif"]
  %".509" = icmp slt i64 %"x.inner.6", %".507"
  br i1 %".509", label %"x.inner.body.6", label %"x.inner.exit.6"
x.inner.body.6:
  %".511" = icmp slt i64 %"x.inner.6", 2
  br i1 %".511", label %"x.inner.body.6.if", label %"x.inner.body.6.endif"
x.inner.exit.6:
  %".518" = add i64 0, 8
  br label %"x.inner.header.7"
x.inner.body.6.if:
  %".513" = add i64 %"x.inner.6", 12
  %".514" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".513"
  store float              0x0, ptr %".514", align 4
  br label %"x.inner.body.6.endif"
x.inner.body.6.endif:
  %"x.inner.next.6" = add nsw i64 %"x.inner.6", 1
  br label %"x.inner.header.6"
x.inner.header.7:
  %"x.inner.7" = phi  i64 [0, %"x.inner.exit.6"], [%"x.inner.next.7", %"x.inner.body.7.endif"]
  %".520" = icmp slt i64 %"x.inner.7", %".518"
  br i1 %".520", label %"x.inner.body.7", label %"x.inner.exit.7"
x.inner.body.7:
  %".522" = icmp slt i64 %"x.inner.7", 2
  br i1 %".522", label %"x.inner.body.7.if", label %"x.inner.body.7.endif"
x.inner.exit.7:
  %".529" = add i64 0, 8
  br label %"x.inner.header.8"
x.inner.body.7.if:
  %".524" = add i64 %"x.inner.7", 14
  %".525" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".524"
  store float              0x0, ptr %".525", align 4
  br label %"x.inner.body.7.endif"
x.inner.body.7.endif:
  %"x.inner.next.7" = add nsw i64 %"x.inner.7", 1
  br label %"x.inner.header.7"
x.inner.header.8:
  %"x.inner.8" = phi  i64 [0, %"x.inner.exit.7"], [%"x.inner.next.8", %"x.inner.body.8.endif"]
  %".531" = icmp slt i64 %"x.inner.8", %".529"
  br i1 %".531", label %"x.inner.body.8", label %"x.inner.exit.8"
x.inner.body.8:
  %".533" = icmp slt i64 %"x.inner.8", 2
  br i1 %".533", label %"x.inner.body.8.if", label %"x.inner.body.8.endif"
x.inner.exit.8:
  %".540" = add i64 0, 8
  br label %"x.inner.header.9"
x.inner.body.8.if:
  %".535" = add i64 %"x.inner.8", 16
  %".536" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".535"
  store float              0x0, ptr %".536", align 4
  br label %"x.inner.body.8.endif"
x.inner.body.8.endif:
  %"x.inner.next.8" = add nsw i64 %"x.inner.8", 1
  br label %"x.inner.header.8"
x.inner.header.9:
  %"x.inner.9" = phi  i64 [0, %"x.inner.exit.8"], [%"x.inner.next.9", %"x.inner.body.9.endif"]
  %".542" = icmp slt i64 %"x.inner.9", %".540"
  br i1 %".542", label %"x.inner.body.9", label %"x.inner.exit.9"
x.inner.body.9:
  %".544" = icmp slt i64 %"x.inner.9", 2
  br i1 %".544", label %"x.inner.body.9.if", label %"x.inner.body.9.endif"
x.inner.exit.9:
  %".551" = add i64 0, 8
  br label %"x.inner.header.10"
x.inner.body.9.if:
  %".546" = add i64 %"x.inner.9", 18
  %".547" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".546"
  store float              0x0, ptr %".547", align 4
  br label %"x.inner.body.9.endif"
x.inner.body.9.endif:
  %"x.inner.next.9" = add nsw i64 %"x.inner.9", 1
  br label %"x.inner.header.9"
x.inner.header.10:
  %"x.inner.10" = phi  i64 [0, %"x.inner.exit.9"], [%"x.inner.next.10", %"x.inner.body.10.endif"]
  %".553" = icmp slt i64 %"x.inner.10", %".551"
  br i1 %".553", label %"x.inner.body.10", label %"x.inner.exit.10"
x.inner.body.10:
  %".555" = icmp slt i64 %"x.inner.10", 2
  br i1 %".555", label %"x.inner.body.10.if", label %"x.inner.body.10.endif"
x.inner.exit.10:
  %".562" = add i64 0, 8
  br label %"x.inner.header.11"
x.inner.body.10.if:
  %".557" = add i64 %"x.inner.10", 20
  %".558" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".557"
  store float              0x0, ptr %".558", align 4
  br label %"x.inner.body.10.endif"
x.inner.body.10.endif:
  %"x.inner.next.10" = add nsw i64 %"x.inner.10", 1
  br label %"x.inner.header.10"
x.inner.header.11:
  %"x.inner.11" = phi  i64 [0, %"x.inner.exit.10"], [%"x.inner.next.11", %"x.inner.body.11.endif"]
  %".564" = icmp slt i64 %"x.inner.11", %".562"
  br i1 %".564", label %"x.inner.body.11", label %"x.inner.exit.11"
x.inner.body.11:
  %".566" = icmp slt i64 %"x.inner.11", 2
  br i1 %".566", label %"x.inner.body.11.if", label %"x.inner.body.11.endif"
x.inner.exit.11:
  %".573" = add i64 0, 8
  br label %"rc.header.1"
x.inner.body.11.if:
  %".568" = add i64 %"x.inner.11", 22
  %".569" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".568"
  store float              0x0, ptr %".569", align 4
  br label %"x.inner.body.11.endif"
x.inner.body.11.endif:
  %"x.inner.next.11" = add nsw i64 %"x.inner.11", 1
  br label %"x.inner.header.11"
rc.header.1:
  %"rc.1" = phi  i64 [0, %"x.inner.exit.11"], [%"rc.next.1", %"ry.exit.1"]
  %".575" = icmp slt i64 %"rc.1", %".573"
  br i1 %".575", label %"rc.body.1", label %"rc.exit.1"
rc.body.1:
  %".577" = add i64 0, 3
  br label %"ry.header.1"
rc.exit.1:
  %".921" = add i64 0, 4
  br label %"f.inner.header.1"
ry.header.1:
  %"ry.1" = phi  i64 [0, %"rc.body.1"], [%"ry.next.1", %"rx.exit.1"]
  %".579" = icmp slt i64 %"ry.1", %".577"
  br i1 %".579", label %"ry.body.1", label %"ry.exit.1"
ry.body.1:
  %".581" = add i64 0, 3
  br label %"rx.header.1"
ry.exit.1:
  %"rc.next.1" = add nsw i64 %"rc.1", 1
  br label %"rc.header.1"
rx.header.1:
  %"rx.1" = phi  i64 [0, %"ry.body.1"], [%"rx.next.1", %"rx.body.1"]
  %".583" = icmp slt i64 %"rx.1", %".581"
  br i1 %".583", label %"rx.body.1", label %"rx.exit.1"
rx.body.1:
  %".585" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".586" = add <2 x i64> <i64 0, i64 0>, %".585"
  %".587" = getelementptr inbounds float, ptr %"conv.local.1", i64 0
  %".588" = load <2 x float>, ptr %".587", align 4
  %".589" = mul i64 %"rc.1", 144
  %".590" = mul i64 %"ry.1", 12
  %".591" = add i64 %".589", %".590"
  %".592" = add i64 %".591", %"rx.1"
  %".593" = mul i64 %"y.outer", 36
  %".594" = add i64 %".592", %".593"
  %".595" = add i64 %".594", 8
  %".596" = getelementptr inbounds float, ptr %"conv.pad", i64 %".595"
  %".597" = load <2 x float>, ptr %".596", align 4
  %".598" = mul i64 %"rc.1", 9
  %".599" = mul i64 %"ry.1", 3
  %".600" = add i64 %".598", %".599"
  %".601" = add i64 %".600", %"rx.1"
  %".602" = mul i64 %"a.f.outer.fused", 288
  %".603" = add i64 %".601", %".602"
  %".604" = getelementptr inbounds float, ptr %"W", i64 %".603"
  %".605" = load float, ptr %".604", align 4
  %".606" = insertelement <2 x float> <float undef, float undef>, float %".605", i32 0
  %".607" = shufflevector <2 x float> %".606", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".608" = fmul contract <2 x float> %".597", %".607"
  %".609" = fadd contract <2 x float> %".588", %".608"
  %".610" = getelementptr inbounds float, ptr %"conv.local.1", i64 0
  store <2 x float> %".609", ptr %".610", align 4
  %".612" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".613" = add <2 x i64> <i64 2, i64 2>, %".612"
  %".614" = getelementptr inbounds float, ptr %"conv.local.1", i64 2
  %".615" = load <2 x float>, ptr %".614", align 4
  %".616" = mul i64 %"rc.1", 144
  %".617" = mul i64 %"ry.1", 12
  %".618" = add i64 %".616", %".617"
  %".619" = add i64 %".618", %"rx.1"
  %".620" = mul i64 %"y.outer", 36
  %".621" = add i64 %".619", %".620"
  %".622" = add i64 %".621", 20
  %".623" = getelementptr inbounds float, ptr %"conv.pad", i64 %".622"
  %".624" = load <2 x float>, ptr %".623", align 4
  %".625" = mul i64 %"rc.1", 9
  %".626" = mul i64 %"ry.1", 3
  %".627" = add i64 %".625", %".626"
  %".628" = add i64 %".627", %"rx.1"
  %".629" = mul i64 %"a.f.outer.fused", 288
  %".630" = add i64 %".628", %".629"
  %".631" = getelementptr inbounds float, ptr %"W", i64 %".630"
  %".632" = load float, ptr %".631", align 4
  %".633" = insertelement <2 x float> <float undef, float undef>, float %".632", i32 0
  %".634" = shufflevector <2 x float> %".633", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".635" = fmul contract <2 x float> %".624", %".634"
  %".636" = fadd contract <2 x float> %".615", %".635"
  %".637" = getelementptr inbounds float, ptr %"conv.local.1", i64 2
  store <2 x float> %".636", ptr %".637", align 4
  %".639" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".640" = add <2 x i64> <i64 4, i64 4>, %".639"
  %".641" = getelementptr inbounds float, ptr %"conv.local.1", i64 4
  %".642" = load <2 x float>, ptr %".641", align 4
  %".643" = mul i64 %"rc.1", 144
  %".644" = mul i64 %"ry.1", 12
  %".645" = add i64 %".643", %".644"
  %".646" = add i64 %".645", %"rx.1"
  %".647" = mul i64 %"y.outer", 36
  %".648" = add i64 %".646", %".647"
  %".649" = add i64 %".648", 32
  %".650" = getelementptr inbounds float, ptr %"conv.pad", i64 %".649"
  %".651" = load <2 x float>, ptr %".650", align 4
  %".652" = mul i64 %"rc.1", 9
  %".653" = mul i64 %"ry.1", 3
  %".654" = add i64 %".652", %".653"
  %".655" = add i64 %".654", %"rx.1"
  %".656" = mul i64 %"a.f.outer.fused", 288
  %".657" = add i64 %".655", %".656"
  %".658" = getelementptr inbounds float, ptr %"W", i64 %".657"
  %".659" = load float, ptr %".658", align 4
  %".660" = insertelement <2 x float> <float undef, float undef>, float %".659", i32 0
  %".661" = shufflevector <2 x float> %".660", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".662" = fmul contract <2 x float> %".651", %".661"
  %".663" = fadd contract <2 x float> %".642", %".662"
  %".664" = getelementptr inbounds float, ptr %"conv.local.1", i64 4
  store <2 x float> %".663", ptr %".664", align 4
  %".666" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".667" = add <2 x i64> <i64 6, i64 6>, %".666"
  %".668" = getelementptr inbounds float, ptr %"conv.local.1", i64 6
  %".669" = load <2 x float>, ptr %".668", align 4
  %".670" = mul i64 %"rc.1", 144
  %".671" = mul i64 %"ry.1", 12
  %".672" = add i64 %".670", %".671"
  %".673" = add i64 %".672", %"rx.1"
  %".674" = mul i64 %"y.outer", 36
  %".675" = add i64 %".673", %".674"
  %".676" = add i64 %".675", 8
  %".677" = getelementptr inbounds float, ptr %"conv.pad", i64 %".676"
  %".678" = load <2 x float>, ptr %".677", align 4
  %".679" = mul i64 %"rc.1", 9
  %".680" = mul i64 %"ry.1", 3
  %".681" = add i64 %".679", %".680"
  %".682" = add i64 %".681", %"rx.1"
  %".683" = mul i64 %"a.f.outer.fused", 288
  %".684" = add i64 %".682", %".683"
  %".685" = add i64 %".684", 72
  %".686" = getelementptr inbounds float, ptr %"W", i64 %".685"
  %".687" = load float, ptr %".686", align 4
  %".688" = insertelement <2 x float> <float undef, float undef>, float %".687", i32 0
  %".689" = shufflevector <2 x float> %".688", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".690" = fmul contract <2 x float> %".678", %".689"
  %".691" = fadd contract <2 x float> %".669", %".690"
  %".692" = getelementptr inbounds float, ptr %"conv.local.1", i64 6
  store <2 x float> %".691", ptr %".692", align 4
  %".694" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".695" = add <2 x i64> <i64 8, i64 8>, %".694"
  %".696" = getelementptr inbounds float, ptr %"conv.local.1", i64 8
  %".697" = load <2 x float>, ptr %".696", align 4
  %".698" = mul i64 %"rc.1", 144
  %".699" = mul i64 %"ry.1", 12
  %".700" = add i64 %".698", %".699"
  %".701" = add i64 %".700", %"rx.1"
  %".702" = mul i64 %"y.outer", 36
  %".703" = add i64 %".701", %".702"
  %".704" = add i64 %".703", 20
  %".705" = getelementptr inbounds float, ptr %"conv.pad", i64 %".704"
  %".706" = load <2 x float>, ptr %".705", align 4
  %".707" = mul i64 %"rc.1", 9
  %".708" = mul i64 %"ry.1", 3
  %".709" = add i64 %".707", %".708"
  %".710" = add i64 %".709", %"rx.1"
  %".711" = mul i64 %"a.f.outer.fused", 288
  %".712" = add i64 %".710", %".711"
  %".713" = add i64 %".712", 72
  %".714" = getelementptr inbounds float, ptr %"W", i64 %".713"
  %".715" = load float, ptr %".714", align 4
  %".716" = insertelement <2 x float> <float undef, float undef>, float %".715", i32 0
  %".717" = shufflevector <2 x float> %".716", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".718" = fmul contract <2 x float> %".706", %".717"
  %".719" = fadd contract <2 x float> %".697", %".718"
  %".720" = getelementptr inbounds float, ptr %"conv.local.1", i64 8
  store <2 x float> %".719", ptr %".720", align 4
  %".722" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".723" = add <2 x i64> <i64 10, i64 10>, %".722"
  %".724" = getelementptr inbounds float, ptr %"conv.local.1", i64 10
  %".725" = load <2 x float>, ptr %".724", align 4
  %".726" = mul i64 %"rc.1", 144
  %".727" = mul i64 %"ry.1", 12
  %".728" = add i64 %".726", %".727"
  %".729" = add i64 %".728", %"rx.1"
  %".730" = mul i64 %"y.outer", 36
  %".731" = add i64 %".729", %".730"
  %".732" = add i64 %".731", 32
  %".733" = getelementptr inbounds float, ptr %"conv.pad", i64 %".732"
  %".734" = load <2 x float>, ptr %".733", align 4
  %".735" = mul i64 %"rc.1", 9
  %".736" = mul i64 %"ry.1", 3
  %".737" = add i64 %".735", %".736"
  %".738" = add i64 %".737", %"rx.1"
  %".739" = mul i64 %"a.f.outer.fused", 288
  %".740" = add i64 %".738", %".739"
  %".741" = add i64 %".740", 72
  %".742" = getelementptr inbounds float, ptr %"W", i64 %".741"
  %".743" = load float, ptr %".742", align 4
  %".744" = insertelement <2 x float> <float undef, float undef>, float %".743", i32 0
  %".745" = shufflevector <2 x float> %".744", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".746" = fmul contract <2 x float> %".734", %".745"
  %".747" = fadd contract <2 x float> %".725", %".746"
  %".748" = getelementptr inbounds float, ptr %"conv.local.1", i64 10
  store <2 x float> %".747", ptr %".748", align 4
  %".750" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".751" = add <2 x i64> <i64 12, i64 12>, %".750"
  %".752" = getelementptr inbounds float, ptr %"conv.local.1", i64 12
  %".753" = load <2 x float>, ptr %".752", align 4
  %".754" = mul i64 %"rc.1", 144
  %".755" = mul i64 %"ry.1", 12
  %".756" = add i64 %".754", %".755"
  %".757" = add i64 %".756", %"rx.1"
  %".758" = mul i64 %"y.outer", 36
  %".759" = add i64 %".757", %".758"
  %".760" = add i64 %".759", 8
  %".761" = getelementptr inbounds float, ptr %"conv.pad", i64 %".760"
  %".762" = load <2 x float>, ptr %".761", align 4
  %".763" = mul i64 %"rc.1", 9
  %".764" = mul i64 %"ry.1", 3
  %".765" = add i64 %".763", %".764"
  %".766" = add i64 %".765", %"rx.1"
  %".767" = mul i64 %"a.f.outer.fused", 288
  %".768" = add i64 %".766", %".767"
  %".769" = add i64 %".768", 144
  %".770" = getelementptr inbounds float, ptr %"W", i64 %".769"
  %".771" = load float, ptr %".770", align 4
  %".772" = insertelement <2 x float> <float undef, float undef>, float %".771", i32 0
  %".773" = shufflevector <2 x float> %".772", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".774" = fmul contract <2 x float> %".762", %".773"
  %".775" = fadd contract <2 x float> %".753", %".774"
  %".776" = getelementptr inbounds float, ptr %"conv.local.1", i64 12
  store <2 x float> %".775", ptr %".776", align 4
  %".778" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".779" = add <2 x i64> <i64 14, i64 14>, %".778"
  %".780" = getelementptr inbounds float, ptr %"conv.local.1", i64 14
  %".781" = load <2 x float>, ptr %".780", align 4
  %".782" = mul i64 %"rc.1", 144
  %".783" = mul i64 %"ry.1", 12
  %".784" = add i64 %".782", %".783"
  %".785" = add i64 %".784", %"rx.1"
  %".786" = mul i64 %"y.outer", 36
  %".787" = add i64 %".785", %".786"
  %".788" = add i64 %".787", 20
  %".789" = getelementptr inbounds float, ptr %"conv.pad", i64 %".788"
  %".790" = load <2 x float>, ptr %".789", align 4
  %".791" = mul i64 %"rc.1", 9
  %".792" = mul i64 %"ry.1", 3
  %".793" = add i64 %".791", %".792"
  %".794" = add i64 %".793", %"rx.1"
  %".795" = mul i64 %"a.f.outer.fused", 288
  %".796" = add i64 %".794", %".795"
  %".797" = add i64 %".796", 144
  %".798" = getelementptr inbounds float, ptr %"W", i64 %".797"
  %".799" = load float, ptr %".798", align 4
  %".800" = insertelement <2 x float> <float undef, float undef>, float %".799", i32 0
  %".801" = shufflevector <2 x float> %".800", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".802" = fmul contract <2 x float> %".790", %".801"
  %".803" = fadd contract <2 x float> %".781", %".802"
  %".804" = getelementptr inbounds float, ptr %"conv.local.1", i64 14
  store <2 x float> %".803", ptr %".804", align 4
  %".806" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".807" = add <2 x i64> <i64 16, i64 16>, %".806"
  %".808" = getelementptr inbounds float, ptr %"conv.local.1", i64 16
  %".809" = load <2 x float>, ptr %".808", align 4
  %".810" = mul i64 %"rc.1", 144
  %".811" = mul i64 %"ry.1", 12
  %".812" = add i64 %".810", %".811"
  %".813" = add i64 %".812", %"rx.1"
  %".814" = mul i64 %"y.outer", 36
  %".815" = add i64 %".813", %".814"
  %".816" = add i64 %".815", 32
  %".817" = getelementptr inbounds float, ptr %"conv.pad", i64 %".816"
  %".818" = load <2 x float>, ptr %".817", align 4
  %".819" = mul i64 %"rc.1", 9
  %".820" = mul i64 %"ry.1", 3
  %".821" = add i64 %".819", %".820"
  %".822" = add i64 %".821", %"rx.1"
  %".823" = mul i64 %"a.f.outer.fused", 288
  %".824" = add i64 %".822", %".823"
  %".825" = add i64 %".824", 144
  %".826" = getelementptr inbounds float, ptr %"W", i64 %".825"
  %".827" = load float, ptr %".826", align 4
  %".828" = insertelement <2 x float> <float undef, float undef>, float %".827", i32 0
  %".829" = shufflevector <2 x float> %".828", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".830" = fmul contract <2 x float> %".818", %".829"
  %".831" = fadd contract <2 x float> %".809", %".830"
  %".832" = getelementptr inbounds float, ptr %"conv.local.1", i64 16
  store <2 x float> %".831", ptr %".832", align 4
  %".834" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".835" = add <2 x i64> <i64 18, i64 18>, %".834"
  %".836" = getelementptr inbounds float, ptr %"conv.local.1", i64 18
  %".837" = load <2 x float>, ptr %".836", align 4
  %".838" = mul i64 %"rc.1", 144
  %".839" = mul i64 %"ry.1", 12
  %".840" = add i64 %".838", %".839"
  %".841" = add i64 %".840", %"rx.1"
  %".842" = mul i64 %"y.outer", 36
  %".843" = add i64 %".841", %".842"
  %".844" = add i64 %".843", 8
  %".845" = getelementptr inbounds float, ptr %"conv.pad", i64 %".844"
  %".846" = load <2 x float>, ptr %".845", align 4
  %".847" = mul i64 %"rc.1", 9
  %".848" = mul i64 %"ry.1", 3
  %".849" = add i64 %".847", %".848"
  %".850" = add i64 %".849", %"rx.1"
  %".851" = mul i64 %"a.f.outer.fused", 288
  %".852" = add i64 %".850", %".851"
  %".853" = add i64 %".852", 216
  %".854" = getelementptr inbounds float, ptr %"W", i64 %".853"
  %".855" = load float, ptr %".854", align 4
  %".856" = insertelement <2 x float> <float undef, float undef>, float %".855", i32 0
  %".857" = shufflevector <2 x float> %".856", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".858" = fmul contract <2 x float> %".846", %".857"
  %".859" = fadd contract <2 x float> %".837", %".858"
  %".860" = getelementptr inbounds float, ptr %"conv.local.1", i64 18
  store <2 x float> %".859", ptr %".860", align 4
  %".862" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".863" = add <2 x i64> <i64 20, i64 20>, %".862"
  %".864" = getelementptr inbounds float, ptr %"conv.local.1", i64 20
  %".865" = load <2 x float>, ptr %".864", align 4
  %".866" = mul i64 %"rc.1", 144
  %".867" = mul i64 %"ry.1", 12
  %".868" = add i64 %".866", %".867"
  %".869" = add i64 %".868", %"rx.1"
  %".870" = mul i64 %"y.outer", 36
  %".871" = add i64 %".869", %".870"
  %".872" = add i64 %".871", 20
  %".873" = getelementptr inbounds float, ptr %"conv.pad", i64 %".872"
  %".874" = load <2 x float>, ptr %".873", align 4
  %".875" = mul i64 %"rc.1", 9
  %".876" = mul i64 %"ry.1", 3
  %".877" = add i64 %".875", %".876"
  %".878" = add i64 %".877", %"rx.1"
  %".879" = mul i64 %"a.f.outer.fused", 288
  %".880" = add i64 %".878", %".879"
  %".881" = add i64 %".880", 216
  %".882" = getelementptr inbounds float, ptr %"W", i64 %".881"
  %".883" = load float, ptr %".882", align 4
  %".884" = insertelement <2 x float> <float undef, float undef>, float %".883", i32 0
  %".885" = shufflevector <2 x float> %".884", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".886" = fmul contract <2 x float> %".874", %".885"
  %".887" = fadd contract <2 x float> %".865", %".886"
  %".888" = getelementptr inbounds float, ptr %"conv.local.1", i64 20
  store <2 x float> %".887", ptr %".888", align 4
  %".890" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".891" = add <2 x i64> <i64 22, i64 22>, %".890"
  %".892" = getelementptr inbounds float, ptr %"conv.local.1", i64 22
  %".893" = load <2 x float>, ptr %".892", align 4
  %".894" = mul i64 %"rc.1", 144
  %".895" = mul i64 %"ry.1", 12
  %".896" = add i64 %".894", %".895"
  %".897" = add i64 %".896", %"rx.1"
  %".898" = mul i64 %"y.outer", 36
  %".899" = add i64 %".897", %".898"
  %".900" = add i64 %".899", 32
  %".901" = getelementptr inbounds float, ptr %"conv.pad", i64 %".900"
  %".902" = load <2 x float>, ptr %".901", align 4
  %".903" = mul i64 %"rc.1", 9
  %".904" = mul i64 %"ry.1", 3
  %".905" = add i64 %".903", %".904"
  %".906" = add i64 %".905", %"rx.1"
  %".907" = mul i64 %"a.f.outer.fused", 288
  %".908" = add i64 %".906", %".907"
  %".909" = add i64 %".908", 216
  %".910" = getelementptr inbounds float, ptr %"W", i64 %".909"
  %".911" = load float, ptr %".910", align 4
  %".912" = insertelement <2 x float> <float undef, float undef>, float %".911", i32 0
  %".913" = shufflevector <2 x float> %".912", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".914" = fmul contract <2 x float> %".902", %".913"
  %".915" = fadd contract <2 x float> %".893", %".914"
  %".916" = getelementptr inbounds float, ptr %"conv.local.1", i64 22
  store <2 x float> %".915", ptr %".916", align 4
  %"rx.next.1" = add nsw i64 %"rx.1", 1
  br label %"rx.header.1"
rx.exit.1:
  %"ry.next.1" = add nsw i64 %"ry.1", 1
  br label %"ry.header.1"
f.inner.header.1:
  %"f.inner.1" = phi  i64 [0, %"rc.exit.1"], [%"f.inner.next.1", %"y.inner.exit.1"]
  %".923" = icmp slt i64 %"f.inner.1", %".921"
  br i1 %".923", label %"f.inner.body.1", label %"f.inner.exit.1"
f.inner.body.1:
  %".925" = add i64 0, 3
  br label %"y.inner.header.1"
f.inner.exit.1:
  %"y.outer.next" = add nsw i64 %"y.outer", 1
  br label %"y.outer.header"
y.inner.header.1:
  %"y.inner.1" = phi  i64 [0, %"f.inner.body.1"], [%"y.inner.next.1", %"y.inner.body.1"]
  %".927" = icmp slt i64 %"y.inner.1", %".925"
  br i1 %".927", label %"y.inner.body.1", label %"y.inner.exit.1"
y.inner.body.1:
  %".929" = mul i64 %"f.inner.1", 100
  %".930" = mul i64 %"y.outer", 30
  %".931" = add i64 %".929", %".930"
  %".932" = mul i64 %"y.inner.1", 10
  %".933" = add i64 %".931", %".932"
  %".934" = mul i64 %"a.f.outer.fused", 400
  %".935" = add i64 %".933", %".934"
  %".936" = add i64 %".935", 8
  %".937" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".936", i32 0
  %".938" = shufflevector <2 x i64> %".937", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".939" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".940" = add <2 x i64> %".938", %".939"
  %".941" = mul i64 %"f.inner.1", 6
  %".942" = mul i64 %"y.inner.1", 2
  %".943" = add i64 %".941", %".942"
  %".944" = getelementptr inbounds float, ptr %"conv.local.1", i64 %".943"
  %".945" = load <2 x float>, ptr %".944", align 4
  %".946" = mul i64 %"f.inner.1", 100
  %".947" = mul i64 %"y.outer", 30
  %".948" = add i64 %".946", %".947"
  %".949" = mul i64 %"y.inner.1", 10
  %".950" = add i64 %".948", %".949"
  %".951" = mul i64 %"a.f.outer.fused", 400
  %".952" = add i64 %".950", %".951"
  %".953" = add i64 %".952", 8
  %".954" = getelementptr inbounds float, ptr %"conv", i64 %".953"
  store <2 x float> %".945", ptr %".954", align 4
  %"y.inner.next.1" = add nsw i64 %"y.inner.1", 1
  br label %"y.inner.header.1"
y.inner.exit.1:
  %"f.inner.next.1" = add nsw i64 %"f.inner.1", 1
  br label %"f.inner.header.1"
rc.header.2:
  %"rc.2" = phi  i64 [0, %"y.outer.exit"], [%"rc.next.2", %"ry.exit.2"]
  %".977" = icmp slt i64 %"rc.2", %".975"
  br i1 %".977", label %"rc.body.2", label %"rc.exit.2"
rc.body.2:
  %".979" = add i64 0, 3
  br label %"ry.header.2"
rc.exit.2:
  %".1093" = add i64 0, 4
  br label %"f.inner.header.2"
ry.header.2:
  %"ry.2" = phi  i64 [0, %"rc.body.2"], [%"ry.next.2", %"rx.exit.2"]
  %".981" = icmp slt i64 %"ry.2", %".979"
  br i1 %".981", label %"ry.body.2", label %"ry.exit.2"
ry.body.2:
  %".983" = add i64 0, 3
  br label %"rx.header.2"
ry.exit.2:
  %"rc.next.2" = add nsw i64 %"rc.2", 1
  br label %"rc.header.2"
rx.header.2:
  %"rx.2" = phi  i64 [0, %"ry.body.2"], [%"rx.next.2", %"rx.body.2"]
  %".985" = icmp slt i64 %"rx.2", %".983"
  br i1 %".985", label %"rx.body.2", label %"rx.exit.2"
rx.body.2:
  %".987" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".988" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".987"
  %".989" = getelementptr inbounds float, ptr %"conv.local.2", i64 0
  %".990" = load <8 x float>, ptr %".989", align 4
  %".991" = mul i64 %"rc.2", 144
  %".992" = mul i64 %"ry.2", 12
  %".993" = add i64 %".991", %".992"
  %".994" = add i64 %".993", %"rx.2"
  %".995" = add i64 %".994", 108
  %".996" = getelementptr inbounds float, ptr %"conv.pad", i64 %".995"
  %".997" = load <8 x float>, ptr %".996", align 4
  %".998" = mul i64 %"rc.2", 9
  %".999" = mul i64 %"ry.2", 3
  %".1000" = add i64 %".998", %".999"
  %".1001" = add i64 %".1000", %"rx.2"
  %".1002" = mul i64 %"a.f.outer.fused", 288
  %".1003" = add i64 %".1001", %".1002"
  %".1004" = getelementptr inbounds float, ptr %"W", i64 %".1003"
  %".1005" = load float, ptr %".1004", align 4
  %".1006" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1005", i32 0
  %".1007" = shufflevector <8 x float> %".1006", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1008" = fmul contract <8 x float> %".997", %".1007"
  %".1009" = fadd contract <8 x float> %".990", %".1008"
  %".1010" = getelementptr inbounds float, ptr %"conv.local.2", i64 0
  store <8 x float> %".1009", ptr %".1010", align 4
  %".1012" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".1013" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".1012"
  %".1014" = getelementptr inbounds float, ptr %"conv.local.2", i64 8
  %".1015" = load <8 x float>, ptr %".1014", align 4
  %".1016" = mul i64 %"rc.2", 144
  %".1017" = mul i64 %"ry.2", 12
  %".1018" = add i64 %".1016", %".1017"
  %".1019" = add i64 %".1018", %"rx.2"
  %".1020" = add i64 %".1019", 108
  %".1021" = getelementptr inbounds float, ptr %"conv.pad", i64 %".1020"
  %".1022" = load <8 x float>, ptr %".1021", align 4
  %".1023" = mul i64 %"rc.2", 9
  %".1024" = mul i64 %"ry.2", 3
  %".1025" = add i64 %".1023", %".1024"
  %".1026" = add i64 %".1025", %"rx.2"
  %".1027" = mul i64 %"a.f.outer.fused", 288
  %".1028" = add i64 %".1026", %".1027"
  %".1029" = add i64 %".1028", 72
  %".1030" = getelementptr inbounds float, ptr %"W", i64 %".1029"
  %".1031" = load float, ptr %".1030", align 4
  %".1032" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1031", i32 0
  %".1033" = shufflevector <8 x float> %".1032", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1034" = fmul contract <8 x float> %".1022", %".1033"
  %".1035" = fadd contract <8 x float> %".1015", %".1034"
  %".1036" = getelementptr inbounds float, ptr %"conv.local.2", i64 8
  store <8 x float> %".1035", ptr %".1036", align 4
  %".1038" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".1039" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".1038"
  %".1040" = getelementptr inbounds float, ptr %"conv.local.2", i64 16
  %".1041" = load <8 x float>, ptr %".1040", align 4
  %".1042" = mul i64 %"rc.2", 144
  %".1043" = mul i64 %"ry.2", 12
  %".1044" = add i64 %".1042", %".1043"
  %".1045" = add i64 %".1044", %"rx.2"
  %".1046" = add i64 %".1045", 108
  %".1047" = getelementptr inbounds float, ptr %"conv.pad", i64 %".1046"
  %".1048" = load <8 x float>, ptr %".1047", align 4
  %".1049" = mul i64 %"rc.2", 9
  %".1050" = mul i64 %"ry.2", 3
  %".1051" = add i64 %".1049", %".1050"
  %".1052" = add i64 %".1051", %"rx.2"
  %".1053" = mul i64 %"a.f.outer.fused", 288
  %".1054" = add i64 %".1052", %".1053"
  %".1055" = add i64 %".1054", 144
  %".1056" = getelementptr inbounds float, ptr %"W", i64 %".1055"
  %".1057" = load float, ptr %".1056", align 4
  %".1058" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1057", i32 0
  %".1059" = shufflevector <8 x float> %".1058", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1060" = fmul contract <8 x float> %".1048", %".1059"
  %".1061" = fadd contract <8 x float> %".1041", %".1060"
  %".1062" = getelementptr inbounds float, ptr %"conv.local.2", i64 16
  store <8 x float> %".1061", ptr %".1062", align 4
  %".1064" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".1065" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".1064"
  %".1066" = getelementptr inbounds float, ptr %"conv.local.2", i64 24
  %".1067" = load <8 x float>, ptr %".1066", align 4
  %".1068" = mul i64 %"rc.2", 144
  %".1069" = mul i64 %"ry.2", 12
  %".1070" = add i64 %".1068", %".1069"
  %".1071" = add i64 %".1070", %"rx.2"
  %".1072" = add i64 %".1071", 108
  %".1073" = getelementptr inbounds float, ptr %"conv.pad", i64 %".1072"
  %".1074" = load <8 x float>, ptr %".1073", align 4
  %".1075" = mul i64 %"rc.2", 9
  %".1076" = mul i64 %"ry.2", 3
  %".1077" = add i64 %".1075", %".1076"
  %".1078" = add i64 %".1077", %"rx.2"
  %".1079" = mul i64 %"a.f.outer.fused", 288
  %".1080" = add i64 %".1078", %".1079"
  %".1081" = add i64 %".1080", 216
  %".1082" = getelementptr inbounds float, ptr %"W", i64 %".1081"
  %".1083" = load float, ptr %".1082", align 4
  %".1084" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1083", i32 0
  %".1085" = shufflevector <8 x float> %".1084", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1086" = fmul contract <8 x float> %".1074", %".1085"
  %".1087" = fadd contract <8 x float> %".1067", %".1086"
  %".1088" = getelementptr inbounds float, ptr %"conv.local.2", i64 24
  store <8 x float> %".1087", ptr %".1088", align 4
  %"rx.next.2" = add nsw i64 %"rx.2", 1
  br label %"rx.header.2"
rx.exit.2:
  %"ry.next.2" = add nsw i64 %"ry.2", 1
  br label %"ry.header.2"
f.inner.header.2:
  %"f.inner.2" = phi  i64 [0, %"rc.exit.2"], [%"f.inner.next.2", %"f.inner.body.2"]
  %".1095" = icmp slt i64 %"f.inner.2", %".1093"
  br i1 %".1095", label %"f.inner.body.2", label %"f.inner.exit.2"
f.inner.body.2:
  %".1097" = mul i64 %"f.inner.2", 100
  %".1098" = mul i64 %"a.f.outer.fused", 400
  %".1099" = add i64 %".1097", %".1098"
  %".1100" = add i64 %".1099", 90
  %".1101" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".1100", i32 0
  %".1102" = shufflevector <8 x i64> %".1101", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1103" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".1104" = add <8 x i64> %".1102", %".1103"
  %".1105" = mul i64 %"f.inner.2", 8
  %".1106" = getelementptr inbounds float, ptr %"conv.local.2", i64 %".1105"
  %".1107" = load <8 x float>, ptr %".1106", align 4
  %".1108" = mul i64 %"f.inner.2", 100
  %".1109" = mul i64 %"a.f.outer.fused", 400
  %".1110" = add i64 %".1108", %".1109"
  %".1111" = add i64 %".1110", 90
  %".1112" = getelementptr inbounds float, ptr %"conv", i64 %".1111"
  store <8 x float> %".1107", ptr %".1112", align 4
  %"f.inner.next.2" = add nsw i64 %"f.inner.2", 1
  br label %"f.inner.header.2"
f.inner.exit.2:
  %".1115" = add i64 0, 8
  br label %"x.inner.header.12"
x.inner.header.12:
  %"x.inner.12" = phi  i64 [0, %"f.inner.exit.2"], [%"x.inner.next.12", %"x.inner.body.12.endif"]
  %".1117" = icmp slt i64 %"x.inner.12", %".1115"
  br i1 %".1117", label %"x.inner.body.12", label %"x.inner.exit.12"
x.inner.body.12:
  %".1119" = icmp slt i64 %"x.inner.12", 2
  br i1 %".1119", label %"x.inner.body.12.if", label %"x.inner.body.12.endif"
x.inner.exit.12:
  %".1125" = add i64 0, 8
  br label %"x.inner.header.13"
x.inner.body.12.if:
  %".1121" = getelementptr inbounds float, ptr %"conv.local.3", i64 %"x.inner.12"
  store float              0x0, ptr %".1121", align 4
  br label %"x.inner.body.12.endif"
x.inner.body.12.endif:
  %"x.inner.next.12" = add nsw i64 %"x.inner.12", 1
  br label %"x.inner.header.12"
x.inner.header.13:
  %"x.inner.13" = phi  i64 [0, %"x.inner.exit.12"], [%"x.inner.next.13", %"x.inner.body.13.endif"]
  %".1127" = icmp slt i64 %"x.inner.13", %".1125"
  br i1 %".1127", label %"x.inner.body.13", label %"x.inner.exit.13"
x.inner.body.13:
  %".1129" = icmp slt i64 %"x.inner.13", 2
  br i1 %".1129", label %"x.inner.body.13.if", label %"x.inner.body.13.endif"
x.inner.exit.13:
  %".1136" = add i64 0, 8
  br label %"x.inner.header.14"
x.inner.body.13.if:
  %".1131" = add i64 %"x.inner.13", 2
  %".1132" = getelementptr inbounds float, ptr %"conv.local.3", i64 %".1131"
  store float              0x0, ptr %".1132", align 4
  br label %"x.inner.body.13.endif"
x.inner.body.13.endif:
  %"x.inner.next.13" = add nsw i64 %"x.inner.13", 1
  br label %"x.inner.header.13"
x.inner.header.14:
  %"x.inner.14" = phi  i64 [0, %"x.inner.exit.13"], [%"x.inner.next.14", %"x.inner.body.14.endif"]
  %".1138" = icmp slt i64 %"x.inner.14", %".1136"
  br i1 %".1138", label %"x.inner.body.14", label %"x.inner.exit.14"
x.inner.body.14:
  %".1140" = icmp slt i64 %"x.inner.14", 2
  br i1 %".1140", label %"x.inner.body.14.if", label %"x.inner.body.14.endif"
x.inner.exit.14:
  %".1147" = add i64 0, 8
  br label %"x.inner.header.15"
x.inner.body.14.if:
  %".1142" = add i64 %"x.inner.14", 4
  %".1143" = getelementptr inbounds float, ptr %"conv.local.3", i64 %".1142"
  store float              0x0, ptr %".1143", align 4
  br label %"x.inner.body.14.endif"
x.inner.body.14.endif:
  %"x.inner.next.14" = add nsw i64 %"x.inner.14", 1
  br label %"x.inner.header.14"
x.inner.header.15:
  %"x.inner.15" = phi  i64 [0, %"x.inner.exit.14"], [%"x.inner.next.15", %"x.inner.body.15.endif"]
  %".1149" = icmp slt i64 %"x.inner.15", %".1147"
  br i1 %".1149", label %"x.inner.body.15", label %"x.inner.exit.15"
x.inner.body.15:
  %".1151" = icmp slt i64 %"x.inner.15", 2
  br i1 %".1151", label %"x.inner.body.15.if", label %"x.inner.body.15.endif"
x.inner.exit.15:
  %".1158" = add i64 0, 8
  br label %"rc.header.3"
x.inner.body.15.if:
  %".1153" = add i64 %"x.inner.15", 6
  %".1154" = getelementptr inbounds float, ptr %"conv.local.3", i64 %".1153"
  store float              0x0, ptr %".1154", align 4
  br label %"x.inner.body.15.endif"
x.inner.body.15.endif:
  %"x.inner.next.15" = add nsw i64 %"x.inner.15", 1
  br label %"x.inner.header.15"
rc.header.3:
  %"rc.3" = phi  i64 [0, %"x.inner.exit.15"], [%"rc.next.3", %"ry.exit.3"]
  %".1160" = icmp slt i64 %"rc.3", %".1158"
  br i1 %".1160", label %"rc.body.3", label %"rc.exit.3"
rc.body.3:
  %".1162" = add i64 0, 3
  br label %"ry.header.3"
rc.exit.3:
  %".1276" = add i64 0, 4
  br label %"f.inner.header.3"
ry.header.3:
  %"ry.3" = phi  i64 [0, %"rc.body.3"], [%"ry.next.3", %"rx.exit.3"]
  %".1164" = icmp slt i64 %"ry.3", %".1162"
  br i1 %".1164", label %"ry.body.3", label %"ry.exit.3"
ry.body.3:
  %".1166" = add i64 0, 3
  br label %"rx.header.3"
ry.exit.3:
  %"rc.next.3" = add nsw i64 %"rc.3", 1
  br label %"rc.header.3"
rx.header.3:
  %"rx.3" = phi  i64 [0, %"ry.body.3"], [%"rx.next.3", %"rx.body.3"]
  %".1168" = icmp slt i64 %"rx.3", %".1166"
  br i1 %".1168", label %"rx.body.3", label %"rx.exit.3"
rx.body.3:
  %".1170" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".1171" = add <2 x i64> <i64 0, i64 0>, %".1170"
  %".1172" = getelementptr inbounds float, ptr %"conv.local.3", i64 0
  %".1173" = load <2 x float>, ptr %".1172", align 4
  %".1174" = mul i64 %"rc.3", 144
  %".1175" = mul i64 %"ry.3", 12
  %".1176" = add i64 %".1174", %".1175"
  %".1177" = add i64 %".1176", %"rx.3"
  %".1178" = add i64 %".1177", 116
  %".1179" = getelementptr inbounds float, ptr %"conv.pad", i64 %".1178"
  %".1180" = load <2 x float>, ptr %".1179", align 4
  %".1181" = mul i64 %"rc.3", 9
  %".1182" = mul i64 %"ry.3", 3
  %".1183" = add i64 %".1181", %".1182"
  %".1184" = add i64 %".1183", %"rx.3"
  %".1185" = mul i64 %"a.f.outer.fused", 288
  %".1186" = add i64 %".1184", %".1185"
  %".1187" = getelementptr inbounds float, ptr %"W", i64 %".1186"
  %".1188" = load float, ptr %".1187", align 4
  %".1189" = insertelement <2 x float> <float undef, float undef>, float %".1188", i32 0
  %".1190" = shufflevector <2 x float> %".1189", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".1191" = fmul contract <2 x float> %".1180", %".1190"
  %".1192" = fadd contract <2 x float> %".1173", %".1191"
  %".1193" = getelementptr inbounds float, ptr %"conv.local.3", i64 0
  store <2 x float> %".1192", ptr %".1193", align 4
  %".1195" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".1196" = add <2 x i64> <i64 2, i64 2>, %".1195"
  %".1197" = getelementptr inbounds float, ptr %"conv.local.3", i64 2
  %".1198" = load <2 x float>, ptr %".1197", align 4
  %".1199" = mul i64 %"rc.3", 144
  %".1200" = mul i64 %"ry.3", 12
  %".1201" = add i64 %".1199", %".1200"
  %".1202" = add i64 %".1201", %"rx.3"
  %".1203" = add i64 %".1202", 116
  %".1204" = getelementptr inbounds float, ptr %"conv.pad", i64 %".1203"
  %".1205" = load <2 x float>, ptr %".1204", align 4
  %".1206" = mul i64 %"rc.3", 9
  %".1207" = mul i64 %"ry.3", 3
  %".1208" = add i64 %".1206", %".1207"
  %".1209" = add i64 %".1208", %"rx.3"
  %".1210" = mul i64 %"a.f.outer.fused", 288
  %".1211" = add i64 %".1209", %".1210"
  %".1212" = add i64 %".1211", 72
  %".1213" = getelementptr inbounds float, ptr %"W", i64 %".1212"
  %".1214" = load float, ptr %".1213", align 4
  %".1215" = insertelement <2 x float> <float undef, float undef>, float %".1214", i32 0
  %".1216" = shufflevector <2 x float> %".1215", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".1217" = fmul contract <2 x float> %".1205", %".1216"
  %".1218" = fadd contract <2 x float> %".1198", %".1217"
  %".1219" = getelementptr inbounds float, ptr %"conv.local.3", i64 2
  store <2 x float> %".1218", ptr %".1219", align 4
  %".1221" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".1222" = add <2 x i64> <i64 4, i64 4>, %".1221"
  %".1223" = getelementptr inbounds float, ptr %"conv.local.3", i64 4
  %".1224" = load <2 x float>, ptr %".1223", align 4
  %".1225" = mul i64 %"rc.3", 144
  %".1226" = mul i64 %"ry.3", 12
  %".1227" = add i64 %".1225", %".1226"
  %".1228" = add i64 %".1227", %"rx.3"
  %".1229" = add i64 %".1228", 116
  %".1230" = getelementptr inbounds float, ptr %"conv.pad", i64 %".1229"
  %".1231" = load <2 x float>, ptr %".1230", align 4
  %".1232" = mul i64 %"rc.3", 9
  %".1233" = mul i64 %"ry.3", 3
  %".1234" = add i64 %".1232", %".1233"
  %".1235" = add i64 %".1234", %"rx.3"
  %".1236" = mul i64 %"a.f.outer.fused", 288
  %".1237" = add i64 %".1235", %".1236"
  %".1238" = add i64 %".1237", 144
  %".1239" = getelementptr inbounds float, ptr %"W", i64 %".1238"
  %".1240" = load float, ptr %".1239", align 4
  %".1241" = insertelement <2 x float> <float undef, float undef>, float %".1240", i32 0
  %".1242" = shufflevector <2 x float> %".1241", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".1243" = fmul contract <2 x float> %".1231", %".1242"
  %".1244" = fadd contract <2 x float> %".1224", %".1243"
  %".1245" = getelementptr inbounds float, ptr %"conv.local.3", i64 4
  store <2 x float> %".1244", ptr %".1245", align 4
  %".1247" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".1248" = add <2 x i64> <i64 6, i64 6>, %".1247"
  %".1249" = getelementptr inbounds float, ptr %"conv.local.3", i64 6
  %".1250" = load <2 x float>, ptr %".1249", align 4
  %".1251" = mul i64 %"rc.3", 144
  %".1252" = mul i64 %"ry.3", 12
  %".1253" = add i64 %".1251", %".1252"
  %".1254" = add i64 %".1253", %"rx.3"
  %".1255" = add i64 %".1254", 116
  %".1256" = getelementptr inbounds float, ptr %"conv.pad", i64 %".1255"
  %".1257" = load <2 x float>, ptr %".1256", align 4
  %".1258" = mul i64 %"rc.3", 9
  %".1259" = mul i64 %"ry.3", 3
  %".1260" = add i64 %".1258", %".1259"
  %".1261" = add i64 %".1260", %"rx.3"
  %".1262" = mul i64 %"a.f.outer.fused", 288
  %".1263" = add i64 %".1261", %".1262"
  %".1264" = add i64 %".1263", 216
  %".1265" = getelementptr inbounds float, ptr %"W", i64 %".1264"
  %".1266" = load float, ptr %".1265", align 4
  %".1267" = insertelement <2 x float> <float undef, float undef>, float %".1266", i32 0
  %".1268" = shufflevector <2 x float> %".1267", <2 x float> <float undef, float undef>, <2 x i32> <i32 0, i32 0>
  %".1269" = fmul contract <2 x float> %".1257", %".1268"
  %".1270" = fadd contract <2 x float> %".1250", %".1269"
  %".1271" = getelementptr inbounds float, ptr %"conv.local.3", i64 6
  store <2 x float> %".1270", ptr %".1271", align 4
  %"rx.next.3" = add nsw i64 %"rx.3", 1
  br label %"rx.header.3"
rx.exit.3:
  %"ry.next.3" = add nsw i64 %"ry.3", 1
  br label %"ry.header.3"
f.inner.header.3:
  %"f.inner.3" = phi  i64 [0, %"rc.exit.3"], [%"f.inner.next.3", %"f.inner.body.3"]
  %".1278" = icmp slt i64 %"f.inner.3", %".1276"
  br i1 %".1278", label %"f.inner.body.3", label %"f.inner.exit.3"
f.inner.body.3:
  %".1280" = mul i64 %"f.inner.3", 100
  %".1281" = mul i64 %"a.f.outer.fused", 400
  %".1282" = add i64 %".1280", %".1281"
  %".1283" = add i64 %".1282", 98
  %".1284" = insertelement <2 x i64> <i64 undef, i64 undef>, i64 %".1283", i32 0
  %".1285" = shufflevector <2 x i64> %".1284", <2 x i64> <i64 undef, i64 undef>, <2 x i32> <i32 0, i32 0>
  %".1286" = mul <2 x i64> <i64 1, i64 1>, <i64 0, i64 1>
  %".1287" = add <2 x i64> %".1285", %".1286"
  %".1288" = mul i64 %"f.inner.3", 2
  %".1289" = getelementptr inbounds float, ptr %"conv.local.3", i64 %".1288"
  %".1290" = load <2 x float>, ptr %".1289", align 4
  %".1291" = mul i64 %"f.inner.3", 100
  %".1292" = mul i64 %"a.f.outer.fused", 400
  %".1293" = add i64 %".1291", %".1292"
  %".1294" = add i64 %".1293", 98
  %".1295" = getelementptr inbounds float, ptr %"conv", i64 %".1294"
  store <2 x float> %".1290", ptr %".1295", align 4
  %"f.inner.next.3" = add nsw i64 %"f.inner.3", 1
  br label %"f.inner.header.3"
f.inner.exit.3:
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
}

define internal void @"tcomp_main.par1"(ptr %".1", i64 %".2", i64 %".3") nounwind
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
  call void @"tcomp_main.par1.body"(ptr %".6", ptr %".8", ptr %".10", i64 %".12", i64 %".2", i64 %".3")
  ret void
}
