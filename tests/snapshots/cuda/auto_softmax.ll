; ModuleID = "main_k0"
target triple = "nvptx64-nvidia-cuda"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

define ptx_kernel void @"tcomp_main_k0"(ptr addrspace(1) noalias align 16 %"X", ptr addrspace(1) noalias align 16 %"Y.max") nounwind
{
entry:
  %"Y.max.local" = alloca [1 x float], align 16
  %"blockIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()
  %".4" = sext i32 %"blockIdx_x" to i64
  %"threadIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()
  %".5" = sext i32 %"threadIdx_x" to i64
  %".6" = getelementptr inbounds float, ptr %"Y.max.local", i64 0
  store float 0xfff0000000000000, ptr %".6", align 4
  %".8" = add i64 0, 10
  br label %"k.outer.header"
k.outer.header:
  %"k.outer" = phi  i64 [0, %"entry"], [%"k.outer.next", %"k.outer.body"]
  %".10" = icmp slt i64 %"k.outer", %".8"
  br i1 %".10", label %"k.outer.body", label %"k.outer.exit"
k.outer.body:
  %".12" = getelementptr inbounds float, ptr %"Y.max.local", i64 0
  %".13" = load float, ptr %".12", align 4
  %".14" = mul i64 %".4", 420
  %".15" = mul i64 %".5", 70
  %".16" = add i64 %".14", %".15"
  %".17" = mul i64 %"k.outer", 7
  %".18" = add i64 %".16", %".17"
  %".19" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".18"
  %".20" = load float, ptr addrspace(1) %".19", align 4
  %".21" = fcmp ogt float %".13", %".20"
  %".22" = select  i1 %".21", float %".13", float %".20"
  %".23" = freeze float %".22"
  %".24" = fcmp uno float %".13", %".13"
  %".25" = select  i1 %".24", float %".13", float %".23"
  %".26" = getelementptr inbounds float, ptr %"Y.max.local", i64 0
  store float %".25", ptr %".26", align 4
  %".28" = getelementptr inbounds float, ptr %"Y.max.local", i64 0
  %".29" = load float, ptr %".28", align 4
  %".30" = mul i64 %".4", 420
  %".31" = mul i64 %".5", 70
  %".32" = add i64 %".30", %".31"
  %".33" = mul i64 %"k.outer", 7
  %".34" = add i64 %".32", %".33"
  %".35" = add i64 %".34", 1
  %".36" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".35"
  %".37" = load float, ptr addrspace(1) %".36", align 4
  %".38" = fcmp ogt float %".29", %".37"
  %".39" = select  i1 %".38", float %".29", float %".37"
  %".40" = freeze float %".39"
  %".41" = fcmp uno float %".29", %".29"
  %".42" = select  i1 %".41", float %".29", float %".40"
  %".43" = getelementptr inbounds float, ptr %"Y.max.local", i64 0
  store float %".42", ptr %".43", align 4
  %".45" = getelementptr inbounds float, ptr %"Y.max.local", i64 0
  %".46" = load float, ptr %".45", align 4
  %".47" = mul i64 %".4", 420
  %".48" = mul i64 %".5", 70
  %".49" = add i64 %".47", %".48"
  %".50" = mul i64 %"k.outer", 7
  %".51" = add i64 %".49", %".50"
  %".52" = add i64 %".51", 2
  %".53" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".52"
  %".54" = load float, ptr addrspace(1) %".53", align 4
  %".55" = fcmp ogt float %".46", %".54"
  %".56" = select  i1 %".55", float %".46", float %".54"
  %".57" = freeze float %".56"
  %".58" = fcmp uno float %".46", %".46"
  %".59" = select  i1 %".58", float %".46", float %".57"
  %".60" = getelementptr inbounds float, ptr %"Y.max.local", i64 0
  store float %".59", ptr %".60", align 4
  %".62" = getelementptr inbounds float, ptr %"Y.max.local", i64 0
  %".63" = load float, ptr %".62", align 4
  %".64" = mul i64 %".4", 420
  %".65" = mul i64 %".5", 70
  %".66" = add i64 %".64", %".65"
  %".67" = mul i64 %"k.outer", 7
  %".68" = add i64 %".66", %".67"
  %".69" = add i64 %".68", 3
  %".70" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".69"
  %".71" = load float, ptr addrspace(1) %".70", align 4
  %".72" = fcmp ogt float %".63", %".71"
  %".73" = select  i1 %".72", float %".63", float %".71"
  %".74" = freeze float %".73"
  %".75" = fcmp uno float %".63", %".63"
  %".76" = select  i1 %".75", float %".63", float %".74"
  %".77" = getelementptr inbounds float, ptr %"Y.max.local", i64 0
  store float %".76", ptr %".77", align 4
  %".79" = getelementptr inbounds float, ptr %"Y.max.local", i64 0
  %".80" = load float, ptr %".79", align 4
  %".81" = mul i64 %".4", 420
  %".82" = mul i64 %".5", 70
  %".83" = add i64 %".81", %".82"
  %".84" = mul i64 %"k.outer", 7
  %".85" = add i64 %".83", %".84"
  %".86" = add i64 %".85", 4
  %".87" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".86"
  %".88" = load float, ptr addrspace(1) %".87", align 4
  %".89" = fcmp ogt float %".80", %".88"
  %".90" = select  i1 %".89", float %".80", float %".88"
  %".91" = freeze float %".90"
  %".92" = fcmp uno float %".80", %".80"
  %".93" = select  i1 %".92", float %".80", float %".91"
  %".94" = getelementptr inbounds float, ptr %"Y.max.local", i64 0
  store float %".93", ptr %".94", align 4
  %".96" = getelementptr inbounds float, ptr %"Y.max.local", i64 0
  %".97" = load float, ptr %".96", align 4
  %".98" = mul i64 %".4", 420
  %".99" = mul i64 %".5", 70
  %".100" = add i64 %".98", %".99"
  %".101" = mul i64 %"k.outer", 7
  %".102" = add i64 %".100", %".101"
  %".103" = add i64 %".102", 5
  %".104" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".103"
  %".105" = load float, ptr addrspace(1) %".104", align 4
  %".106" = fcmp ogt float %".97", %".105"
  %".107" = select  i1 %".106", float %".97", float %".105"
  %".108" = freeze float %".107"
  %".109" = fcmp uno float %".97", %".97"
  %".110" = select  i1 %".109", float %".97", float %".108"
  %".111" = getelementptr inbounds float, ptr %"Y.max.local", i64 0
  store float %".110", ptr %".111", align 4
  %".113" = getelementptr inbounds float, ptr %"Y.max.local", i64 0
  %".114" = load float, ptr %".113", align 4
  %".115" = mul i64 %".4", 420
  %".116" = mul i64 %".5", 70
  %".117" = add i64 %".115", %".116"
  %".118" = mul i64 %"k.outer", 7
  %".119" = add i64 %".117", %".118"
  %".120" = add i64 %".119", 6
  %".121" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".120"
  %".122" = load float, ptr addrspace(1) %".121", align 4
  %".123" = fcmp ogt float %".114", %".122"
  %".124" = select  i1 %".123", float %".114", float %".122"
  %".125" = freeze float %".124"
  %".126" = fcmp uno float %".114", %".114"
  %".127" = select  i1 %".126", float %".114", float %".125"
  %".128" = getelementptr inbounds float, ptr %"Y.max.local", i64 0
  store float %".127", ptr %".128", align 4
  %"k.outer.next" = add nsw i64 %"k.outer", 1
  br label %"k.outer.header", !llvm.loop !1
k.outer.exit:
  %".131" = mul i64 %".4", 6
  %".132" = add i64 %".131", %".5"
  %".133" = getelementptr inbounds float, ptr %"Y.max.local", i64 0
  %".134" = load float, ptr %".133", align 4
  %".135" = getelementptr inbounds float, ptr addrspace(1) %"Y.max", i64 %".132"
  store float %".134", ptr addrspace(1) %".135", align 4
  ret void
}

