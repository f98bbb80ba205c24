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
  %"ws.cells" = load ptr, ptr @"tcomp_main_ws"
  %".5" = getelementptr inbounds ptr, ptr %"ws.cells", i64 0
  %"A.packed.block" = call ptr @"tcomp_main.ws_take"(ptr %".5", i64 16448)
  %".6" = icmp ne ptr %"A.packed.block", null
  %".7" = xor i1 %".6", -1
  br i1 %".7", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  call void @"tcomp_main.oob_report"(i64 -4, i64 16448, i64 0)
  br label %"entry.endif"
entry.endif:
  br i1 %".6", label %"entry.endif.if", label %"entry.endif.endif", !prof !1
entry.endif.if:
  %".12" = getelementptr inbounds i8, ptr %"A.packed.block", i64 64
  %".13" = getelementptr inbounds ptr, ptr %"ws.cells", i64 1
  %"B.packed.block" = call ptr @"tcomp_main.ws_take"(ptr %".13", i64 18496)
  %".14" = icmp ne ptr %"B.packed.block", null
  %".15" = xor i1 %".14", -1
  br i1 %".15", label %"entry.endif.if.if", label %"entry.endif.if.endif", !prof !0
entry.endif.endif:
  ret void
entry.endif.if.if:
  call void @"tcomp_main.oob_report"(i64 -5, i64 18496, i64 0)
  br label %"entry.endif.if.endif"
entry.endif.if.endif:
  br i1 %".14", label %"entry.endif.if.endif.if", label %"entry.endif.if.endif.endif", !prof !1
entry.endif.if.endif.if:
  %".20" = getelementptr inbounds i8, ptr %"B.packed.block", i64 64
  %".21" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"A", ptr %".21"
  %".23" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %".12", ptr %".23"
  %".25" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store i64 0, ptr %".25"
  %".27" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 16, i32 %".27")
  %".29" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure1", i32 0, i32 0
  store ptr %"B", ptr %".29"
  %".31" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure1", i32 0, i32 1
  store ptr %".20", ptr %".31"
  %".33" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure1", i32 0, i32 2
  store i64 0, ptr %".33"
  %".35" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par1", ptr %"closure1", i64 2, i32 %".35")
  %".37" = add i64 0, 64
  br label %"i0.header"
entry.endif.if.endif.endif:
  %".647" = atomicrmw xchg ptr %".5", ptr %"A.packed.block" acq_rel
  call void @"free"(ptr %".647")
  br label %"entry.endif.endif"
i0.header:
  %"i0" = phi  i64 [0, %"entry.endif.if.endif.if"], [%"i0.next", %"i0.body"]
  %".39" = icmp slt i64 %"i0", %".37"
  br i1 %".39", label %"i0.body", label %"i0.exit"
i0.body:
  %".41" = mul i64 %"i0", 24
  %".42" = add i64 %".41", 3072
  %".43" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".42", i32 0
  %".44" = shufflevector <16 x i64> %".43", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".45" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".46" = add <16 x i64> %".44", %".45"
  %".47" = mul i64 %"i0", 64
  %".48" = add i64 %".47", 48
  %".49" = getelementptr inbounds float, ptr %"B", i64 %".48"
  %".50" = load <16 x float>, ptr %".49", align 4
  %".51" = mul i64 %"i0", 24
  %".52" = add i64 %".51", 3072
  %".53" = getelementptr inbounds float, ptr %".20", i64 %".52"
  store <16 x float> %".50", ptr %".53", align 4
  %"i0.next" = add nsw i64 %"i0", 1
  br label %"i0.header"
i0.exit:
  %".56" = add i64 0, 2
  br label %"j.outer.header"
j.outer.header:
  %"j.outer" = phi  i64 [0, %"i0.exit"], [%"j.outer.next", %"i.outer.inner.exit"]
  %".58" = icmp slt i64 %"j.outer", %".56"
  br i1 %".58", label %"j.outer.body", label %"j.outer.exit"
j.outer.body:
  %".60" = add i64 0, 16
  br label %"i.outer.inner.header"
j.outer.exit:
  %".411" = add i64 0, 16
  br label %"i.outer.inner.header.1"
i.outer.inner.header:
  %"i.outer.inner" = phi  i64 [0, %"j.outer.body"], [%"i.outer.inner.next", %"i.inner.exit"]
  %".62" = icmp slt i64 %"i.outer.inner", %".60"
  br i1 %".62", label %"i.outer.inner.body", label %"i.outer.inner.exit"
