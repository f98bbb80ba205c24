; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"A", ptr noalias %"B", ptr noalias %"C") nounwind
{
entry:
  %"C.local.1" = alloca [64 x float], align 64
  %"C.local" = alloca [96 x float], align 64
  %"closure1" = alloca {ptr, ptr, i64}
  %"closure0" = alloca {ptr, ptr, i64}
  %".5" = mul i64 4, 4224
  %".6" = add i64 %".5", 64
  %".7" = and i64 %".6", -64
  %"A.packed" = call ptr @"aligned_alloc"(i64 64, i64 %".7")
  %".8" = mul i64 4, 4096
  %".9" = add i64 %".8", 64
  %".10" = and i64 %".9", -64
  %"B.packed" = call ptr @"aligned_alloc"(i64 64, i64 %".10")
  %".11" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"A", ptr %".11"
  %".13" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %"A.packed", ptr %".13"
  %".15" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store i64 0, ptr %".15"
  %".17" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 10, i32 %".17")
  %".19" = add i64 0, 64
  br label %"i1.header"
i1.header:
  %"i1" = phi  i64 [0, %"entry"], [%"i1.next", %"i0.inner.exit"]
  %".21" = icmp slt i64 %"i1", %".19"
  br i1 %".21", label %"i1.body", label %"i1.exit"
i1.body:
  %".23" = add i64 0, 4
  br label %"i0.inner.header"
i1.exit:
  %".39" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure1", i32 0, i32 0
  store ptr %"B", ptr %".39"
  %".41" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure1", i32 0, i32 1
  store ptr %"B.packed", ptr %".41"
  %".43" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure1", i32 0, i32 2
  store i64 0, ptr %".43"
  %".45" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par1", ptr %"closure1", i64 4, i32 %".45")
  %".47" = add i64 0, 4
  br label %"j.outer.header"
i0.inner.header:
  %"i0.inner" = phi  i64 [0, %"i1.body"], [%"i0.inner.next", %"i0.inner.body"]
  %".25" = icmp slt i64 %"i0.inner", %".23"
  br i1 %".25", label %"i0.inner.body", label %"i0.inner.exit"
i0.inner.body:
  %".27" = mul i64 %"i1", 6
  %".28" = add i64 %".27", %"i0.inner"
  %".29" = add i64 %".28", 3840
  %".30" = mul i64 %"i0.inner", 64
  %".31" = add i64 %"i1", %".30"
  %".32" = add i64 %".31", 3840
  %".33" = getelementptr inbounds float, ptr %"A", i64 %".32"
  %".34" = load float, ptr %".33", align 4
  %".35" = getelementptr inbounds float, ptr %"A.packed", i64 %".29"
  store float %".34", ptr %".35", align 4
  %"i0.inner.next" = add nsw i64 %"i0.inner", 1
  br label %"i0.inner.header"
i0.inner.exit:
  %"i1.next" = add nsw i64 %"i1", 1
  br label %"i1.header"
j.outer.header:
  %"j.outer" = phi  i64 [0, %"i1.exit"], [%"j.outer.next", %"i.outer.inner.exit"]
  %".49" = icmp slt i64 %"j.outer", %".47"
  br i1 %".49", label %"j.outer.body", label %"j.outer.exit"
j.outer.body:
  %".51" = add i64 0, 10
  br label %"i.outer.inner.header"
j.outer.exit:
  %".401" = add i64 0, 4
  br label %"j.outer.header.1"
i.outer.inner.header:
  %"i.outer.inner" = phi  i64 [0, %"j.outer.body"], [%"i.outer.inner.next", %"i.inner.exit"]
  %".53" = icmp slt i64 %"i.outer.inner", %".51"
  br i1 %".53", label %"i.outer.inner.body", label %"i.outer.inner.exit"
i.outer.inner.body:
  %".55" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".56" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".55"
  %".57" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".57", align 4
  %".59" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".60" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".59"
  %".61" = getelementptr inbounds float, ptr %"C.local", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".61", align 4
  %".63" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".64" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".63"
  %".65" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".65", align 4
  %".67" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".68" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".67"
  %".69" = getelementptr inbounds float, ptr %"C.local", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".69", align 4
  %".71" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".72" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".71"
  %".73" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".73", align 4
  %".75" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".76" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".75"
  %".77" = getelementptr inbounds float, ptr %"C.local", i64 40
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".77", align 4
  %".79" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".80" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".79"
  %".81" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".81", align 4
  %".83" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".84" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".83"
  %".85" = getelementptr inbounds float, ptr %"C.local", i64 56
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".85", align 4
  %".87" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".88" = add <8 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".87"
  %".89" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".89", align 4
  %".91" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".92" = add <8 x i64> <i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72>, %".91"
  %".93" = getelementptr inbounds float, ptr %"C.local", i64 72
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".93", align 4
  %".95" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".96" = add <8 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".95"
  %".97" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".97", align 4
  %".99" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".100" = add <8 x i64> <i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88>, %".99"
  %".101" = getelementptr inbounds float, ptr %"C.local", i64 88
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".101", align 4
  %".103" = add i64 0, 64
  br label %"k.header"
