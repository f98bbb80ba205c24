; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"Q", ptr noalias %"K", ptr noalias %"V", ptr noalias %"O") nounwind
{
entry:
  %"closure1" = alloca {ptr, ptr, ptr, i64}
  %"S.local.1" = alloca [64 x float], align 64
  %"S.local" = alloca [192 x float], align 64
  %"closure0" = alloca {ptr, ptr, i64}
  %"ws.cells" = load ptr, ptr @"tcomp_main_ws"
  %".6" = getelementptr inbounds ptr, ptr %"ws.cells", i64 0
  %"K.packed.block" = call ptr @"tcomp_main.ws_take"(ptr %".6", i64 576)
  %".7" = icmp ne ptr %"K.packed.block", null
  %".8" = xor i1 %".7", -1
  br i1 %".8", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  call void @"tcomp_main.oob_report"(i64 -5, i64 576, i64 0)
  br label %"entry.endif"
entry.endif:
  br i1 %".7", label %"entry.endif.if", label %"entry.endif.endif", !prof !1
entry.endif.if:
  %".13" = getelementptr inbounds i8, ptr %"K.packed.block", i64 64
  %".14" = getelementptr inbounds ptr, ptr %"ws.cells", i64 1
  %"S.block" = call ptr @"tcomp_main.ws_take"(ptr %".14", i64 1088)
  %".15" = icmp ne ptr %"S.block", null
  %".16" = xor i1 %".15", -1
  br i1 %".16", label %"entry.endif.if.if", label %"entry.endif.if.endif", !prof !0
entry.endif.endif:
  ret void
entry.endif.if.if:
  call void @"tcomp_main.oob_report"(i64 -6, i64 1088, i64 0)
  br label %"entry.endif.if.endif"
entry.endif.if.endif:
  br i1 %".15", label %"entry.endif.if.endif.if", label %"entry.endif.if.endif.endif", !prof !1
entry.endif.if.endif.if:
  %".21" = getelementptr inbounds i8, ptr %"S.block", i64 64
  %".22" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"K", ptr %".22"
  %".24" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %".13", ptr %".24"
  %".26" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store i64 0, ptr %".26"
  %".28" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 8, i32 %".28")
  %".30" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".31" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".30"
  %".32" = getelementptr inbounds float, ptr %"S.local", i64 0
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".32", align 4
  %".34" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".35" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".34"
  %".36" = getelementptr inbounds float, ptr %"S.local", i64 16
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".36", align 4
  %".38" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".39" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".38"
  %".40" = getelementptr inbounds float, ptr %"S.local", i64 32
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".40", align 4
  %".42" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".43" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".42"
  %".44" = getelementptr inbounds float, ptr %"S.local", i64 48
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".44", align 4
  %".46" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".47" = add <16 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".46"
  %".48" = getelementptr inbounds float, ptr %"S.local", i64 64
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".48", align 4
  %".50" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".51" = add <16 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".50"
  %".52" = getelementptr inbounds float, ptr %"S.local", i64 80
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".52", align 4
  %".54" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".55" = add <16 x i64> <i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96>, %".54"
  %".56" = getelementptr inbounds float, ptr %"S.local", i64 96
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".56", align 4
  %".58" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".59" = add <16 x i64> <i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112>, %".58"
  %".60" = getelementptr inbounds float, ptr %"S.local", i64 112
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".60", align 4
  %".62" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".63" = add <16 x i64> <i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128>, %".62"
  %".64" = getelementptr inbounds float, ptr %"S.local", i64 128
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".64", align 4
  %".66" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".67" = add <16 x i64> <i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144>, %".66"
  %".68" = getelementptr inbounds float, ptr %"S.local", i64 144
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".68", align 4
  %".70" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".71" = add <16 x i64> <i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160>, %".70"
  %".72" = getelementptr inbounds float, ptr %"S.local", i64 160
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".72", align 4
  %".74" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".75" = add <16 x i64> <i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176>, %".74"
  %".76" = getelementptr inbounds float, ptr %"S.local", i64 176
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".76", align 4
  %".78" = add i64 0, 8
  br label %"d.header"
entry.endif.if.endif.endif:
  %".422" = atomicrmw xchg ptr %".6", ptr %"K.packed.block" acq_rel
  call void @"free"(ptr %".422")
  br label %"entry.endif.endif"