i.outer.inner.body:
  %".64" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".65" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".64"
  %".66" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".66", align 4
  %".68" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".69" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".68"
  %".70" = getelementptr inbounds float, ptr %"C.local", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".70", align 4
  %".72" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".73" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".72"
  %".74" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".74", align 4
  %".76" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".77" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".76"
  %".78" = getelementptr inbounds float, ptr %"C.local", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".78", align 4
  %".80" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".81" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".80"
  %".82" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".82", align 4
  %".84" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".85" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".84"
  %".86" = getelementptr inbounds float, ptr %"C.local", i64 40
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".86", align 4
  %".88" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".89" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".88"
  %".90" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".90", align 4
  %".92" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".93" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".92"
  %".94" = getelementptr inbounds float, ptr %"C.local", i64 56
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".94", align 4
  %".96" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".97" = add <8 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".96"
  %".98" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".98", align 4
  %".100" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".101" = add <8 x i64> <i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72>, %".100"
  %".102" = getelementptr inbounds float, ptr %"C.local", i64 72
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".102", align 4
  %".104" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".105" = add <8 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".104"
  %".106" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".106", align 4
  %".108" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".109" = add <8 x i64> <i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88>, %".108"
  %".110" = getelementptr inbounds float, ptr %"C.local", i64 88
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".110", align 4
  %".112" = add i64 0, 64
  br label %"k.header"
i.outer.inner.exit:
  %"j.outer.next" = add nsw i64 %"j.outer", 1
  br label %"j.outer.header"
k.header:
  %"k" = phi  i64 [0, %"i.outer.inner.body"], [%"k.next", %"k.body"]
  %".114" = icmp slt i64 %"k", %".112"
  br i1 %".114", label %"k.body", label %"k.exit"