i.outer.inner.exit:
  %"j.outer.next" = add nsw i64 %"j.outer", 1
  br label %"j.outer.header"
k.header:
  %"k" = phi  i64 [0, %"i.outer.inner.body"], [%"k.next", %"k.body"]
  %".105" = icmp slt i64 %"k", %".103"
  br i1 %".105", label %"k.body", label %"k.exit"
k.body:
  %".107" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".108" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".107"
  %".109" = getelementptr inbounds float, ptr %"C.local", i64 0
  %".110" = load <8 x float>, ptr %".109", align 4
  %".111" = mul i64 %"k", 6
  %".112" = mul i64 %"i.outer.inner", 384
  %".113" = add i64 %".111", %".112"
  %".114" = getelementptr inbounds float, ptr %"A.packed", i64 %".113"
  %".115" = load float, ptr %".114", align 4
  %".116" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".115", i32 0
  %".117" = shufflevector <8 x float> %".116", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".118" = mul i64 %"k", 16
  %".119" = mul i64 %"j.outer", 1024
  %".120" = add i64 %".118", %".119"
  %".121" = getelementptr inbounds float, ptr %"B.packed", i64 %".120"
  %".122" = load <8 x float>, ptr %".121", align 4
  %".123" = fmul contract <8 x float> %".117", %".122"
  %".124" = fadd contract <8 x float> %".110", %".123"
  %".125" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <8 x float> %".124", ptr %".125", align 4
  %".127" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".128" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".127"
  %".129" = getelementptr inbounds float, ptr %"C.local", i64 8
  %".130" = load <8 x float>, ptr %".129", align 4
  %".131" = mul i64 %"k", 6
  %".132" = mul i64 %"i.outer.inner", 384
  %".133" = add i64 %".131", %".132"
  %".134" = getelementptr inbounds float, ptr %"A.packed", i64 %".133"
  %".135" = load float, ptr %".134", align 4
  %".136" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".135", i32 0
  %".137" = shufflevector <8 x float> %".136", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".138" = mul i64 %"k", 16
  %".139" = mul i64 %"j.outer", 1024
  %".140" = add i64 %".138", %".139"
  %".141" = add i64 %".140", 8
  %".142" = getelementptr inbounds float, ptr %"B.packed", i64 %".141"
  %".143" = load <8 x float>, ptr %".142", align 4
  %".144" = fmul contract <8 x float> %".137", %".143"
  %".145" = fadd contract <8 x float> %".130", %".144"
  %".146" = getelementptr inbounds float, ptr %"C.local", i64 8
  store <8 x float> %".145", ptr %".146", align 4
  %".148" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".149" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".148"
  %".150" = getelementptr inbounds float, ptr %"C.local", i64 16
  %".151" = load <8 x float>, ptr %".150", align 4
  %".152" = mul i64 %"k", 6
  %".153" = mul i64 %"i.outer.inner", 384
  %".154" = add i64 %".152", %".153"
  %".155" = add i64 %".154", 1
  %".156" = getelementptr inbounds float, ptr %"A.packed", i64 %".155"
  %".157" = load float, ptr %".156", align 4
  %".158" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".157", i32 0
  %".159" = shufflevector <8 x float> %".158", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".160" = mul i64 %"k", 16
  %".161" = mul i64 %"j.outer", 1024
  %".162" = add i64 %".160", %".161"
  %".163" = getelementptr inbounds float, ptr %"B.packed", i64 %".162"
  %".164" = load <8 x float>, ptr %".163", align 4
  %".165" = fmul contract <8 x float> %".159", %".164"
  %".166" = fadd contract <8 x float> %".151", %".165"
  %".167" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <8 x float> %".166", ptr %".167", align 4
  %".169" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".170" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".169"
  %".171" = getelementptr inbounds float, ptr %"C.local", i64 24
  %".172" = load <8 x float>, ptr %".171", align 4
  %".173" = mul i64 %"k", 6
  %".174" = mul i64 %"i.outer.inner", 384
  %".175" = add i64 %".173", %".174"
  %".176" = add i64 %".175", 1
  %".177" = getelementptr inbounds float, ptr %"A.packed", i64 %".176"
  %".178" = load float, ptr %".177", align 4
  %".179" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".178", i32 0
  %".180" = shufflevector <8 x float> %".179", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".181" = mul i64 %"k", 16
  %".182" = mul i64 %"j.outer", 1024
  %".183" = add i64 %".181", %".182"
  %".184" = add i64 %".183", 8
  %".185" = getelementptr inbounds float, ptr %"B.packed", i64 %".184"
  %".186" = load <8 x float>, ptr %".185", align 4
  %".187" = fmul contract <8 x float> %".180", %".186"
  %".188" = fadd contract <8 x float> %".172", %".187"
  %".189" = getelementptr inbounds float, ptr %"C.local", i64 24
  store <8 x float> %".188", ptr %".189", align 4
  %".191" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".192" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".191"
  %".193" = getelementptr inbounds float, ptr %"C.local", i64 32
  %".194" = load <8 x float>, ptr %".193", align 4
  %".195" = mul i64 %"k", 6
  %".196" = mul i64 %"i.outer.inner", 384
  %".197" = add i64 %".195", %".196"
  %".198" = add i64 %".197", 2
  %".199" = getelementptr inbounds float, ptr %"A.packed", i64 %".198"
  %".200" = load float, ptr %".199", align 4
  %".201" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".200", i32 0
  %".202" = shufflevector <8 x float> %".201", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".203" = mul i64 %"k", 16
  %".204" = mul i64 %"j.outer", 1024
  %".205" = add i64 %".203", %".204"
  %".206" = getelementptr inbounds float, ptr %"B.packed", i64 %".205"
  %".207" = load <8 x float>, ptr %".206", align 4
  %".208" = fmul contract <8 x float> %".202", %".207"
  %".209" = fadd contract <8 x float> %".194", %".208"
  %".210" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <8 x float> %".209", ptr %".210", align 4
  %".212" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".213" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".212"
  %".214" = getelementptr inbounds float, ptr %"C.local", i64 40
  %".215" = load <8 x float>, ptr %".214", align 4
  %".216" = mul i64 %"k", 6
  %".217" = mul i64 %"i.outer.inner", 384
  %".218" = add i64 %".216", %".217"
  %".219" = add i64 %".218", 2
  %".220" = getelementptr inbounds float, ptr %"A.packed", i64 %".219"
  %".221" = load float, ptr %".220", align 4
  %".222" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".221", i32 0
  %".223" = shufflevector <8 x float> %".222", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".224" = mul i64 %"k", 16
  %".225" = mul i64 %"j.outer", 1024
  %".226" = add i64 %".224", %".225"
  %".227" = add i64 %".226", 8
  %".228" = getelementptr inbounds float, ptr %"B.packed", i64 %".227"
  %".229" = load <8 x float>, ptr %".228", align 4
  %".230" = fmul contract <8 x float> %".223", %".229"
  %".231" = fadd contract <8 x float> %".215", %".230"
  %".232" = getelementptr inbounds float, ptr %"C.local", i64 40
  store <8 x float> %".231", ptr %".232", align 4
  %".234" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".235" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".234"
  %".236" = getelementptr inbounds float, ptr %"C.local", i64 48
  %".237" = load <8 x float>, ptr %".236", align 4
  %".238" = mul i64 %"k", 6
  %".239" = mul i64 %"i.outer.inner", 384
  %".240" = add i64 %".238", %".239"
  %".241" = add i64 %".240", 3
  %".242" = getelementptr inbounds float, ptr %"A.packed", i64 %".241"
  %".243" = load float, ptr %".242", align 4
  %".244" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".243", i32 0
  %".245" = shufflevector <8 x float> %".244", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".246" = mul i64 %"k", 16
  %".247" = mul i64 %"j.outer", 1024
  %".248" = add i64 %".246", %".247"
  %".249" = getelementptr inbounds float, ptr %"B.packed", i64 %".248"
  %".250" = load <8 x float>, ptr %".249", align 4
  %".251" = fmul contract <8 x float> %".245", %".250"
  %".252" = fadd contract <8 x float> %".237", %".251"
  %".253" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <8 x float> %".252", ptr %".253", align 4
  %".255" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".256" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".255"
  %".257" = getelementptr inbounds float, ptr %"C.local", i64 56
  %".258" = load <8 x float>, ptr %".257", align 4
  %".259" = mul i64 %"k", 6
  %".260" = mul i64 %"i.outer.inner", 384
  %".261" = add i64 %".259", %".260"
  %".262" = add i64 %".261", 3
  %".263" = getelementptr inbounds float, ptr %"A.packed", i64 %".262"
  %".264" = load float, ptr %".263", align 4
  %".265" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".264", i32 0
  %".266" = shufflevector <8 x float> %".265", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".267" = mul i64 %"k", 16
  %".268" = mul i64 %"j.outer", 1024
  %".269" = add i64 %".267", %".268"
  %".270" = add i64 %".269", 8
  %".271" = getelementptr inbounds float, ptr %"B.packed", i64 %".270"
  %".272" = load <8 x float>, ptr %".271", align 4
  %".273" = fmul contract <8 x float> %".266", %".272"
  %".274" = fadd contract <8 x float> %".258", %".273"
  %".275" = getelementptr inbounds float, ptr %"C.local", i64 56
  store <8 x float> %".274", ptr %".275", align 4
  %".277" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".278" = add <8 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".277"
  %".279" = getelementptr inbounds float, ptr %"C.local", i64 64
  %".280" = load <8 x float>, ptr %".279", align 4
  %".281" = mul i64 %"k", 6
  %".282" = mul i64 %"i.outer.inner", 384
  %".283" = add i64 %".281", %".282"
  %".284" = add i64 %".283", 4
  %".285" = getelementptr inbounds float, ptr %"A.packed", i64 %".284"
  %".286" = load float, ptr %".285", align 4
  %".287" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".286", i32 0
  %".288" = shufflevector <8 x float> %".287", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".289" = mul i64 %"k", 16
  %".290" = mul i64 %"j.outer", 1024
  %".291" = add i64 %".289", %".290"
  %".292" = getelementptr inbounds float, ptr %"B.packed", i64 %".291"
  %".293" = load <8 x float>, ptr %".292", align 4
  %".294" = fmul contract <8 x float> %".288", %".293"
  %".295" = fadd contract <8 x float> %".280", %".294"
  %".296" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <8 x float> %".295", ptr %".296", align 4
  %".298" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".299" = add <8 x i64> <i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72>, %".298"
  %".300" = getelementptr inbounds float, ptr %"C.local", i64 72
  %".301" = load <8 x float>, ptr %".300", align 4
  %".302" = mul i64 %"k", 6
  %".303" = mul i64 %"i.outer.inner", 384
  %".304" = add i64 %".302", %".303"
  %".305" = add i64 %".304", 4
  %".306" = getelementptr inbounds float, ptr %"A.packed", i64 %".305"
  %".307" = load float, ptr %".306", align 4
  %".308" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".307", i32 0
  %".309" = shufflevector <8 x float> %".308", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".310" = mul i64 %"k", 16
  %".311" = mul i64 %"j.outer", 1024
  %".312" = add i64 %".310", %".311"
  %".313" = add i64 %".312", 8
  %".314" = getelementptr inbounds float, ptr %"B.packed", i64 %".313"
  %".315" = load <8 x float>, ptr %".314", align 4
  %".316" = fmul contract <8 x float> %".309", %".315"
  %".317" = fadd contract <8 x float> %".301", %".316"
  %".318" = getelementptr inbounds float, ptr %"C.local", i64 72
  store <8 x float> %".317", ptr %".318", align 4
  %".320" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".321" = add <8 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".320"
  %".322" = getelementptr inbounds float, ptr %"C.local", i64 80
  %".323" = load <8 x float>, ptr %".322", align 4
  %".324" = mul i64 %"k", 6
  %".325" = mul i64 %"i.outer.inner", 384
  %".326" = add i64 %".324", %".325"
  %".327" = add i64 %".326", 5
  %".328" = getelementptr inbounds float, ptr %"A.packed", i64 %".327"
  %".329" = load float, ptr %".328", align 4
  %".330" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".329", i32 0
  %".331" = shufflevector <8 x float> %".330", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".332" = mul i64 %"k", 16
  %".333" = mul i64 %"j.outer", 1024
  %".334" = add i64 %".332", %".333"
  %".335" = getelementptr inbounds float, ptr %"B.packed", i64 %".334"
  %".336" = load <8 x float>, ptr %".335", align 4
  %".337" = fmul contract <8 x float> %".331", %".336"
  %".338" = fadd contract <8 x float> %".323", %".337"
  %".339" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <8 x float> %".338", ptr %".339", align 4
  %".341" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".342" = add <8 x i64> <i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88>, %".341"
  %".343" = getelementptr inbounds float, ptr %"C.local", i64 88
  %".344" = load <8 x float>, ptr %".343", align 4
  %".345" = mul i64 %"k", 6
  %".346" = mul i64 %"i.outer.inner", 384
  %".347" = add i64 %".345", %".346"
  %".348" = add i64 %".347", 5
  %".349" = getelementptr inbounds float, ptr %"A.packed", i64 %".348"
  %".350" = load float, ptr %".349", align 4
  %".351" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".350", i32 0
  %".352" = shufflevector <8 x float> %".351", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".353" = mul i64 %"k", 16
  %".354" = mul i64 %"j.outer", 1024
  %".355" = add i64 %".353", %".354"
  %".356" = add i64 %".355", 8
  %".357" = getelementptr inbounds float, ptr %"B.packed", i64 %".356"
  %".358" = load <8 x float>, ptr %".357", align 4
  %".359" = fmul contract <8 x float> %".352", %".358"
  %".360" = fadd contract <8 x float> %".344", %".359"
  %".361" = getelementptr inbounds float, ptr %"C.local", i64 88
  store <8 x float> %".360", ptr %".361", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