declare i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()

declare i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()

!nvvm.annotations = !{ !2 }
!0 = !{ !"llvm.loop.unroll.disable" }
!1 = distinct !{ !1, !0 }
!2 = !{ ptr @"tcomp_main_k0", !"kernel", i32 1, !"maxntidx", i32 6, !"maxntidy", i32 1, !"maxntidz", i32 1 }
; ModuleID = "main_k1"
target triple = "nvptx64-nvidia-cuda"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

define ptx_kernel void @"tcomp_main_k1"(ptr addrspace(1) noalias align 16 %"X", ptr addrspace(1) noalias align 16 %"Y.max", ptr addrspace(1) noalias align 16 %"Y.sum") nounwind
{
entry:
  %"Y.sum.local" = alloca [1 x float], align 16
  %"blockIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()
  %".5" = sext i32 %"blockIdx_x" to i64
  %"threadIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()
  %".6" = sext i32 %"threadIdx_x" to i64
  %".7" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  store float              0x0, ptr %".7", align 4
  %".9" = add i64 0, 10
  br label %"k.outer.header"
k.outer.header:
  %"k.outer" = phi  i64 [0, %"entry"], [%"k.outer.next", %"k.outer.body"]
  %".11" = icmp slt i64 %"k.outer", %".9"
  br i1 %".11", label %"k.outer.body", label %"k.outer.exit"
k.outer.body:
  %".13" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  %".14" = load float, ptr %".13", align 4
  %".15" = mul i64 %".5", 420
  %".16" = mul i64 %".6", 70
  %".17" = add i64 %".15", %".16"
  %".18" = mul i64 %"k.outer", 7
  %".19" = add i64 %".17", %".18"
  %".20" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".19"
  %".21" = load float, ptr addrspace(1) %".20", align 4
  %".22" = mul i64 %".5", 6
  %".23" = add i64 %".22", %".6"
  %".24" = getelementptr inbounds float, ptr addrspace(1) %"Y.max", i64 %".23"
  %".25" = load float, ptr addrspace(1) %".24", align 4
  %".26" = fsub contract float %".21", %".25"
  %".27" = call float @"tcomp.math.exp.f32"(float %".26")
  %".28" = fadd contract float %".14", %".27"
  %".29" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  store float %".28", ptr %".29", align 4
  %".31" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  %".32" = load float, ptr %".31", align 4
  %".33" = mul i64 %".5", 420
  %".34" = mul i64 %".6", 70
  %".35" = add i64 %".33", %".34"
  %".36" = mul i64 %"k.outer", 7
  %".37" = add i64 %".35", %".36"
  %".38" = add i64 %".37", 1
  %".39" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".38"
  %".40" = load float, ptr addrspace(1) %".39", align 4
  %".41" = mul i64 %".5", 6
  %".42" = add i64 %".41", %".6"
  %".43" = getelementptr inbounds float, ptr addrspace(1) %"Y.max", i64 %".42"
  %".44" = load float, ptr addrspace(1) %".43", align 4
  %".45" = fsub contract float %".40", %".44"
  %".46" = call float @"tcomp.math.exp.f32"(float %".45")
  %".47" = fadd contract float %".32", %".46"
  %".48" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  store float %".47", ptr %".48", align 4
  %".50" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  %".51" = load float, ptr %".50", align 4
  %".52" = mul i64 %".5", 420
  %".53" = mul i64 %".6", 70
  %".54" = add i64 %".52", %".53"
  %".55" = mul i64 %"k.outer", 7
  %".56" = add i64 %".54", %".55"
  %".57" = add i64 %".56", 2
  %".58" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".57"
  %".59" = load float, ptr addrspace(1) %".58", align 4
  %".60" = mul i64 %".5", 6
  %".61" = add i64 %".60", %".6"
  %".62" = getelementptr inbounds float, ptr addrspace(1) %"Y.max", i64 %".61"
  %".63" = load float, ptr addrspace(1) %".62", align 4
  %".64" = fsub contract float %".59", %".63"
  %".65" = call float @"tcomp.math.exp.f32"(float %".64")
  %".66" = fadd contract float %".51", %".65"
  %".67" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  store float %".66", ptr %".67", align 4
  %".69" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  %".70" = load float, ptr %".69", align 4
  %".71" = mul i64 %".5", 420
  %".72" = mul i64 %".6", 70
  %".73" = add i64 %".71", %".72"
  %".74" = mul i64 %"k.outer", 7
  %".75" = add i64 %".73", %".74"
  %".76" = add i64 %".75", 3
  %".77" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".76"
  %".78" = load float, ptr addrspace(1) %".77", align 4
  %".79" = mul i64 %".5", 6
  %".80" = add i64 %".79", %".6"
  %".81" = getelementptr inbounds float, ptr addrspace(1) %"Y.max", i64 %".80"
  %".82" = load float, ptr addrspace(1) %".81", align 4
  %".83" = fsub contract float %".78", %".82"
  %".84" = call float @"tcomp.math.exp.f32"(float %".83")
  %".85" = fadd contract float %".70", %".84"
  %".86" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  store float %".85", ptr %".86", align 4
  %".88" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  %".89" = load float, ptr %".88", align 4
  %".90" = mul i64 %".5", 420
  %".91" = mul i64 %".6", 70
  %".92" = add i64 %".90", %".91"
  %".93" = mul i64 %"k.outer", 7
  %".94" = add i64 %".92", %".93"
  %".95" = add i64 %".94", 4
  %".96" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".95"
  %".97" = load float, ptr addrspace(1) %".96", align 4
  %".98" = mul i64 %".5", 6
  %".99" = add i64 %".98", %".6"
  %".100" = getelementptr inbounds float, ptr addrspace(1) %"Y.max", i64 %".99"
  %".101" = load float, ptr addrspace(1) %".100", align 4
  %".102" = fsub contract float %".97", %".101"
  %".103" = call float @"tcomp.math.exp.f32"(float %".102")
  %".104" = fadd contract float %".89", %".103"
  %".105" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  store float %".104", ptr %".105", align 4
  %".107" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  %".108" = load float, ptr %".107", align 4
  %".109" = mul i64 %".5", 420
  %".110" = mul i64 %".6", 70
  %".111" = add i64 %".109", %".110"
  %".112" = mul i64 %"k.outer", 7
  %".113" = add i64 %".111", %".112"
  %".114" = add i64 %".113", 5
  %".115" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".114"
  %".116" = load float, ptr addrspace(1) %".115", align 4
  %".117" = mul i64 %".5", 6
  %".118" = add i64 %".117", %".6"
  %".119" = getelementptr inbounds float, ptr addrspace(1) %"Y.max", i64 %".118"
  %".120" = load float, ptr addrspace(1) %".119", align 4
  %".121" = fsub contract float %".116", %".120"
  %".122" = call float @"tcomp.math.exp.f32"(float %".121")
  %".123" = fadd contract float %".108", %".122"
  %".124" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  store float %".123", ptr %".124", align 4
  %".126" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  %".127" = load float, ptr %".126", align 4
  %".128" = mul i64 %".5", 420
  %".129" = mul i64 %".6", 70
  %".130" = add i64 %".128", %".129"
  %".131" = mul i64 %"k.outer", 7
  %".132" = add i64 %".130", %".131"
  %".133" = add i64 %".132", 6
  %".134" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".133"
  %".135" = load float, ptr addrspace(1) %".134", align 4
  %".136" = mul i64 %".5", 6
  %".137" = add i64 %".136", %".6"
  %".138" = getelementptr inbounds float, ptr addrspace(1) %"Y.max", i64 %".137"
  %".139" = load float, ptr addrspace(1) %".138", align 4
  %".140" = fsub contract float %".135", %".139"
  %".141" = call float @"tcomp.math.exp.f32"(float %".140")
  %".142" = fadd contract float %".127", %".141"
  %".143" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  store float %".142", ptr %".143", align 4
  %"k.outer.next" = add nsw i64 %"k.outer", 1
  br label %"k.outer.header"
k.outer.exit:
  %".146" = mul i64 %".5", 6
  %".147" = add i64 %".146", %".6"
  %".148" = getelementptr inbounds float, ptr %"Y.sum.local", i64 0
  %".149" = load float, ptr %".148", align 4
  %".150" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".147"
  store float %".149", ptr addrspace(1) %".150", align 4
  ret void
}

