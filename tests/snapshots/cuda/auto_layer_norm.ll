; ModuleID = "main_k0"
target triple = "nvptx64-nvidia-cuda"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

define ptx_kernel void @"tcomp_main_k0"(ptr addrspace(1) noalias align 16 %"X", ptr addrspace(1) noalias align 16 %"Y.sum") nounwind
{
entry:
  %"Y.sum.local" = alloca [1 x float], align 16
  %"blockIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()
  %".4" = sext i32 %"blockIdx_x" to i64
  %"threadIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()
  %".5" = sext i32 %"threadIdx_x" to i64
  %".6" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  store float              0x0, ptr %".6", align 4
  %".8" = add i64 0, 12
  br label %"k.outer.header"
k.outer.header:
  %"k.outer" = phi  i64 [0, %"entry"], [%"k.outer.next", %"k.outer.body"]
  %".10" = icmp slt i64 %"k.outer", %".8"
  br i1 %".10", label %"k.outer.body", label %"k.outer.exit"
k.outer.body:
  %".12" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  %".13" = load float, ptr %".12", align 4
  %".14" = mul i64 %".4", 384
  %".15" = mul i64 %".5", 96
  %".16" = add i64 %".14", %".15"
  %".17" = mul i64 %"k.outer", 8
  %".18" = add i64 %".16", %".17"
  %".19" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".18"
  %".20" = load float, ptr addrspace(1) %".19", align 4
  %".21" = fadd contract float %".13", %".20"
  %".22" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  store float %".21", ptr %".22", align 4
  %".24" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  %".25" = load float, ptr %".24", align 4
  %".26" = mul i64 %".4", 384
  %".27" = mul i64 %".5", 96
  %".28" = add i64 %".26", %".27"
  %".29" = mul i64 %"k.outer", 8
  %".30" = add i64 %".28", %".29"
  %".31" = add i64 %".30", 1
  %".32" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".31"
  %".33" = load float, ptr addrspace(1) %".32", align 4
  %".34" = fadd contract float %".25", %".33"
  %".35" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  store float %".34", ptr %".35", align 4
  %".37" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  %".38" = load float, ptr %".37", align 4
  %".39" = mul i64 %".4", 384
  %".40" = mul i64 %".5", 96
  %".41" = add i64 %".39", %".40"
  %".42" = mul i64 %"k.outer", 8
  %".43" = add i64 %".41", %".42"
  %".44" = add i64 %".43", 2
  %".45" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".44"
  %".46" = load float, ptr addrspace(1) %".45", align 4
  %".47" = fadd contract float %".38", %".46"
  %".48" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  store float %".47", ptr %".48", align 4
  %".50" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  %".51" = load float, ptr %".50", align 4
  %".52" = mul i64 %".4", 384
  %".53" = mul i64 %".5", 96
  %".54" = add i64 %".52", %".53"
  %".55" = mul i64 %"k.outer", 8
  %".56" = add i64 %".54", %".55"
  %".57" = add i64 %".56", 3
  %".58" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".57"
  %".59" = load float, ptr addrspace(1) %".58", align 4
  %".60" = fadd contract float %".51", %".59"
  %".61" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  store float %".60", ptr %".61", align 4
  %".63" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  %".64" = load float, ptr %".63", align 4
  %".65" = mul i64 %".4", 384
  %".66" = mul i64 %".5", 96
  %".67" = add i64 %".65", %".66"
  %".68" = mul i64 %"k.outer", 8
  %".69" = add i64 %".67", %".68"
  %".70" = add i64 %".69", 4
  %".71" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".70"
  %".72" = load float, ptr addrspace(1) %".71", align 4
  %".73" = fadd contract float %".64", %".72"
  %".74" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  store float %".73", ptr %".74", align 4
  %".76" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  %".77" = load float, ptr %".76", align 4
  %".78" = mul i64 %".4", 384
  %".79" = mul i64 %".5", 96
  %".80" = add i64 %".78", %".79"
  %".81" = mul i64 %"k.outer", 8
  %".82" = add i64 %".80", %".81"
  %".83" = add i64 %".82", 5
  %".84" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".83"
  %".85" = load float, ptr addrspace(1) %".84", align 4
  %".86" = fadd contract float %".77", %".85"
  %".87" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  store float %".86", ptr %".87", align 4
  %".89" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  %".90" = load float, ptr %".89", align 4
  %".91" = mul i64 %".4", 384
  %".92" = mul i64 %".5", 96
  %".93" = add i64 %".91", %".92"
  %".94" = mul i64 %"k.outer", 8
  %".95" = add i64 %".93", %".94"
  %".96" = add i64 %".95", 6
  %".97" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".96"
  %".98" = load float, ptr addrspace(1) %".97", align 4
  %".99" = fadd contract float %".90", %".98"
  %".100" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  store float %".99", ptr %".100", align 4
  %".102" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  %".103" = load float, ptr %".102", align 4
  %".104" = mul i64 %".4", 384
  %".105" = mul i64 %".5", 96
  %".106" = add i64 %".104", %".105"
  %".107" = mul i64 %"k.outer", 8
  %".108" = add i64 %".106", %".107"
  %".109" = add i64 %".108", 7
  %".110" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".109"
  %".111" = load float, ptr addrspace(1) %".110", align 4
  %".112" = fadd contract float %".103", %".111"
  %".113" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  store float %".112", ptr %".113", align 4
  %"k.outer.next" = add nsw i64 %"k.outer", 1
  br label %"k.outer.header"
k.outer.exit:
  %".116" = mul i64 %".4", 4
  %".117" = add i64 %".116", %".5"
  %".118" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  %".119" = load float, ptr %".118", align 4
  %".120" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".117"
  store float %".119", ptr addrspace(1) %".120", align 4
  ret void
}