k.body:
  %".116" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".117" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".116"
  %".118" = getelementptr inbounds float, ptr %"C.local", i64 0
  %".119" = load <8 x float>, ptr %".118", align 4
  %".120" = mul i64 %"k", 4
  %".121" = mul i64 %"i.outer.inner", 256
  %".122" = add i64 %".120", %".121"
  %".123" = getelementptr inbounds float, ptr %".12", i64 %".122"
  %".124" = load float, ptr %".123", align 4
  %".125" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".124", i32 0
  %".126" = shufflevector <8 x float> %".125", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".127" = mul i64 %"k", 24
  %".128" = mul i64 %"j.outer", 1536
  %".129" = add i64 %".127", %".128"
  %".130" = getelementptr inbounds float, ptr %".20", i64 %".129"
  %".131" = load <8 x float>, ptr %".130", align 4
  %".132" = fmul contract <8 x float> %".126", %".131"
  %".133" = fadd contract <8 x float> %".119", %".132"
  %".134" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <8 x float> %".133", ptr %".134", align 4
  %".136" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".137" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".136"
  %".138" = getelementptr inbounds float, ptr %"C.local", i64 8
  %".139" = load <8 x float>, ptr %".138", align 4
  %".140" = mul i64 %"k", 4
  %".141" = mul i64 %"i.outer.inner", 256
  %".142" = add i64 %".140", %".141"
  %".143" = getelementptr inbounds float, ptr %".12", i64 %".142"
  %".144" = load float, ptr %".143", align 4
  %".145" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".144", i32 0
  %".146" = shufflevector <8 x float> %".145", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".147" = mul i64 %"k", 24
  %".148" = mul i64 %"j.outer", 1536
  %".149" = add i64 %".147", %".148"
  %".150" = add i64 %".149", 8
  %".151" = getelementptr inbounds float, ptr %".20", i64 %".150"
  %".152" = load <8 x float>, ptr %".151", align 4
  %".153" = fmul contract <8 x float> %".146", %".152"
  %".154" = fadd contract <8 x float> %".139", %".153"
  %".155" = getelementptr inbounds float, ptr %"C.local", i64 8
  store <8 x float> %".154", ptr %".155", align 4
  %".157" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".158" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".157"
  %".159" = getelementptr inbounds float, ptr %"C.local", i64 16
  %".160" = load <8 x float>, ptr %".159", align 4
  %".161" = mul i64 %"k", 4
  %".162" = mul i64 %"i.outer.inner", 256
  %".163" = add i64 %".161", %".162"
  %".164" = getelementptr inbounds float, ptr %".12", i64 %".163"
  %".165" = load float, ptr %".164", align 4
  %".166" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".165", i32 0
  %".167" = shufflevector <8 x float> %".166", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".168" = mul i64 %"k", 24
  %".169" = mul i64 %"j.outer", 1536
  %".170" = add i64 %".168", %".169"
  %".171" = add i64 %".170", 16
  %".172" = getelementptr inbounds float, ptr %".20", i64 %".171"
  %".173" = load <8 x float>, ptr %".172", align 4
  %".174" = fmul contract <8 x float> %".167", %".173"
  %".175" = fadd contract <8 x float> %".160", %".174"
  %".176" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <8 x float> %".175", ptr %".176", align 4
  %".178" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".179" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".178"
  %".180" = getelementptr inbounds float, ptr %"C.local", i64 24
  %".181" = load <8 x float>, ptr %".180", align 4
  %".182" = mul i64 %"k", 4
  %".183" = mul i64 %"i.outer.inner", 256
  %".184" = add i64 %".182", %".183"
  %".185" = add i64 %".184", 1
  %".186" = getelementptr inbounds float, ptr %".12", i64 %".185"
  %".187" = load float, ptr %".186", align 4
  %".188" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".187", i32 0
  %".189" = shufflevector <8 x float> %".188", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".190" = mul i64 %"k", 24
  %".191" = mul i64 %"j.outer", 1536
  %".192" = add i64 %".190", %".191"
  %".193" = getelementptr inbounds float, ptr %".20", i64 %".192"
  %".194" = load <8 x float>, ptr %".193", align 4
  %".195" = fmul contract <8 x float> %".189", %".194"
  %".196" = fadd contract <8 x float> %".181", %".195"
  %".197" = getelementptr inbounds float, ptr %"C.local", i64 24
  store <8 x float> %".196", ptr %".197", align 4
  %".199" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".200" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".199"
  %".201" = getelementptr inbounds float, ptr %"C.local", i64 32
  %".202" = load <8 x float>, ptr %".201", align 4
  %".203" = mul i64 %"k", 4
  %".204" = mul i64 %"i.outer.inner", 256
  %".205" = add i64 %".203", %".204"
  %".206" = add i64 %".205", 1
  %".207" = getelementptr inbounds float, ptr %".12", i64 %".206"
  %".208" = load float, ptr %".207", align 4
  %".209" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".208", i32 0
  %".210" = shufflevector <8 x float> %".209", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".211" = mul i64 %"k", 24
  %".212" = mul i64 %"j.outer", 1536
  %".213" = add i64 %".211", %".212"
  %".214" = add i64 %".213", 8
  %".215" = getelementptr inbounds float, ptr %".20", i64 %".214"
  %".216" = load <8 x float>, ptr %".215", align 4
  %".217" = fmul contract <8 x float> %".210", %".216"
  %".218" = fadd contract <8 x float> %".202", %".217"
  %".219" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <8 x float> %".218", ptr %".219", align 4
  %".221" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".222" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".221"
  %".223" = getelementptr inbounds float, ptr %"C.local", i64 40
  %".224" = load <8 x float>, ptr %".223", align 4
  %".225" = mul i64 %"k", 4
  %".226" = mul i64 %"i.outer.inner", 256
  %".227" = add i64 %".225", %".226"
  %".228" = add i64 %".227", 1
  %".229" = getelementptr inbounds float, ptr %".12", i64 %".228"
  %".230" = load float, ptr %".229", align 4
  %".231" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".230", i32 0
  %".232" = shufflevector <8 x float> %".231", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".233" = mul i64 %"k", 24
  %".234" = mul i64 %"j.outer", 1536
  %".235" = add i64 %".233", %".234"
  %".236" = add i64 %".235", 16
  %".237" = getelementptr inbounds float, ptr %".20", i64 %".236"
  %".238" = load <8 x float>, ptr %".237", align 4
  %".239" = fmul contract <8 x float> %".232", %".238"
  %".240" = fadd contract <8 x float> %".224", %".239"
  %".241" = getelementptr inbounds float, ptr %"C.local", i64 40
  store <8 x float> %".240", ptr %".241", align 4
  %".243" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".244" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".243"
  %".245" = getelementptr inbounds float, ptr %"C.local", i64 48
  %".246" = load <8 x float>, ptr %".245", align 4
  %".247" = mul i64 %"k", 4
  %".248" = mul i64 %"i.outer.inner", 256
  %".249" = add i64 %".247", %".248"
  %".250" = add i64 %".249", 2
  %".251" = getelementptr inbounds float, ptr %".12", i64 %".250"
  %".252" = load float, ptr %".251", align 4
  %".253" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".252", i32 0
  %".254" = shufflevector <8 x float> %".253", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".255" = mul i64 %"k", 24
  %".256" = mul i64 %"j.outer", 1536
  %".257" = add i64 %".255", %".256"
  %".258" = getelementptr inbounds float, ptr %".20", i64 %".257"
  %".259" = load <8 x float>, ptr %".258", align 4
  %".260" = fmul contract <8 x float> %".254", %".259"
  %".261" = fadd contract <8 x float> %".246", %".260"
  %".262" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <8 x float> %".261", ptr %".262", align 4
  %".264" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".265" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".264"
  %".266" = getelementptr inbounds float, ptr %"C.local", i64 56
  %".267" = load <8 x float>, ptr %".266", align 4
  %".268" = mul i64 %"k", 4
  %".269" = mul i64 %"i.outer.inner", 256
  %".270" = add i64 %".268", %".269"
  %".271" = add i64 %".270", 2
  %".272" = getelementptr inbounds float, ptr %".12", i64 %".271"
  %".273" = load float, ptr %".272", align 4
  %".274" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".273", i32 0
  %".275" = shufflevector <8 x float> %".274", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".276" = mul i64 %"k", 24
  %".277" = mul i64 %"j.outer", 1536
  %".278" = add i64 %".276", %".277"
  %".279" = add i64 %".278", 8
  %".280" = getelementptr inbounds float, ptr %".20", i64 %".279"
  %".281" = load <8 x float>, ptr %".280", align 4
  %".282" = fmul contract <8 x float> %".275", %".281"
  %".283" = fadd contract <8 x float> %".267", %".282"
  %".284" = getelementptr inbounds float, ptr %"C.local", i64 56
  store <8 x float> %".283", ptr %".284", align 4
  %".286" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".287" = add <8 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".286"
  %".288" = getelementptr inbounds float, ptr %"C.local", i64 64
  %".289" = load <8 x float>, ptr %".288", align 4
  %".290" = mul i64 %"k", 4
  %".291" = mul i64 %"i.outer.inner", 256
  %".292" = add i64 %".290", %".291"
  %".293" = add i64 %".292", 2
  %".294" = getelementptr inbounds float, ptr %".12", i64 %".293"
  %".295" = load float, ptr %".294", align 4
  %".296" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".295", i32 0
  %".297" = shufflevector <8 x float> %".296", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".298" = mul i64 %"k", 24
  %".299" = mul i64 %"j.outer", 1536
  %".300" = add i64 %".298", %".299"
  %".301" = add i64 %".300", 16
  %".302" = getelementptr inbounds float, ptr %".20", i64 %".301"
  %".303" = load <8 x float>, ptr %".302", align 4
  %".304" = fmul contract <8 x float> %".297", %".303"
  %".305" = fadd contract <8 x float> %".289", %".304"
  %".306" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <8 x float> %".305", ptr %".306", align 4
  %".308" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".309" = add <8 x i64> <i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72>, %".308"
  %".310" = getelementptr inbounds float, ptr %"C.local", i64 72
  %".311" = load <8 x float>, ptr %".310", align 4
  %".312" = mul i64 %"k", 4
  %".313" = mul i64 %"i.outer.inner", 256
  %".314" = add i64 %".312", %".313"
  %".315" = add i64 %".314", 3
  %".316" = getelementptr inbounds float, ptr %".12", i64 %".315"
  %".317" = load float, ptr %".316", align 4
  %".318" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".317", i32 0
  %".319" = shufflevector <8 x float> %".318", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".320" = mul i64 %"k", 24
  %".321" = mul i64 %"j.outer", 1536
  %".322" = add i64 %".320", %".321"
  %".323" = getelementptr inbounds float, ptr %".20", i64 %".322"
  %".324" = load <8 x float>, ptr %".323", align 4
  %".325" = fmul contract <8 x float> %".319", %".324"
  %".326" = fadd contract <8 x float> %".311", %".325"
  %".327" = getelementptr inbounds float, ptr %"C.local", i64 72
  store <8 x float> %".326", ptr %".327", align 4
  %".329" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".330" = add <8 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".329"
  %".331" = getelementptr inbounds float, ptr %"C.local", i64 80
  %".332" = load <8 x float>, ptr %".331", align 4
  %".333" = mul i64 %"k", 4
  %".334" = mul i64 %"i.outer.inner", 256
  %".335" = add i64 %".333", %".334"
  %".336" = add i64 %".335", 3
  %".337" = getelementptr inbounds float, ptr %".12", i64 %".336"
  %".338" = load float, ptr %".337", align 4
  %".339" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".338", i32 0
  %".340" = shufflevector <8 x float> %".339", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".341" = mul i64 %"k", 24
  %".342" = mul i64 %"j.outer", 1536
  %".343" = add i64 %".341", %".342"
  %".344" = add i64 %".343", 8
  %".345" = getelementptr inbounds float, ptr %".20", i64 %".344"
  %".346" = load <8 x float>, ptr %".345", align 4
  %".347" = fmul contract <8 x float> %".340", %".346"
  %".348" = fadd contract <8 x float> %".332", %".347"
  %".349" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <8 x float> %".348", ptr %".349", align 4
  %".351" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".352" = add <8 x i64> <i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88>, %".351"
  %".353" = getelementptr inbounds float, ptr %"C.local", i64 88
  %".354" = load <8 x float>, ptr %".353", align 4
  %".355" = mul i64 %"k", 4
  %".356" = mul i64 %"i.outer.inner", 256
  %".357" = add i64 %".355", %".356"
  %".358" = add i64 %".357", 3
  %".359" = getelementptr inbounds float, ptr %".12", i64 %".358"
  %".360" = load float, ptr %".359", align 4
  %".361" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".360", i32 0
  %".362" = shufflevector <8 x float> %".361", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".363" = mul i64 %"k", 24
  %".364" = mul i64 %"j.outer", 1536
  %".365" = add i64 %".363", %".364"
  %".366" = add i64 %".365", 16
  %".367" = getelementptr inbounds float, ptr %".20", i64 %".366"
  %".368" = load <8 x float>, ptr %".367", align 4
  %".369" = fmul contract <8 x float> %".362", %".368"
  %".370" = fadd contract <8 x float> %".354", %".369"
  %".371" = getelementptr inbounds float, ptr %"C.local", i64 88
  store <8 x float> %".370", ptr %".371", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
