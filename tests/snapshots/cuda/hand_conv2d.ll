; ModuleID = "main"
target triple = "nvptx64-nvidia-cuda"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

define ptx_kernel void @"tcomp_main"(ptr addrspace(1) noalias align 16 %"X", ptr addrspace(1) noalias align 16 %"W", ptr addrspace(1) noalias align 16 %"conv") nounwind
{
entry:
  %"conv.local" = alloca [1 x float], align 16
  %"blockIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()
  %".5" = sext i32 %"blockIdx_x" to i64
  %"threadIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()
  %".6" = sext i32 %"threadIdx_x" to i64
  %".7" = getelementptr inbounds float, ptr %"conv.local", i64 0
  store float              0x0, ptr %".7", align 4
  %".9" = add i64 0, 3
  br label %"rc.header"
rc.header:
  %"rc" = phi  i64 [0, %"entry"], [%"rc.next", %"ry.exit"]
  %".11" = icmp slt i64 %"rc", %".9"
  br i1 %".11", label %"rc.body", label %"rc.exit"
rc.body:
  %".13" = add i64 0, 3
  br label %"ry.header"
rc.exit:
  %".240" = mul i64 %".5", 32
  %".241" = add i64 %".240", %".6"
  %".242" = getelementptr inbounds float, ptr %"conv.local", i64 0
  %".243" = load float, ptr %".242", align 4
  %".244" = getelementptr inbounds float, ptr addrspace(1) %"conv", i64 %".241"
  store float %".243", ptr addrspace(1) %".244", align 4
  ret void
ry.header:
  %"ry" = phi  i64 [0, %"rc.body"], [%"ry.next", %"rx.exit"]
  %".15" = icmp slt i64 %"ry", %".13"
  br i1 %".15", label %"ry.body", label %"ry.exit"
ry.body:
  %".17" = add i64 0, 3
  br label %"rx.header"
ry.exit:
  %"rc.next" = add nsw i64 %"rc", 1
  br label %"rc.header"
rx.header:
  %"rx" = phi  i64 [0, %"ry.body"], [%"rx.next", %"rx.body.endif"]
  %".19" = icmp slt i64 %"rx", %".17"
  br i1 %".19", label %"rx.body", label %"rx.exit"
rx.body:
  %".21" = getelementptr inbounds float, ptr %"conv.local", i64 0
  %".22" = load float, ptr %".21", align 4
  %".23" = mul i64 %".5", 4
  %".24" = icmp eq i64 8, 0
  %".25" = icmp eq i64 8, -1
  %".26" = or i1 %".24", %".25"
  %".27" = select  i1 %".26", i64 1, i64 8
  %".28" = sdiv i64 %".6", %".27"
  %".29" = srem i64 %".6", %".27"
  %".30" = icmp ne i64 %".29", 0
  %".31" = icmp slt i64 %".29", 0
  %".32" = icmp slt i64 %".27", 0
  %".33" = xor i1 %".31", %".32"
  %".34" = and i1 %".30", %".33"
  %".35" = zext i1 %".34" to i64
  %".36" = sub i64 %".28", %".35"
  %".37" = icmp eq i64 8, -1
  %".38" = sub i64 0, %".6"
  %".39" = select  i1 %".26", i64 0, i64 %".36"
  %".40" = select  i1 %".37", i64 %".38", i64 %".39"
  %".41" = add i64 %".23", %".40"
  %".42" = icmp eq i64 9, 0
  %".43" = icmp eq i64 9, -1
  %".44" = or i1 %".42", %".43"
  %".45" = select  i1 %".44", i64 1, i64 9
  %".46" = sdiv i64 %".41", %".45"
  %".47" = srem i64 %".41", %".45"
  %".48" = icmp ne i64 %".47", 0
  %".49" = icmp slt i64 %".47", 0
  %".50" = icmp slt i64 %".45", 0
  %".51" = xor i1 %".49", %".50"
  %".52" = and i1 %".48", %".51"
  %".53" = add i64 %".47", %".45"
  %".54" = select  i1 %".52", i64 %".53", i64 %".47"
  %".55" = select  i1 %".44", i64 0, i64 %".54"
  %".56" = add i64 %"ry", %".55"
  %".57" = icmp slt i64 0, %".56"
  %".58" = mul i64 %".5", 4
  %".59" = icmp eq i64 8, 0
  %".60" = icmp eq i64 8, -1
  %".61" = or i1 %".59", %".60"
  %".62" = select  i1 %".61", i64 1, i64 8
  %".63" = sdiv i64 %".6", %".62"
  %".64" = srem i64 %".6", %".62"
  %".65" = icmp ne i64 %".64", 0
  %".66" = icmp slt i64 %".64", 0
  %".67" = icmp slt i64 %".62", 0
  %".68" = xor i1 %".66", %".67"
  %".69" = and i1 %".65", %".68"
  %".70" = zext i1 %".69" to i64
  %".71" = sub i64 %".63", %".70"
  %".72" = icmp eq i64 8, -1
  %".73" = sub i64 0, %".6"
  %".74" = select  i1 %".61", i64 0, i64 %".71"
  %".75" = select  i1 %".72", i64 %".73", i64 %".74"
  %".76" = add i64 %".58", %".75"
  %".77" = icmp eq i64 9, 0
  %".78" = icmp eq i64 9, -1
  %".79" = or i1 %".77", %".78"
  %".80" = select  i1 %".79", i64 1, i64 9
  %".81" = sdiv i64 %".76", %".80"
  %".82" = srem i64 %".76", %".80"
  %".83" = icmp ne i64 %".82", 0
  %".84" = icmp slt i64 %".82", 0
  %".85" = icmp slt i64 %".80", 0
  %".86" = xor i1 %".84", %".85"
  %".87" = and i1 %".83", %".86"
  %".88" = add i64 %".82", %".80"
  %".89" = select  i1 %".87", i64 %".88", i64 %".82"
  %".90" = select  i1 %".79", i64 0, i64 %".89"
  %".91" = add i64 %"ry", %".90"
  %".92" = icmp slt i64 %".91", 10
  %".93" = and i1 %".57", %".92"
  %".94" = icmp eq i64 8, 0
  %".95" = icmp eq i64 8, -1
  %".96" = or i1 %".94", %".95"
  %".97" = select  i1 %".96", i64 1, i64 8
  %".98" = sdiv i64 %".6", %".97"
  %".99" = srem i64 %".6", %".97"
  %".100" = icmp ne i64 %".99", 0
  %".101" = icmp slt i64 %".99", 0
  %".102" = icmp slt i64 %".97", 0
  %".103" = xor i1 %".101", %".102"
  %".104" = and i1 %".100", %".103"
  %".105" = add i64 %".99", %".97"
  %".106" = select  i1 %".104", i64 %".105", i64 %".99"
  %".107" = select  i1 %".96", i64 0, i64 %".106"
  %".108" = add i64 %"rx", %".107"
  %".109" = icmp slt i64 0, %".108"
  %".110" = icmp eq i64 8, 0
  %".111" = icmp eq i64 8, -1
  %".112" = or i1 %".110", %".111"
  %".113" = select  i1 %".112", i64 1, i64 8
  %".114" = sdiv i64 %".6", %".113"
  %".115" = srem i64 %".6", %".113"
  %".116" = icmp ne i64 %".115", 0
  %".117" = icmp slt i64 %".115", 0
  %".118" = icmp slt i64 %".113", 0
  %".119" = xor i1 %".117", %".118"
  %".120" = and i1 %".116", %".119"
  %".121" = add i64 %".115", %".113"
  %".122" = select  i1 %".120", i64 %".121", i64 %".115"
  %".123" = select  i1 %".112", i64 0, i64 %".122"
  %".124" = add i64 %"rx", %".123"
  %".125" = icmp slt i64 %".124", 9
  %".126" = and i1 %".109", %".125"
  %".127" = and i1 %".93", %".126"
  br i1 %".127", label %"rx.body.if", label %"rx.body.else"
rx.exit:
  %"ry.next" = add nsw i64 %"ry", 1
  br label %"ry.header"
rx.body.if:
  %".129" = mul i64 %"rc", 72
  %".130" = mul i64 %"ry", 8
  %".131" = add i64 %".129", %".130"
  %".132" = add i64 %".131", %"rx"
  %".133" = icmp eq i64 8, 0
  %".134" = icmp eq i64 8, -1
  %".135" = or i1 %".133", %".134"
  %".136" = select  i1 %".135", i64 1, i64 8
  %".137" = sdiv i64 %".6", %".136"
  %".138" = srem i64 %".6", %".136"
  %".139" = icmp ne i64 %".138", 0
  %".140" = icmp slt i64 %".138", 0
  %".141" = icmp slt i64 %".136", 0
  %".142" = xor i1 %".140", %".141"
  %".143" = and i1 %".139", %".142"
  %".144" = add i64 %".138", %".136"
  %".145" = select  i1 %".143", i64 %".144", i64 %".138"
  %".146" = select  i1 %".135", i64 0, i64 %".145"
  %".147" = add i64 %".132", %".146"
  %".148" = mul i64 %".5", 4
  %".149" = icmp eq i64 8, 0
  %".150" = icmp eq i64 8, -1
  %".151" = or i1 %".149", %".150"
  %".152" = select  i1 %".151", i64 1, i64 8
  %".153" = sdiv i64 %".6", %".152"
  %".154" = srem i64 %".6", %".152"
  %".155" = icmp ne i64 %".154", 0
  %".156" = icmp slt i64 %".154", 0
  %".157" = icmp slt i64 %".152", 0
  %".158" = xor i1 %".156", %".157"
  %".159" = and i1 %".155", %".158"
  %".160" = zext i1 %".159" to i64
  %".161" = sub i64 %".153", %".160"
  %".162" = icmp eq i64 8, -1
  %".163" = sub i64 0, %".6"
  %".164" = select  i1 %".151", i64 0, i64 %".161"
  %".165" = select  i1 %".162", i64 %".163", i64 %".164"
  %".166" = add i64 %".148", %".165"
  %".167" = icmp eq i64 9, 0
  %".168" = icmp eq i64 9, -1
  %".169" = or i1 %".167", %".168"
  %".170" = select  i1 %".169", i64 1, i64 9
  %".171" = sdiv i64 %".166", %".170"
  %".172" = srem i64 %".166", %".170"
  %".173" = icmp ne i64 %".172", 0
  %".174" = icmp slt i64 %".172", 0
  %".175" = icmp slt i64 %".170", 0
  %".176" = xor i1 %".174", %".175"
  %".177" = and i1 %".173", %".176"
  %".178" = add i64 %".172", %".170"
  %".179" = select  i1 %".177", i64 %".178", i64 %".172"
  %".180" = select  i1 %".169", i64 0, i64 %".179"
  %".181" = mul i64 %".180", 8
  %".182" = add i64 %".147", %".181"
  %".183" = sub i64 %".182", 9
  %".184" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".183"
  %".185" = load float, ptr addrspace(1) %".184", align 4
  br label %"rx.body.endif"
rx.body.else:
  br label %"rx.body.endif"
rx.body.endif:
  %".188" = phi  float [%".185", %"rx.body.if"], [             0x0, %"rx.body.else"]
  %".189" = mul i64 %"rc", 9
  %".190" = mul i64 %"ry", 3
  %".191" = add i64 %".189", %".190"
  %".192" = add i64 %".191", %"rx"
  %".193" = mul i64 %".5", 4
  %".194" = icmp eq i64 8, 0
  %".195" = icmp eq i64 8, -1
  %".196" = or i1 %".194", %".195"
  %".197" = select  i1 %".196", i64 1, i64 8
  %".198" = sdiv i64 %".6", %".197"
  %".199" = srem i64 %".6", %".197"
  %".200" = icmp ne i64 %".199", 0
  %".201" = icmp slt i64 %".199", 0
  %".202" = icmp slt i64 %".197", 0
  %".203" = xor i1 %".201", %".202"
  %".204" = and i1 %".200", %".203"
  %".205" = zext i1 %".204" to i64
  %".206" = sub i64 %".198", %".205"
  %".207" = icmp eq i64 8, -1
  %".208" = sub i64 0, %".6"
  %".209" = select  i1 %".196", i64 0, i64 %".206"
  %".210" = select  i1 %".207", i64 %".208", i64 %".209"
  %".211" = add i64 %".193", %".210"
  %".212" = icmp eq i64 9, 0
  %".213" = icmp eq i64 9, -1
  %".214" = or i1 %".212", %".213"
  %".215" = select  i1 %".214", i64 1, i64 9
  %".216" = sdiv i64 %".211", %".215"
  %".217" = srem i64 %".211", %".215"
  %".218" = icmp ne i64 %".217", 0
  %".219" = icmp slt i64 %".217", 0
  %".220" = icmp slt i64 %".215", 0
  %".221" = xor i1 %".219", %".220"
  %".222" = and i1 %".218", %".221"
  %".223" = zext i1 %".222" to i64
  %".224" = sub i64 %".216", %".223"
  %".225" = icmp eq i64 9, -1
  %".226" = sub i64 0, %".211"
  %".227" = select  i1 %".214", i64 0, i64 %".224"
  %".228" = select  i1 %".225", i64 %".226", i64 %".227"
  %".229" = mul i64 %".228", 27
  %".230" = add i64 %".192", %".229"
  %".231" = getelementptr inbounds float, ptr addrspace(1) %"W", i64 %".230"
  %".232" = load float, ptr addrspace(1) %".231", align 4
  %".233" = fmul contract float %".188", %".232"
  %".234" = fadd contract float %".22", %".233"
  %".235" = getelementptr inbounds float, ptr %"conv.local", i64 0
  store float %".234", ptr %".235", align 4
  %"rx.next" = add nsw i64 %"rx", 1
  br label %"rx.header"
}

declare i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()

declare i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()

!nvvm.annotations = !{ !0 }
!0 = !{ ptr @"tcomp_main", !"kernel", i32 1, !"maxntidx", i32 32, !"maxntidy", i32 1, !"maxntidz", i32 1 }