k.exit:
  %".364" = add i64 0, 6
  br label %"i.inner.header"
i.inner.header:
  %"i.inner" = phi  i64 [0, %"k.exit"], [%"i.inner.next", %"j.inner.outer.exit"]
  %".366" = icmp slt i64 %"i.inner", %".364"
  br i1 %".366", label %"i.inner.body", label %"i.inner.exit"
i.inner.body:
  %".368" = add i64 0, 2
  br label %"j.inner.outer.header"
i.inner.exit:
  %"i.outer.inner.next" = add nsw i64 %"i.outer.inner", 1
  br label %"i.outer.inner.header"
j.inner.outer.header:
  %"j.inner.outer" = phi  i64 [0, %"i.inner.body"], [%"j.inner.outer.next", %"j.inner.outer.body"]
  %".370" = icmp slt i64 %"j.inner.outer", %".368"
  br i1 %".370", label %"j.inner.outer.body", label %"j.inner.outer.exit"
j.inner.outer.body:
  %".372" = mul i64 %"i.inner", 64
  %".373" = mul i64 %"i.outer.inner", 384
  %".374" = add i64 %".372", %".373"
  %".375" = mul i64 %"j.outer", 16
  %".376" = add i64 %".374", %".375"
  %".377" = mul i64 %"j.inner.outer", 8
  %".378" = add i64 %".376", %".377"
  %".379" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".378", i32 0
  %".380" = shufflevector <8 x i64> %".379", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".381" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".382" = add <8 x i64> %".380", %".381"
  %".383" = mul i64 %"i.inner", 16
  %".384" = mul i64 %"j.inner.outer", 8
  %".385" = add i64 %".383", %".384"
  %".386" = getelementptr inbounds float, ptr %"C.local", i64 %".385"
  %".387" = load <8 x float>, ptr %".386", align 4
  %".388" = mul i64 %"i.inner", 64
  %".389" = mul i64 %"i.outer.inner", 384
  %".390" = add i64 %".388", %".389"
  %".391" = mul i64 %"j.outer", 16
  %".392" = add i64 %".390", %".391"
  %".393" = mul i64 %"j.inner.outer", 8
  %".394" = add i64 %".392", %".393"
  %".395" = getelementptr inbounds float, ptr %"C", i64 %".394"
  store <8 x float> %".387", ptr %".395", align 4
  %"j.inner.outer.next" = add nsw i64 %"j.inner.outer", 1
  br label %"j.inner.outer.header"
