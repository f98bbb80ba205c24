; ModuleID = "main"
target triple = "nvptx64-nvidia-cuda"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

define ptx_kernel void @"tcomp_main"(ptr addrspace(1) noalias align 16 %"X", ptr addrspace(1) noalias align 16 %"b") nounwind
{
entry:
  %"blockIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()
  %".4" = sext i32 %"blockIdx_x" to i64
  %"threadIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()
  %".5" = sext i32 %"threadIdx_x" to i64
  %".6" = mul i64 %".4", 64
  %".7" = add i64 %".6", %".5"
  %".8" = icmp slt i64 %".7", 141
  br i1 %".8", label %"entry.if", label %"entry.endif"
entry.if:
  %".10" = mul i64 %".4", 64
  %".11" = add i64 %".10", %".5"
  %".12" = icmp slt i64 %".11", 140
  br i1 %".12", label %"entry.if.if", label %"entry.if.else"
entry.endif:
  ret void
entry.if.if:
  %".14" = mul i64 %".4", 256
  %".15" = mul i64 %".5", 4
  %".16" = add i64 %".14", %".15"
  %".17" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".16"
  %".18" = load <4 x float>, ptr addrspace(1) %".17", align 16
  %".19" = fmul contract <4 x float> %".18", <float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000>
  %".20" = fadd contract <4 x float> %".19", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".21" = call <4 x float> @"tcomp.math.tanh.v4f32"(<4 x float> %".20")
  %".22" = mul i64 %".4", 256
  %".23" = mul i64 %".5", 4
  %".24" = add i64 %".22", %".23"
  %".25" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".24"
  %".26" = load <4 x float>, ptr addrspace(1) %".25", align 16
  %".27" = call <4 x float> @"tcomp.math.sigmoid.v4f32"(<4 x float> %".26")
  %".28" = fsub contract <4 x float> %".21", %".27"
  %".29" = mul i64 %".4", 256
  %".30" = mul i64 %".5", 4
  %".31" = add i64 %".29", %".30"
  %".32" = getelementptr inbounds float, ptr addrspace(1) %"b", i64 %".31"
  store <4 x float> %".28", ptr addrspace(1) %".32", align 16
  br label %"entry.if.endif"
entry.if.else:
  %".35" = add i64 0, 4
  br label %"i.j.fused.inner.header"
entry.if.endif:
  br label %"entry.endif"
i.j.fused.inner.header:
  %"i.j.fused.inner" = phi  i64 [0, %"entry.if.else"], [%"i.j.fused.inner.next", %"i.j.fused.inner.body.endif"]
  %".37" = icmp slt i64 %"i.j.fused.inner", %".35"
  br i1 %".37", label %"i.j.fused.inner.body", label %"i.j.fused.inner.exit"
i.j.fused.inner.body:
  %".39" = mul i64 %".4", 256
  %".40" = add i64 %"i.j.fused.inner", %".39"
  %".41" = mul i64 %".5", 4
  %".42" = add i64 %".40", %".41"
  %".43" = icmp slt i64 %".42", 561
  br i1 %".43", label %"i.j.fused.inner.body.if", label %"i.j.fused.inner.body.endif"
i.j.fused.inner.exit:
  br label %"entry.if.endif"
i.j.fused.inner.body.if:
  %".45" = mul i64 %".4", 256
  %".46" = add i64 %"i.j.fused.inner", %".45"
  %".47" = mul i64 %".5", 4
  %".48" = add i64 %".46", %".47"
  %".49" = mul i64 %".4", 256
  %".50" = add i64 %"i.j.fused.inner", %".49"
  %".51" = mul i64 %".5", 4
  %".52" = add i64 %".50", %".51"
  %".53" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".52"
  %".54" = load float, ptr addrspace(1) %".53", align 4
  %".55" = fmul contract float %".54", 0x4000000000000000
  %".56" = fadd contract float %".55", 0x3ff0000000000000
  %".57" = call float @"tcomp.math.tanh.f32"(float %".56")
  %".58" = mul i64 %".4", 256
  %".59" = add i64 %"i.j.fused.inner", %".58"
  %".60" = mul i64 %".5", 4
  %".61" = add i64 %".59", %".60"
  %".62" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".61"
  %".63" = load float, ptr addrspace(1) %".62", align 4
  %".64" = call float @"tcomp.math.sigmoid.f32"(float %".63")
  %".65" = fsub contract float %".57", %".64"
  %".66" = getelementptr inbounds float, ptr addrspace(1) %"b", i64 %".48"
  store float %".65", ptr addrspace(1) %".66", align 4
  br label %"i.j.fused.inner.body.endif"
i.j.fused.inner.body.endif:
  %"i.j.fused.inner.next" = add nsw i64 %"i.j.fused.inner", 1
  br label %"i.j.fused.inner.header"
}

