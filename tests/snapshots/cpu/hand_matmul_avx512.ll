; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"A", ptr noalias %"B", ptr noalias %"C") nounwind
{
entry:
  %"C.local" = alloca [256 x float], align 64
  %"closure0" = alloca {ptr, ptr, i64}
  %"ws.cells" = load ptr, ptr @"tcomp_main_ws"
  %".5" = getelementptr inbounds ptr, ptr %"ws.cells", i64 0
  %"B.packed.block" = call ptr @"tcomp_main.ws_take"(ptr %".5", i64 16448)
  %".6" = icmp ne ptr %"B.packed.block", null
  %".7" = xor i1 %".6", -1
  br i1 %".7", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  call void @"tcomp_main.oob_report"(i64 -4, i64 16448, i64 0)
  br label %"entry.endif"
entry.endif:
  br i1 %".6", label %"entry.endif.if", label %"entry.endif.endif", !prof !1
entry.endif.if:
  %".12" = getelementptr inbounds i8, ptr %"B.packed.block", i64 64
  %".13" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"B", ptr %".13"
  %".15" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %".12", ptr %".15"
  %".17" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store i64 0, ptr %".17"
  %".19" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 2, i32 %".19")
  %".21" = add i64 0, 2
  br label %"j.outer.header"
entry.endif.endif:
  ret void
j.outer.header:
  %"j.outer" = phi  i64 [0, %"entry.endif.if"], [%"j.outer.next", %"i.outer.inner.exit"]
  %".23" = icmp slt i64 %"j.outer", %".21"
  br i1 %".23", label %"j.outer.body", label %"j.outer.exit"
j.outer.body:
  %".25" = add i64 0, 8
  br label %"i.outer.inner.header"
j.outer.exit:
  %".461" = atomicrmw xchg ptr %".5", ptr %"B.packed.block" acq_rel
  call void @"free"(ptr %".461")
  br label %"entry.endif.endif"
i.outer.inner.header:
  %"i.outer.inner" = phi  i64 [0, %"j.outer.body"], [%"i.outer.inner.next", %"i.inner.exit"]
  %".27" = icmp slt i64 %"i.outer.inner", %".25"
  br i1 %".27", label %"i.outer.inner.body", label %"i.outer.inner.exit"
i.outer.inner.body:
  %".29" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".30" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".29"
  %".31" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".31", align 4
  %".33" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".34" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".33"
  %".35" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".35", align 4
  %".37" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".38" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".37"
  %".39" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".39", align 4
  %".41" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".42" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".41"
  %".43" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".43", align 4
  %".45" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".46" = add <16 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".45"
  %".47" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".47", align 4
  %".49" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".50" = add <16 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".49"
  %".51" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".51", align 4
  %".53" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".54" = add <16 x i64> <i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96>, %".53"
  %".55" = getelementptr inbounds float, ptr %"C.local", i64 96
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".55", align 4
  %".57" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".58" = add <16 x i64> <i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112>, %".57"
  %".59" = getelementptr inbounds float, ptr %"C.local", i64 112
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".59", align 4
  %".61" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".62" = add <16 x i64> <i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128>, %".61"
  %".63" = getelementptr inbounds float, ptr %"C.local", i64 128
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".63", align 4
  %".65" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".66" = add <16 x i64> <i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144>, %".65"
  %".67" = getelementptr inbounds float, ptr %"C.local", i64 144
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".67", align 4
  %".69" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".70" = add <16 x i64> <i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160>, %".69"
  %".71" = getelementptr inbounds float, ptr %"C.local", i64 160
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".71", align 4
  %".73" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".74" = add <16 x i64> <i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176>, %".73"
  %".75" = getelementptr inbounds float, ptr %"C.local", i64 176
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".75", align 4
  %".77" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".78" = add <16 x i64> <i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192>, %".77"
  %".79" = getelementptr inbounds float, ptr %"C.local", i64 192
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".79", align 4
  %".81" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".82" = add <16 x i64> <i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208>, %".81"
  %".83" = getelementptr inbounds float, ptr %"C.local", i64 208
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".83", align 4
  %".85" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".86" = add <16 x i64> <i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224>, %".85"
  %".87" = getelementptr inbounds float, ptr %"C.local", i64 224
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".87", align 4
  %".89" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".90" = add <16 x i64> <i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240>, %".89"
  %".91" = getelementptr inbounds float, ptr %"C.local", i64 240
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".91", align 4
  %".93" = add i64 0, 64
  br label %"k.header"