j.inner.outer.exit:
  %"i.inner.next" = add nsw i64 %"i.inner", 1
  br label %"i.inner.header"
j.outer.header.1:
  %"j.outer.1" = phi  i64 [0, %"j.outer.exit"], [%"j.outer.next.1", %"i.inner.exit.1"]
  %".403" = icmp slt i64 %"j.outer.1", %".401"
  br i1 %".403", label %"j.outer.body.1", label %"j.outer.exit.1"
j.outer.body.1:
  %".405" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".406" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".405"
  %".407" = getelementptr inbounds float, ptr %"C.local.1", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".407", align 4
  %".409" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".410" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".409"
  %".411" = getelementptr inbounds float, ptr %"C.local.1", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".411", align 4
  %".413" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".414" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".413"
  %".415" = getelementptr inbounds float, ptr %"C.local.1", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".415", align 4
  %".417" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".418" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".417"
  %".419" = getelementptr inbounds float, ptr %"C.local.1", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".419", align 4
  %".421" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".422" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".421"
  %".423" = getelementptr inbounds float, ptr %"C.local.1", i64 32
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".423", align 4
  %".425" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".426" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".425"
  %".427" = getelementptr inbounds float, ptr %"C.local.1", i64 40
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".427", align 4
  %".429" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".430" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".429"
  %".431" = getelementptr inbounds float, ptr %"C.local.1", i64 48
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".431", align 4
  %".433" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".434" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".433"
  %".435" = getelementptr inbounds float, ptr %"C.local.1", i64 56
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".435", align 4
  %".437" = add i64 0, 64
  br label %"k.header.1"