declare i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()

declare i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()

define internal float @"tcomp.math.exp.f32"(float %".1") alwaysinline nounwind
{
entry:
  %".3" = call contract float @"llvm.fabs.f32"(float %".1")
  %".4" = fcmp ole float %".3", 0x4055c00000000000
  br i1 %".4", label %"entry.if", label %"entry.else", !prof !0
entry.if:
  %".6" = call contract float @"llvm.fmuladd.f32"(float %".1", float 0x3ff7154760000000, float 0x4168000000000000)
  %".7" = fsub float %".6", 0x4168000000000000
  %".8" = bitcast float %".6" to i32
  %".9" = bitcast float 0x4168000000000000 to i32
  %".10" = sub i32 %".8", %".9"
  %".11" = call contract float @"llvm.fmuladd.f32"(float %".7", float 0xbfe62e4000000000, float %".1")
  %".12" = call contract float @"llvm.fmuladd.f32"(float %".7", float 0xbeb7f7d1c0000000, float %".11")
  %".13" = shl i32 %".10", 23
  %".14" = fmul contract float %".12", %".12"
  %".15" = call contract float @"llvm.fmuladd.f32"(float 0x3f56a22540000000, float %".12", float 0x3f8123b020000000)
  %".16" = call contract float @"llvm.fmuladd.f32"(float %".15", float %".12", float 0x3fa5558f80000000)
  %".17" = call contract float @"llvm.fmuladd.f32"(float %".16", float %".12", float 0x3fc5554900000000)
  %".18" = call contract float @"llvm.fmuladd.f32"(float %".17", float %".12", float 0x3fdfffffc0000000)
  %".19" = call contract float @"llvm.fmuladd.f32"(float %".14", float %".18", float %".12")
  %".20" = fadd contract float 0x3ff0000000000000, %".19"
  %".21" = bitcast float %".20" to i32
  %".22" = add i32 %".21", %".13"
  %".23" = bitcast i32 %".22" to float
  br label %"entry.endif"
entry.else:
  %".25" = fcmp olt float %".1", 0xc05e000000000000
  %".26" = select  i1 %".25", float 0xc05e000000000000, float %".1"
  %".27" = fcmp ogt float %".26", 0x4059000000000000
  %".28" = select  i1 %".27", float 0x4059000000000000, float %".26"
  %".29" = call contract float @"llvm.fmuladd.f32"(float %".28", float 0x3ff7154760000000, float 0x4168000000000000)
  %".30" = fsub float %".29", 0x4168000000000000
  %".31" = bitcast float %".29" to i32
  %".32" = bitcast float 0x4168000000000000 to i32
  %".33" = sub i32 %".31", %".32"
  %".34" = call contract float @"llvm.fmuladd.f32"(float %".30", float 0xbfe62e4000000000, float %".28")
  %".35" = call contract float @"llvm.fmuladd.f32"(float %".30", float 0xbeb7f7d1c0000000, float %".34")
  %".36" = fmul contract float %".35", %".35"
  %".37" = call contract float @"llvm.fmuladd.f32"(float 0x3f56a22540000000, float %".35", float 0x3f8123b020000000)
  %".38" = call contract float @"llvm.fmuladd.f32"(float %".37", float %".35", float 0x3fa5558f80000000)
  %".39" = call contract float @"llvm.fmuladd.f32"(float %".38", float %".35", float 0x3fc5554900000000)
  %".40" = call contract float @"llvm.fmuladd.f32"(float %".39", float %".35", float 0x3fdfffffc0000000)
  %".41" = call contract float @"llvm.fmuladd.f32"(float %".36", float %".40", float %".35")
  %".42" = fadd contract float 0x3ff0000000000000, %".41"
  %".43" = ashr i32 %".33", 1
  %".44" = add i32 %".43", 127
  %".45" = shl i32 %".44", 23
  %".46" = bitcast i32 %".45" to float
  %".47" = fmul contract float %".42", %".46"
  %".48" = sub i32 %".33", %".43"
  %".49" = add i32 %".48", 127
  %".50" = shl i32 %".49", 23
  %".51" = bitcast i32 %".50" to float
  %".52" = fmul contract float %".47", %".51"
  br label %"entry.endif"
entry.endif:
  %".54" = phi  float [%".23", %"entry.if"], [%".52", %"entry.else"]
  ret float %".54"
}