i.outer.inner.exit:
  %"j.outer.next" = add nsw i64 %"j.outer", 1
  br label %"j.outer.header"
k.header:
  %"k" = phi  i64 [0, %"i.outer.inner.body"], [%"k.next", %"k.body"]
  %".95" = icmp slt i64 %"k", %".93"
  br i1 %".95", label %"k.body", label %"k.exit"
k.body:
  %".97" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".98" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".97"
  %".99" = getelementptr inbounds float, ptr %"C.local", i64 0
  %".100" = load <16 x float>, ptr %".99", align 4
  %".101" = mul i64 %"i.outer.inner", 512
  %".102" = add i64 %"k", %".101"
  %".103" = getelementptr inbounds float, ptr %"A", i64 %".102"
  %".104" = load float, ptr %".103", align 4
  %".105" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".104", i32 0
  %".106" = shufflevector <16 x float> %".105", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".107" = mul i64 %"k", 32
  %".108" = mul i64 %"j.outer", 2048
  %".109" = add i64 %".107", %".108"
  %".110" = getelementptr inbounds float, ptr %".12", i64 %".109"
  %".111" = load <16 x float>, ptr %".110", align 4
  %".112" = fmul contract <16 x float> %".106", %".111"
  %".113" = fadd contract <16 x float> %".100", %".112"
  %".114" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <16 x float> %".113", ptr %".114", align 4
  %".116" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".117" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".116"
  %".118" = getelementptr inbounds float, ptr %"C.local", i64 16
  %".119" = load <16 x float>, ptr %".118", align 4
  %".120" = mul i64 %"i.outer.inner", 512
  %".121" = add i64 %"k", %".120"
  %".122" = getelementptr inbounds float, ptr %"A", i64 %".121"
  %".123" = load float, ptr %".122", align 4
  %".124" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".123", i32 0
  %".125" = shufflevector <16 x float> %".124", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".126" = mul i64 %"k", 32
  %".127" = mul i64 %"j.outer", 2048
  %".128" = add i64 %".126", %".127"
  %".129" = add i64 %".128", 16
  %".130" = getelementptr inbounds float, ptr %".12", i64 %".129"
  %".131" = load <16 x float>, ptr %".130", align 4
  %".132" = fmul contract <16 x float> %".125", %".131"
  %".133" = fadd contract <16 x float> %".119", %".132"
  %".134" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <16 x float> %".133", ptr %".134", align 4
  %".136" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".137" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".136"
  %".138" = getelementptr inbounds float, ptr %"C.local", i64 32
  %".139" = load <16 x float>, ptr %".138", align 4
  %".140" = mul i64 %"i.outer.inner", 512
  %".141" = add i64 %"k", %".140"
  %".142" = add i64 %".141", 64
  %".143" = getelementptr inbounds float, ptr %"A", i64 %".142"
  %".144" = load float, ptr %".143", align 4
  %".145" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".144", i32 0
  %".146" = shufflevector <16 x float> %".145", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".147" = mul i64 %"k", 32
  %".148" = mul i64 %"j.outer", 2048
  %".149" = add i64 %".147", %".148"
  %".150" = getelementptr inbounds float, ptr %".12", i64 %".149"
  %".151" = load <16 x float>, ptr %".150", align 4
  %".152" = fmul contract <16 x float> %".146", %".151"
  %".153" = fadd contract <16 x float> %".139", %".152"
  %".154" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <16 x float> %".153", ptr %".154", align 4
  %".156" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".157" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".156"
  %".158" = getelementptr inbounds float, ptr %"C.local", i64 48
  %".159" = load <16 x float>, ptr %".158", align 4
  %".160" = mul i64 %"i.outer.inner", 512
  %".161" = add i64 %"k", %".160"
  %".162" = add i64 %".161", 64
  %".163" = getelementptr inbounds float, ptr %"A", i64 %".162"
  %".164" = load float, ptr %".163", align 4
  %".165" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".164", i32 0
  %".166" = shufflevector <16 x float> %".165", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".167" = mul i64 %"k", 32
  %".168" = mul i64 %"j.outer", 2048
  %".169" = add i64 %".167", %".168"
  %".170" = add i64 %".169", 16
  %".171" = getelementptr inbounds float, ptr %".12", i64 %".170"
  %".172" = load <16 x float>, ptr %".171", align 4
  %".173" = fmul contract <16 x float> %".166", %".172"
  %".174" = fadd contract <16 x float> %".159", %".173"
  %".175" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <16 x float> %".174", ptr %".175", align 4
  %".177" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".178" = add <16 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".177"
  %".179" = getelementptr inbounds float, ptr %"C.local", i64 64
  %".180" = load <16 x float>, ptr %".179", align 4
  %".181" = mul i64 %"i.outer.inner", 512
  %".182" = add i64 %"k", %".181"
  %".183" = add i64 %".182", 128
  %".184" = getelementptr inbounds float, ptr %"A", i64 %".183"
  %".185" = load float, ptr %".184", align 4
  %".186" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".185", i32 0
  %".187" = shufflevector <16 x float> %".186", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".188" = mul i64 %"k", 32
  %".189" = mul i64 %"j.outer", 2048
  %".190" = add i64 %".188", %".189"
  %".191" = getelementptr inbounds float, ptr %".12", i64 %".190"
  %".192" = load <16 x float>, ptr %".191", align 4
  %".193" = fmul contract <16 x float> %".187", %".192"
  %".194" = fadd contract <16 x float> %".180", %".193"
  %".195" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <16 x float> %".194", ptr %".195", align 4
  %".197" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".198" = add <16 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".197"
  %".199" = getelementptr inbounds float, ptr %"C.local", i64 80
  %".200" = load <16 x float>, ptr %".199", align 4
  %".201" = mul i64 %"i.outer.inner", 512
  %".202" = add i64 %"k", %".201"
  %".203" = add i64 %".202", 128
  %".204" = getelementptr inbounds float, ptr %"A", i64 %".203"
  %".205" = load float, ptr %".204", align 4
  %".206" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".205", i32 0
  %".207" = shufflevector <16 x float> %".206", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".208" = mul i64 %"k", 32
  %".209" = mul i64 %"j.outer", 2048
  %".210" = add i64 %".208", %".209"
  %".211" = add i64 %".210", 16
  %".212" = getelementptr inbounds float, ptr %".12", i64 %".211"
  %".213" = load <16 x float>, ptr %".212", align 4
  %".214" = fmul contract <16 x float> %".207", %".213"
  %".215" = fadd contract <16 x float> %".200", %".214"
  %".216" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <16 x float> %".215", ptr %".216", align 4
  %".218" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".219" = add <16 x i64> <i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96>, %".218"
  %".220" = getelementptr inbounds float, ptr %"C.local", i64 96
  %".221" = load <16 x float>, ptr %".220", align 4
  %".222" = mul i64 %"i.outer.inner", 512
  %".223" = add i64 %"k", %".222"
  %".224" = add i64 %".223", 192
  %".225" = getelementptr inbounds float, ptr %"A", i64 %".224"
  %".226" = load float, ptr %".225", align 4
  %".227" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".226", i32 0
  %".228" = shufflevector <16 x float> %".227", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".229" = mul i64 %"k", 32
  %".230" = mul i64 %"j.outer", 2048
  %".231" = add i64 %".229", %".230"
  %".232" = getelementptr inbounds float, ptr %".12", i64 %".231"
  %".233" = load <16 x float>, ptr %".232", align 4
  %".234" = fmul contract <16 x float> %".228", %".233"
  %".235" = fadd contract <16 x float> %".221", %".234"
  %".236" = getelementptr inbounds float, ptr %"C.local", i64 96
  store <16 x float> %".235", ptr %".236", align 4
  %".238" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".239" = add <16 x i64> <i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112>, %".238"
  %".240" = getelementptr inbounds float, ptr %"C.local", i64 112
  %".241" = load <16 x float>, ptr %".240", align 4
  %".242" = mul i64 %"i.outer.inner", 512
  %".243" = add i64 %"k", %".242"
  %".244" = add i64 %".243", 192
  %".245" = getelementptr inbounds float, ptr %"A", i64 %".244"
  %".246" = load float, ptr %".245", align 4
  %".247" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".246", i32 0
  %".248" = shufflevector <16 x float> %".247", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".249" = mul i64 %"k", 32
  %".250" = mul i64 %"j.outer", 2048
  %".251" = add i64 %".249", %".250"
  %".252" = add i64 %".251", 16
  %".253" = getelementptr inbounds float, ptr %".12", i64 %".252"
  %".254" = load <16 x float>, ptr %".253", align 4
  %".255" = fmul contract <16 x float> %".248", %".254"
  %".256" = fadd contract <16 x float> %".241", %".255"
  %".257" = getelementptr inbounds float, ptr %"C.local", i64 112
  store <16 x float> %".256", ptr %".257", align 4
  %".259" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".260" = add <16 x i64> <i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128>, %".259"
  %".261" = getelementptr inbounds float, ptr %"C.local", i64 128
  %".262" = load <16 x float>, ptr %".261", align 4
  %".263" = mul i64 %"i.outer.inner", 512
  %".264" = add i64 %"k", %".263"
  %".265" = add i64 %".264", 256
  %".266" = getelementptr inbounds float, ptr %"A", i64 %".265"
  %".267" = load float, ptr %".266", align 4
  %".268" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".267", i32 0
  %".269" = shufflevector <16 x float> %".268", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".270" = mul i64 %"k", 32
  %".271" = mul i64 %"j.outer", 2048
  %".272" = add i64 %".270", %".271"
  %".273" = getelementptr inbounds float, ptr %".12", i64 %".272"
  %".274" = load <16 x float>, ptr %".273", align 4
  %".275" = fmul contract <16 x float> %".269", %".274"
  %".276" = fadd contract <16 x float> %".262", %".275"
  %".277" = getelementptr inbounds float, ptr %"C.local", i64 128
  store <16 x float> %".276", ptr %".277", align 4
  %".279" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".280" = add <16 x i64> <i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144>, %".279"
  %".281" = getelementptr inbounds float, ptr %"C.local", i64 144
  %".282" = load <16 x float>, ptr %".281", align 4
  %".283" = mul i64 %"i.outer.inner", 512
  %".284" = add i64 %"k", %".283"
  %".285" = add i64 %".284", 256
  %".286" = getelementptr inbounds float, ptr %"A", i64 %".285"
  %".287" = load float, ptr %".286", align 4
  %".288" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".287", i32 0
  %".289" = shufflevector <16 x float> %".288", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".290" = mul i64 %"k", 32
  %".291" = mul i64 %"j.outer", 2048
  %".292" = add i64 %".290", %".291"
  %".293" = add i64 %".292", 16
  %".294" = getelementptr inbounds float, ptr %".12", i64 %".293"
  %".295" = load <16 x float>, ptr %".294", align 4
  %".296" = fmul contract <16 x float> %".289", %".295"
  %".297" = fadd contract <16 x float> %".282", %".296"
  %".298" = getelementptr inbounds float, ptr %"C.local", i64 144
  store <16 x float> %".297", ptr %".298", align 4
  %".300" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".301" = add <16 x i64> <i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160>, %".300"
  %".302" = getelementptr inbounds float, ptr %"C.local", i64 160
  %".303" = load <16 x float>, ptr %".302", align 4
  %".304" = mul i64 %"i.outer.inner", 512
  %".305" = add i64 %"k", %".304"
  %".306" = add i64 %".305", 320
  %".307" = getelementptr inbounds float, ptr %"A", i64 %".306"
  %".308" = load float, ptr %".307", align 4
  %".309" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".308", i32 0
  %".310" = shufflevector <16 x float> %".309", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".311" = mul i64 %"k", 32
  %".312" = mul i64 %"j.outer", 2048
  %".313" = add i64 %".311", %".312"
  %".314" = getelementptr inbounds float, ptr %".12", i64 %".313"
  %".315" = load <16 x float>, ptr %".314", align 4
  %".316" = fmul contract <16 x float> %".310", %".315"
  %".317" = fadd contract <16 x float> %".303", %".316"
  %".318" = getelementptr inbounds float, ptr %"C.local", i64 160
  store <16 x float> %".317", ptr %".318", align 4
  %".320" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".321" = add <16 x i64> <i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176>, %".320"
  %".322" = getelementptr inbounds float, ptr %"C.local", i64 176
  %".323" = load <16 x float>, ptr %".322", align 4
  %".324" = mul i64 %"i.outer.inner", 512
  %".325" = add i64 %"k", %".324"
  %".326" = add i64 %".325", 320
  %".327" = getelementptr inbounds float, ptr %"A", i64 %".326"
  %".328" = load float, ptr %".327", align 4
  %".329" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".328", i32 0
  %".330" = shufflevector <16 x float> %".329", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".331" = mul i64 %"k", 32
  %".332" = mul i64 %"j.outer", 2048
  %".333" = add i64 %".331", %".332"
  %".334" = add i64 %".333", 16
  %".335" = getelementptr inbounds float, ptr %".12", i64 %".334"
  %".336" = load <16 x float>, ptr %".335", align 4
  %".337" = fmul contract <16 x float> %".330", %".336"
  %".338" = fadd contract <16 x float> %".323", %".337"
  %".339" = getelementptr inbounds float, ptr %"C.local", i64 176
  store <16 x float> %".338", ptr %".339", align 4
  %".341" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".342" = add <16 x i64> <i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192>, %".341"
  %".343" = getelementptr inbounds float, ptr %"C.local", i64 192
  %".344" = load <16 x float>, ptr %".343", align 4
  %".345" = mul i64 %"i.outer.inner", 512
  %".346" = add i64 %"k", %".345"
  %".347" = add i64 %".346", 384
  %".348" = getelementptr inbounds float, ptr %"A", i64 %".347"
  %".349" = load float, ptr %".348", align 4
  %".350" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".349", i32 0
  %".351" = shufflevector <16 x float> %".350", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".352" = mul i64 %"k", 32
  %".353" = mul i64 %"j.outer", 2048
  %".354" = add i64 %".352", %".353"
  %".355" = getelementptr inbounds float, ptr %".12", i64 %".354"
  %".356" = load <16 x float>, ptr %".355", align 4
  %".357" = fmul contract <16 x float> %".351", %".356"
  %".358" = fadd contract <16 x float> %".344", %".357"
  %".359" = getelementptr inbounds float, ptr %"C.local", i64 192
  store <16 x float> %".358", ptr %".359", align 4
  %".361" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".362" = add <16 x i64> <i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208>, %".361"
  %".363" = getelementptr inbounds float, ptr %"C.local", i64 208
  %".364" = load <16 x float>, ptr %".363", align 4
  %".365" = mul i64 %"i.outer.inner", 512
  %".366" = add i64 %"k", %".365"
  %".367" = add i64 %".366", 384
  %".368" = getelementptr inbounds float, ptr %"A", i64 %".367"
  %".369" = load float, ptr %".368", align 4
  %".370" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".369", i32 0
  %".371" = shufflevector <16 x float> %".370", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".372" = mul i64 %"k", 32
  %".373" = mul i64 %"j.outer", 2048
  %".374" = add i64 %".372", %".373"
  %".375" = add i64 %".374", 16
  %".376" = getelementptr inbounds float, ptr %".12", i64 %".375"
  %".377" = load <16 x float>, ptr %".376", align 4
  %".378" = fmul contract <16 x float> %".371", %".377"
  %".379" = fadd contract <16 x float> %".364", %".378"
  %".380" = getelementptr inbounds float, ptr %"C.local", i64 208
  store <16 x float> %".379", ptr %".380", align 4
  %".382" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".383" = add <16 x i64> <i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224>, %".382"
  %".384" = getelementptr inbounds float, ptr %"C.local", i64 224
  %".385" = load <16 x float>, ptr %".384", align 4
  %".386" = mul i64 %"i.outer.inner", 512
  %".387" = add i64 %"k", %".386"
  %".388" = add i64 %".387", 448
  %".389" = getelementptr inbounds float, ptr %"A", i64 %".388"
  %".390" = load float, ptr %".389", align 4
  %".391" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".390", i32 0
  %".392" = shufflevector <16 x float> %".391", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".393" = mul i64 %"k", 32
  %".394" = mul i64 %"j.outer", 2048
  %".395" = add i64 %".393", %".394"
  %".396" = getelementptr inbounds float, ptr %".12", i64 %".395"
  %".397" = load <16 x float>, ptr %".396", align 4
  %".398" = fmul contract <16 x float> %".392", %".397"
  %".399" = fadd contract <16 x float> %".385", %".398"
  %".400" = getelementptr inbounds float, ptr %"C.local", i64 224
  store <16 x float> %".399", ptr %".400", align 4
  %".402" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".403" = add <16 x i64> <i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240>, %".402"
  %".404" = getelementptr inbounds float, ptr %"C.local", i64 240
  %".405" = load <16 x float>, ptr %".404", align 4
  %".406" = mul i64 %"i.outer.inner", 512
  %".407" = add i64 %"k", %".406"
  %".408" = add i64 %".407", 448
  %".409" = getelementptr inbounds float, ptr %"A", i64 %".408"
  %".410" = load float, ptr %".409", align 4
  %".411" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".410", i32 0
  %".412" = shufflevector <16 x float> %".411", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".413" = mul i64 %"k", 32
  %".414" = mul i64 %"j.outer", 2048
  %".415" = add i64 %".413", %".414"
  %".416" = add i64 %".415", 16
  %".417" = getelementptr inbounds float, ptr %".12", i64 %".416"
  %".418" = load <16 x float>, ptr %".417", align 4
  %".419" = fmul contract <16 x float> %".412", %".418"
  %".420" = fadd contract <16 x float> %".405", %".419"
  %".421" = getelementptr inbounds float, ptr %"C.local", i64 240
  store <16 x float> %".420", ptr %".421", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