k.exit:
  %".374" = add i64 0, 4
  br label %"i.inner.header"
i.inner.header:
  %"i.inner" = phi  i64 [0, %"k.exit"], [%"i.inner.next", %"j.inner.outer.exit"]
  %".376" = icmp slt i64 %"i.inner", %".374"
  br i1 %".376", label %"i.inner.body", label %"i.inner.exit"
i.inner.body:
  %".378" = add i64 0, 3
  br label %"j.inner.outer.header"
i.inner.exit:
  %"i.outer.inner.next" = add nsw i64 %"i.outer.inner", 1
  br label %"i.outer.inner.header"
j.inner.outer.header:
  %"j.inner.outer" = phi  i64 [0, %"i.inner.body"], [%"j.inner.outer.next", %"j.inner.outer.body"]
  %".380" = icmp slt i64 %"j.inner.outer", %".378"
  br i1 %".380", label %"j.inner.outer.body", label %"j.inner.outer.exit"
j.inner.outer.body:
  %".382" = mul i64 %"i.inner", 64
  %".383" = mul i64 %"i.outer.inner", 256
  %".384" = add i64 %".382", %".383"
  %".385" = mul i64 %"j.outer", 24
  %".386" = add i64 %".384", %".385"
  %".387" = mul i64 %"j.inner.outer", 8
  %".388" = add i64 %".386", %".387"
  %".389" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".388", i32 0
  %".390" = shufflevector <8 x i64> %".389", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".391" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".392" = add <8 x i64> %".390", %".391"
  %".393" = mul i64 %"i.inner", 24
  %".394" = mul i64 %"j.inner.outer", 8
  %".395" = add i64 %".393", %".394"
  %".396" = getelementptr inbounds float, ptr %"C.local", i64 %".395"
  %".397" = load <8 x float>, ptr %".396", align 4
  %".398" = mul i64 %"i.inner", 64
  %".399" = mul i64 %"i.outer.inner", 256
  %".400" = add i64 %".398", %".399"
  %".401" = mul i64 %"j.outer", 24
  %".402" = add i64 %".400", %".401"
  %".403" = mul i64 %"j.inner.outer", 8
  %".404" = add i64 %".402", %".403"
  %".405" = getelementptr inbounds float, ptr %"C", i64 %".404"
  store <8 x float> %".397", ptr %".405", align 4
  %"j.inner.outer.next" = add nsw i64 %"j.inner.outer", 1
  br label %"j.inner.outer.header"