j.outer.exit.1:
  call void @"free"(ptr %"B.packed")
  call void @"free"(ptr %"A.packed")
  ret void
k.header.1:
  %"k.1" = phi  i64 [0, %"j.outer.body.1"], [%"k.next.1", %"k.body.1"]
  %".439" = icmp slt i64 %"k.1", %".437"
  br i1 %".439", label %"k.body.1", label %"k.exit.1"
k.body.1:
  %".441" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".442" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".441"
  %".443" = getelementptr inbounds float, ptr %"C.local.1", i64 0
  %".444" = load <8 x float>, ptr %".443", align 4
  %".445" = mul i64 %"k.1", 6
  %".446" = add i64 %".445", 3840
  %".447" = getelementptr inbounds float, ptr %"A.packed", i64 %".446"
  %".448" = load float, ptr %".447", align 4
  %".449" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".448", i32 0
  %".450" = shufflevector <8 x float> %".449", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".451" = mul i64 %"k.1", 16
  %".452" = mul i64 %"j.outer.1", 1024
  %".453" = add i64 %".451", %".452"
  %".454" = getelementptr inbounds float, ptr %"B.packed", i64 %".453"
  %".455" = load <8 x float>, ptr %".454", align 4
  %".456" = fmul contract <8 x float> %".450", %".455"
  %".457" = fadd contract <8 x float> %".444", %".456"
  %".458" = getelementptr inbounds float, ptr %"C.local.1", i64 0
  store <8 x float> %".457", ptr %".458", align 4
  %".460" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".461" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".460"
  %".462" = getelementptr inbounds float, ptr %"C.local.1", i64 8
  %".463" = load <8 x float>, ptr %".462", align 4
  %".464" = mul i64 %"k.1", 6
  %".465" = add i64 %".464", 3840
  %".466" = getelementptr inbounds float, ptr %"A.packed", i64 %".465"
  %".467" = load float, ptr %".466", align 4
  %".468" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".467", i32 0
  %".469" = shufflevector <8 x float> %".468", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".470" = mul i64 %"k.1", 16
  %".471" = mul i64 %"j.outer.1", 1024
  %".472" = add i64 %".470", %".471"
  %".473" = add i64 %".472", 8
  %".474" = getelementptr inbounds float, ptr %"B.packed", i64 %".473"
  %".475" = load <8 x float>, ptr %".474", align 4
  %".476" = fmul contract <8 x float> %".469", %".475"
  %".477" = fadd contract <8 x float> %".463", %".476"
  %".478" = getelementptr inbounds float, ptr %"C.local.1", i64 8
  store <8 x float> %".477", ptr %".478", align 4
  %".480" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".481" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".480"
  %".482" = getelementptr inbounds float, ptr %"C.local.1", i64 16
  %".483" = load <8 x float>, ptr %".482", align 4
  %".484" = mul i64 %"k.1", 6
  %".485" = add i64 %".484", 3841
  %".486" = getelementptr inbounds float, ptr %"A.packed", i64 %".485"
  %".487" = load float, ptr %".486", align 4
  %".488" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".487", i32 0
  %".489" = shufflevector <8 x float> %".488", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".490" = mul i64 %"k.1", 16
  %".491" = mul i64 %"j.outer.1", 1024
  %".492" = add i64 %".490", %".491"
  %".493" = getelementptr inbounds float, ptr %"B.packed", i64 %".492"
  %".494" = load <8 x float>, ptr %".493", align 4
  %".495" = fmul contract <8 x float> %".489", %".494"
  %".496" = fadd contract <8 x float> %".483", %".495"
  %".497" = getelementptr inbounds float, ptr %"C.local.1", i64 16
  store <8 x float> %".496", ptr %".497", align 4
  %".499" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".500" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".499"
  %".501" = getelementptr inbounds float, ptr %"C.local.1", i64 24
  %".502" = load <8 x float>, ptr %".501", align 4
  %".503" = mul i64 %"k.1", 6
  %".504" = add i64 %".503", 3841
  %".505" = getelementptr inbounds float, ptr %"A.packed", i64 %".504"
  %".506" = load float, ptr %".505", align 4
  %".507" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".506", i32 0
  %".508" = shufflevector <8 x float> %".507", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".509" = mul i64 %"k.1", 16
  %".510" = mul i64 %"j.outer.1", 1024
  %".511" = add i64 %".509", %".510"
  %".512" = add i64 %".511", 8
  %".513" = getelementptr inbounds float, ptr %"B.packed", i64 %".512"
  %".514" = load <8 x float>, ptr %".513", align 4
  %".515" = fmul contract <8 x float> %".508", %".514"
  %".516" = fadd contract <8 x float> %".502", %".515"
  %".517" = getelementptr inbounds float, ptr %"C.local.1", i64 24
  store <8 x float> %".516", ptr %".517", align 4
  %".519" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".520" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".519"
  %".521" = getelementptr inbounds float, ptr %"C.local.1", i64 32
  %".522" = load <8 x float>, ptr %".521", align 4
  %".523" = mul i64 %"k.1", 6
  %".524" = add i64 %".523", 3842
  %".525" = getelementptr inbounds float, ptr %"A.packed", i64 %".524"
  %".526" = load float, ptr %".525", align 4
  %".527" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".526", i32 0
  %".528" = shufflevector <8 x float> %".527", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".529" = mul i64 %"k.1", 16
  %".530" = mul i64 %"j.outer.1", 1024
  %".531" = add i64 %".529", %".530"
  %".532" = getelementptr inbounds float, ptr %"B.packed", i64 %".531"
  %".533" = load <8 x float>, ptr %".532", align 4
  %".534" = fmul contract <8 x float> %".528", %".533"
  %".535" = fadd contract <8 x float> %".522", %".534"
  %".536" = getelementptr inbounds float, ptr %"C.local.1", i64 32
  store <8 x float> %".535", ptr %".536", align 4
  %".538" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".539" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".538"
  %".540" = getelementptr inbounds float, ptr %"C.local.1", i64 40
  %".541" = load <8 x float>, ptr %".540", align 4
  %".542" = mul i64 %"k.1", 6
  %".543" = add i64 %".542", 3842
  %".544" = getelementptr inbounds float, ptr %"A.packed", i64 %".543"
  %".545" = load float, ptr %".544", align 4
  %".546" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".545", i32 0
  %".547" = shufflevector <8 x float> %".546", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".548" = mul i64 %"k.1", 16
  %".549" = mul i64 %"j.outer.1", 1024
  %".550" = add i64 %".548", %".549"
  %".551" = add i64 %".550", 8
  %".552" = getelementptr inbounds float, ptr %"B.packed", i64 %".551"
  %".553" = load <8 x float>, ptr %".552", align 4
  %".554" = fmul contract <8 x float> %".547", %".553"
  %".555" = fadd contract <8 x float> %".541", %".554"
  %".556" = getelementptr inbounds float, ptr %"C.local.1", i64 40
  store <8 x float> %".555", ptr %".556", align 4
  %".558" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".559" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".558"
  %".560" = getelementptr inbounds float, ptr %"C.local.1", i64 48
  %".561" = load <8 x float>, ptr %".560", align 4
  %".562" = mul i64 %"k.1", 6
  %".563" = add i64 %".562", 3843
  %".564" = getelementptr inbounds float, ptr %"A.packed", i64 %".563"
  %".565" = load float, ptr %".564", align 4
  %".566" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".565", i32 0
  %".567" = shufflevector <8 x float> %".566", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".568" = mul i64 %"k.1", 16
  %".569" = mul i64 %"j.outer.1", 1024
  %".570" = add i64 %".568", %".569"
  %".571" = getelementptr inbounds float, ptr %"B.packed", i64 %".570"
  %".572" = load <8 x float>, ptr %".571", align 4
  %".573" = fmul contract <8 x float> %".567", %".572"
  %".574" = fadd contract <8 x float> %".561", %".573"
  %".575" = getelementptr inbounds float, ptr %"C.local.1", i64 48
  store <8 x float> %".574", ptr %".575", align 4
  %".577" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".578" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".577"
  %".579" = getelementptr inbounds float, ptr %"C.local.1", i64 56
  %".580" = load <8 x float>, ptr %".579", align 4
  %".581" = mul i64 %"k.1", 6
  %".582" = add i64 %".581", 3843
  %".583" = getelementptr inbounds float, ptr %"A.packed", i64 %".582"
  %".584" = load float, ptr %".583", align 4
  %".585" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".584", i32 0
  %".586" = shufflevector <8 x float> %".585", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".587" = mul i64 %"k.1", 16
  %".588" = mul i64 %"j.outer.1", 1024
  %".589" = add i64 %".587", %".588"
  %".590" = add i64 %".589", 8
  %".591" = getelementptr inbounds float, ptr %"B.packed", i64 %".590"
  %".592" = load <8 x float>, ptr %".591", align 4
  %".593" = fmul contract <8 x float> %".586", %".592"
  %".594" = fadd contract <8 x float> %".580", %".593"
  %".595" = getelementptr inbounds float, ptr %"C.local.1", i64 56
  store <8 x float> %".594", ptr %".595", align 4
  %"k.next.1" = add nsw i64 %"k.1", 1
  br label %"k.header.1"
