; ModuleID = "main"
target triple = "nvptx64-nvidia-cuda"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

define ptx_kernel void @"tcomp_main"(ptr addrspace(1) noalias align 16 %"X", ptr addrspace(1) noalias align 16 %"R") nounwind
{
entry:
  %"blockIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()
  %".4" = sext i32 %"blockIdx_x" to i64
  %"threadIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()
  %".5" = sext i32 %"threadIdx_x" to i64
  %".6" = mul i64 %".4", 8
  %".7" = add i64 %".6", %".5"
  %".8" = icmp slt i64 %".7", 7
  br i1 %".8", label %"entry.if", label %"entry.endif"
entry.if:
  %".10" = mul i64 %".4", 8
  %".11" = add i64 %".10", %".5"
  %".12" = getelementptr inbounds float, ptr addrspace(1) %"R", i64 %".11"
  store float 0xfff0000000000000, ptr addrspace(1) %".12", align 4
  br label %"entry.endif"
entry.endif:
  %".15" = add i64 0, 45
  br label %"k.header"
k.header:
  %"k" = phi  i64 [0, %"entry.endif"], [%"k.next", %"k.body.endif"]
  %".17" = icmp slt i64 %"k", %".15"
  br i1 %".17", label %"k.body", label %"k.exit"
k.body:
  %".19" = mul i64 %".4", 8
  %".20" = add i64 %".19", %".5"
  %".21" = icmp slt i64 %".20", 7
  br i1 %".21", label %"k.body.if", label %"k.body.endif"
k.exit:
  ret void
k.body.if:
  %".23" = mul i64 %".4", 8
  %".24" = add i64 %".23", %".5"
  %".25" = mul i64 %".4", 8
  %".26" = add i64 %".25", %".5"
  %".27" = getelementptr inbounds float, ptr addrspace(1) %"R", i64 %".26"
  %".28" = load float, ptr addrspace(1) %".27", align 4
  %".29" = mul i64 %".4", 360
  %".30" = add i64 %"k", %".29"
  %".31" = mul i64 %".5", 45
  %".32" = add i64 %".30", %".31"
  %".33" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".32"
  %".34" = load float, ptr addrspace(1) %".33", align 4
  %".35" = call float @"llvm.fabs.f32"(float %".34")
  %".36" = fcmp ogt float %".28", %".35"
  %".37" = select  i1 %".36", float %".28", float %".35"
  %".38" = freeze float %".37"
  %".39" = fcmp uno float %".28", %".28"
  %".40" = select  i1 %".39", float %".28", float %".38"
  %".41" = getelementptr inbounds float, ptr addrspace(1) %"R", i64 %".24"
  store float %".40", ptr addrspace(1) %".41", align 4
  br label %"k.body.endif"
k.body.endif:
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header", !llvm.loop !1
}

declare i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()

declare i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()

declare float @"llvm.fabs.f32"(float %".1")

!nvvm.annotations = !{ !2 }
!0 = !{ !"llvm.loop.unroll.disable" }
!1 = distinct !{ !1, !0 }
!2 = !{ ptr @"tcomp_main", !"kernel", i32 1, !"maxntidx", i32 8, !"maxntidy", i32 1, !"maxntidz", i32 1 }