declare i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()

declare i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()

!nvvm.annotations = !{ !0 }
!0 = !{ ptr @"tcomp_main_k0", !"kernel", i32 1, !"maxntidx", i32 4, !"maxntidy", i32 1, !"maxntidz", i32 1 }
; ModuleID = "main_k1"
target triple = "nvptx64-nvidia-cuda"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

define ptx_kernel void @"tcomp_main_k1"(ptr addrspace(1) noalias align 16 %"X", ptr addrspace(1) noalias align 16 %"Y.sum", ptr addrspace(1) noalias align 16 %"Y.sqsum") nounwind
{
entry:
  %"Y.sqsum.local" = alloca [1 x float], align 16
  %"blockIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()
  %".5" = sext i32 %"blockIdx_x" to i64
  %"threadIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()
  %".6" = sext i32 %"threadIdx_x" to i64
  %".7" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  store float              0x0, ptr %".7", align 4
  %".9" = add i64 0, 12
  br label %"k.outer.header"
k.outer.header:
  %"k.outer" = phi  i64 [0, %"entry"], [%"k.outer.next", %"k.outer.body"]
  %".11" = icmp slt i64 %"k.outer", %".9"
  br i1 %".11", label %"k.outer.body", label %"k.outer.exit"
k.outer.body:
  %".13" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  %".14" = load float, ptr %".13", align 4
  %".15" = mul i64 %".5", 384
  %".16" = mul i64 %".6", 96
  %".17" = add i64 %".15", %".16"
  %".18" = mul i64 %"k.outer", 8
  %".19" = add i64 %".17", %".18"
  %".20" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".19"
  %".21" = load float, ptr addrspace(1) %".20", align 4
  %".22" = mul i64 %".5", 4
  %".23" = add i64 %".22", %".6"
  %".24" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".23"
  %".25" = load float, ptr addrspace(1) %".24", align 4
  %".26" = fmul contract float %".25", 0x3f85555560000000
  %".27" = fsub contract float %".21", %".26"
  %".28" = mul i64 %".5", 384
  %".29" = mul i64 %".6", 96
  %".30" = add i64 %".28", %".29"
  %".31" = mul i64 %"k.outer", 8
  %".32" = add i64 %".30", %".31"
  %".33" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".32"
  %".34" = load float, ptr addrspace(1) %".33", align 4
  %".35" = mul i64 %".5", 4
  %".36" = add i64 %".35", %".6"
  %".37" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".36"
  %".38" = load float, ptr addrspace(1) %".37", align 4
  %".39" = fmul contract float %".38", 0x3f85555560000000
  %".40" = fsub contract float %".34", %".39"
  %".41" = fmul contract float %".27", %".40"
  %".42" = fadd contract float %".14", %".41"
  %".43" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  store float %".42", ptr %".43", align 4
  %".45" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  %".46" = load float, ptr %".45", align 4
  %".47" = mul i64 %".5", 384
  %".48" = mul i64 %".6", 96
  %".49" = add i64 %".47", %".48"
  %".50" = mul i64 %"k.outer", 8
  %".51" = add i64 %".49", %".50"
  %".52" = add i64 %".51", 1
  %".53" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".52"
  %".54" = load float, ptr addrspace(1) %".53", align 4
  %".55" = mul i64 %".5", 4
  %".56" = add i64 %".55", %".6"
  %".57" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".56"
  %".58" = load float, ptr addrspace(1) %".57", align 4
  %".59" = fmul contract float %".58", 0x3f85555560000000
  %".60" = fsub contract float %".54", %".59"
  %".61" = mul i64 %".5", 384
  %".62" = mul i64 %".6", 96
  %".63" = add i64 %".61", %".62"
  %".64" = mul i64 %"k.outer", 8
  %".65" = add i64 %".63", %".64"
  %".66" = add i64 %".65", 1
  %".67" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".66"
  %".68" = load float, ptr addrspace(1) %".67", align 4
  %".69" = mul i64 %".5", 4
  %".70" = add i64 %".69", %".6"
  %".71" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".70"
  %".72" = load float, ptr addrspace(1) %".71", align 4
  %".73" = fmul contract float %".72", 0x3f85555560000000
  %".74" = fsub contract float %".68", %".73"
  %".75" = fmul contract float %".60", %".74"
  %".76" = fadd contract float %".46", %".75"
  %".77" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  store float %".76", ptr %".77", align 4
  %".79" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  %".80" = load float, ptr %".79", align 4
  %".81" = mul i64 %".5", 384
  %".82" = mul i64 %".6", 96
  %".83" = add i64 %".81", %".82"
  %".84" = mul i64 %"k.outer", 8
  %".85" = add i64 %".83", %".84"
  %".86" = add i64 %".85", 2
  %".87" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".86"
  %".88" = load float, ptr addrspace(1) %".87", align 4
  %".89" = mul i64 %".5", 4
  %".90" = add i64 %".89", %".6"
  %".91" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".90"
  %".92" = load float, ptr addrspace(1) %".91", align 4
  %".93" = fmul contract float %".92", 0x3f85555560000000
  %".94" = fsub contract float %".88", %".93"
  %".95" = mul i64 %".5", 384
  %".96" = mul i64 %".6", 96
  %".97" = add i64 %".95", %".96"
  %".98" = mul i64 %"k.outer", 8
  %".99" = add i64 %".97", %".98"
  %".100" = add i64 %".99", 2
  %".101" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".100"
  %".102" = load float, ptr addrspace(1) %".101", align 4
  %".103" = mul i64 %".5", 4
  %".104" = add i64 %".103", %".6"
  %".105" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".104"
  %".106" = load float, ptr addrspace(1) %".105", align 4
  %".107" = fmul contract float %".106", 0x3f85555560000000
  %".108" = fsub contract float %".102", %".107"
  %".109" = fmul contract float %".94", %".108"
  %".110" = fadd contract float %".80", %".109"
  %".111" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  store float %".110", ptr %".111", align 4
  %".113" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  %".114" = load float, ptr %".113", align 4
  %".115" = mul i64 %".5", 384
  %".116" = mul i64 %".6", 96
  %".117" = add i64 %".115", %".116"
  %".118" = mul i64 %"k.outer", 8
  %".119" = add i64 %".117", %".118"
  %".120" = add i64 %".119", 3
  %".121" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".120"
  %".122" = load float, ptr addrspace(1) %".121", align 4
  %".123" = mul i64 %".5", 4
  %".124" = add i64 %".123", %".6"
  %".125" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".124"
  %".126" = load float, ptr addrspace(1) %".125", align 4
  %".127" = fmul contract float %".126", 0x3f85555560000000
  %".128" = fsub contract float %".122", %".127"
  %".129" = mul i64 %".5", 384
  %".130" = mul i64 %".6", 96
  %".131" = add i64 %".129", %".130"
  %".132" = mul i64 %"k.outer", 8
  %".133" = add i64 %".131", %".132"
  %".134" = add i64 %".133", 3
  %".135" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".134"
  %".136" = load float, ptr addrspace(1) %".135", align 4
  %".137" = mul i64 %".5", 4
  %".138" = add i64 %".137", %".6"
  %".139" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".138"
  %".140" = load float, ptr addrspace(1) %".139", align 4
  %".141" = fmul contract float %".140", 0x3f85555560000000
  %".142" = fsub contract float %".136", %".141"
  %".143" = fmul contract float %".128", %".142"
  %".144" = fadd contract float %".114", %".143"
  %".145" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  store float %".144", ptr %".145", align 4
  %".147" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  %".148" = load float, ptr %".147", align 4
  %".149" = mul i64 %".5", 384
  %".150" = mul i64 %".6", 96
  %".151" = add i64 %".149", %".150"
  %".152" = mul i64 %"k.outer", 8
  %".153" = add i64 %".151", %".152"
  %".154" = add i64 %".153", 4
  %".155" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".154"
  %".156" = load float, ptr addrspace(1) %".155", align 4
  %".157" = mul i64 %".5", 4
  %".158" = add i64 %".157", %".6"
  %".159" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".158"
  %".160" = load float, ptr addrspace(1) %".159", align 4
  %".161" = fmul contract float %".160", 0x3f85555560000000
  %".162" = fsub contract float %".156", %".161"
  %".163" = mul i64 %".5", 384
  %".164" = mul i64 %".6", 96
  %".165" = add i64 %".163", %".164"
  %".166" = mul i64 %"k.outer", 8
  %".167" = add i64 %".165", %".166"
  %".168" = add i64 %".167", 4
  %".169" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".168"
  %".170" = load float, ptr addrspace(1) %".169", align 4
  %".171" = mul i64 %".5", 4
  %".172" = add i64 %".171", %".6"
  %".173" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".172"
  %".174" = load float, ptr addrspace(1) %".173", align 4
  %".175" = fmul contract float %".174", 0x3f85555560000000
  %".176" = fsub contract float %".170", %".175"
  %".177" = fmul contract float %".162", %".176"
  %".178" = fadd contract float %".148", %".177"
  %".179" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  store float %".178", ptr %".179", align 4
  %".181" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  %".182" = load float, ptr %".181", align 4
  %".183" = mul i64 %".5", 384
  %".184" = mul i64 %".6", 96
  %".185" = add i64 %".183", %".184"
  %".186" = mul i64 %"k.outer", 8
  %".187" = add i64 %".185", %".186"
  %".188" = add i64 %".187", 5
  %".189" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".188"
  %".190" = load float, ptr addrspace(1) %".189", align 4
  %".191" = mul i64 %".5", 4
  %".192" = add i64 %".191", %".6"
  %".193" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".192"
  %".194" = load float, ptr addrspace(1) %".193", align 4
  %".195" = fmul contract float %".194", 0x3f85555560000000
  %".196" = fsub contract float %".190", %".195"
  %".197" = mul i64 %".5", 384
  %".198" = mul i64 %".6", 96
  %".199" = add i64 %".197", %".198"
  %".200" = mul i64 %"k.outer", 8
  %".201" = add i64 %".199", %".200"
  %".202" = add i64 %".201", 5
  %".203" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".202"
  %".204" = load float, ptr addrspace(1) %".203", align 4
  %".205" = mul i64 %".5", 4
  %".206" = add i64 %".205", %".6"
  %".207" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".206"
  %".208" = load float, ptr addrspace(1) %".207", align 4
  %".209" = fmul contract float %".208", 0x3f85555560000000
  %".210" = fsub contract float %".204", %".209"
  %".211" = fmul contract float %".196", %".210"
  %".212" = fadd contract float %".182", %".211"
  %".213" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  store float %".212", ptr %".213", align 4
  %".215" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  %".216" = load float, ptr %".215", align 4
  %".217" = mul i64 %".5", 384
  %".218" = mul i64 %".6", 96
  %".219" = add i64 %".217", %".218"
  %".220" = mul i64 %"k.outer", 8
  %".221" = add i64 %".219", %".220"
  %".222" = add i64 %".221", 6
  %".223" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".222"
  %".224" = load float, ptr addrspace(1) %".223", align 4
  %".225" = mul i64 %".5", 4
  %".226" = add i64 %".225", %".6"
  %".227" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".226"
  %".228" = load float, ptr addrspace(1) %".227", align 4
  %".229" = fmul contract float %".228", 0x3f85555560000000
  %".230" = fsub contract float %".224", %".229"
  %".231" = mul i64 %".5", 384
  %".232" = mul i64 %".6", 96
  %".233" = add i64 %".231", %".232"
  %".234" = mul i64 %"k.outer", 8
  %".235" = add i64 %".233", %".234"
  %".236" = add i64 %".235", 6
  %".237" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".236"
  %".238" = load float, ptr addrspace(1) %".237", align 4
  %".239" = mul i64 %".5", 4
  %".240" = add i64 %".239", %".6"
  %".241" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".240"
  %".242" = load float, ptr addrspace(1) %".241", align 4
  %".243" = fmul contract float %".242", 0x3f85555560000000
  %".244" = fsub contract float %".238", %".243"
  %".245" = fmul contract float %".230", %".244"
  %".246" = fadd contract float %".216", %".245"
  %".247" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  store float %".246", ptr %".247", align 4
  %".249" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  %".250" = load float, ptr %".249", align 4
  %".251" = mul i64 %".5", 384
  %".252" = mul i64 %".6", 96
  %".253" = add i64 %".251", %".252"
  %".254" = mul i64 %"k.outer", 8
  %".255" = add i64 %".253", %".254"
  %".256" = add i64 %".255", 7
  %".257" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".256"
  %".258" = load float, ptr addrspace(1) %".257", align 4
  %".259" = mul i64 %".5", 4
  %".260" = add i64 %".259", %".6"
  %".261" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".260"
  %".262" = load float, ptr addrspace(1) %".261", align 4
  %".263" = fmul contract float %".262", 0x3f85555560000000
  %".264" = fsub contract float %".258", %".263"
  %".265" = mul i64 %".5", 384
  %".266" = mul i64 %".6", 96
  %".267" = add i64 %".265", %".266"
  %".268" = mul i64 %"k.outer", 8
  %".269" = add i64 %".267", %".268"
  %".270" = add i64 %".269", 7
  %".271" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".270"
  %".272" = load float, ptr addrspace(1) %".271", align 4
  %".273" = mul i64 %".5", 4
  %".274" = add i64 %".273", %".6"
  %".275" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".274"
  %".276" = load float, ptr addrspace(1) %".275", align 4
  %".277" = fmul contract float %".276", 0x3f85555560000000
  %".278" = fsub contract float %".272", %".277"
  %".279" = fmul contract float %".264", %".278"
  %".280" = fadd contract float %".250", %".279"
  %".281" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  store float %".280", ptr %".281", align 4
  %"k.outer.next" = add nsw i64 %"k.outer", 1
  br label %"k.outer.header"
k.outer.exit:
  %".284" = mul i64 %".5", 4
  %".285" = add i64 %".284", %".6"
  %".286" = getelementptr inbounds float, ptr %"Y.sqsum.local", i64 0
  %".287" = load float, ptr %".286", align 4
  %".288" = getelementptr inbounds float, ptr addrspace(1) %"Y.sqsum", i64 %".285"
  store float %".287", ptr addrspace(1) %".288", align 4
  ret void
}

