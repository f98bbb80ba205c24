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
  %".57" = mul i64 %"i", 40
  %".58" = mul i64 %"j.outer", 8
  %".59" = add i64 %".57", %".58"
  %".60" = add i64 %".59", 40
  %".61" = getelementptr float, ptr %"X", i64 %".60"
  call void @"llvm.prefetch.p0"(ptr %".61", i32 0, i32 3, i32 1)
  %".63" = mul i64 %"j.outer", 8
  %".64" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".63", i32 0
  %".65" = shufflevector <8 x i64> %".64", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".66" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".67" = add <8 x i64> %".65", %".66"
  %".68" = mul i64 %"i", 40
  %".69" = mul i64 %"j.outer", 8
  %".70" = add i64 %".68", %".69"
  %".71" = getelementptr inbounds float, ptr %"X", i64 %".70"
  %".72" = load <8 x float>, ptr %".71", align 4
  %".73" = getelementptr inbounds float, ptr %"Y.max", i64 0
  %".74" = load float, ptr %".73", align 4
  %".75" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".74", i32 0
  %".76" = shufflevector <8 x float> %".75", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".77" = fsub contract <8 x float> %".72", %".76"
  %".78" = call <8 x float> @"tcomp.math.exp.v8f32.rcp"(<8 x float> %".77")
  %".79" = mul i64 %"j.outer", 8
  %".80" = getelementptr inbounds float, ptr %"Y.exp", i64 %".79"
  store <8 x float> %".78", ptr %".80", align 4
  %"j.outer.next" = add nsw i64 %"j.outer", 1
  br label %"j.outer.header"
j.outer.exit:
  %".83" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".84" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".83"
  %".85" = getelementptr inbounds float, ptr %"Y.sum.rf", i64 0
  store <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".85", align 4
  %".87" = add i64 0, 5
  br label %"k.outer.header.1"
k.outer.header.1:
  %"k.outer.1" = phi  i64 [0, %"j.outer.exit"], [%"k.outer.next.1", %"k.outer.body.1"]
  %".89" = icmp slt i64 %"k.outer.1", %".87"
  br i1 %".89", label %"k.outer.body.1", label %"k.outer.exit.1"
k.outer.body.1:
  %".91" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".92" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".91"
  %".93" = getelementptr inbounds float, ptr %"Y.sum.rf", i64 0
  %".94" = load <8 x float>, ptr %".93", align 4
  %".95" = mul i64 %"k.outer.1", 8
  %".96" = getelementptr inbounds float, ptr %"Y.exp", i64 %".95"
  %".97" = load <8 x float>, ptr %".96", align 4
  %".98" = fadd contract <8 x float> %".94", %".97"
  %".99" = getelementptr inbounds float, ptr %"Y.sum.rf", i64 0
  store <8 x float> %".98", ptr %".99", align 4
  %"k.outer.next.1" = add nsw i64 %"k.outer.1", 1
  br label %"k.outer.header.1"
k.outer.exit.1:
  %".102" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  store float              0x0, ptr %".102", align 4
  %".104" = add i64 0, 8
  br label %"k.inner.v.header.1"
k.inner.v.header.1:
  %"k.inner.v.1" = phi  i64 [0, %"k.outer.exit.1"], [%"k.inner.v.next.1", %"k.inner.v.body.1"]
  %".106" = icmp slt i64 %"k.inner.v.1", %".104"
  br i1 %".106", label %"k.inner.v.body.1", label %"k.inner.v.exit.1"
k.inner.v.body.1:
  %".108" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  %".109" = load float, ptr %".108", align 4
  %".110" = getelementptr inbounds float, ptr %"Y.sum.rf", i64 %"k.inner.v.1"
  %".111" = load float, ptr %".110", align 4
  %".112" = fadd contract float %".109", %".111"
  %".113" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  store float %".112", ptr %".113", align 4
  %"k.inner.v.next.1" = add nsw i64 %"k.inner.v.1", 1
  br label %"k.inner.v.header.1"
k.inner.v.exit.1:
  %".116" = add i64 0, 5
  br label %"j.outer.header.1"
j.outer.header.1:
  %"j.outer.1" = phi  i64 [0, %"k.inner.v.exit.1"], [%"j.outer.next.1", %"j.outer.body.1"]
  %".118" = icmp slt i64 %"j.outer.1", %".116"
  br i1 %".118", label %"j.outer.body.1", label %"j.outer.exit.1"
j.outer.body.1:
  %".120" = mul i64 %"i", 40
  %".121" = mul i64 %"j.outer.1", 8
  %".122" = add i64 %".120", %".121"
  %".123" = add i64 %".122", 40
  %".124" = getelementptr float, ptr %"Y", i64 %".123"
  call void @"llvm.prefetch.p0"(ptr %".124", i32 1, i32 3, i32 1)
  %".126" = mul i64 %"i", 40
  %".127" = mul i64 %"j.outer.1", 8
  %".128" = add i64 %".126", %".127"
  %".129" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".128", i32 0
  %".130" = shufflevector <8 x i64> %".129", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".131" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".132" = add <8 x i64> %".130", %".131"
  %".133" = mul i64 %"j.outer.1", 8
  %".134" = getelementptr inbounds float, ptr %"Y.exp", i64 %".133"
  %".135" = load <8 x float>, ptr %".134", align 4
  %".136" = getelementptr inbounds float, ptr %"Y.sum", i64 0
  %".137" = load float, ptr %".136", align 4
  %".138" = fdiv contract float 0x3ff0000000000000, %".137"
  %".139" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".138", i32 0
  %".140" = shufflevector <8 x float> %".139", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".141" = fmul contract <8 x float> %".135", %".140"
  %".142" = mul i64 %"i", 40
  %".143" = mul i64 %"j.outer.1", 8
  %".144" = add i64 %".142", %".143"
  %".145" = getelementptr inbounds float, ptr %"Y", i64 %".144"
  store <8 x float> %".141", ptr %".145", align 4
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

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