declare i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()

declare i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()

define internal <4 x float> @"tcomp.math.tanh.v4f32"(<4 x float> %".1") alwaysinline nounwind
{
entry:
  %".3" = call contract <4 x float> @"llvm.fabs.v4f32"(<4 x float> %".1")
  %".4" = fmul contract <4 x float> <float 0xc000000000000000, float 0xc000000000000000, float 0xc000000000000000, float 0xc000000000000000>, %".3"
  %".5" = fcmp olt <4 x float> %".4", <float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000>
  %".6" = select  <4 x i1> %".5", <4 x float> <float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000, float 0xc044000000000000>, <4 x float> %".4"
  %".7" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".6", <4 x float> <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>, <4 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>)
  %".8" = fsub <4 x float> %".7", <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %".9" = bitcast <4 x float> %".7" to <4 x i32>
  %".10" = bitcast <4 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000> to <4 x i32>
  %".11" = sub <4 x i32> %".9", %".10"
  %".12" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".8", <4 x float> <float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000>, <4 x float> %".6")
  %".13" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".8", <4 x float> <float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000>, <4 x float> %".12")
  %".14" = add <4 x i32> %".11", <i32 127, i32 127, i32 127, i32 127>
  %".15" = shl <4 x i32> %".14", <i32 23, i32 23, i32 23, i32 23>
  %".16" = bitcast <4 x i32> %".15" to <4 x float>
  %".17" = fmul contract <4 x float> %".13", %".13"
  %".18" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> <float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000>, <4 x float> %".13", <4 x float> <float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000>)
  %".19" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".18", <4 x float> %".13", <4 x float> <float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000>)
  %".20" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".19", <4 x float> %".13", <4 x float> <float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000>)
  %".21" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".20", <4 x float> %".13", <4 x float> <float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000>)
  %".22" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".17", <4 x float> %".21", <4 x float> %".13")
  %".23" = fsub contract <4 x float> %".16", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".24" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".16", <4 x float> %".22", <4 x float> %".23")
  %".25" = fneg contract <4 x float> %".24"
  %".26" = fadd contract <4 x float> <float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000, float 0x4000000000000000>, %".24"
  %".27" = fdiv contract <4 x float> %".25", %".26"
  %".28" = call contract <4 x float> @"llvm.copysign.v4f32"(<4 x float> %".27", <4 x float> %".1")
  ret <4 x float> %".28"
}

declare <4 x float> @"llvm.fabs.v4f32"(<4 x float> %".1")

declare <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".1", <4 x float> %".2", <4 x float> %".3")

declare <4 x float> @"llvm.copysign.v4f32"(<4 x float> %".1", <4 x float> %".2")