declare i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()

declare i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()

!nvvm.annotations = !{ !0 }
!0 = !{ ptr @"tcomp_main_k1", !"kernel", i32 1, !"maxntidx", i32 4, !"maxntidy", i32 1, !"maxntidz", i32 1 }
; ModuleID = "main_k2"
target triple = "nvptx64-nvidia-cuda"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

define ptx_kernel void @"tcomp_main_k2"(ptr addrspace(1) noalias align 16 %"X", ptr addrspace(1) noalias align 16 %"W", ptr addrspace(1) noalias align 16 %"B", ptr addrspace(1) noalias align 16 %"Y", ptr addrspace(1) noalias align 16 %"Y.sum", ptr addrspace(1) noalias align 16 %"Y.sqsum") nounwind
{
entry:
  %"blockIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()
  %".8" = sext i32 %"blockIdx_x" to i64
  %"threadIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()
  %".9" = sext i32 %"threadIdx_x" to i64
  %".10" = mul i64 %".8", 96
  %".11" = add i64 %".10", %".9"
  %".12" = mul i64 %".8", 96
  %".13" = add i64 %".12", %".9"
  %".14" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".13"
  %".15" = load float, ptr addrspace(1) %".14", align 4
  %".16" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".8"
  %".17" = load float, ptr addrspace(1) %".16", align 4
  %".18" = fmul contract float %".17", 0x3f85555560000000
  %".19" = fsub contract float %".15", %".18"
  %".20" = getelementptr inbounds float, ptr addrspace(1) %"Y.sqsum", i64 %".8"
  %".21" = load float, ptr addrspace(1) %".20", align 4
  %".22" = fmul contract float %".21", 0x3f85555560000000
  %".23" = fadd contract float %".22", 0x3ee4f8b580000000
  %".24" = call float @"llvm.sqrt.f32"(float %".23")
  %".25" = fdiv contract float 0x3ff0000000000000, %".24"
  %".26" = fmul contract float %".19", %".25"
  %".27" = getelementptr inbounds float, ptr addrspace(1) %"W", i64 %".9"
  %".28" = load float, ptr addrspace(1) %".27", align 4
  %".29" = fmul contract float %".26", %".28"
  %".30" = getelementptr inbounds float, ptr addrspace(1) %"B", i64 %".9"
  %".31" = load float, ptr addrspace(1) %".30", align 4
  %".32" = fadd contract float %".29", %".31"
  %".33" = getelementptr inbounds float, ptr addrspace(1) %"Y", i64 %".11"
  store float %".32", ptr addrspace(1) %".33", align 4
  ret void
}

declare i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()

declare i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()

declare float @"llvm.sqrt.f32"(float %".1")

!nvvm.annotations = !{ !0 }
!0 = !{ ptr @"tcomp_main_k2", !"kernel", i32 1, !"maxntidx", i32 96, !"maxntidy", i32 1, !"maxntidz", i32 1 }
