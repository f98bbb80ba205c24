; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"Y") nounwind
{
entry:
  %"closure0" = alloca {ptr, ptr, i64}
  %".4" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"X", ptr %".4"
  %".6" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %"Y", ptr %".6"
  %".8" = getelementptr inbounds {ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store i64 0, ptr %".8"
  %".10" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 8, i32 %".10")
  ret void
}

define internal void @"tcomp_main.par0.body"(ptr noalias %"X", ptr noalias %"Y", i64 %".3", i64 %".4", i64 %".5") nounwind
{
entry:
  %"Y.sum" = alloca [1 x float], align 64
  %"Y.sum.rf" = alloca [8 x float], align 64
  %"Y.exp" = alloca [40 x float], align 64
  %"Y.max" = alloca [1 x float], align 64
  %"Y.max.rf" = alloca [8 x float], align 64
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".4", %"entry"], [%"it.next", %"j.outer.exit.1"]
  %".8" = icmp slt i64 %"it", %".5"
  br i1 %".8", label %"it.body", label %"it.exit"
it.body:
  %"i" = add i64 %".3", %"it"
  %".10" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".11" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".10"
  %".12" = getelementptr inbounds float, ptr %"Y.max.rf", i64 0
  store <8 x float> <float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000>, ptr %".12", align 4
  %".14" = add i64 0, 5
  br label %"k.outer.header"
it.exit:
  ret void
k.outer.header:
  %"k.outer" = phi  i64 [0, %"it.body"], [%"k.outer.next", %"k.outer.body"]
  %".16" = icmp slt i64 %"k.outer", %".14"
  br i1 %".16", label %"k.outer.body", label %"k.outer.exit"
k.outer.body:
  %".18" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".19" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".18"
  %".20" = getelementptr inbounds float, ptr %"Y.max.rf", i64 0
  %".21" = load <8 x float>, ptr %".20", align 4
  %".22" = mul i64 %"i", 40
  %".23" = mul i64 %"k.outer", 8
  %".24" = add i64 %".22", %".23"
  %".25" = getelementptr inbounds float, ptr %"X", i64 %".24"
  %".26" = load <8 x float>, ptr %".25", align 4
  %".27" = fcmp ogt <8 x float> %".21", %".26"
  %".28" = select  <8 x i1> %".27", <8 x float> %".21", <8 x float> %".26"
  %".29" = freeze <8 x float> %".28"
  %".30" = fcmp uno <8 x float> %".21", %".21"
  %".31" = select  <8 x i1> %".30", <8 x float> %".21", <8 x float> %".29"
  %".32" = getelementptr inbounds float, ptr %"Y.max.rf", i64 0
  store <8 x float> %".31", ptr %".32", align 4
  %"k.outer.next" = add nsw i64 %"k.outer", 1
  br label %"k.outer.header", !llvm.loop !1
k.outer.exit:
  %".35" = getelementptr inbounds float, ptr %"Y.max", i64 0
  store float 0xfff0000000000000, ptr %".35", align 4
  %".37" = add i64 0, 8
  br label %"k.inner.v.header"
k.inner.v.header:
  %"k.inner.v" = phi  i64 [0, %"k.outer.exit"], [%"k.inner.v.next", %"k.inner.v.body"]
  %".39" = icmp slt i64 %"k.inner.v", %".37"
  br i1 %".39", label %"k.inner.v.body", label %"k.inner.v.exit"
k.inner.v.body:
  %".41" = getelementptr inbounds float, ptr %"Y.max", i64 0
  %".42" = load float, ptr %".41", align 4
  %".43" = getelementptr inbounds float, ptr %"Y.max.rf", i64 %"k.inner.v"
  %".44" = load float, ptr %".43", align 4
  %".45" = fcmp ogt float %".42", %".44"
  %".46" = select  i1 %".45", float %".42", float %".44"
  %".47" = freeze float %".46"
  %".48" = fcmp uno float %".42", %".42"
  %".49" = select  i1 %".48", float %".42", float %".47"
  %".50" = getelementptr inbounds float, ptr %"Y.max", i64 0
  store float %".49", ptr %".50", align 4
  %"k.inner.v.next" = add nsw i64 %"k.inner.v", 1
  br label %"k.inner.v.header", !llvm.loop !2
k.inner.v.exit:
  %".53" = add i64 0, 5
  br label %"j.outer.header"
j.outer.header:
  %"j.outer" = phi  i64 [0, %"k.inner.v.exit"], [%"j.outer.next", %"j.outer.body"]
  %".55" = icmp slt i64 %"j.outer", %".53"
  br i1 %".55", label %"j.outer.body", label %"j.outer.exit"