j.inner.outer.exit:
  %"i.inner.next" = add nsw i64 %"i.inner", 1
  br label %"i.inner.header"
i.outer.inner.header.1:
  %"i.outer.inner.1" = phi  i64 [0, %"j.outer.exit"], [%"i.outer.inner.next.1", %"i.inner.exit.1"]
  %".413" = icmp slt i64 %"i.outer.inner.1", %".411"
  br i1 %".413", label %"i.outer.inner.body.1", label %"i.outer.inner.exit.1"
i.outer.inner.body.1:
  %".415" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".416" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".415"
  %".417" = getelementptr inbounds float, ptr %"C.local.1", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".417", align 4
  %".419" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".420" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".419"
  %".421" = getelementptr inbounds float, ptr %"C.local.1", i64 8
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".421", align 4
  %".423" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".424" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".423"
  %".425" = getelementptr inbounds float, ptr %"C.local.1", i64 16
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".425", align 4
  %".427" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".428" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".427"
  %".429" = getelementptr inbounds float, ptr %"C.local.1", i64 24
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".429", align 4
  %".431" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".432" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".431"
  %".433" = getelementptr inbounds float, ptr %"C.local.1", i64 32
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".433", align 4
  %".435" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".436" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".435"
  %".437" = getelementptr inbounds float, ptr %"C.local.1", i64 40
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".437", align 4
  %".439" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".440" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".439"
  %".441" = getelementptr inbounds float, ptr %"C.local.1", i64 48
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".441", align 4
  %".443" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".444" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".443"
  %".445" = getelementptr inbounds float, ptr %"C.local.1", i64 56
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".445", align 4
  %".447" = add i64 0, 64
  br label %"k.header.1"
i.outer.inner.exit.1:
  %".644" = atomicrmw xchg ptr %".13", ptr %"B.packed.block" acq_rel
  call void @"free"(ptr %".644")
  br label %"entry.endif.if.endif.endif"
k.header.1:
  %"k.1" = phi  i64 [0, %"i.outer.inner.body.1"], [%"k.next.1", %"k.body.1"]
  %".449" = icmp slt i64 %"k.1", %".447"
  br i1 %".449", label %"k.body.1", label %"k.exit.1"