d.header:
  %"d" = phi  i64 [0, %"entry.endif.if.endif.if"], [%"d.next", %"d.body"]
  %".80" = icmp slt i64 %"d", %".78"
  br i1 %".80", label %"d.body", label %"d.exit"
d.body:
  %".82" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".83" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".82"
  %".84" = getelementptr inbounds float, ptr %"S.local", i64 0
  %".85" = load <16 x float>, ptr %".84", align 4
  %".86" = getelementptr inbounds float, ptr %"Q", i64 %"d"
  %".87" = load float, ptr %".86", align 4
  %".88" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".87", i32 0
  %".89" = shufflevector <16 x float> %".88", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".90" = mul i64 %"d", 16
  %".91" = getelementptr inbounds float, ptr %".13", i64 %".90"
  %".92" = load <16 x float>, ptr %".91", align 4
  %".93" = fmul contract <16 x float> %".89", %".92"
  %".94" = fmul contract <16 x float> %".93", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".95" = fadd contract <16 x float> %".85", %".94"
  %".96" = getelementptr inbounds float, ptr %"S.local", i64 0
  store <16 x float> %".95", ptr %".96", align 4
  %".98" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".99" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".98"
  %".100" = getelementptr inbounds float, ptr %"S.local", i64 16
  %".101" = load <16 x float>, ptr %".100", align 4
  %".102" = add i64 %"d", 8
  %".103" = getelementptr inbounds float, ptr %"Q", i64 %".102"
  %".104" = load float, ptr %".103", align 4
  %".105" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".104", i32 0
  %".106" = shufflevector <16 x float> %".105", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".107" = mul i64 %"d", 16
  %".108" = getelementptr inbounds float, ptr %".13", i64 %".107"
  %".109" = load <16 x float>, ptr %".108", align 4
  %".110" = fmul contract <16 x float> %".106", %".109"
  %".111" = fmul contract <16 x float> %".110", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".112" = fadd contract <16 x float> %".101", %".111"
  %".113" = getelementptr inbounds float, ptr %"S.local", i64 16
  store <16 x float> %".112", ptr %".113", align 4
  %".115" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".116" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".115"
  %".117" = getelementptr inbounds float, ptr %"S.local", i64 32
  %".118" = load <16 x float>, ptr %".117", align 4
  %".119" = add i64 %"d", 16
  %".120" = getelementptr inbounds float, ptr %"Q", i64 %".119"
  %".121" = load float, ptr %".120", align 4
  %".122" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".121", i32 0
  %".123" = shufflevector <16 x float> %".122", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".124" = mul i64 %"d", 16
  %".125" = getelementptr inbounds float, ptr %".13", i64 %".124"
  %".126" = load <16 x float>, ptr %".125", align 4
  %".127" = fmul contract <16 x float> %".123", %".126"
  %".128" = fmul contract <16 x float> %".127", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".129" = fadd contract <16 x float> %".118", %".128"
  %".130" = getelementptr inbounds float, ptr %"S.local", i64 32
  store <16 x float> %".129", ptr %".130", align 4
  %".132" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".133" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".132"
  %".134" = getelementptr inbounds float, ptr %"S.local", i64 48
  %".135" = load <16 x float>, ptr %".134", align 4
  %".136" = add i64 %"d", 24
  %".137" = getelementptr inbounds float, ptr %"Q", i64 %".136"
  %".138" = load float, ptr %".137", align 4
  %".139" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".138", i32 0
  %".140" = shufflevector <16 x float> %".139", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".141" = mul i64 %"d", 16
  %".142" = getelementptr inbounds float, ptr %".13", i64 %".141"
  %".143" = load <16 x float>, ptr %".142", align 4
  %".144" = fmul contract <16 x float> %".140", %".143"
  %".145" = fmul contract <16 x float> %".144", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".146" = fadd contract <16 x float> %".135", %".145"
  %".147" = getelementptr inbounds float, ptr %"S.local", i64 48
  store <16 x float> %".146", ptr %".147", align 4
  %".149" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".150" = add <16 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".149"
  %".151" = getelementptr inbounds float, ptr %"S.local", i64 64
  %".152" = load <16 x float>, ptr %".151", align 4
  %".153" = add i64 %"d", 32
  %".154" = getelementptr inbounds float, ptr %"Q", i64 %".153"
  %".155" = load float, ptr %".154", align 4
  %".156" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".155", i32 0
  %".157" = shufflevector <16 x float> %".156", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".158" = mul i64 %"d", 16
  %".159" = getelementptr inbounds float, ptr %".13", i64 %".158"
  %".160" = load <16 x float>, ptr %".159", align 4
  %".161" = fmul contract <16 x float> %".157", %".160"
  %".162" = fmul contract <16 x float> %".161", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".163" = fadd contract <16 x float> %".152", %".162"
  %".164" = getelementptr inbounds float, ptr %"S.local", i64 64
  store <16 x float> %".163", ptr %".164", align 4
  %".166" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".167" = add <16 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".166"
  %".168" = getelementptr inbounds float, ptr %"S.local", i64 80
  %".169" = load <16 x float>, ptr %".168", align 4
  %".170" = add i64 %"d", 40
  %".171" = getelementptr inbounds float, ptr %"Q", i64 %".170"
  %".172" = load float, ptr %".171", align 4
  %".173" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".172", i32 0
  %".174" = shufflevector <16 x float> %".173", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".175" = mul i64 %"d", 16
  %".176" = getelementptr inbounds float, ptr %".13", i64 %".175"
  %".177" = load <16 x float>, ptr %".176", align 4
  %".178" = fmul contract <16 x float> %".174", %".177"
  %".179" = fmul contract <16 x float> %".178", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".180" = fadd contract <16 x float> %".169", %".179"
  %".181" = getelementptr inbounds float, ptr %"S.local", i64 80
  store <16 x float> %".180", ptr %".181", align 4
  %".183" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".184" = add <16 x i64> <i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96>, %".183"
  %".185" = getelementptr inbounds float, ptr %"S.local", i64 96
  %".186" = load <16 x float>, ptr %".185", align 4
  %".187" = add i64 %"d", 48
  %".188" = getelementptr inbounds float, ptr %"Q", i64 %".187"
  %".189" = load float, ptr %".188", align 4
  %".190" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".189", i32 0
  %".191" = shufflevector <16 x float> %".190", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".192" = mul i64 %"d", 16
  %".193" = getelementptr inbounds float, ptr %".13", i64 %".192"
  %".194" = load <16 x float>, ptr %".193", align 4
  %".195" = fmul contract <16 x float> %".191", %".194"
  %".196" = fmul contract <16 x float> %".195", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".197" = fadd contract <16 x float> %".186", %".196"
  %".198" = getelementptr inbounds float, ptr %"S.local", i64 96
  store <16 x float> %".197", ptr %".198", align 4
  %".200" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".201" = add <16 x i64> <i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112>, %".200"
  %".202" = getelementptr inbounds float, ptr %"S.local", i64 112
  %".203" = load <16 x float>, ptr %".202", align 4
  %".204" = add i64 %"d", 56
  %".205" = getelementptr inbounds float, ptr %"Q", i64 %".204"
  %".206" = load float, ptr %".205", align 4
  %".207" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".206", i32 0
  %".208" = shufflevector <16 x float> %".207", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".209" = mul i64 %"d", 16
  %".210" = getelementptr inbounds float, ptr %".13", i64 %".209"
  %".211" = load <16 x float>, ptr %".210", align 4
  %".212" = fmul contract <16 x float> %".208", %".211"
  %".213" = fmul contract <16 x float> %".212", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".214" = fadd contract <16 x float> %".203", %".213"
  %".215" = getelementptr inbounds float, ptr %"S.local", i64 112
  store <16 x float> %".214", ptr %".215", align 4
  %".217" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".218" = add <16 x i64> <i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128>, %".217"
  %".219" = getelementptr inbounds float, ptr %"S.local", i64 128
  %".220" = load <16 x float>, ptr %".219", align 4
  %".221" = add i64 %"d", 64
  %".222" = getelementptr inbounds float, ptr %"Q", i64 %".221"
  %".223" = load float, ptr %".222", align 4
  %".224" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".223", i32 0
  %".225" = shufflevector <16 x float> %".224", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".226" = mul i64 %"d", 16
  %".227" = getelementptr inbounds float, ptr %".13", i64 %".226"
  %".228" = load <16 x float>, ptr %".227", align 4
  %".229" = fmul contract <16 x float> %".225", %".228"
  %".230" = fmul contract <16 x float> %".229", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".231" = fadd contract <16 x float> %".220", %".230"
  %".232" = getelementptr inbounds float, ptr %"S.local", i64 128
  store <16 x float> %".231", ptr %".232", align 4
  %".234" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".235" = add <16 x i64> <i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144>, %".234"
  %".236" = getelementptr inbounds float, ptr %"S.local", i64 144
  %".237" = load <16 x float>, ptr %".236", align 4
  %".238" = add i64 %"d", 72
  %".239" = getelementptr inbounds float, ptr %"Q", i64 %".238"
  %".240" = load float, ptr %".239", align 4
  %".241" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".240", i32 0
  %".242" = shufflevector <16 x float> %".241", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".243" = mul i64 %"d", 16
  %".244" = getelementptr inbounds float, ptr %".13", i64 %".243"
  %".245" = load <16 x float>, ptr %".244", align 4
  %".246" = fmul contract <16 x float> %".242", %".245"
  %".247" = fmul contract <16 x float> %".246", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".248" = fadd contract <16 x float> %".237", %".247"
  %".249" = getelementptr inbounds float, ptr %"S.local", i64 144
  store <16 x float> %".248", ptr %".249", align 4
  %".251" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".252" = add <16 x i64> <i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160>, %".251"
  %".253" = getelementptr inbounds float, ptr %"S.local", i64 160
  %".254" = load <16 x float>, ptr %".253", align 4
  %".255" = add i64 %"d", 80
  %".256" = getelementptr inbounds float, ptr %"Q", i64 %".255"
  %".257" = load float, ptr %".256", align 4
  %".258" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".257", i32 0
  %".259" = shufflevector <16 x float> %".258", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".260" = mul i64 %"d", 16
  %".261" = getelementptr inbounds float, ptr %".13", i64 %".260"
  %".262" = load <16 x float>, ptr %".261", align 4
  %".263" = fmul contract <16 x float> %".259", %".262"
  %".264" = fmul contract <16 x float> %".263", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".265" = fadd contract <16 x float> %".254", %".264"
  %".266" = getelementptr inbounds float, ptr %"S.local", i64 160
  store <16 x float> %".265", ptr %".266", align 4
  %".268" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".269" = add <16 x i64> <i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176>, %".268"
  %".270" = getelementptr inbounds float, ptr %"S.local", i64 176
  %".271" = load <16 x float>, ptr %".270", align 4
  %".272" = add i64 %"d", 88
  %".273" = getelementptr inbounds float, ptr %"Q", i64 %".272"
  %".274" = load float, ptr %".273", align 4
  %".275" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".274", i32 0
  %".276" = shufflevector <16 x float> %".275", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".277" = mul i64 %"d", 16
  %".278" = getelementptr inbounds float, ptr %".13", i64 %".277"
  %".279" = load <16 x float>, ptr %".278", align 4
  %".280" = fmul contract <16 x float> %".276", %".279"
  %".281" = fmul contract <16 x float> %".280", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".282" = fadd contract <16 x float> %".271", %".281"
  %".283" = getelementptr inbounds float, ptr %"S.local", i64 176
  store <16 x float> %".282", ptr %".283", align 4
  %"d.next" = add nsw i64 %"d", 1
  br label %"d.header"