j.outer.body:
  %".57" = mul i64 %"j.outer", 8
  %".58" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".57", i32 0
  %".59" = shufflevector <8 x i64> %".58", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".60" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".61" = add <8 x i64> %".59", %".60"
  %".62" = mul i64 %"i", 40
  %".63" = mul i64 %"j.outer", 8
  %".64" = add i64 %".62", %".63"
  %".65" = getelementptr inbounds float, ptr %"X", i64 %".64"
  %".66" = load <8 x float>, ptr %".65", align 4
  %".67" = getelementptr inbounds float, ptr %"Y.max", i64 0
  %".68" = load float, ptr %".67", align 4
  %".69" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".68", i32 0
  %".70" = shufflevector <8 x float> %".69", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".71" = fsub contract <8 x float> %".66", %".70"
  %".72" = call <8 x float> @"tcomp.math.exp.v8f32.rcp"(<8 x float> %".71")
  %".73" = mul i64 %"j.outer", 8
  %".74" = getelementptr inbounds float, ptr %"Y.exp", i64 %".73"
  store <8 x float> %".72", ptr %".74", align 4
  %"j.outer.next" = add nsw i64 %"j.outer", 1
  br label %"j.outer.header"
j.outer.exit:
  %".77" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".78" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".77"
  %".79" = getelementptr inbounds float, ptr %"Y.sum.rf", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".79", align 4
  %".81" = add i64 0, 5
  br label %"k.outer.header.1"
k.outer.header.1:
  %"k.outer.1" = phi  i64 [0, %"j.outer.exit"], [%"k.outer.next.1", %"k.outer.body.1"]
  %".83" = icmp slt i64 %"k.outer.1", %".81"
  br i1 %".83", label %"k.outer.body.1", label %"k.outer.exit.1"
k.outer.body.1:
  %".85" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".86" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".85"
  %".87" = getelementptr inbounds float, ptr %"Y.sum.rf", i64 0
  %".88" = load <8 x float>, ptr %".87", align 4
  %".89" = mul i64 %"k.outer.1", 8
  %".90" = getelementptr inbounds float, ptr %"Y.exp", i64 %".89"
  %".91" = load <8 x float>, ptr %".90", align 4
  %".92" = fadd contract <8 x float> %".88", %".91"
  %".93" = getelementptr inbounds float, ptr %"Y.sum.rf", i64 0
  store <8 x float> %".92", ptr %".93", align 4
  %"k.outer.next.1" = add nsw i64 %"k.outer.1", 1
  br label %"k.outer.header.1"
k.outer.exit.1:
  %".96" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  store float              0x0, ptr %".96", align 4
  %".98" = add i64 0, 8
  br label %"k.inner.v.header.1"
k.inner.v.header.1:
  %"k.inner.v.1" = phi  i64 [0, %"k.outer.exit.1"], [%"k.inner.v.next.1", %"k.inner.v.body.1"]
  %".100" = icmp slt i64 %"k.inner.v.1", %".98"
  br i1 %".100", label %"k.inner.v.body.1", label %"k.inner.v.exit.1"
k.inner.v.body.1:
  %".102" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  %".103" = load float, ptr %".102", align 4
  %".104" = getelementptr inbounds float, ptr %"Y.sum.rf", i64 %"k.inner.v.1"
  %".105" = load float, ptr %".104", align 4
  %".106" = fadd contract float %".103", %".105"
  %".107" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  store float %".106", ptr %".107", align 4
  %"k.inner.v.next.1" = add nsw i64 %"k.inner.v.1", 1
  br label %"k.inner.v.header.1"
k.inner.v.exit.1:
  %".110" = add i64 0, 5
  br label %"j.outer.header.1"
j.outer.header.1:
  %"j.outer.1" = phi  i64 [0, %"k.inner.v.exit.1"], [%"j.outer.next.1", %"j.outer.body.1"]
  %".112" = icmp slt i64 %"j.outer.1", %".110"
  br i1 %".112", label %"j.outer.body.1", label %"j.outer.exit.1"
j.outer.body.1:
  %".114" = mul i64 %"i", 40
  %".115" = mul i64 %"j.outer.1", 8
  %".116" = add i64 %".114", %".115"
  %".117" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".116", i32 0
  %".118" = shufflevector <8 x i64> %".117", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".119" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".120" = add <8 x i64> %".118", %".119"
  %".121" = mul i64 %"j.outer.1", 8
  %".122" = getelementptr inbounds float, ptr %"Y.exp", i64 %".121"
  %".123" = load <8 x float>, ptr %".122", align 4
  %".124" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  %".125" = load float, ptr %".124", align 4
  %".126" = fdiv contract float 0x3ff0000000000000, %".125"
  %".127" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".126", i32 0
  %".128" = shufflevector <8 x float> %".127", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".129" = fmul contract <8 x float> %".123", %".128"
  %".130" = mul i64 %"i", 40
  %".131" = mul i64 %"j.outer.1", 8
  %".132" = add i64 %".130", %".131"
  %".133" = getelementptr inbounds float, ptr %"Y", i64 %".132"
  store <8 x float> %".129", ptr %".133", align 4
  %"j.outer.next.1" = add nsw i64 %"j.outer.1", 1
  br label %"j.outer.header.1"
