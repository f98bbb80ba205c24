; ModuleID = "main"
target triple = "nvptx64-nvidia-cuda"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

define ptx_kernel void @"tcomp_main"(ptr addrspace(1) noalias align 16 %"A", ptr addrspace(1) noalias align 16 %"B") nounwind
{
entry:
  %"blockIdx_y" = call i32 @"llvm.nvvm.read.ptx.sreg.ctaid.y"()
  %".4" = sext i32 %"blockIdx_y" to i64
  %"blockIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()
  %".5" = sext i32 %"blockIdx_x" to i64
  %"threadIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()
  %".6" = sext i32 %"threadIdx_x" to i64
  %".7" = mul i64 %".5", 8
  %".8" = mul i64 %".5", 8
  %".9" = add i64 %".8", 7
  %".10" = call i64 @"llvm.smin.i64"(i64 %".9", i64 20)
  %".11" = add i64 %".10", 1
  %".12" = icmp slt i64 %".7", %".11"
  %".13" = mul i64 %".4", 8
  %".14" = mul i64 %".4", 8
  %".15" = add i64 %".14", 7
  %".16" = call i64 @"llvm.smin.i64"(i64 %".15", i64 20)
  %".17" = add i64 %".16", 1
  %".18" = icmp slt i64 %".13", %".17"
  %".19" = and i1 %".12", %".18"
  br i1 %".19", label %"entry.if", label %"entry.endif"
entry.if:
  %".21" = mul i64 %".4", %".5"
  %".22" = mul i64 %".21", 16
  %".23" = mul i64 %".4", 8
  %".24" = add i64 %".23", 7
  %".25" = call i64 @"llvm.smin.i64"(i64 %".24", i64 20)
  %".26" = mul i64 %".4", 8
  %".27" = add i64 %".26", 7
  %".28" = call i64 @"llvm.smin.i64"(i64 %".27", i64 20)
  %".29" = mul i64 %".5", 8
  %".30" = add i64 %".29", 7
  %".31" = call i64 @"llvm.smin.i64"(i64 %".30", i64 20)
  %".32" = mul i64 %".28", %".31"
  %".33" = add i64 %".25", %".32"
  %".34" = mul i64 %".5", 8
  %".35" = add i64 %".34", 7
  %".36" = call i64 @"llvm.smin.i64"(i64 %".35", i64 20)
  %".37" = add i64 %".33", %".36"
  %".38" = icmp eq i64 4, 0
  %".39" = icmp eq i64 4, -1
  %".40" = or i1 %".38", %".39"
  %".41" = select  i1 %".40", i64 1, i64 4
  %".42" = sdiv i64 %".37", %".41"
  %".43" = srem i64 %".37", %".41"
  %".44" = icmp ne i64 %".43", 0
  %".45" = icmp slt i64 %".43", 0
  %".46" = icmp slt i64 %".41", 0
  %".47" = xor i1 %".45", %".46"
  %".48" = and i1 %".44", %".47"
  %".49" = zext i1 %".48" to i64
  %".50" = sub i64 %".42", %".49"
  %".51" = icmp eq i64 4, -1
  %".52" = sub i64 0, %".37"
  %".53" = select  i1 %".40", i64 0, i64 %".50"
  %".54" = select  i1 %".51", i64 %".52", i64 %".53"
  %".55" = add i64 %".22", %".54"
  %".56" = mul i64 %".4", 2
  %".57" = sub i64 %".55", %".56"
  %".58" = mul i64 %".5", 8
  %".59" = add i64 %".58", 7
  %".60" = call i64 @"llvm.smin.i64"(i64 %".59", i64 20)
  %".61" = mul i64 %".4", %".60"
  %".62" = mul i64 %".61", 2
  %".63" = sub i64 %".57", %".62"
  %".64" = mul i64 %".5", 2
  %".65" = sub i64 %".63", %".64"
  %".66" = mul i64 %".4", 8
  %".67" = add i64 %".66", 7
  %".68" = call i64 @"llvm.smin.i64"(i64 %".67", i64 20)
  %".69" = mul i64 %".5", %".68"
  %".70" = mul i64 %".69", 2
  %".71" = sub i64 %".65", %".70"
  %".72" = add i64 %".71", 1
  %".73" = add i64 0, %".72"
  br label %"i0.i1.fused.outer.header"
entry.endif:
  call void @"llvm.nvvm.barrier0"()
  %".226" = add i64 0, 8
  br label %"j.inner.header"
i0.i1.fused.outer.header:
  %"i0.i1.fused.outer" = phi  i64 [0, %"entry.if"], [%"i0.i1.fused.outer.next", %"i0.i1.fused.outer.body.endif"]
  %".75" = icmp slt i64 %"i0.i1.fused.outer", %".73"
  br i1 %".75", label %"i0.i1.fused.outer.body", label %"i0.i1.fused.outer.exit"
i0.i1.fused.outer.body:
  %".77" = mul i64 %".4", 8
  %".78" = mul i64 %".5", 8
  %".79" = add i64 %".78", 7
  %".80" = call i64 @"llvm.smin.i64"(i64 %".79", i64 20)
  %".81" = mul i64 %".4", %".80"
  %".82" = mul i64 %".81", 8
  %".83" = add i64 %".77", %".82"
  %".84" = mul i64 %".5", 8
  %".85" = add i64 %".83", %".84"
  %".86" = mul i64 %".4", 8
  %".87" = add i64 %".86", 7
  %".88" = call i64 @"llvm.smin.i64"(i64 %".87", i64 20)
  %".89" = mul i64 %".5", %".88"
  %".90" = mul i64 %".89", 8
  %".91" = add i64 %".85", %".90"
  %".92" = mul i64 %"i0.i1.fused.outer", 4
  %".93" = add i64 %".91", %".92"
  %".94" = add i64 %".93", %".6"
  %".95" = mul i64 %".4", %".5"
  %".96" = mul i64 %".95", 64
  %".97" = mul i64 %".4", 8
  %".98" = add i64 %".97", 7
  %".99" = call i64 @"llvm.smin.i64"(i64 %".98", i64 20)
  %".100" = add i64 %".96", %".99"
  %".101" = mul i64 %".4", 8
  %".102" = add i64 %".101", 7
  %".103" = call i64 @"llvm.smin.i64"(i64 %".102", i64 20)
  %".104" = mul i64 %".5", 8
  %".105" = add i64 %".104", 7
  %".106" = call i64 @"llvm.smin.i64"(i64 %".105", i64 20)
  %".107" = mul i64 %".103", %".106"
  %".108" = add i64 %".100", %".107"
  %".109" = mul i64 %".5", 8
  %".110" = add i64 %".109", 7
  %".111" = call i64 @"llvm.smin.i64"(i64 %".110", i64 20)
  %".112" = add i64 %".108", %".111"
  %".113" = add i64 %".112", 1
  %".114" = icmp slt i64 %".94", %".113"
  br i1 %".114", label %"i0.i1.fused.outer.body.if", label %"i0.i1.fused.outer.body.endif"
i0.i1.fused.outer.exit:
  br label %"entry.endif"
i0.i1.fused.outer.body.if:
  %".116" = mul i64 %"i0.i1.fused.outer", 4
  %".117" = add i64 %".116", %".6"
  %".118" = mul i64 %".4", 8
  %".119" = add i64 %".118", 7
  %".120" = call i64 @"llvm.smin.i64"(i64 %".119", i64 20)
  %".121" = mul i64 %".4", 8
  %".122" = sub i64 %".120", %".121"
  %".123" = add i64 %".122", 1
  %".124" = icmp eq i64 %".123", 0
  %".125" = icmp eq i64 %".123", -1
  %".126" = or i1 %".124", %".125"
  %".127" = select  i1 %".126", i64 1, i64 %".123"
  %".128" = sdiv i64 %".117", %".127"
  %".129" = srem i64 %".117", %".127"
  %".130" = icmp ne i64 %".129", 0
  %".131" = icmp slt i64 %".129", 0
  %".132" = icmp slt i64 %".127", 0
  %".133" = xor i1 %".131", %".132"
  %".134" = and i1 %".130", %".133"
  %".135" = zext i1 %".134" to i64
  %".136" = sub i64 %".128", %".135"
  %".137" = icmp eq i64 %".123", -1
  %".138" = sub i64 0, %".117"
  %".139" = select  i1 %".126", i64 0, i64 %".136"
  %".140" = select  i1 %".137", i64 %".138", i64 %".139"
  %".141" = mul i64 %".140", 8
  %".142" = mul i64 %"i0.i1.fused.outer", 4
  %".143" = add i64 %".142", %".6"
  %".144" = mul i64 %".4", 8
  %".145" = add i64 %".144", 7
  %".146" = call i64 @"llvm.smin.i64"(i64 %".145", i64 20)
  %".147" = mul i64 %".4", 8
  %".148" = sub i64 %".146", %".147"
  %".149" = add i64 %".148", 1
  %".150" = icmp eq i64 %".149", 0
  %".151" = icmp eq i64 %".149", -1
  %".152" = or i1 %".150", %".151"
  %".153" = select  i1 %".152", i64 1, i64 %".149"
  %".154" = sdiv i64 %".143", %".153"
  %".155" = srem i64 %".143", %".153"
  %".156" = icmp ne i64 %".155", 0
  %".157" = icmp slt i64 %".155", 0
  %".158" = icmp slt i64 %".153", 0
  %".159" = xor i1 %".157", %".158"
  %".160" = and i1 %".156", %".159"
  %".161" = add i64 %".155", %".153"
  %".162" = select  i1 %".160", i64 %".161", i64 %".155"
  %".163" = select  i1 %".152", i64 0, i64 %".162"
  %".164" = add i64 %".141", %".163"
  %".165" = mul i64 %".4", 8
  %".166" = mul i64 %".5", 168
  %".167" = add i64 %".165", %".166"
  %".168" = mul i64 %"i0.i1.fused.outer", 4
  %".169" = add i64 %".168", %".6"
  %".170" = mul i64 %".4", 8
  %".171" = add i64 %".170", 7
  %".172" = call i64 @"llvm.smin.i64"(i64 %".171", i64 20)
  %".173" = mul i64 %".4", 8
  %".174" = sub i64 %".172", %".173"
  %".175" = add i64 %".174", 1
  %".176" = icmp eq i64 %".175", 0
  %".177" = icmp eq i64 %".175", -1
  %".178" = or i1 %".176", %".177"
  %".179" = select  i1 %".178", i64 1, i64 %".175"
  %".180" = sdiv i64 %".169", %".179"
  %".181" = srem i64 %".169", %".179"
  %".182" = icmp ne i64 %".181", 0
  %".183" = icmp slt i64 %".181", 0
  %".184" = icmp slt i64 %".179", 0
  %".185" = xor i1 %".183", %".184"
  %".186" = and i1 %".182", %".185"
  %".187" = zext i1 %".186" to i64
  %".188" = sub i64 %".180", %".187"
  %".189" = icmp eq i64 %".175", -1
  %".190" = sub i64 0, %".169"
  %".191" = select  i1 %".178", i64 0, i64 %".188"
  %".192" = select  i1 %".189", i64 %".190", i64 %".191"
  %".193" = mul i64 %".192", 21
  %".194" = add i64 %".167", %".193"
  %".195" = mul i64 %"i0.i1.fused.outer", 4
  %".196" = add i64 %".195", %".6"
  %".197" = mul i64 %".4", 8
  %".198" = add i64 %".197", 7
  %".199" = call i64 @"llvm.smin.i64"(i64 %".198", i64 20)
  %".200" = mul i64 %".4", 8
  %".201" = sub i64 %".199", %".200"
  %".202" = add i64 %".201", 1
  %".203" = icmp eq i64 %".202", 0
  %".204" = icmp eq i64 %".202", -1
  %".205" = or i1 %".203", %".204"
  %".206" = select  i1 %".205", i64 1, i64 %".202"
  %".207" = sdiv i64 %".196", %".206"
  %".208" = srem i64 %".196", %".206"
  %".209" = icmp ne i64 %".208", 0
  %".210" = icmp slt i64 %".208", 0
  %".211" = icmp slt i64 %".206", 0
  %".212" = xor i1 %".210", %".211"
  %".213" = and i1 %".209", %".212"
  %".214" = add i64 %".208", %".206"
  %".215" = select  i1 %".213", i64 %".214", i64 %".208"
  %".216" = select  i1 %".205", i64 0, i64 %".215"
  %".217" = add i64 %".194", %".216"
  %".218" = getelementptr inbounds float, ptr addrspace(1) %"A", i64 %".217"
  %".219" = load float, ptr addrspace(1) %".218", align 4
  %".220" = getelementptr inbounds float, ptr addrspace(3) @"A.shared.shared0", i64 %".164"
  store float %".219", ptr addrspace(3) %".220", align 4
  br label %"i0.i1.fused.outer.body.endif"
i0.i1.fused.outer.body.endif:
  %"i0.i1.fused.outer.next" = add nsw i64 %"i0.i1.fused.outer", 1
  br label %"i0.i1.fused.outer.header", !llvm.loop !1
j.inner.header:
  %"j.inner" = phi  i64 [0, %"entry.endif"], [%"j.inner.next", %"j.inner.body.endif"]
  %".228" = icmp slt i64 %"j.inner", %".226"
  br i1 %".228", label %"j.inner.body", label %"j.inner.exit"
j.inner.body:
  %".230" = mul i64 %".5", 8
  %".231" = add i64 %".230", %"j.inner"
  %".232" = icmp slt i64 %".231", 21
  br i1 %".232", label %"j.inner.body.if", label %"j.inner.body.endif"
j.inner.exit:
  %".249" = add i64 0, 8
  br label %"j.inner.header.1"
j.inner.body.if:
  %".234" = mul i64 %".4", 168
  %".235" = mul i64 %".5", 8
  %".236" = add i64 %".234", %".235"
  %".237" = mul i64 %".6", 21
  %".238" = add i64 %".236", %".237"
  %".239" = add i64 %".238", %"j.inner"
  %".240" = mul i64 %"j.inner", 8
  %".241" = add i64 %".6", %".240"
  %".242" = getelementptr inbounds float, ptr addrspace(3) @"A.shared.shared0", i64 %".241"
  %".243" = load float, ptr addrspace(3) %".242", align 4
  %".244" = fadd contract float %".243", 0x3ff0000000000000
  %".245" = getelementptr inbounds float, ptr addrspace(1) %"B", i64 %".239"
  store float %".244", ptr addrspace(1) %".245", align 4
  br label %"j.inner.body.endif"
j.inner.body.endif:
  %"j.inner.next" = add nsw i64 %"j.inner", 1
  br label %"j.inner.header"
j.inner.header.1:
  %"j.inner.1" = phi  i64 [0, %"j.inner.exit"], [%"j.inner.next.1", %"j.inner.body.1.endif"]
  %".251" = icmp slt i64 %"j.inner.1", %".249"
  br i1 %".251", label %"j.inner.body.1", label %"j.inner.exit.1"
j.inner.body.1:
  %".253" = mul i64 %".5", 8
  %".254" = add i64 %".253", %"j.inner.1"
  %".255" = icmp slt i64 %".254", 21
  br i1 %".255", label %"j.inner.body.1.if", label %"j.inner.body.1.endif"
j.inner.exit.1:
  ret void
j.inner.body.1.if:
  %".257" = mul i64 %".4", 8
  %".258" = add i64 %".257", %".6"
  %".259" = icmp slt i64 %".258", 17
  br i1 %".259", label %"j.inner.body.1.if.if", label %"j.inner.body.1.if.endif"
j.inner.body.1.endif:
  %"j.inner.next.1" = add nsw i64 %"j.inner.1", 1
  br label %"j.inner.header.1"
j.inner.body.1.if.if:
  %".261" = mul i64 %".4", 168
  %".262" = mul i64 %".5", 8
  %".263" = add i64 %".261", %".262"
  %".264" = mul i64 %".6", 21
  %".265" = add i64 %".263", %".264"
  %".266" = add i64 %".265", %"j.inner.1"
  %".267" = add i64 %".266", 84
  %".268" = mul i64 %"j.inner.1", 8
  %".269" = add i64 %".6", %".268"
  %".270" = add i64 %".269", 4
  %".271" = getelementptr inbounds float, ptr addrspace(3) @"A.shared.shared0", i64 %".270"
  %".272" = load float, ptr addrspace(3) %".271", align 4
  %".273" = fadd contract float %".272", 0x3ff0000000000000
  %".274" = getelementptr inbounds float, ptr addrspace(1) %"B", i64 %".267"
  store float %".273", ptr addrspace(1) %".274", align 4
  br label %"j.inner.body.1.if.endif"
j.inner.body.1.if.endif:
  br label %"j.inner.body.1.endif"
}

declare i32 @"llvm.nvvm.read.ptx.sreg.ctaid.y"()

declare i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()

declare i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()

@"A.shared.shared0" = internal addrspace(3) global [64 x float] undef, align 16
declare i64 @"llvm.smin.i64"(i64 %".1", i64 %".2")

declare void @"llvm.nvvm.barrier0"()

!nvvm.annotations = !{ !2 }
!0 = !{ !"llvm.loop.vectorize.enable", i1 0 }
!1 = distinct !{ !1, !0 }
!2 = !{ ptr @"tcomp_main", !"kernel", i32 1, !"maxntidx", i32 4, !"maxntidy", i32 1, !"maxntidz", i32 1 }