define internal <4 x float> @"tcomp.math.sigmoid.v4f32"(<4 x float> %".1") alwaysinline nounwind
{
entry:
  %".3" = call contract <4 x float> @"llvm.fabs.v4f32"(<4 x float> %".1")
  %".4" = fneg contract <4 x float> %".3"
  %".5" = bitcast <4 x float> %".4" to <4 x i32>
  %".6" = and <4 x i32> %".5", <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>
  %".7" = bitcast <4 x float> <float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000> to <4 x i32>
  %".8" = icmp sgt <4 x i32> %".6", %".7"
  %".9" = sext <4 x i1> %".8" to <4 x i32>
  %".10" = bitcast <4 x i32> %".9" to i128
  %".11" = icmp eq i128 %".10", 0
  br i1 %".11", label %"entry.if", label %"entry.else", !prof !0
entry.if:
  %".13" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".4", <4 x float> <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>, <4 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>)
  %".14" = fsub <4 x float> %".13", <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %".15" = bitcast <4 x float> %".13" to <4 x i32>
  %".16" = bitcast <4 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000> to <4 x i32>
  %".17" = sub <4 x i32> %".15", %".16"
  %".18" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".14", <4 x float> <float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000>, <4 x float> %".4")
  %".19" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".14", <4 x float> <float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000>, <4 x float> %".18")
  %".20" = shl <4 x i32> %".17", <i32 23, i32 23, i32 23, i32 23>
  %".21" = fmul contract <4 x float> %".19", %".19"
  %".22" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> <float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000>, <4 x float> %".19", <4 x float> <float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000>)
  %".23" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".22", <4 x float> %".19", <4 x float> <float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000>)
  %".24" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".23", <4 x float> %".19", <4 x float> <float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000>)
  %".25" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".24", <4 x float> %".19", <4 x float> <float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000>)
  %".26" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".21", <4 x float> %".25", <4 x float> %".19")
  %".27" = fadd contract <4 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>, %".26"
  %".28" = bitcast <4 x float> %".27" to <4 x i32>
  %".29" = add <4 x i32> %".28", %".20"
  %".30" = bitcast <4 x i32> %".29" to <4 x float>
  br label %"entry.endif"
entry.else:
  %".32" = fcmp olt <4 x float> %".4", <float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000>
  %".33" = select  <4 x i1> %".32", <4 x float> <float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000>, <4 x float> %".4"
  %".34" = fcmp ogt <4 x float> %".33", <float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000>
  %".35" = select  <4 x i1> %".34", <4 x float> <float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000>, <4 x float> %".33"
  %".36" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".35", <4 x float> <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>, <4 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>)
  %".37" = fsub <4 x float> %".36", <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %".38" = bitcast <4 x float> %".36" to <4 x i32>
  %".39" = bitcast <4 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000> to <4 x i32>
  %".40" = sub <4 x i32> %".38", %".39"
  %".41" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".37", <4 x float> <float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000>, <4 x float> %".35")
  %".42" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".37", <4 x float> <float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000>, <4 x float> %".41")
  %".43" = fmul contract <4 x float> %".42", %".42"
  %".44" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> <float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000>, <4 x float> %".42", <4 x float> <float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000>)
  %".45" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".44", <4 x float> %".42", <4 x float> <float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000>)
  %".46" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".45", <4 x float> %".42", <4 x float> <float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000>)
  %".47" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".46", <4 x float> %".42", <4 x float> <float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000>)
  %".48" = call contract <4 x float> @"llvm.fmuladd.v4f32"(<4 x float> %".43", <4 x float> %".47", <4 x float> %".42")
  %".49" = fadd contract <4 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>, %".48"
  %".50" = ashr <4 x i32> %".40", <i32 1, i32 1, i32 1, i32 1>
  %".51" = add <4 x i32> %".50", <i32 127, i32 127, i32 127, i32 127>
  %".52" = shl <4 x i32> %".51", <i32 23, i32 23, i32 23, i32 23>
  %".53" = bitcast <4 x i32> %".52" to <4 x float>
  %".54" = fmul contract <4 x float> %".49", %".53"
  %".55" = sub <4 x i32> %".40", %".50"
  %".56" = add <4 x i32> %".55", <i32 127, i32 127, i32 127, i32 127>
  %".57" = shl <4 x i32> %".56", <i32 23, i32 23, i32 23, i32 23>
  %".58" = bitcast <4 x i32> %".57" to <4 x float>
  %".59" = fmul contract <4 x float> %".54", %".58"
  br label %"entry.endif"