k.exit.1:
  %".598" = add i64 0, 6
  br label %"i.inner.header.1"
i.inner.header.1:
  %"i.inner.1" = phi  i64 [0, %"k.exit.1"], [%"i.inner.next.1", %"j.inner.outer.exit.1"]
  %".600" = icmp slt i64 %"i.inner.1", %".598"
  br i1 %".600", label %"i.inner.body.1", label %"i.inner.exit.1"
i.inner.body.1:
  %".602" = add i64 0, 2
  br label %"j.inner.outer.header.1"
i.inner.exit.1:
  %"j.outer.next.1" = add nsw i64 %"j.outer.1", 1
  br label %"j.outer.header.1"
j.inner.outer.header.1:
  %"j.inner.outer.1" = phi  i64 [0, %"i.inner.body.1"], [%"j.inner.outer.next.1", %"j.inner.outer.body.1.endif"]
  %".604" = icmp slt i64 %"j.inner.outer.1", %".602"
  br i1 %".604", label %"j.inner.outer.body.1", label %"j.inner.outer.exit.1"
j.inner.outer.body.1:
  %".606" = icmp slt i64 %"i.inner.1", 4
  br i1 %".606", label %"j.inner.outer.body.1.if", label %"j.inner.outer.body.1.endif"
j.inner.outer.exit.1:
  %"i.inner.next.1" = add nsw i64 %"i.inner.1", 1
  br label %"i.inner.header.1"