j.outer.exit.1:
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

define internal <8 x float> @"tcomp.math.exp.v8f32.rcp"(<8 x float> %".1") alwaysinline nounwind
{
entry:
  %".3" = bitcast <8 x float> %".1" to <8 x i32>
  %".4" = and <8 x i32> %".3", <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>
  %".5" = bitcast <8 x float> <float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000, float 0x4055c00000000000> to <8 x i32>
  %".6" = icmp sgt <8 x i32> %".4", %".5"
  %".7" = sext <8 x i1> %".6" to <8 x i32>
  %".8" = bitcast <8 x i32> %".7" to i256
  %".9" = icmp eq i256 %".8", 0
  br i1 %".9", label %"entry.if", label %"entry.else", !prof !3
entry.if:
  %".11" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".1", <8 x float> <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>, <8 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>)
  %".12" = fsub <8 x float> %".11", <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %".13" = bitcast <8 x float> %".11" to <8 x i32>
  %".14" = bitcast <8 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000> to <8 x i32>
  %".15" = sub <8 x i32> %".13", %".14"
  %".16" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".12", <8 x float> <float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000>, <8 x float> %".1")
  %".17" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".12", <8 x float> <float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000>, <8 x float> %".16")
  %".18" = shl <8 x i32> %".15", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".19" = fmul contract <8 x float> %".17", %".17"
  %".20" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> <float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000>, <8 x float> %".17", <8 x float> <float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000>)
  %".21" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".20", <8 x float> %".17", <8 x float> <float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000>)
  %".22" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".21", <8 x float> %".17", <8 x float> <float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000>)
  %".23" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".22", <8 x float> %".17", <8 x float> <float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000>)
  %".24" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".19", <8 x float> %".23", <8 x float> %".17")
  %".25" = fadd contract <8 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>, %".24"
  %".26" = bitcast <8 x float> %".25" to <8 x i32>
  %".27" = add <8 x i32> %".26", %".18"
  %".28" = bitcast <8 x i32> %".27" to <8 x float>
  br label %"entry.endif"
entry.else:
  %".30" = fcmp olt <8 x float> %".1", <float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000>
  %".31" = select  <8 x i1> %".30", <8 x float> <float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000>, <8 x float> %".1"
  %".32" = fcmp ogt <8 x float> %".31", <float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000>
  %".33" = select  <8 x i1> %".32", <8 x float> <float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000>, <8 x float> %".31"
  %".34" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".33", <8 x float> <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>, <8 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>)
  %".35" = fsub <8 x float> %".34", <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %".36" = bitcast <8 x float> %".34" to <8 x i32>
  %".37" = bitcast <8 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000> to <8 x i32>
  %".38" = sub <8 x i32> %".36", %".37"
  %".39" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".35", <8 x float> <float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000>, <8 x float> %".33")
  %".40" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".35", <8 x float> <float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000>, <8 x float> %".39")
  %".41" = fmul contract <8 x float> %".40", %".40"
  %".42" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> <float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000>, <8 x float> %".40", <8 x float> <float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000>)
  %".43" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".42", <8 x float> %".40", <8 x float> <float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000>)
  %".44" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".43", <8 x float> %".40", <8 x float> <float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000>)
  %".45" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".44", <8 x float> %".40", <8 x float> <float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000>)
  %".46" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".41", <8 x float> %".45", <8 x float> %".40")
  %".47" = fadd contract <8 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>, %".46"
  %".48" = ashr <8 x i32> %".38", <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %".49" = add <8 x i32> %".48", <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %".50" = shl <8 x i32> %".49", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".51" = bitcast <8 x i32> %".50" to <8 x float>
  %".52" = fmul contract <8 x float> %".47", %".51"
  %".53" = sub <8 x i32> %".38", %".48"
  %".54" = add <8 x i32> %".53", <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %".55" = shl <8 x i32> %".54", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".56" = bitcast <8 x i32> %".55" to <8 x float>
  %".57" = fmul contract <8 x float> %".52", %".56"
  br label %"entry.endif"
entry.endif:
  %".59" = phi  <8 x float> [%".28", %"entry.if"], [%".57", %"entry.else"]
  ret <8 x float> %".59"
}

declare <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".1", <8 x float> %".2", <8 x float> %".3")

!0 = !{ !"llvm.loop.unroll.disable" }
!1 = distinct !{ !1, !0 }
!2 = distinct !{ !2, !0 }
!3 = !{ !"branch_weights", i32 99, i32 1 }