d.exit:
  %".286" = add i64 0, 12
  br label %"i.inner.header"
i.inner.header:
  %"i.inner" = phi  i64 [0, %"d.exit"], [%"i.inner.next", %"i.inner.body"]
  %".288" = icmp slt i64 %"i.inner", %".286"
  br i1 %".288", label %"i.inner.body", label %"i.inner.exit"
i.inner.body:
  %".290" = mul i64 %"i.inner", 16
  %".291" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".290", i32 0
  %".292" = shufflevector <16 x i64> %".291", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".293" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".294" = add <16 x i64> %".292", %".293"
  %".295" = mul i64 %"i.inner", 16
  %".296" = getelementptr inbounds float, ptr %"S.local", i64 %".295"
  %".297" = load <16 x float>, ptr %".296", align 4
  %".298" = mul i64 %"i.inner", 16
  %".299" = getelementptr inbounds float, ptr %".21", i64 %".298"
  store <16 x float> %".297", ptr %".299", align 4
  %"i.inner.next" = add nsw i64 %"i.inner", 1
  br label %"i.inner.header"
i.inner.exit:
  %".302" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".303" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".302"
  %".304" = getelementptr inbounds float, ptr %"S.local.1", i64 0
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".304", align 4
  %".306" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".307" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".306"
  %".308" = getelementptr inbounds float, ptr %"S.local.1", i64 16
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".308", align 4
  %".310" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".311" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".310"
  %".312" = getelementptr inbounds float, ptr %"S.local.1", i64 32
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".312", align 4
  %".314" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".315" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".314"
  %".316" = getelementptr inbounds float, ptr %"S.local.1", i64 48
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".316", align 4
  %".318" = add i64 0, 8
  br label %"d.header.1"