k.exit:
  %".424" = add i64 0, 8
  br label %"i.inner.header"
i.inner.header:
  %"i.inner" = phi  i64 [0, %"k.exit"], [%"i.inner.next", %"j.inner.outer.exit"]
  %".426" = icmp slt i64 %"i.inner", %".424"
  br i1 %".426", label %"i.inner.body", label %"i.inner.exit"
i.inner.body:
  %".428" = add i64 0, 2
  br label %"j.inner.outer.header"
i.inner.exit:
  %"i.outer.inner.next" = add nsw i64 %"i.outer.inner", 1
  br label %"i.outer.inner.header"
j.inner.outer.header:
  %"j.inner.outer" = phi  i64 [0, %"i.inner.body"], [%"j.inner.outer.next", %"j.inner.outer.body"]
  %".430" = icmp slt i64 %"j.inner.outer", %".428"
  br i1 %".430", label %"j.inner.outer.body", label %"j.inner.outer.exit"
j.inner.outer.body:
  %".432" = mul i64 %"i.inner", 64
  %".433" = mul i64 %"i.outer.inner", 512
  %".434" = add i64 %".432", %".433"
  %".435" = mul i64 %"j.outer", 32
  %".436" = add i64 %".434", %".435"
  %".437" = mul i64 %"j.inner.outer", 16
  %".438" = add i64 %".436", %".437"
  %".439" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".438", i32 0
  %".440" = shufflevector <16 x i64> %".439", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".441" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".442" = add <16 x i64> %".440", %".441"
  %".443" = mul i64 %"i.inner", 32
  %".444" = mul i64 %"j.inner.outer", 16
  %".445" = add i64 %".443", %".444"
  %".446" = getelementptr inbounds float, ptr %"C.local", i64 %".445"
  %".447" = load <16 x float>, ptr %".446", align 4
  %".448" = mul i64 %"i.inner", 64
  %".449" = mul i64 %"i.outer.inner", 512
  %".450" = add i64 %".448", %".449"
  %".451" = mul i64 %"j.outer", 32
  %".452" = add i64 %".450", %".451"
  %".453" = mul i64 %"j.inner.outer", 16
  %".454" = add i64 %".452", %".453"
  %".455" = getelementptr inbounds float, ptr %"C", i64 %".454"
  store <16 x float> %".447", ptr %".455", align 4
  %"j.inner.outer.next" = add nsw i64 %"j.inner.outer", 1
  br label %"j.inner.outer.header"