declare float @"llvm.fabs.f32"(float %".1")

declare float @"llvm.fmuladd.f32"(float %".1", float %".2", float %".3")

!nvvm.annotations = !{ !1 }
!0 = !{ !"branch_weights", i32 99, i32 1 }
!1 = !{ ptr @"tcomp_main_k1", !"kernel", i32 1, !"maxntidx", i32 6, !"maxntidy", i32 1, !"maxntidz", i32 1 }
; ModuleID = "main_k2"
target triple = "nvptx64-nvidia-cuda"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

define ptx_kernel void @"tcomp_main_k2"(ptr addrspace(1) noalias align 16 %"X", ptr addrspace(1) noalias align 16 %"Y", ptr addrspace(1) noalias align 16 %"Y.max", ptr addrspace(1) noalias align 16 %"Y.sum") nounwind
{
entry:
  %"blockIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()
  %".6" = sext i32 %"blockIdx_x" to i64
  %"threadIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()
  %".7" = sext i32 %"threadIdx_x" to i64
  %".8" = mul i64 %".6", 70
  %".9" = add i64 %".8", %".7"
  %".10" = mul i64 %".6", 70
  %".11" = add i64 %".10", %".7"
  %".12" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".11"
  %".13" = load float, ptr addrspace(1) %".12", align 4
  %".14" = getelementptr inbounds float, ptr addrspace(1) %"Y.max", i64 %".6"
  %".15" = load float, ptr addrspace(1) %".14", align 4
  %".16" = fsub contract float %".13", %".15"
  %".17" = call float @"tcomp.math.exp.f32"(float %".16")
  %".18" = getelementptr inbounds float, ptr addrspace(1) %"Y.sum", i64 %".6"
  %".19" = load float, ptr addrspace(1) %".18", align 4
  %".20" = fdiv contract float 0x3ff0000000000000, %".19"
  %".21" = fmul contract float %".17", %".20"
  %".22" = getelementptr inbounds float, ptr addrspace(1) %"Y", i64 %".9"
  store float %".21", ptr addrspace(1) %".22", align 4
  ret void
}