d.header.1:
  %"d.1" = phi  i64 [0, %"i.inner.exit"], [%"d.next.1", %"d.body.1"]
  %".320" = icmp slt i64 %"d.1", %".318"
  br i1 %".320", label %"d.body.1", label %"d.exit.1"
d.body.1:
  %".322" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".323" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".322"
  %".324" = getelementptr inbounds float, ptr %"S.local.1", i64 0
  %".325" = load <16 x float>, ptr %".324", align 4
  %".326" = add i64 %"d.1", 96
  %".327" = getelementptr inbounds float, ptr %"Q", i64 %".326"
  %".328" = load float, ptr %".327", align 4
  %".329" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".328", i32 0
  %".330" = shufflevector <16 x float> %".329", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".331" = mul i64 %"d.1", 16
  %".332" = getelementptr inbounds float, ptr %".13", i64 %".331"
  %".333" = load <16 x float>, ptr %".332", align 4
  %".334" = fmul contract <16 x float> %".330", %".333"
  %".335" = fmul contract <16 x float> %".334", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".336" = fadd contract <16 x float> %".325", %".335"
  %".337" = getelementptr inbounds float, ptr %"S.local.1", i64 0
  store <16 x float> %".336", ptr %".337", align 4
  %".339" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".340" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".339"
  %".341" = getelementptr inbounds float, ptr %"S.local.1", i64 16
  %".342" = load <16 x float>, ptr %".341", align 4
  %".343" = add i64 %"d.1", 104
  %".344" = getelementptr inbounds float, ptr %"Q", i64 %".343"
  %".345" = load float, ptr %".344", align 4
  %".346" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".345", i32 0
  %".347" = shufflevector <16 x float> %".346", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".348" = mul i64 %"d.1", 16
  %".349" = getelementptr inbounds float, ptr %".13", i64 %".348"
  %".350" = load <16 x float>, ptr %".349", align 4
  %".351" = fmul contract <16 x float> %".347", %".350"
  %".352" = fmul contract <16 x float> %".351", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".353" = fadd contract <16 x float> %".342", %".352"
  %".354" = getelementptr inbounds float, ptr %"S.local.1", i64 16
  store <16 x float> %".353", ptr %".354", align 4
  %".356" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".357" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".356"
  %".358" = getelementptr inbounds float, ptr %"S.local.1", i64 32
  %".359" = load <16 x float>, ptr %".358", align 4
  %".360" = add i64 %"d.1", 112
  %".361" = getelementptr inbounds float, ptr %"Q", i64 %".360"
  %".362" = load float, ptr %".361", align 4
  %".363" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".362", i32 0
  %".364" = shufflevector <16 x float> %".363", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".365" = mul i64 %"d.1", 16
  %".366" = getelementptr inbounds float, ptr %".13", i64 %".365"
  %".367" = load <16 x float>, ptr %".366", align 4
  %".368" = fmul contract <16 x float> %".364", %".367"
  %".369" = fmul contract <16 x float> %".368", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".370" = fadd contract <16 x float> %".359", %".369"
  %".371" = getelementptr inbounds float, ptr %"S.local.1", i64 32
  store <16 x float> %".370", ptr %".371", align 4
  %".373" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".374" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".373"
  %".375" = getelementptr inbounds float, ptr %"S.local.1", i64 48
  %".376" = load <16 x float>, ptr %".375", align 4
  %".377" = add i64 %"d.1", 120
  %".378" = getelementptr inbounds float, ptr %"Q", i64 %".377"
  %".379" = load float, ptr %".378", align 4
  %".380" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".379", i32 0
  %".381" = shufflevector <16 x float> %".380", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".382" = mul i64 %"d.1", 16
  %".383" = getelementptr inbounds float, ptr %".13", i64 %".382"
  %".384" = load <16 x float>, ptr %".383", align 4
  %".385" = fmul contract <16 x float> %".381", %".384"
  %".386" = fmul contract <16 x float> %".385", <float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000, float 0x3fd6a09e60000000>
  %".387" = fadd contract <16 x float> %".376", %".386"
  %".388" = getelementptr inbounds float, ptr %"S.local.1", i64 48
  store <16 x float> %".387", ptr %".388", align 4
  %"d.next.1" = add nsw i64 %"d.1", 1
  br label %"d.header.1"