k.body.1:
  %".451" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".452" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".451"
  %".453" = getelementptr inbounds float, ptr %"C.local.1", i64 0
  %".454" = load <8 x float>, ptr %".453", align 4
  %".455" = mul i64 %"k.1", 4
  %".456" = mul i64 %"i.outer.inner.1", 256
  %".457" = add i64 %".455", %".456"
  %".458" = getelementptr inbounds float, ptr %".12", i64 %".457"
  %".459" = load float, ptr %".458", align 4
  %".460" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".459", i32 0
  %".461" = shufflevector <8 x float> %".460", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".462" = mul i64 %"k.1", 24
  %".463" = add i64 %".462", 3072
  %".464" = getelementptr inbounds float, ptr %".20", i64 %".463"
  %".465" = load <8 x float>, ptr %".464", align 4
  %".466" = fmul contract <8 x float> %".461", %".465"
  %".467" = fadd contract <8 x float> %".454", %".466"
  %".468" = getelementptr inbounds float, ptr %"C.local.1", i64 0
  store <8 x float> %".467", ptr %".468", align 4
  %".470" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".471" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".470"
  %".472" = getelementptr inbounds float, ptr %"C.local.1", i64 8
  %".473" = load <8 x float>, ptr %".472", align 4
  %".474" = mul i64 %"k.1", 4
  %".475" = mul i64 %"i.outer.inner.1", 256
  %".476" = add i64 %".474", %".475"
  %".477" = getelementptr inbounds float, ptr %".12", i64 %".476"
  %".478" = load float, ptr %".477", align 4
  %".479" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".478", i32 0
  %".480" = shufflevector <8 x float> %".479", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".481" = mul i64 %"k.1", 24
  %".482" = add i64 %".481", 3080
  %".483" = getelementptr inbounds float, ptr %".20", i64 %".482"
  %".484" = load <8 x float>, ptr %".483", align 4
  %".485" = fmul contract <8 x float> %".480", %".484"
  %".486" = fadd contract <8 x float> %".473", %".485"
  %".487" = getelementptr inbounds float, ptr %"C.local.1", i64 8
  store <8 x float> %".486", ptr %".487", align 4
  %".489" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".490" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".489"
  %".491" = getelementptr inbounds float, ptr %"C.local.1", i64 16
  %".492" = load <8 x float>, ptr %".491", align 4
  %".493" = mul i64 %"k.1", 4
  %".494" = mul i64 %"i.outer.inner.1", 256
  %".495" = add i64 %".493", %".494"
  %".496" = add i64 %".495", 1
  %".497" = getelementptr inbounds float, ptr %".12", i64 %".496"
  %".498" = load float, ptr %".497", align 4
  %".499" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".498", i32 0
  %".500" = shufflevector <8 x float> %".499", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".501" = mul i64 %"k.1", 24
  %".502" = add i64 %".501", 3072
  %".503" = getelementptr inbounds float, ptr %".20", i64 %".502"
  %".504" = load <8 x float>, ptr %".503", align 4
  %".505" = fmul contract <8 x float> %".500", %".504"
  %".506" = fadd contract <8 x float> %".492", %".505"
  %".507" = getelementptr inbounds float, ptr %"C.local.1", i64 16
  store <8 x float> %".506", ptr %".507", align 4
  %".509" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".510" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".509"
  %".511" = getelementptr inbounds float, ptr %"C.local.1", i64 24
  %".512" = load <8 x float>, ptr %".511", align 4
  %".513" = mul i64 %"k.1", 4
  %".514" = mul i64 %"i.outer.inner.1", 256
  %".515" = add i64 %".513", %".514"
  %".516" = add i64 %".515", 1
  %".517" = getelementptr inbounds float, ptr %".12", i64 %".516"
  %".518" = load float, ptr %".517", align 4
  %".519" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".518", i32 0
  %".520" = shufflevector <8 x float> %".519", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".521" = mul i64 %"k.1", 24
  %".522" = add i64 %".521", 3080
  %".523" = getelementptr inbounds float, ptr %".20", i64 %".522"
  %".524" = load <8 x float>, ptr %".523", align 4
  %".525" = fmul contract <8 x float> %".520", %".524"
  %".526" = fadd contract <8 x float> %".512", %".525"
  %".527" = getelementptr inbounds float, ptr %"C.local.1", i64 24
  store <8 x float> %".526", ptr %".527", align 4
  %".529" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".530" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".529"
  %".531" = getelementptr inbounds float, ptr %"C.local.1", i64 32
  %".532" = load <8 x float>, ptr %".531", align 4
  %".533" = mul i64 %"k.1", 4
  %".534" = mul i64 %"i.outer.inner.1", 256
  %".535" = add i64 %".533", %".534"
  %".536" = add i64 %".535", 2
  %".537" = getelementptr inbounds float, ptr %".12", i64 %".536"
  %".538" = load float, ptr %".537", align 4
  %".539" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".538", i32 0
  %".540" = shufflevector <8 x float> %".539", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".541" = mul i64 %"k.1", 24
  %".542" = add i64 %".541", 3072
  %".543" = getelementptr inbounds float, ptr %".20", i64 %".542"
  %".544" = load <8 x float>, ptr %".543", align 4
  %".545" = fmul contract <8 x float> %".540", %".544"
  %".546" = fadd contract <8 x float> %".532", %".545"
  %".547" = getelementptr inbounds float, ptr %"C.local.1", i64 32
  store <8 x float> %".546", ptr %".547", align 4
  %".549" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".550" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".549"
  %".551" = getelementptr inbounds float, ptr %"C.local.1", i64 40
  %".552" = load <8 x float>, ptr %".551", align 4
  %".553" = mul i64 %"k.1", 4
  %".554" = mul i64 %"i.outer.inner.1", 256
  %".555" = add i64 %".553", %".554"
  %".556" = add i64 %".555", 2
  %".557" = getelementptr inbounds float, ptr %".12", i64 %".556"
  %".558" = load float, ptr %".557", align 4
  %".559" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".558", i32 0
  %".560" = shufflevector <8 x float> %".559", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".561" = mul i64 %"k.1", 24
  %".562" = add i64 %".561", 3080
  %".563" = getelementptr inbounds float, ptr %".20", i64 %".562"
  %".564" = load <8 x float>, ptr %".563", align 4
  %".565" = fmul contract <8 x float> %".560", %".564"
  %".566" = fadd contract <8 x float> %".552", %".565"
  %".567" = getelementptr inbounds float, ptr %"C.local.1", i64 40
  store <8 x float> %".566", ptr %".567", align 4
  %".569" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".570" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".569"
  %".571" = getelementptr inbounds float, ptr %"C.local.1", i64 48
  %".572" = load <8 x float>, ptr %".571", align 4
  %".573" = mul i64 %"k.1", 4
  %".574" = mul i64 %"i.outer.inner.1", 256
  %".575" = add i64 %".573", %".574"
  %".576" = add i64 %".575", 3
  %".577" = getelementptr inbounds float, ptr %".12", i64 %".576"
  %".578" = load float, ptr %".577", align 4
  %".579" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".578", i32 0
  %".580" = shufflevector <8 x float> %".579", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".581" = mul i64 %"k.1", 24
  %".582" = add i64 %".581", 3072
  %".583" = getelementptr inbounds float, ptr %".20", i64 %".582"
  %".584" = load <8 x float>, ptr %".583", align 4
  %".585" = fmul contract <8 x float> %".580", %".584"
  %".586" = fadd contract <8 x float> %".572", %".585"
  %".587" = getelementptr inbounds float, ptr %"C.local.1", i64 48
  store <8 x float> %".586", ptr %".587", align 4
  %".589" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".590" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".589"
  %".591" = getelementptr inbounds float, ptr %"C.local.1", i64 56
  %".592" = load <8 x float>, ptr %".591", align 4
  %".593" = mul i64 %"k.1", 4
  %".594" = mul i64 %"i.outer.inner.1", 256
  %".595" = add i64 %".593", %".594"
  %".596" = add i64 %".595", 3
  %".597" = getelementptr inbounds float, ptr %".12", i64 %".596"
  %".598" = load float, ptr %".597", align 4
  %".599" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".598", i32 0
  %".600" = shufflevector <8 x float> %".599", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".601" = mul i64 %"k.1", 24
  %".602" = add i64 %".601", 3080
  %".603" = getelementptr inbounds float, ptr %".20", i64 %".602"
  %".604" = load <8 x float>, ptr %".603", align 4
  %".605" = fmul contract <8 x float> %".600", %".604"
  %".606" = fadd contract <8 x float> %".592", %".605"
  %".607" = getelementptr inbounds float, ptr %"C.local.1", i64 56
  store <8 x float> %".606", ptr %".607", align 4
  %"k.next.1" = add nsw i64 %"k.1", 1
  br label %"k.header.1"