j.inner.outer.body.1.if:
  %".608" = mul i64 %"i.inner.1", 64
  %".609" = mul i64 %"j.outer.1", 16
  %".610" = add i64 %".608", %".609"
  %".611" = mul i64 %"j.inner.outer.1", 8
  %".612" = add i64 %".610", %".611"
  %".613" = add i64 %".612", 3840
  %".614" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".613", i32 0
  %".615" = shufflevector <8 x i64> %".614", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".616" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".617" = add <8 x i64> %".615", %".616"
  %".618" = mul i64 %"i.inner.1", 16
  %".619" = mul i64 %"j.inner.outer.1", 8
  %".620" = add i64 %".618", %".619"
  %".621" = getelementptr inbounds float, ptr %"C.local.1", i64 %".620"
  %".622" = load <8 x float>, ptr %".621", align 4
  %".623" = mul i64 %"i.inner.1", 64
  %".624" = mul i64 %"j.outer.1", 16
  %".625" = add i64 %".623", %".624"
  %".626" = mul i64 %"j.inner.outer.1", 8
  %".627" = add i64 %".625", %".626"
  %".628" = add i64 %".627", 3840
  %".629" = getelementptr inbounds float, ptr %"C", i64 %".628"
  store <8 x float> %".622", ptr %".629", align 4
  br label %"j.inner.outer.body.1.endif"