entry.endif:
  %".61" = phi  <4 x float> [%".30", %"entry.if"], [%".59", %"entry.else"]
  %".62" = fcmp olt <4 x float> %".1", <float              0x0, float              0x0, float              0x0, float              0x0>
  %".63" = select  <4 x i1> %".62", <4 x float> %".61", <4 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".64" = fadd contract <4 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>, %".61"
  %".65" = fdiv contract <4 x float> %".63", %".64"
  ret <4 x float> %".65"
}

define internal float @"tcomp.math.tanh.f32"(float %".1") alwaysinline nounwind
{
entry:
  %".3" = call contract float @"llvm.fabs.f32"(float %".1")
  %".4" = fmul contract float 0xc000000000000000, %".3"
  %".5" = fcmp olt float %".4", 0xc044000000000000
  %".6" = select  i1 %".5", float 0xc044000000000000, float %".4"
  %".7" = call contract float @"llvm.fmuladd.f32"(float %".6", float 0x3ff7154760000000, float 0x4168000000000000)
  %".8" = fsub float %".7", 0x4168000000000000
  %".9" = bitcast float %".7" to i32
  %".10" = bitcast float 0x4168000000000000 to i32
  %".11" = sub i32 %".9", %".10"
  %".12" = call contract float @"llvm.fmuladd.f32"(float %".8", float 0xbfe62e4000000000, float %".6")
  %".13" = call contract float @"llvm.fmuladd.f32"(float %".8", float 0xbeb7f7d1c0000000, float %".12")
  %".14" = add i32 %".11", 127
  %".15" = shl i32 %".14", 23
  %".16" = bitcast i32 %".15" to float
  %".17" = fmul contract float %".13", %".13"
  %".18" = call contract float @"llvm.fmuladd.f32"(float 0x3f56a22540000000, float %".13", float 0x3f8123b020000000)
  %".19" = call contract float @"llvm.fmuladd.f32"(float %".18", float %".13", float 0x3fa5558f80000000)
  %".20" = call contract float @"llvm.fmuladd.f32"(float %".19", float %".13", float 0x3fc5554900000000)
  %".21" = call contract float @"llvm.fmuladd.f32"(float %".20", float %".13", float 0x3fdfffffc0000000)
  %".22" = call contract float @"llvm.fmuladd.f32"(float %".17", float %".21", float %".13")
  %".23" = fsub contract float %".16", 0x3ff0000000000000
  %".24" = call contract float @"llvm.fmuladd.f32"(float %".16", float %".22", float %".23")
  %".25" = fneg contract float %".24"
  %".26" = fadd contract float 0x4000000000000000, %".24"
  %".27" = fdiv contract float %".25", %".26"
  %".28" = call contract float @"llvm.copysign.f32"(float %".27", float %".1")
  ret float %".28"
}

declare float @"llvm.fabs.f32"(float %".1")

declare float @"llvm.fmuladd.f32"(float %".1", float %".2", float %".3")

declare float @"llvm.copysign.f32"(float %".1", float %".2")