k.exit.1:
  %".610" = add i64 0, 4
  br label %"i.inner.header.1"
i.inner.header.1:
  %"i.inner.1" = phi  i64 [0, %"k.exit.1"], [%"i.inner.next.1", %"j.inner.outer.exit.1"]
  %".612" = icmp slt i64 %"i.inner.1", %".610"
  br i1 %".612", label %"i.inner.body.1", label %"i.inner.exit.1"
i.inner.body.1:
  %".614" = add i64 0, 2
  br label %"j.inner.outer.header.1"
i.inner.exit.1:
  %"i.outer.inner.next.1" = add nsw i64 %"i.outer.inner.1", 1
  br label %"i.outer.inner.header.1"
j.inner.outer.header.1:
  %"j.inner.outer.1" = phi  i64 [0, %"i.inner.body.1"], [%"j.inner.outer.next.1", %"j.inner.outer.body.1"]
  %".616" = icmp slt i64 %"j.inner.outer.1", %".614"
  br i1 %".616", label %"j.inner.outer.body.1", label %"j.inner.outer.exit.1"
j.inner.outer.body.1:
  %".618" = mul i64 %"i.inner.1", 64
  %".619" = mul i64 %"i.outer.inner.1", 256
  %".620" = add i64 %".618", %".619"
  %".621" = mul i64 %"j.inner.outer.1", 8
  %".622" = add i64 %".620", %".621"
  %".623" = add i64 %".622", 48
  %".624" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".623", i32 0
  %".625" = shufflevector <8 x i64> %".624", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".626" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".627" = add <8 x i64> %".625", %".626"
  %".628" = mul i64 %"i.inner.1", 16
  %".629" = mul i64 %"j.inner.outer.1", 8
  %".630" = add i64 %".628", %".629"
  %".631" = getelementptr inbounds float, ptr %"C.local.1", i64 %".630"
  %".632" = load <8 x float>, ptr %".631", align 4
  %".633" = mul i64 %"i.inner.1", 64
  %".634" = mul i64 %"i.outer.inner.1", 256
  %".635" = add i64 %".633", %".634"
  %".636" = mul i64 %"j.inner.outer.1", 8
  %".637" = add i64 %".635", %".636"
  %".638" = add i64 %".637", 48
  %".639" = getelementptr inbounds float, ptr %"C", i64 %".638"
  store <8 x float> %".632", ptr %".639", align 4
  %"j.inner.outer.next.1" = add nsw i64 %"j.inner.outer.1", 1
  br label %"j.inner.outer.header.1"