d.exit.1:
  %".391" = add i64 0, 4
  br label %"i.inner.header.1"
i.inner.header.1:
  %"i.inner.1" = phi  i64 [0, %"d.exit.1"], [%"i.inner.next.1", %"i.inner.body.1"]
  %".393" = icmp slt i64 %"i.inner.1", %".391"
  br i1 %".393", label %"i.inner.body.1", label %"i.inner.exit.1"
i.inner.body.1:
  %".395" = mul i64 %"i.inner.1", 16
  %".396" = add i64 %".395", 192
  %".397" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".396", i32 0
  %".398" = shufflevector <16 x i64> %".397", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".399" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".400" = add <16 x i64> %".398", %".399"
  %".401" = mul i64 %"i.inner.1", 16
  %".402" = getelementptr inbounds float, ptr %"S.local.1", i64 %".401"
  %".403" = load <16 x float>, ptr %".402", align 4
  %".404" = mul i64 %"i.inner.1", 16
  %".405" = add i64 %".404", 192
  %".406" = getelementptr inbounds float, ptr %".21", i64 %".405"
  store <16 x float> %".403", ptr %".406", align 4
  %"i.inner.next.1" = add nsw i64 %"i.inner.1", 1
  br label %"i.inner.header.1"
i.inner.exit.1:
  %".409" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 0
  store ptr %"V", ptr %".409"
  %".411" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 1
  store ptr %"O", ptr %".411"
  %".413" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 2
  store ptr %".21", ptr %".413"
  %".415" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure1", i32 0, i32 3
  store i64 0, ptr %".415"
  %".417" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par1", ptr %"closure1", i64 16, i32 %".417")
  %".419" = atomicrmw xchg ptr %".14", ptr %"S.block" acq_rel
  call void @"free"(ptr %".419")
  br label %"entry.endif.if.endif.endif"
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

