; ModuleID = "main"
target triple = "nvptx64-nvidia-cuda"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

define ptx_kernel void @"tcomp_main"(ptr addrspace(1) noalias align 16 %"X", ptr addrspace(1) noalias align 16 %"Y", i64 %"n") nounwind
{
entry:
  %"blockIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()
  %".5" = sext i32 %"blockIdx_x" to i64
  %"threadIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()
  %".6" = sext i32 %"threadIdx_x" to i64
  %".7" = mul i64 %".5", 32
  %".8" = add i64 %".7", %".6"
  %".9" = icmp slt i64 %".8", %"n"
  br i1 %".9", label %"entry.if", label %"entry.endif"
entry.if:
  %".11" = mul i64 %".5", 32
  %".12" = add i64 %".11", %".6"
  %".13" = mul i64 %".5", 32
  %".14" = add i64 %".13", %".6"
  %".15" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".14"
  %".16" = load float, ptr addrspace(1) %".15", align 4
  %".17" = fadd contract float %".16", 0x3ff0000000000000
  %".18" = getelementptr inbounds float, ptr addrspace(1) %"Y", i64 %".12"
  store float %".17", ptr addrspace(1) %".18", align 4
  br label %"entry.endif"
entry.endif:
  ret void
}

declare i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()

declare i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()

!nvvm.annotations = !{ !0 }
!0 = !{ ptr @"tcomp_main", !"kernel", i32 1, !"maxntidx", i32 32, !"maxntidy", i32 1, !"maxntidz", i32 1 }