j.inner.outer.exit:
  %"i.inner.next" = add nsw i64 %"i.inner", 1
  br label %"i.inner.header"
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

define internal void @"tcomp_main.par0.body"(ptr noalias %"B", ptr noalias %"B.packed", i64 %".3", i64 %".4", i64 %".5") nounwind
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
  %".14" = mul i64 %"i0", 32
  %".15" = mul i64 %"i1.outer", 2048
  %".16" = add i64 %".14", %".15"
  %".17" = insertelement <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".16", i32 0
  %".18" = shufflevector <32 x i64> %".17", <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".19" = mul <32 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %".20" = add <32 x i64> %".18", %".19"
  %".21" = mul i64 %"i0", 64
  %".22" = mul i64 %"i1.outer", 32
  %".23" = add i64 %".21", %".22"
  %".24" = getelementptr inbounds float, ptr %"B", i64 %".23"
  %".25" = load <32 x float>, ptr %".24", align 4
  %".26" = mul i64 %"i0", 32
  %".27" = mul i64 %"i1.outer", 2048
  %".28" = add i64 %".26", %".27"
  %".29" = getelementptr inbounds float, ptr %"B.packed", i64 %".28"
  store <32 x float> %".25", ptr %".29", align 4
  %"i0.next" = add nsw i64 %"i0", 1
  br label %"i0.header"
i0.exit:
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
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

@"tcomp_main.ws_cells" = internal global [1 x ptr] zeroinitializer, align 8
@"tcomp_main_ws_n" = constant i64 1, align 8
!0 = !{ !"branch_weights", i32 1, i32 99 }
!1 = !{ !"branch_weights", i32 99, i32 1 }