j.inner.outer.exit.1:
  %"i.inner.next.1" = add nsw i64 %"i.inner.1", 1
  br label %"i.inner.header.1"
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
  %".14" = add i64 0, 4
  br label %"i0.inner.header"
i1.exit:
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
i0.inner.header:
  %"i0.inner" = phi  i64 [0, %"i1.body"], [%"i0.inner.next", %"i0.inner.body"]
  %".16" = icmp slt i64 %"i0.inner", %".14"
  br i1 %".16", label %"i0.inner.body", label %"i0.inner.exit"
i0.inner.body:
  %".18" = mul i64 %"i1", 4
  %".19" = mul i64 %"i0.outer", 256
  %".20" = add i64 %".18", %".19"
  %".21" = add i64 %".20", %"i0.inner"
  %".22" = mul i64 %"i0.outer", 256
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
  %".14" = mul i64 %"i0", 24
  %".15" = mul i64 %"i1.outer", 1536
  %".16" = add i64 %".14", %".15"
  %".17" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".16", i32 0
  %".18" = shufflevector <16 x i64> %".17", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".19" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".20" = add <16 x i64> %".18", %".19"
  %".21" = mul i64 %"i0", 64
  %".22" = mul i64 %"i1.outer", 24
  %".23" = add i64 %".21", %".22"
  %".24" = getelementptr inbounds float, ptr %"B", i64 %".23"
  %".25" = load <16 x float>, ptr %".24", align 4
  %".26" = mul i64 %"i0", 24
  %".27" = mul i64 %"i1.outer", 1536
  %".28" = add i64 %".26", %".27"
  %".29" = getelementptr inbounds float, ptr %"B.packed", i64 %".28"
  store <16 x float> %".25", ptr %".29", align 4
  %".31" = mul i64 %"i0", 24
  %".32" = mul i64 %"i1.outer", 1536
  %".33" = add i64 %".31", %".32"
  %".34" = add i64 %".33", 16
  %".35" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".34", i32 0
  %".36" = shufflevector <8 x i64> %".35", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".37" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".38" = add <8 x i64> %".36", %".37"
  %".39" = mul i64 %"i0", 64
  %".40" = mul i64 %"i1.outer", 24
  %".41" = add i64 %".39", %".40"
  %".42" = add i64 %".41", 16
  %".43" = getelementptr inbounds float, ptr %"B", i64 %".42"
  %".44" = load <8 x float>, ptr %".43", align 4
  %".45" = mul i64 %"i0", 24
  %".46" = mul i64 %"i1.outer", 1536
  %".47" = add i64 %".45", %".46"
  %".48" = add i64 %".47", 16
  %".49" = getelementptr inbounds float, ptr %"B.packed", i64 %".48"
  store <8 x float> %".44", ptr %".49", align 4
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

@"tcomp_main.ws_cells" = internal global [2 x ptr] zeroinitializer, align 8
@"tcomp_main_ws_n" = constant i64 2, align 8
!0 = !{ !"branch_weights", i32 1, i32 99 }
!1 = !{ !"branch_weights", i32 99, i32 1 }