declare i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()

declare i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()

define internal float @"tcomp.math.exp.f32"(float %".1") alwaysinline nounwind
{
entry:
  %".3" = call contract float @"llvm.fabs.f32"(float %".1")
  %".4" = fcmp ole float %".3", 0x4055c00000000000
  br i1 %".4", label %"entry.if", label %"entry.else", !prof !0
entry.if:
  %".6" = call contract float @"llvm.fmuladd.f32"(float %".1", float 0x3ff7154760000000, float 0x4168000000000000)
  %".7" = fsub float %".6", 0x4168000000000000
  %".8" = bitcast float %".6" to i32
  %".9" = bitcast float 0x4168000000000000 to i32
  %".10" = sub i32 %".8", %".9"
  %".11" = call contract float @"llvm.fmuladd.f32"(float %".7", float 0xbfe62e4000000000, float %".1")
  %".12" = call contract float @"llvm.fmuladd.f32"(float %".7", float 0xbeb7f7d1c0000000, float %".11")
  %".13" = shl i32 %".10", 23
  %".14" = fmul contract float %".12", %".12"
  %".15" = call contract float @"llvm.fmuladd.f32"(float 0x3f56a22540000000, float %".12", float 0x3f8123b020000000)
  %".16" = call contract float @"llvm.fmuladd.f32"(float %".15", float %".12", float 0x3fa5558f80000000)
  %".17" = call contract float @"llvm.fmuladd.f32"(float %".16", float %".12", float 0x3fc5554900000000)
  %".18" = call contract float @"llvm.fmuladd.f32"(float %".17", float %".12", float 0x3fdfffffc0000000)
  %".19" = call contract float @"llvm.fmuladd.f32"(float %".14", float %".18", float %".12")
  %".20" = fadd contract float 0x3ff0000000000000, %".19"
  %".21" = bitcast float %".20" to i32
  %".22" = add i32 %".21", %".13"
  %".23" = bitcast i32 %".22" to float
  br label %"entry.endif"
entry.else:
  %".25" = fcmp olt float %".1", 0xc05e000000000000
  %".26" = select  i1 %".25", float 0xc05e000000000000, float %".1"
  %".27" = fcmp ogt float %".26", 0x4059000000000000
  %".28" = select  i1 %".27", float 0x4059000000000000, float %".26"
  %".29" = call contract float @"llvm.fmuladd.f32"(float %".28", float 0x3ff7154760000000, float 0x4168000000000000)
  %".30" = fsub float %".29", 0x4168000000000000
  %".31" = bitcast float %".29" to i32
  %".32" = bitcast float 0x4168000000000000 to i32
  %".33" = sub i32 %".31", %".32"
  %".34" = call contract float @"llvm.fmuladd.f32"(float %".30", float 0xbfe62e4000000000, float %".28")
  %".35" = call contract float @"llvm.fmuladd.f32"(float %".30", float 0xbeb7f7d1c0000000, float %".34")
  %".36" = fmul contract float %".35", %".35"
  %".37" = call contract float @"llvm.fmuladd.f32"(float 0x3f56a22540000000, float %".35", float 0x3f8123b020000000)
  %".38" = call contract float @"llvm.fmuladd.f32"(float %".37", float %".35", float 0x3fa5558f80000000)
  %".39" = call contract float @"llvm.fmuladd.f32"(float %".38", float %".35", float 0x3fc5554900000000)
  %".40" = call contract float @"llvm.fmuladd.f32"(float %".39", float %".35", float 0x3fdfffffc0000000)
  %".41" = call contract float @"llvm.fmuladd.f32"(float %".36", float %".40", float %".35")
  %".42" = fadd contract float 0x3ff0000000000000, %".41"
  %".43" = ashr i32 %".33", 1
  %".44" = add i32 %".43", 127
  %".45" = shl i32 %".44", 23
  %".46" = bitcast i32 %".45" to float
  %".47" = fmul contract float %".42", %".46"
  %".48" = sub i32 %".33", %".43"
  %".49" = add i32 %".48", 127
  %".50" = shl i32 %".49", 23
  %".51" = bitcast i32 %".50" to float
  %".52" = fmul contract float %".47", %".51"
  br label %"entry.endif"
entry.endif:
  %".54" = phi  float [%".23", %"entry.if"], [%".52", %"entry.else"]
  ret float %".54"
}

declare float @"llvm.fabs.f32"(float %".1")

declare float @"llvm.fmuladd.f32"(float %".1", float %".2", float %".3")

!nvvm.annotations = !{ !1 }
!0 = !{ !"branch_weights", i32 99, i32 1 }
!1 = !{ ptr @"tcomp_main_k2", !"kernel", i32 1, !"maxntidx", i32 70, !"maxntidy", i32 1, !"maxntidz", i32 1 }