define internal <8 x float> @"tcomp.math.exp.v8f32.rcp"(<8 x float> %".1") alwaysinline nounwind
{
entry:
  %".3" = fcmp oge <8 x float> %".1", <float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000, float 0xc055c00000000000>
  %".4" = fcmp ole <8 x float> %".1", <float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000, float 0x40562e42e0000000>
  %".5" = and <8 x i1> %".3", %".4"
  %".6" = call i1 @"llvm.vector.reduce.and.v8i1"(<8 x i1> %".5")
  br i1 %".6", label %"entry.if", label %"entry.else", !prof !3
entry.if:
  %".8" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".1", <8 x float> <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>, <8 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>)
  %".9" = fsub <8 x float> %".8", <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %".10" = bitcast <8 x float> %".8" to <8 x i32>
  %".11" = bitcast <8 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000> to <8 x i32>
  %".12" = sub <8 x i32> %".10", %".11"
  %".13" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".9", <8 x float> <float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000>, <8 x float> %".1")
  %".14" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".9", <8 x float> <float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000>, <8 x float> %".13")
  %".15" = shl <8 x i32> %".12", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".16" = fmul contract <8 x float> %".14", %".14"
  %".17" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> <float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000>, <8 x float> %".14", <8 x float> <float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000>)
  %".18" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".17", <8 x float> %".14", <8 x float> <float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000>)
  %".19" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".18", <8 x float> %".14", <8 x float> <float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000>)
  %".20" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".19", <8 x float> %".14", <8 x float> <float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000>)
  %".21" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".16", <8 x float> %".20", <8 x float> %".14")
  %".22" = fadd contract <8 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>, %".21"
  %".23" = bitcast <8 x float> %".22" to <8 x i32>
  %".24" = add <8 x i32> %".23", %".15"
  %".25" = bitcast <8 x i32> %".24" to <8 x float>
  br label %"entry.endif"
entry.else:
  %".27" = fcmp olt <8 x float> %".1", <float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000>
  %".28" = select  <8 x i1> %".27", <8 x float> <float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000, float 0xc05e000000000000>, <8 x float> %".1"
  %".29" = fcmp ogt <8 x float> %".28", <float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000>
  %".30" = select  <8 x i1> %".29", <8 x float> <float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000, float 0x4059000000000000>, <8 x float> %".28"
  %".31" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".30", <8 x float> <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>, <8 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>)
  %".32" = fsub <8 x float> %".31", <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %".33" = bitcast <8 x float> %".31" to <8 x i32>
  %".34" = bitcast <8 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000> to <8 x i32>
  %".35" = sub <8 x i32> %".33", %".34"
  %".36" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".32", <8 x float> <float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000, float 0xbfe62e4000000000>, <8 x float> %".30")
  %".37" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".32", <8 x float> <float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000, float 0xbeb7f7d1c0000000>, <8 x float> %".36")
  %".38" = fmul contract <8 x float> %".37", %".37"
  %".39" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> <float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000, float 0x3f56a22540000000>, <8 x float> %".37", <8 x float> <float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000, float 0x3f8123b020000000>)
  %".40" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".39", <8 x float> %".37", <8 x float> <float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000, float 0x3fa5558f80000000>)
  %".41" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".40", <8 x float> %".37", <8 x float> <float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000, float 0x3fc5554900000000>)
  %".42" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".41", <8 x float> %".37", <8 x float> <float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000, float 0x3fdfffffc0000000>)
  %".43" = call contract <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".38", <8 x float> %".42", <8 x float> %".37")
  %".44" = fadd contract <8 x float> <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>, %".43"
  %".45" = ashr <8 x i32> %".35", <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %".46" = add <8 x i32> %".45", <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %".47" = shl <8 x i32> %".46", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".48" = bitcast <8 x i32> %".47" to <8 x float>
  %".49" = fmul contract <8 x float> %".44", %".48"
  %".50" = sub <8 x i32> %".35", %".45"
  %".51" = add <8 x i32> %".50", <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %".52" = shl <8 x i32> %".51", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".53" = bitcast <8 x i32> %".52" to <8 x float>
  %".54" = fmul contract <8 x float> %".49", %".53"
  br label %"entry.endif"
entry.endif:
  %".56" = phi  <8 x float> [%".25", %"entry.if"], [%".54", %"entry.else"]
  ret <8 x float> %".56"
}

declare i1 @"llvm.vector.reduce.and.v8i1"(<8 x i1> %".1")

declare <8 x float> @"llvm.fmuladd.v8f32"(<8 x float> %".1", <8 x float> %".2", <8 x float> %".3")

!0 = !{ !"llvm.loop.unroll.disable" }
!1 = distinct !{ !1, !0 }
!2 = distinct !{ !2, !0 }
!3 = !{ !"branch_weights", i32 99, i32 1 }