define internal float @"tcomp.math.sigmoid.f32"(float %".1") alwaysinline nounwind
{
entry:
  %".3" = call contract float @"llvm.fabs.f32"(float %".1")
  %".4" = fneg contract float %".3"
  %".5" = call contract float @"llvm.fabs.f32"(float %".4")
  %".6" = fcmp ole float %".5", 0x4055c00000000000
  br i1 %".6", label %"entry.if", label %"entry.else", !prof !0
entry.if:
  %".8" = call contract float @"llvm.fmuladd.f32"(float %".4", float 0x3ff7154760000000, float 0x4168000000000000)
  %".9" = fsub float %".8", 0x4168000000000000
  %".10" = bitcast float %".8" to i32
  %".11" = bitcast float 0x4168000000000000 to i32
  %".12" = sub i32 %".10", %".11"
  %".13" = call contract float @"llvm.fmuladd.f32"(float %".9", float 0xbfe62e4000000000, float %".4")
  %".14" = call contract float @"llvm.fmuladd.f32"(float %".9", float 0xbeb7f7d1c0000000, float %".13")
  %".15" = shl i32 %".12", 23
  %".16" = fmul contract float %".14", %".14"
  %".17" = call contract float @"llvm.fmuladd.f32"(float 0x3f56a22540000000, float %".14", float 0x3f8123b020000000)
  %".18" = call contract float @"llvm.fmuladd.f32"(float %".17", float %".14", float 0x3fa5558f80000000)
  %".19" = call contract float @"llvm.fmuladd.f32"(float %".18", float %".14", float 0x3fc5554900000000)
  %".20" = call contract float @"llvm.fmuladd.f32"(float %".19", float %".14", float 0x3fdfffffc0000000)
  %".21" = call contract float @"llvm.fmuladd.f32"(float %".16", float %".20", float %".14")
  %".22" = fadd contract float 0x3ff0000000000000, %".21"
  %".23" = bitcast float %".22" to i32
  %".24" = add i32 %".23", %".15"
  %".25" = bitcast i32 %".24" to float
  br label %"entry.endif"
entry.else:
  %".27" = fcmp olt float %".4", 0xc05e000000000000
  %".28" = select  i1 %".27", float 0xc05e000000000000, float %".4"
  %".29" = fcmp ogt float %".28", 0x4059000000000000
  %".30" = select  i1 %".29", float 0x4059000000000000, float %".28"
  %".31" = call contract float @"llvm.fmuladd.f32"(float %".30", float 0x3ff7154760000000, float 0x4168000000000000)
  %".32" = fsub float %".31", 0x4168000000000000
  %".33" = bitcast float %".31" to i32
  %".34" = bitcast float 0x4168000000000000 to i32
  %".35" = sub i32 %".33", %".34"
  %".36" = call contract float @"llvm.fmuladd.f32"(float %".32", float 0xbfe62e4000000000, float %".30")
  %".37" = call contract float @"llvm.fmuladd.f32"(float %".32", float 0xbeb7f7d1c0000000, float %".36")
  %".38" = fmul contract float %".37", %".37"
  %".39" = call contract float @"llvm.fmuladd.f32"(float 0x3f56a22540000000, float %".37", float 0x3f8123b020000000)
  %".40" = call contract float @"llvm.fmuladd.f32"(float %".39", float %".37", float 0x3fa5558f80000000)
  %".41" = call contract float @"llvm.fmuladd.f32"(float %".40", float %".37", float 0x3fc5554900000000)
  %".42" = call contract float @"llvm.fmuladd.f32"(float %".41", float %".37", float 0x3fdfffffc0000000)
  %".43" = call contract float @"llvm.fmuladd.f32"(float %".38", float %".42", float %".37")
  %".44" = fadd contract float 0x3ff0000000000000, %".43"
  %".45" = ashr i32 %".35", 1
  %".46" = add i32 %".45", 127
  %".47" = shl i32 %".46", 23
  %".48" = bitcast i32 %".47" to float
  %".49" = fmul contract float %".44", %".48"
  %".50" = sub i32 %".35", %".45"
  %".51" = add i32 %".50", 127
  %".52" = shl i32 %".51", 23
  %".53" = bitcast i32 %".52" to float
  %".54" = fmul contract float %".49", %".53"
  br label %"entry.endif"
entry.endif:
  %".56" = phi  float [%".25", %"entry.if"], [%".54", %"entry.else"]
  %".57" = fcmp olt float %".1",              0x0
  %".58" = select  i1 %".57", float %".56", float 0x3ff0000000000000
  %".59" = fadd contract float 0x3ff0000000000000, %".56"
  %".60" = fdiv contract float %".58", %".59"
  ret float %".60"
}

!nvvm.annotations = !{ !1 }
!0 = !{ !"branch_weights", i32 99, i32 1 }
!1 = !{ ptr @"tcomp_main", !"kernel", i32 1, !"maxntidx", i32 64, !"maxntidy", i32 1, !"maxntidz", i32 1 }
