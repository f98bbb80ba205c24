; ModuleID = "main"
target triple = "nvptx64-nvidia-cuda"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

define ptx_kernel void @"tcomp_main"(ptr addrspace(1) noalias align 16 %"X", ptr addrspace(1) noalias align 16 %"rowsum") nounwind
{
entry:
  %"rowsum.local" = alloca [1 x float], align 16
  %"blockIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()
  %".4" = sext i32 %"blockIdx_x" to i64
  %"threadIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()
  %".5" = sext i32 %"threadIdx_x" to i64
  %".6" = getelementptr inbounds float, ptr %"rowsum.local", i64 0
  store float              0x0, ptr %".6", align 4
  %".8" = add i64 0, 75
  br label %"k.outer.header"
k.outer.header:
  %"k.outer" = phi  i64 [0, %"entry"], [%"k.outer.next", %"k.outer.body"]
  %".10" = icmp slt i64 %"k.outer", %".8"
  br i1 %".10", label %"k.outer.body", label %"k.outer.exit"
k.outer.body:
  %".12" = getelementptr inbounds float, ptr %"rowsum.local", i64 0
  %".13" = load float, ptr %".12", align 4
  %".14" = mul i64 %".4", 1500
  %".15" = mul i64 %".5", 300
  %".16" = add i64 %".14", %".15"
  %".17" = mul i64 %"k.outer", 4
  %".18" = add i64 %".16", %".17"
  %".19" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".18"
  %".20" = load float, ptr addrspace(1) %".19", align 4
  %".21" = fadd contract float %".13", %".20"
  %".22" = getelementptr inbounds float, ptr %"rowsum.local", i64 0
  store float %".21", ptr %".22", align 4
  %".24" = getelementptr inbounds float, ptr %"rowsum.local", i64 0
  %".25" = load float, ptr %".24", align 4
  %".26" = mul i64 %".4", 1500
  %".27" = mul i64 %".5", 300
  %".28" = add i64 %".26", %".27"
  %".29" = mul i64 %"k.outer", 4
  %".30" = add i64 %".28", %".29"
  %".31" = add i64 %".30", 1
  %".32" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".31"
  %".33" = load float, ptr addrspace(1) %".32", align 4
  %".34" = fadd contract float %".25", %".33"
  %".35" = getelementptr inbounds float, ptr %"rowsum.local", i64 0
  store float %".34", ptr %".35", align 4
  %".37" = getelementptr inbounds float, ptr %"rowsum.local", i64 0
  %".38" = load float, ptr %".37", align 4
  %".39" = mul i64 %".4", 1500
  %".40" = mul i64 %".5", 300
  %".41" = add i64 %".39", %".40"
  %".42" = mul i64 %"k.outer", 4
  %".43" = add i64 %".41", %".42"
  %".44" = add i64 %".43", 2
  %".45" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".44"
  %".46" = load float, ptr addrspace(1) %".45", align 4
  %".47" = fadd contract float %".38", %".46"
  %".48" = getelementptr inbounds float, ptr %"rowsum.local", i64 0
  store float %".47", ptr %".48", align 4
  %".50" = getelementptr inbounds float, ptr %"rowsum.local", i64 0
  %".51" = load float, ptr %".50", align 4
  %".52" = mul i64 %".4", 1500
  %".53" = mul i64 %".5", 300
  %".54" = add i64 %".52", %".53"
  %".55" = mul i64 %"k.outer", 4
  %".56" = add i64 %".54", %".55"
  %".57" = add i64 %".56", 3
  %".58" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".57"
  %".59" = load float, ptr addrspace(1) %".58", align 4
  %".60" = fadd contract float %".51", %".59"
  %".61" = getelementptr inbounds float, ptr %"rowsum.local", i64 0
  store float %".60", ptr %".61", align 4
  %"k.outer.next" = add nsw i64 %"k.outer", 1
  br label %"k.outer.header"
k.outer.exit:
  %".64" = mul i64 %".4", 5
  %".65" = add i64 %".64", %".5"
  %".66" = getelementptr inbounds float, ptr %"rowsum.local", i64 0
  %".67" = load float, ptr %".66", align 4
  %".68" = getelementptr inbounds float, ptr addrspace(1) %"rowsum", i64 %".65"
  store float %".67", ptr addrspace(1) %".68", align 4
  ret void
}

declare i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()

declare i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()

!nvvm.annotations = !{ !0 }
!0 = !{ ptr @"tcomp_main", !"kernel", i32 1, !"maxntidx", i32 5, !"maxntidy", i32 1, !"maxntidz", i32 1 }