j.inner.outer.body.1.endif:
  %"j.inner.outer.next.1" = add nsw i64 %"j.inner.outer.1", 1
  br label %"j.inner.outer.header.1"
}

declare ptr @"aligned_alloc"(i64 %".1", i64 %".2")

declare void @"free"(ptr %".1")

define internal void @"tcomp_main.par0.body"(ptr noalias %"A", ptr noalias %"A.packed", i64 %".3", i64 %".4", i64 %".5") nounwind
{
entry:
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".4", %"entry"], [%"it.next", %"i1.exit"]
  %".8" = icmp slt i64 %"it", %".5"
  br i1 %".8", label %"it.body", label %"it.exit"
it.body:
  %"i0.outer" = add i64 %".3", %"it"
  %".10" = add i64 0, 64
  br label %"i1.header"
it.exit:
  ret void
i1.header:
  %"i1" = phi  i64 [0, %"it.body"], [%"i1.next", %"i0.inner.exit"]
  %".12" = icmp slt i64 %"i1", %".10"
  br i1 %".12", label %"i1.body", label %"i1.exit"
i1.body:
  %".14" = add i64 0, 6
  br label %"i0.inner.header"
i1.exit:
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
i0.inner.header:
  %"i0.inner" = phi  i64 [0, %"i1.body"], [%"i0.inner.next", %"i0.inner.body"]
  %".16" = icmp slt i64 %"i0.inner", %".14"
  br i1 %".16", label %"i0.inner.body", label %"i0.inner.exit"
i0.inner.body:
  %".18" = mul i64 %"i1", 6
  %".19" = mul i64 %"i0.outer", 384
  %".20" = add i64 %".18", %".19"
  %".21" = add i64 %".20", %"i0.inner"
  %".22" = mul i64 %"i0.outer", 384
  %".23" = add i64 %"i1", %".22"
  %".24" = mul i64 %"i0.inner", 64
  %".25" = add i64 %".23", %".24"
  %".26" = getelementptr inbounds float, ptr %"A", i64 %".25"
  %".27" = load float, ptr %".26", align 4
  %".28" = getelementptr inbounds float, ptr %"A.packed", i64 %".21"
  store float %".27", ptr %".28", align 4
  %"i0.inner.next" = add nsw i64 %"i0.inner", 1
  br label %"i0.inner.header"
i0.inner.exit:
  %"i1.next" = add nsw i64 %"i1", 1
  br label %"i1.header"
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

define internal void @"tcomp_main.par1.body"(ptr noalias %"B", ptr noalias %"B.packed", i64 %".3", i64 %".4", i64 %".5") nounwind
{
entry:
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".4", %"entry"], [%"it.next", %"i0.exit"]
  %".8" = icmp slt i64 %"it", %".5"
  br i1 %".8", label %"it.body", label %"it.exit"
it.body:
  %"i1.outer" = add i64 %".3", %"it"
  %".10" = add i64 0, 64
  br label %"i0.header"
it.exit:
  ret void
i0.header:
  %"i0" = phi  i64 [0, %"it.body"], [%"i0.next", %"i0.body"]
  %".12" = icmp slt i64 %"i0", %".10"
  br i1 %".12", label %"i0.body", label %"i0.exit"
i0.body:
  %".14" = mul i64 %"i0", 16
  %".15" = mul i64 %"i1.outer", 1024
  %".16" = add i64 %".14", %".15"
  %".17" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".16", i32 0
  %".18" = shufflevector <16 x i64> %".17", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".19" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".20" = add <16 x i64> %".18", %".19"
  %".21" = mul i64 %"i0", 64
  %".22" = mul i64 %"i1.outer", 16
  %".23" = add i64 %".21", %".22"
  %".24" = getelementptr inbounds float, ptr %"B", i64 %".23"
  %".25" = load <16 x float>, ptr %".24", align 4
  %".26" = mul i64 %"i0", 16
  %".27" = mul i64 %"i1.outer", 1024
  %".28" = add i64 %".26", %".27"
  %".29" = getelementptr inbounds float, ptr %"B.packed", i64 %".28"
  store <16 x float> %".25", ptr %".29", align 4
  %"i0.next" = add nsw i64 %"i0", 1
  br label %"i0.header"
i0.exit:
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
}

define internal void @"tcomp_main.par1"(ptr %".1", i64 %".2", i64 %".3") nounwind
{
entry:
  %".5" = getelementptr inbounds {ptr, ptr, i64}, ptr %".1", i32 0, i32 0
  %".6" = load ptr, ptr %".5"
  %".7" = getelementptr inbounds {ptr, ptr, i64}, ptr %".1", i32 0, i32 1
  %".8" = load ptr, ptr %".7"
  %".9" = getelementptr inbounds {ptr, ptr, i64}, ptr %".1", i32 0, i32 2
  %".10" = load i64, ptr %".9"
  call void @"tcomp_main.par1.body"(ptr %".6", ptr %".8", i64 %".10", i64 %".2", i64 %".3")
  ret void
}
