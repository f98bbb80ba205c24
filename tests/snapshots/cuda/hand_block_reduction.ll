; ModuleID = "main"
target triple = "nvptx64-nvidia-cuda"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

define ptx_kernel void @"tcomp_main"(ptr addrspace(1) noalias align 16 %"X", ptr addrspace(1) noalias align 16 %"R") nounwind
{
entry:
  %"R.acc" = alloca [1 x float], align 16
  %"blockIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()
  %".4" = sext i32 %"blockIdx_x" to i64
  %"threadIdx_x" = call i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()
  %".5" = sext i32 %"threadIdx_x" to i64
  %".6" = getelementptr inbounds float, ptr addrspace(1) %"R", i64 %".4"
  store float 0xfff0000000000000, ptr addrspace(1) %".6", align 4
  %".8" = getelementptr inbounds float, ptr %"R.acc", i64 0
  store float 0xfff0000000000000, ptr %".8", align 4
  %".10" = add i64 0, 3
  br label %"k.outer.header"
k.outer.header:
  %"k.outer" = phi  i64 [0, %"entry"], [%"k.outer.next", %"k.outer.body.endif.endif"]
  %".12" = icmp slt i64 %"k.outer", %".10"
  br i1 %".12", label %"k.outer.body", label %"k.outer.exit"
k.outer.body:
  %".14" = mul i64 %"k.outer", 8
  %".15" = add i64 %".14", %".5"
  %".16" = icmp slt i64 %".15", 23
  br i1 %".16", label %"k.outer.body.if", label %"k.outer.body.endif"
k.outer.exit:
  %".60" = getelementptr inbounds float, ptr %"R.acc", i64 0
  %".61" = load float, ptr %".60", align 4
  %".62" = getelementptr inbounds float, ptr addrspace(3) @"R.red.shared0", i64 %".5"
  store float %".61", ptr addrspace(3) %".62", align 4
  call void @"llvm.nvvm.barrier0"()
  %".65" = icmp slt i64 %".5", 4
  br i1 %".65", label %"k.outer.exit.if", label %"k.outer.exit.endif"
k.outer.body.if:
  %".18" = getelementptr inbounds float, ptr %"R.acc", i64 0
  %".19" = load float, ptr %".18", align 4
  %".20" = mul i64 %".4", 45
  %".21" = mul i64 %"k.outer", 16
  %".22" = add i64 %".20", %".21"
  %".23" = mul i64 %".5", 2
  %".24" = add i64 %".22", %".23"
  %".25" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".24"
  %".26" = load float, ptr addrspace(1) %".25", align 4
  %".27" = call float @"llvm.fabs.f32"(float %".26")
  %".28" = fcmp ogt float %".19", %".27"
  %".29" = select  i1 %".28", float %".19", float %".27"
  %".30" = freeze float %".29"
  %".31" = fcmp uno float %".19", %".19"
  %".32" = select  i1 %".31", float %".19", float %".30"
  %".33" = getelementptr inbounds float, ptr %"R.acc", i64 0
  store float %".32", ptr %".33", align 4
  br label %"k.outer.body.endif"
k.outer.body.endif:
  %".36" = mul i64 %"k.outer", 8
  %".37" = add i64 %".36", %".5"
  %".38" = icmp slt i64 %".37", 22
  br i1 %".38", label %"k.outer.body.endif.if", label %"k.outer.body.endif.endif"
k.outer.body.endif.if:
  %".40" = getelementptr inbounds float, ptr %"R.acc", i64 0
  %".41" = load float, ptr %".40", align 4
  %".42" = mul i64 %".4", 45
  %".43" = mul i64 %"k.outer", 16
  %".44" = add i64 %".42", %".43"
  %".45" = mul i64 %".5", 2
  %".46" = add i64 %".44", %".45"
  %".47" = add i64 %".46", 1
  %".48" = getelementptr inbounds float, ptr addrspace(1) %"X", i64 %".47"
  %".49" = load float, ptr addrspace(1) %".48", align 4
  %".50" = call float @"llvm.fabs.f32"(float %".49")
  %".51" = fcmp ogt float %".41", %".50"
  %".52" = select  i1 %".51", float %".41", float %".50"
  %".53" = freeze float %".52"
  %".54" = fcmp uno float %".41", %".41"
  %".55" = select  i1 %".54", float %".41", float %".53"
  %".56" = getelementptr inbounds float, ptr %"R.acc", i64 0
  store float %".55", ptr %".56", align 4
  br label %"k.outer.body.endif.endif"
k.outer.body.endif.endif:
  %"k.outer.next" = add nsw i64 %"k.outer", 1
  br label %"k.outer.header", !llvm.loop !1
k.outer.exit.if:
  %".67" = getelementptr inbounds float, ptr addrspace(3) @"R.red.shared0", i64 %".5"
  %".68" = load float, ptr addrspace(3) %".67", align 4
  %".69" = add i64 %".5", 4
  %".70" = getelementptr inbounds float, ptr addrspace(3) @"R.red.shared0", i64 %".69"
  %".71" = load float, ptr addrspace(3) %".70", align 4
  %".72" = fcmp ogt float %".68", %".71"
  %".73" = select  i1 %".72", float %".68", float %".71"
  %".74" = freeze float %".73"
  %".75" = fcmp uno float %".68", %".68"
  %".76" = select  i1 %".75", float %".68", float %".74"
  %".77" = getelementptr inbounds float, ptr addrspace(3) @"R.red.shared0", i64 %".5"
  store float %".76", ptr addrspace(3) %".77", align 4
  br label %"k.outer.exit.endif"
k.outer.exit.endif:
  call void @"llvm.nvvm.barrier0"()
  %".81" = icmp slt i64 %".5", 2
  br i1 %".81", label %"k.outer.exit.endif.if", label %"k.outer.exit.endif.endif"
k.outer.exit.endif.if:
  %".83" = getelementptr inbounds float, ptr addrspace(3) @"R.red.shared0", i64 %".5"
  %".84" = load float, ptr addrspace(3) %".83", align 4
  %".85" = add i64 %".5", 2
  %".86" = getelementptr inbounds float, ptr addrspace(3) @"R.red.shared0", i64 %".85"
  %".87" = load float, ptr addrspace(3) %".86", align 4
  %".88" = fcmp ogt float %".84", %".87"
  %".89" = select  i1 %".88", float %".84", float %".87"
  %".90" = freeze float %".89"
  %".91" = fcmp uno float %".84", %".84"
  %".92" = select  i1 %".91", float %".84", float %".90"
  %".93" = getelementptr inbounds float, ptr addrspace(3) @"R.red.shared0", i64 %".5"
  store float %".92", ptr addrspace(3) %".93", align 4
  br label %"k.outer.exit.endif.endif"
k.outer.exit.endif.endif:
  call void @"llvm.nvvm.barrier0"()
  %".97" = icmp slt i64 %".5", 1
  br i1 %".97", label %"k.outer.exit.endif.endif.if", label %"k.outer.exit.endif.endif.endif"
k.outer.exit.endif.endif.if:
  %".99" = getelementptr inbounds float, ptr addrspace(3) @"R.red.shared0", i64 %".5"
  %".100" = load float, ptr addrspace(3) %".99", align 4
  %".101" = add i64 %".5", 1
  %".102" = getelementptr inbounds float, ptr addrspace(3) @"R.red.shared0", i64 %".101"
  %".103" = load float, ptr addrspace(3) %".102", align 4
  %".104" = fcmp ogt float %".100", %".103"
  %".105" = select  i1 %".104", float %".100", float %".103"
  %".106" = freeze float %".105"
  %".107" = fcmp uno float %".100", %".100"
  %".108" = select  i1 %".107", float %".100", float %".106"
  %".109" = getelementptr inbounds float, ptr addrspace(3) @"R.red.shared0", i64 %".5"
  store float %".108", ptr addrspace(3) %".109", align 4
  br label %"k.outer.exit.endif.endif.endif"
k.outer.exit.endif.endif.endif:
  call void @"llvm.nvvm.barrier0"()
  %".113" = icmp eq i64 %".5", 0
  br i1 %".113", label %"k.outer.exit.endif.endif.endif.if", label %"k.outer.exit.endif.endif.endif.endif"
k.outer.exit.endif.endif.endif.if:
  %".115" = getelementptr inbounds float, ptr addrspace(1) %"R", i64 %".4"
  %".116" = load float, ptr addrspace(1) %".115", align 4
  %".117" = getelementptr inbounds float, ptr addrspace(3) @"R.red.shared0", i64 0
  %".118" = load float, ptr addrspace(3) %".117", align 4
  %".119" = fcmp ogt float %".116", %".118"
  %".120" = select  i1 %".119", float %".116", float %".118"
  %".121" = freeze float %".120"
  %".122" = fcmp uno float %".116", %".116"
  %".123" = select  i1 %".122", float %".116", float %".121"
  %".124" = getelementptr inbounds float, ptr addrspace(1) %"R", i64 %".4"
  store float %".123", ptr addrspace(1) %".124", align 4
  br label %"k.outer.exit.endif.endif.endif.endif"
k.outer.exit.endif.endif.endif.endif:
  ret void
}

declare i32 @"llvm.nvvm.read.ptx.sreg.ctaid.x"()

declare i32 @"llvm.nvvm.read.ptx.sreg.tid.x"()

@"R.red.shared0" = internal addrspace(3) global [8 x float] undef, align 16
declare float @"llvm.fabs.f32"(float %".1")

declare void @"llvm.nvvm.barrier0"()

!nvvm.annotations = !{ !2 }
!0 = !{ !"llvm.loop.unroll.disable" }
!1 = distinct !{ !1, !0 }
!2 = !{ ptr @"tcomp_main", !"kernel", i32 1, !"maxntidx", i32 8, !"maxntidy", i32 1, !"maxntidz", i32 1 }