define internal void @"tcomp_main.par0.body"(ptr noalias %"K", ptr noalias %"K.packed", i64 %".3", i64 %".4", i64 %".5") nounwind
{
entry:
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".4", %"entry"], [%"it.next", %"it.body"]
  %".8" = icmp slt i64 %"it", %".5"
  br i1 %".8", label %"it.body", label %"it.exit"
it.body:
  %"i1" = add i64 %".3", %"it"
  %".10" = mul i64 %"i1", 16
  %".11" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".10", i32 0
  %".12" = shufflevector <16 x i64> %".11", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".13" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".14" = add <16 x i64> %".12", %".13"
  %".15" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"i1", i32 0
  %".16" = shufflevector <16 x i64> %".15", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".17" = mul <16 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".18" = add <16 x i64> %".16", %".17"
  %".19" = getelementptr inbounds float, ptr %"K", <16 x i64> %".18"
  %".20" = call <16 x float> @"llvm.masked.gather.v16f32.v16p0"(<16 x ptr> align 4 %".19", <16 x i1> <i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1, i1 1>, <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".21" = mul i64 %"i1", 16
  %".22" = getelementptr inbounds float, ptr %"K.packed", i64 %".21"
  store <16 x float> %".20", ptr %".22", align 4
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
it.exit:
  ret void
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

declare <16 x float> @"llvm.masked.gather.v16f32.v16p0"(<16 x ptr> %".1", <16 x i1> %".2", <16 x float> %".3")

define internal void @"tcomp_main.par1.body"(ptr noalias %"V", ptr noalias %"O", ptr noalias %"S", i64 %".4", i64 %".5", i64 %".6") nounwind
{
entry:
  %"P" = alloca [16 x float], align 64
  %"P.sum" = alloca [1 x float], align 64
  %"P.exp" = alloca [16 x float], align 64
  %"P.max" = alloca [1 x float], align 64
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".5", %"entry"], [%"it.next", %"t.exit"]
  %".9" = icmp slt i64 %"it", %".6"
  br i1 %".9", label %"it.body", label %"it.exit"
it.body:
  %"i" = add i64 %".4", %"it"
  %".11" = getelementptr inbounds float, ptr %"P.max", i64 0
  store float 0xfff0000000000000, ptr %".11", align 4
  %".13" = add i64 0, 16
  br label %"r1.header"
it.exit:
  ret void
r1.header:
  %"r1" = phi  i64 [0, %"it.body"], [%"r1.next", %"r1.body"]
  %".15" = icmp slt i64 %"r1", %".13"
  br i1 %".15", label %"r1.body", label %"r1.exit"
r1.body:
  %".17" = getelementptr inbounds float, ptr %"P.max", i64 0
  %".18" = load float, ptr %".17", align 4
  %".19" = mul i64 %"i", 16
  %".20" = add i64 %"r1", %".19"
  %".21" = getelementptr inbounds float, ptr %"S", i64 %".20"
  %".22" = load float, ptr %".21", align 4
  %".23" = fcmp ogt float %".18", %".22"
  %".24" = select  i1 %".23", float %".18", float %".22"
  %".25" = freeze float %".24"
  %".26" = fcmp uno float %".18", %".18"
  %".27" = select  i1 %".26", float %".18", float %".25"
  %".28" = getelementptr inbounds float, ptr %"P.max", i64 0
  store float %".27", ptr %".28", align 4
  %"r1.next" = add nsw i64 %"r1", 1
  br label %"r1.header", !llvm.loop !3
r1.exit:
  %".31" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".32" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".31"
  %".33" = mul i64 %"i", 16
  %".34" = getelementptr inbounds float, ptr %"S", i64 %".33"
  %".35" = load <16 x float>, ptr %".34", align 4
  %".36" = getelementptr inbounds float, ptr %"P.max", i64 0
  %".37" = load float, ptr %".36", align 4
  %".38" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".37", i32 0
  %".39" = shufflevector <16 x float> %".38", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".40" = fsub contract <16 x float> %".35", %".39"
  %".41" = call <16 x float> @"tcomp.math.exp.v16f32.rcp.scalef"(<16 x float> %".40")
  %".42" = getelementptr inbounds float, ptr %"P.exp", i64 0
  store <16 x float> %".41", ptr %".42", align 4
  %".44" = getelementptr inbounds float, ptr %"P.sum", i64 0
  store float              0x0, ptr %".44", align 4
  %".46" = add i64 0, 16
  br label %"r1.header.1"
r1.header.1:
  %"r1.1" = phi  i64 [0, %"r1.exit"], [%"r1.next.1", %"r1.body.1"]
  %".48" = icmp slt i64 %"r1.1", %".46"
  br i1 %".48", label %"r1.body.1", label %"r1.exit.1"
r1.body.1:
  %".50" = getelementptr inbounds float, ptr %"P.sum", i64 0
  %".51" = load float, ptr %".50", align 4
  %".52" = getelementptr inbounds float, ptr %"P.exp", i64 %"r1.1"
  %".53" = load float, ptr %".52", align 4
  %".54" = fadd contract float %".51", %".53"
  %".55" = getelementptr inbounds float, ptr %"P.sum", i64 0
  store float %".54", ptr %".55", align 4
  %"r1.next.1" = add nsw i64 %"r1.1", 1
  br label %"r1.header.1"
r1.exit.1:
  %".58" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".59" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".58"
  %".60" = getelementptr inbounds float, ptr %"P.exp", i64 0
  %".61" = load <16 x float>, ptr %".60", align 4
  %".62" = getelementptr inbounds float, ptr %"P.sum", i64 0
  %".63" = load float, ptr %".62", align 4
  %".64" = fdiv contract float 0x3ff0000000000000, %".63"
  %".65" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".64", i32 0
  %".66" = shufflevector <16 x float> %".65", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".67" = fmul contract <16 x float> %".61", %".66"
  %".68" = getelementptr inbounds float, ptr %"P", i64 0
  store <16 x float> %".67", ptr %".68", align 4
  %".70" = mul i64 %"i", 8
  %".71" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".70", i32 0
  %".72" = shufflevector <8 x i64> %".71", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".73" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".74" = add <8 x i64> %".72", %".73"
  %".75" = mul i64 %"i", 8
  %".76" = getelementptr inbounds float, ptr %"O", i64 %".75"
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".76", align 4
  %".78" = add i64 0, 16
  br label %"t.header"
t.header:
  %"t" = phi  i64 [0, %"r1.exit.1"], [%"t.next", %"t.body"]
  %".80" = icmp slt i64 %"t", %".78"
  br i1 %".80", label %"t.body", label %"t.exit"
t.body:
  %".82" = mul i64 %"i", 8
  %".83" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".82", i32 0
  %".84" = shufflevector <8 x i64> %".83", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".85" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".86" = add <8 x i64> %".84", %".85"
  %".87" = mul i64 %"i", 8
  %".88" = getelementptr inbounds float, ptr %"O", i64 %".87"
  %".89" = load <8 x float>, ptr %".88", align 4
  %".90" = getelementptr inbounds float, ptr %"P", i64 %"t"
  %".91" = load float, ptr %".90", align 4
  %".92" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".91", i32 0
  %".93" = shufflevector <8 x float> %".92", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".94" = mul i64 %"t", 8
  %".95" = getelementptr inbounds float, ptr %"V", i64 %".94"
  %".96" = load <8 x float>, ptr %".95", align 4
  %".97" = fmul contract <8 x float> %".93", %".96"
  %".98" = fadd contract <8 x float> %".89", %".97"
  %".99" = mul i64 %"i", 8
  %".100" = getelementptr inbounds float, ptr %"O", i64 %".99"
  store <8 x float> %".98", ptr %".100", align 4
  %"t.next" = add nsw i64 %"t", 1
  br label %"t.header"
t.exit:
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

define internal <16 x float> @"tcomp.math.exp.v16f32.rcp.scalef"(<16 x float> %".1") alwaysinline nounwind
{
entry:
  %".3" = fcmp olt <16 x float> %".1", <float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000>
  %".4" = select  <16 x i1> %".3", <16 x float> <float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000>, <16 x float> %".1"
  %".5" = fcmp ogt <16 x float> %".4", <float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000>
  %".6" = select  <16 x i1> %".5", <16 x float> <float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000>, <16 x float> %".4"
  %".7" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".6", <16 x float> <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>, <16 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>)
  %".8" = fsub <16 x float> %".7", <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %".9" = bitcast <16 x float> %".7" to <16 x i32>
  %".10" = bitcast <16 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000> to <16 x i32>
  %".11" = sub <16 x i32> %".9", %".10"
  %".12" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".8", <16 x float> <float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000>, <16 x float> %".6")
  %".13" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".8", <16 x float> <float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000>, <16 x float> %".12")
  %".14" = fmul contract <16 x float> %".13", %".13"
  %".15" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> <float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000>, <16 x float> %".13", <16 x float> <float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000>)
  %".16" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".15", <16 x float> %".13", <16 x float> <float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000>)
  %".17" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".16", <16 x float> %".13", <16 x float> <float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000>)
  %".18" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".17", <16 x float> %".13", <16 x float> <float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000>)
  %".19" = call contract <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".14", <16 x float> %".18", <16 x float> %".13")
  %".20" = fadd contract <16 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>, %".19"
  %".21" = call <16 x float> @"llvm.x86.avx512.mask.scalef.ps.512"(<16 x float> %".20", <16 x float> %".8", <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, i16 -1, i32 4)
  ret <16 x float> %".21"
}

declare <16 x float> @"llvm.fmuladd.v16f32"(<16 x float> %".1", <16 x float> %".2", <16 x float> %".3")

declare <16 x float> @"llvm.x86.avx512.mask.scalef.ps.512"(<16 x float> %".1", <16 x float> %".2", <16 x float> %".3", i16 %".4", i32 %".5")

@"tcomp_main.ws_cells" = internal global [2 x ptr] zeroinitializer, align 8
@"tcomp_main_ws_n" = constant i64 2, align 8
!0 = !{ !"branch_weights", i32 1, i32 99 }
!1 = !{ !"branch_weights", i32 99, i32 1 }
!2 = !{ !"llvm.loop.unroll.disable" }
!3 = distinct !{ !3, !2 }
