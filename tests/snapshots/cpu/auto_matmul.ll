; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"A", ptr noalias %"B", ptr noalias %"C") nounwind
{
entry:
  %"closure0" = alloca {ptr, ptr, ptr, i64}
  %".5" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure0", i32 0, i32 0
  store ptr %"A", ptr %".5"
  %".7" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure0", i32 0, i32 1
  store ptr %"B", ptr %".7"
  %".9" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure0", i32 0, i32 2
  store ptr %"C", ptr %".9"
  %".11" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %"closure0", i32 0, i32 3
  store i64 0, ptr %".11"
  %".13" = load i32, ptr @"tcomp_num_threads"
  call void @"tcomp_rt_parallel_for"(ptr @"tcomp_main.par0", ptr %"closure0", i64 4, i32 %".13")
  ret void
}

define internal void @"tcomp_main.par0.body"(ptr noalias %"A", ptr noalias %"B", ptr noalias %"C", i64 %".4", i64 %".5", i64 %".6") nounwind
{
entry:
  %"C.local.1" = alloca [96 x float], align 64
  %"C.local" = alloca [384 x float], align 64
  br label %"it.header"
it.header:
  %"it" = phi  i64 [%".5", %"entry"], [%"it.next", %"i.inner.exit.1"]
  %".9" = icmp slt i64 %"it", %".6"
  br i1 %".9", label %"it.body", label %"it.exit"
it.body:
  %"i.outer" = add i64 %".4", %"it"
  %".11" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".12" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".11"
  %".13" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".13", align 4
  %".15" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".16" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".15"
  %".17" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".17", align 4
  %".19" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".20" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".19"
  %".21" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".21", align 4
  %".23" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".24" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".23"
  %".25" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".25", align 4
  %".27" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".28" = add <16 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".27"
  %".29" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".29", align 4
  %".31" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".32" = add <16 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".31"
  %".33" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".33", align 4
  %".35" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".36" = add <16 x i64> <i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96>, %".35"
  %".37" = getelementptr inbounds float, ptr %"C.local", i64 96
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".37", align 4
  %".39" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".40" = add <16 x i64> <i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112>, %".39"
  %".41" = getelementptr inbounds float, ptr %"C.local", i64 112
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".41", align 4
  %".43" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".44" = add <16 x i64> <i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128>, %".43"
  %".45" = getelementptr inbounds float, ptr %"C.local", i64 128
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".45", align 4
  %".47" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".48" = add <16 x i64> <i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144>, %".47"
  %".49" = getelementptr inbounds float, ptr %"C.local", i64 144
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".49", align 4
  %".51" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".52" = add <16 x i64> <i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160>, %".51"
  %".53" = getelementptr inbounds float, ptr %"C.local", i64 160
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".53", align 4
  %".55" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".56" = add <16 x i64> <i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176>, %".55"
  %".57" = getelementptr inbounds float, ptr %"C.local", i64 176
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".57", align 4
  %".59" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".60" = add <16 x i64> <i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192>, %".59"
  %".61" = getelementptr inbounds float, ptr %"C.local", i64 192
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".61", align 4
  %".63" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".64" = add <16 x i64> <i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208>, %".63"
  %".65" = getelementptr inbounds float, ptr %"C.local", i64 208
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".65", align 4
  %".67" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".68" = add <16 x i64> <i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224>, %".67"
  %".69" = getelementptr inbounds float, ptr %"C.local", i64 224
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".69", align 4
  %".71" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".72" = add <16 x i64> <i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240>, %".71"
  %".73" = getelementptr inbounds float, ptr %"C.local", i64 240
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".73", align 4
  %".75" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".76" = add <16 x i64> <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>, %".75"
  %".77" = getelementptr inbounds float, ptr %"C.local", i64 256
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".77", align 4
  %".79" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".80" = add <16 x i64> <i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272>, %".79"
  %".81" = getelementptr inbounds float, ptr %"C.local", i64 272
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".81", align 4
  %".83" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".84" = add <16 x i64> <i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288>, %".83"
  %".85" = getelementptr inbounds float, ptr %"C.local", i64 288
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".85", align 4
  %".87" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".88" = add <16 x i64> <i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304>, %".87"
  %".89" = getelementptr inbounds float, ptr %"C.local", i64 304
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".89", align 4
  %".91" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".92" = add <16 x i64> <i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320>, %".91"
  %".93" = getelementptr inbounds float, ptr %"C.local", i64 320
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".93", align 4
  %".95" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".96" = add <16 x i64> <i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336>, %".95"
  %".97" = getelementptr inbounds float, ptr %"C.local", i64 336
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".97", align 4
  %".99" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".100" = add <16 x i64> <i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352>, %".99"
  %".101" = getelementptr inbounds float, ptr %"C.local", i64 352
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".101", align 4
  %".103" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".104" = add <16 x i64> <i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368>, %".103"
  %".105" = getelementptr inbounds float, ptr %"C.local", i64 368
  store <16 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, ptr %".105", align 4
  %".107" = add i64 0, 24
  br label %"k.header"
it.exit:
  ret void
k.header:
  %"k" = phi  i64 [0, %"it.body"], [%"k.next", %"k.body"]
  %".109" = icmp slt i64 %"k", %".107"
  br i1 %".109", label %"k.body", label %"k.exit"
k.body:
  %".111" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".112" = add <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".111"
  %".113" = getelementptr inbounds float, ptr %"C.local", i64 0
  %".114" = load <16 x float>, ptr %".113", align 4
  %".115" = mul i64 %"i.outer", 288
  %".116" = add i64 %"k", %".115"
  %".117" = getelementptr inbounds float, ptr %"A", i64 %".116"
  %".118" = load float, ptr %".117", align 4
  %".119" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".118", i32 0
  %".120" = shufflevector <16 x float> %".119", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".121" = mul i64 %"k", 40
  %".122" = getelementptr inbounds float, ptr %"B", i64 %".121"
  %".123" = load <16 x float>, ptr %".122", align 4
  %".124" = fmul contract <16 x float> %".120", %".123"
  %".125" = fadd contract <16 x float> %".114", %".124"
  %".126" = getelementptr inbounds float, ptr %"C.local", i64 0
  store <16 x float> %".125", ptr %".126", align 4
  %".128" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".129" = add <16 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".128"
  %".130" = getelementptr inbounds float, ptr %"C.local", i64 16
  %".131" = load <16 x float>, ptr %".130", align 4
  %".132" = mul i64 %"i.outer", 288
  %".133" = add i64 %"k", %".132"
  %".134" = getelementptr inbounds float, ptr %"A", i64 %".133"
  %".135" = load float, ptr %".134", align 4
  %".136" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".135", i32 0
  %".137" = shufflevector <16 x float> %".136", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".138" = mul i64 %"k", 40
  %".139" = add i64 %".138", 16
  %".140" = getelementptr inbounds float, ptr %"B", i64 %".139"
  %".141" = load <16 x float>, ptr %".140", align 4
  %".142" = fmul contract <16 x float> %".137", %".141"
  %".143" = fadd contract <16 x float> %".131", %".142"
  %".144" = getelementptr inbounds float, ptr %"C.local", i64 16
  store <16 x float> %".143", ptr %".144", align 4
  %".146" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".147" = add <16 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".146"
  %".148" = getelementptr inbounds float, ptr %"C.local", i64 32
  %".149" = load <16 x float>, ptr %".148", align 4
  %".150" = mul i64 %"i.outer", 288
  %".151" = add i64 %"k", %".150"
  %".152" = add i64 %".151", 24
  %".153" = getelementptr inbounds float, ptr %"A", i64 %".152"
  %".154" = load float, ptr %".153", align 4
  %".155" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".154", i32 0
  %".156" = shufflevector <16 x float> %".155", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".157" = mul i64 %"k", 40
  %".158" = getelementptr inbounds float, ptr %"B", i64 %".157"
  %".159" = load <16 x float>, ptr %".158", align 4
  %".160" = fmul contract <16 x float> %".156", %".159"
  %".161" = fadd contract <16 x float> %".149", %".160"
  %".162" = getelementptr inbounds float, ptr %"C.local", i64 32
  store <16 x float> %".161", ptr %".162", align 4
  %".164" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".165" = add <16 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".164"
  %".166" = getelementptr inbounds float, ptr %"C.local", i64 48
  %".167" = load <16 x float>, ptr %".166", align 4
  %".168" = mul i64 %"i.outer", 288
  %".169" = add i64 %"k", %".168"
  %".170" = add i64 %".169", 24
  %".171" = getelementptr inbounds float, ptr %"A", i64 %".170"
  %".172" = load float, ptr %".171", align 4
  %".173" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".172", i32 0
  %".174" = shufflevector <16 x float> %".173", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".175" = mul i64 %"k", 40
  %".176" = add i64 %".175", 16
  %".177" = getelementptr inbounds float, ptr %"B", i64 %".176"
  %".178" = load <16 x float>, ptr %".177", align 4
  %".179" = fmul contract <16 x float> %".174", %".178"
  %".180" = fadd contract <16 x float> %".167", %".179"
  %".181" = getelementptr inbounds float, ptr %"C.local", i64 48
  store <16 x float> %".180", ptr %".181", align 4
  %".183" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".184" = add <16 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".183"
  %".185" = getelementptr inbounds float, ptr %"C.local", i64 64
  %".186" = load <16 x float>, ptr %".185", align 4
  %".187" = mul i64 %"i.outer", 288
  %".188" = add i64 %"k", %".187"
  %".189" = add i64 %".188", 48
  %".190" = getelementptr inbounds float, ptr %"A", i64 %".189"
  %".191" = load float, ptr %".190", align 4
  %".192" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".191", i32 0
  %".193" = shufflevector <16 x float> %".192", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".194" = mul i64 %"k", 40
  %".195" = getelementptr inbounds float, ptr %"B", i64 %".194"
  %".196" = load <16 x float>, ptr %".195", align 4
  %".197" = fmul contract <16 x float> %".193", %".196"
  %".198" = fadd contract <16 x float> %".186", %".197"
  %".199" = getelementptr inbounds float, ptr %"C.local", i64 64
  store <16 x float> %".198", ptr %".199", align 4
  %".201" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".202" = add <16 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".201"
  %".203" = getelementptr inbounds float, ptr %"C.local", i64 80
  %".204" = load <16 x float>, ptr %".203", align 4
  %".205" = mul i64 %"i.outer", 288
  %".206" = add i64 %"k", %".205"
  %".207" = add i64 %".206", 48
  %".208" = getelementptr inbounds float, ptr %"A", i64 %".207"
  %".209" = load float, ptr %".208", align 4
  %".210" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".209", i32 0
  %".211" = shufflevector <16 x float> %".210", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".212" = mul i64 %"k", 40
  %".213" = add i64 %".212", 16
  %".214" = getelementptr inbounds float, ptr %"B", i64 %".213"
  %".215" = load <16 x float>, ptr %".214", align 4
  %".216" = fmul contract <16 x float> %".211", %".215"
  %".217" = fadd contract <16 x float> %".204", %".216"
  %".218" = getelementptr inbounds float, ptr %"C.local", i64 80
  store <16 x float> %".217", ptr %".218", align 4
  %".220" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".221" = add <16 x i64> <i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96, i64 96>, %".220"
  %".222" = getelementptr inbounds float, ptr %"C.local", i64 96
  %".223" = load <16 x float>, ptr %".222", align 4
  %".224" = mul i64 %"i.outer", 288
  %".225" = add i64 %"k", %".224"
  %".226" = add i64 %".225", 72
  %".227" = getelementptr inbounds float, ptr %"A", i64 %".226"
  %".228" = load float, ptr %".227", align 4
  %".229" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".228", i32 0
  %".230" = shufflevector <16 x float> %".229", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".231" = mul i64 %"k", 40
  %".232" = getelementptr inbounds float, ptr %"B", i64 %".231"
  %".233" = load <16 x float>, ptr %".232", align 4
  %".234" = fmul contract <16 x float> %".230", %".233"
  %".235" = fadd contract <16 x float> %".223", %".234"
  %".236" = getelementptr inbounds float, ptr %"C.local", i64 96
  store <16 x float> %".235", ptr %".236", align 4
  %".238" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".239" = add <16 x i64> <i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112, i64 112>, %".238"
  %".240" = getelementptr inbounds float, ptr %"C.local", i64 112
  %".241" = load <16 x float>, ptr %".240", align 4
  %".242" = mul i64 %"i.outer", 288
  %".243" = add i64 %"k", %".242"
  %".244" = add i64 %".243", 72
  %".245" = getelementptr inbounds float, ptr %"A", i64 %".244"
  %".246" = load float, ptr %".245", align 4
  %".247" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".246", i32 0
  %".248" = shufflevector <16 x float> %".247", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".249" = mul i64 %"k", 40
  %".250" = add i64 %".249", 16
  %".251" = getelementptr inbounds float, ptr %"B", i64 %".250"
  %".252" = load <16 x float>, ptr %".251", align 4
  %".253" = fmul contract <16 x float> %".248", %".252"
  %".254" = fadd contract <16 x float> %".241", %".253"
  %".255" = getelementptr inbounds float, ptr %"C.local", i64 112
  store <16 x float> %".254", ptr %".255", align 4
  %".257" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".258" = add <16 x i64> <i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128, i64 128>, %".257"
  %".259" = getelementptr inbounds float, ptr %"C.local", i64 128
  %".260" = load <16 x float>, ptr %".259", align 4
  %".261" = mul i64 %"i.outer", 288
  %".262" = add i64 %"k", %".261"
  %".263" = add i64 %".262", 96
  %".264" = getelementptr inbounds float, ptr %"A", i64 %".263"
  %".265" = load float, ptr %".264", align 4
  %".266" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".265", i32 0
  %".267" = shufflevector <16 x float> %".266", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".268" = mul i64 %"k", 40
  %".269" = getelementptr inbounds float, ptr %"B", i64 %".268"
  %".270" = load <16 x float>, ptr %".269", align 4
  %".271" = fmul contract <16 x float> %".267", %".270"
  %".272" = fadd contract <16 x float> %".260", %".271"
  %".273" = getelementptr inbounds float, ptr %"C.local", i64 128
  store <16 x float> %".272", ptr %".273", align 4
  %".275" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".276" = add <16 x i64> <i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144, i64 144>, %".275"
  %".277" = getelementptr inbounds float, ptr %"C.local", i64 144
  %".278" = load <16 x float>, ptr %".277", align 4
  %".279" = mul i64 %"i.outer", 288
  %".280" = add i64 %"k", %".279"
  %".281" = add i64 %".280", 96
  %".282" = getelementptr inbounds float, ptr %"A", i64 %".281"
  %".283" = load float, ptr %".282", align 4
  %".284" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".283", i32 0
  %".285" = shufflevector <16 x float> %".284", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".286" = mul i64 %"k", 40
  %".287" = add i64 %".286", 16
  %".288" = getelementptr inbounds float, ptr %"B", i64 %".287"
  %".289" = load <16 x float>, ptr %".288", align 4
  %".290" = fmul contract <16 x float> %".285", %".289"
  %".291" = fadd contract <16 x float> %".278", %".290"
  %".292" = getelementptr inbounds float, ptr %"C.local", i64 144
  store <16 x float> %".291", ptr %".292", align 4
  %".294" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".295" = add <16 x i64> <i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160, i64 160>, %".294"
  %".296" = getelementptr inbounds float, ptr %"C.local", i64 160
  %".297" = load <16 x float>, ptr %".296", align 4
  %".298" = mul i64 %"i.outer", 288
  %".299" = add i64 %"k", %".298"
  %".300" = add i64 %".299", 120
  %".301" = getelementptr inbounds float, ptr %"A", i64 %".300"
  %".302" = load float, ptr %".301", align 4
  %".303" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".302", i32 0
  %".304" = shufflevector <16 x float> %".303", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".305" = mul i64 %"k", 40
  %".306" = getelementptr inbounds float, ptr %"B", i64 %".305"
  %".307" = load <16 x float>, ptr %".306", align 4
  %".308" = fmul contract <16 x float> %".304", %".307"
  %".309" = fadd contract <16 x float> %".297", %".308"
  %".310" = getelementptr inbounds float, ptr %"C.local", i64 160
  store <16 x float> %".309", ptr %".310", align 4
  %".312" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".313" = add <16 x i64> <i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176, i64 176>, %".312"
  %".314" = getelementptr inbounds float, ptr %"C.local", i64 176
  %".315" = load <16 x float>, ptr %".314", align 4
  %".316" = mul i64 %"i.outer", 288
  %".317" = add i64 %"k", %".316"
  %".318" = add i64 %".317", 120
  %".319" = getelementptr inbounds float, ptr %"A", i64 %".318"
  %".320" = load float, ptr %".319", align 4
  %".321" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".320", i32 0
  %".322" = shufflevector <16 x float> %".321", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".323" = mul i64 %"k", 40
  %".324" = add i64 %".323", 16
  %".325" = getelementptr inbounds float, ptr %"B", i64 %".324"
  %".326" = load <16 x float>, ptr %".325", align 4
  %".327" = fmul contract <16 x float> %".322", %".326"
  %".328" = fadd contract <16 x float> %".315", %".327"
  %".329" = getelementptr inbounds float, ptr %"C.local", i64 176
  store <16 x float> %".328", ptr %".329", align 4
  %".331" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".332" = add <16 x i64> <i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192, i64 192>, %".331"
  %".333" = getelementptr inbounds float, ptr %"C.local", i64 192
  %".334" = load <16 x float>, ptr %".333", align 4
  %".335" = mul i64 %"i.outer", 288
  %".336" = add i64 %"k", %".335"
  %".337" = add i64 %".336", 144
  %".338" = getelementptr inbounds float, ptr %"A", i64 %".337"
  %".339" = load float, ptr %".338", align 4
  %".340" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".339", i32 0
  %".341" = shufflevector <16 x float> %".340", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".342" = mul i64 %"k", 40
  %".343" = getelementptr inbounds float, ptr %"B", i64 %".342"
  %".344" = load <16 x float>, ptr %".343", align 4
  %".345" = fmul contract <16 x float> %".341", %".344"
  %".346" = fadd contract <16 x float> %".334", %".345"
  %".347" = getelementptr inbounds float, ptr %"C.local", i64 192
  store <16 x float> %".346", ptr %".347", align 4
  %".349" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".350" = add <16 x i64> <i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208, i64 208>, %".349"
  %".351" = getelementptr inbounds float, ptr %"C.local", i64 208
  %".352" = load <16 x float>, ptr %".351", align 4
  %".353" = mul i64 %"i.outer", 288
  %".354" = add i64 %"k", %".353"
  %".355" = add i64 %".354", 144
  %".356" = getelementptr inbounds float, ptr %"A", i64 %".355"
  %".357" = load float, ptr %".356", align 4
  %".358" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".357", i32 0
  %".359" = shufflevector <16 x float> %".358", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".360" = mul i64 %"k", 40
  %".361" = add i64 %".360", 16
  %".362" = getelementptr inbounds float, ptr %"B", i64 %".361"
  %".363" = load <16 x float>, ptr %".362", align 4
  %".364" = fmul contract <16 x float> %".359", %".363"
  %".365" = fadd contract <16 x float> %".352", %".364"
  %".366" = getelementptr inbounds float, ptr %"C.local", i64 208
  store <16 x float> %".365", ptr %".366", align 4
  %".368" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".369" = add <16 x i64> <i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224, i64 224>, %".368"
  %".370" = getelementptr inbounds float, ptr %"C.local", i64 224
  %".371" = load <16 x float>, ptr %".370", align 4
  %".372" = mul i64 %"i.outer", 288
  %".373" = add i64 %"k", %".372"
  %".374" = add i64 %".373", 168
  %".375" = getelementptr inbounds float, ptr %"A", i64 %".374"
  %".376" = load float, ptr %".375", align 4
  %".377" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".376", i32 0
  %".378" = shufflevector <16 x float> %".377", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".379" = mul i64 %"k", 40
  %".380" = getelementptr inbounds float, ptr %"B", i64 %".379"
  %".381" = load <16 x float>, ptr %".380", align 4
  %".382" = fmul contract <16 x float> %".378", %".381"
  %".383" = fadd contract <16 x float> %".371", %".382"
  %".384" = getelementptr inbounds float, ptr %"C.local", i64 224
  store <16 x float> %".383", ptr %".384", align 4
  %".386" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".387" = add <16 x i64> <i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240, i64 240>, %".386"
  %".388" = getelementptr inbounds float, ptr %"C.local", i64 240
  %".389" = load <16 x float>, ptr %".388", align 4
  %".390" = mul i64 %"i.outer", 288
  %".391" = add i64 %"k", %".390"
  %".392" = add i64 %".391", 168
  %".393" = getelementptr inbounds float, ptr %"A", i64 %".392"
  %".394" = load float, ptr %".393", align 4
  %".395" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".394", i32 0
  %".396" = shufflevector <16 x float> %".395", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".397" = mul i64 %"k", 40
  %".398" = add i64 %".397", 16
  %".399" = getelementptr inbounds float, ptr %"B", i64 %".398"
  %".400" = load <16 x float>, ptr %".399", align 4
  %".401" = fmul contract <16 x float> %".396", %".400"
  %".402" = fadd contract <16 x float> %".389", %".401"
  %".403" = getelementptr inbounds float, ptr %"C.local", i64 240
  store <16 x float> %".402", ptr %".403", align 4
  %".405" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".406" = add <16 x i64> <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>, %".405"
  %".407" = getelementptr inbounds float, ptr %"C.local", i64 256
  %".408" = load <16 x float>, ptr %".407", align 4
  %".409" = mul i64 %"i.outer", 288
  %".410" = add i64 %"k", %".409"
  %".411" = add i64 %".410", 192
  %".412" = getelementptr inbounds float, ptr %"A", i64 %".411"
  %".413" = load float, ptr %".412", align 4
  %".414" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".413", i32 0
  %".415" = shufflevector <16 x float> %".414", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".416" = mul i64 %"k", 40
  %".417" = getelementptr inbounds float, ptr %"B", i64 %".416"
  %".418" = load <16 x float>, ptr %".417", align 4
  %".419" = fmul contract <16 x float> %".415", %".418"
  %".420" = fadd contract <16 x float> %".408", %".419"
  %".421" = getelementptr inbounds float, ptr %"C.local", i64 256
  store <16 x float> %".420", ptr %".421", align 4
  %".423" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".424" = add <16 x i64> <i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272, i64 272>, %".423"
  %".425" = getelementptr inbounds float, ptr %"C.local", i64 272
  %".426" = load <16 x float>, ptr %".425", align 4
  %".427" = mul i64 %"i.outer", 288
  %".428" = add i64 %"k", %".427"
  %".429" = add i64 %".428", 192
  %".430" = getelementptr inbounds float, ptr %"A", i64 %".429"
  %".431" = load float, ptr %".430", align 4
  %".432" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".431", i32 0
  %".433" = shufflevector <16 x float> %".432", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".434" = mul i64 %"k", 40
  %".435" = add i64 %".434", 16
  %".436" = getelementptr inbounds float, ptr %"B", i64 %".435"
  %".437" = load <16 x float>, ptr %".436", align 4
  %".438" = fmul contract <16 x float> %".433", %".437"
  %".439" = fadd contract <16 x float> %".426", %".438"
  %".440" = getelementptr inbounds float, ptr %"C.local", i64 272
  store <16 x float> %".439", ptr %".440", align 4
  %".442" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".443" = add <16 x i64> <i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288, i64 288>, %".442"
  %".444" = getelementptr inbounds float, ptr %"C.local", i64 288
  %".445" = load <16 x float>, ptr %".444", align 4
  %".446" = mul i64 %"i.outer", 288
  %".447" = add i64 %"k", %".446"
  %".448" = add i64 %".447", 216
  %".449" = getelementptr inbounds float, ptr %"A", i64 %".448"
  %".450" = load float, ptr %".449", align 4
  %".451" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".450", i32 0
  %".452" = shufflevector <16 x float> %".451", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".453" = mul i64 %"k", 40
  %".454" = getelementptr inbounds float, ptr %"B", i64 %".453"
  %".455" = load <16 x float>, ptr %".454", align 4
  %".456" = fmul contract <16 x float> %".452", %".455"
  %".457" = fadd contract <16 x float> %".445", %".456"
  %".458" = getelementptr inbounds float, ptr %"C.local", i64 288
  store <16 x float> %".457", ptr %".458", align 4
  %".460" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".461" = add <16 x i64> <i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304, i64 304>, %".460"
  %".462" = getelementptr inbounds float, ptr %"C.local", i64 304
  %".463" = load <16 x float>, ptr %".462", align 4
  %".464" = mul i64 %"i.outer", 288
  %".465" = add i64 %"k", %".464"
  %".466" = add i64 %".465", 216
  %".467" = getelementptr inbounds float, ptr %"A", i64 %".466"
  %".468" = load float, ptr %".467", align 4
  %".469" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".468", i32 0
  %".470" = shufflevector <16 x float> %".469", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".471" = mul i64 %"k", 40
  %".472" = add i64 %".471", 16
  %".473" = getelementptr inbounds float, ptr %"B", i64 %".472"
  %".474" = load <16 x float>, ptr %".473", align 4
  %".475" = fmul contract <16 x float> %".470", %".474"
  %".476" = fadd contract <16 x float> %".463", %".475"
  %".477" = getelementptr inbounds float, ptr %"C.local", i64 304
  store <16 x float> %".476", ptr %".477", align 4
  %".479" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".480" = add <16 x i64> <i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320, i64 320>, %".479"
  %".481" = getelementptr inbounds float, ptr %"C.local", i64 320
  %".482" = load <16 x float>, ptr %".481", align 4
  %".483" = mul i64 %"i.outer", 288
  %".484" = add i64 %"k", %".483"
  %".485" = add i64 %".484", 240
  %".486" = getelementptr inbounds float, ptr %"A", i64 %".485"
  %".487" = load float, ptr %".486", align 4
  %".488" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".487", i32 0
  %".489" = shufflevector <16 x float> %".488", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".490" = mul i64 %"k", 40
  %".491" = getelementptr inbounds float, ptr %"B", i64 %".490"
  %".492" = load <16 x float>, ptr %".491", align 4
  %".493" = fmul contract <16 x float> %".489", %".492"
  %".494" = fadd contract <16 x float> %".482", %".493"
  %".495" = getelementptr inbounds float, ptr %"C.local", i64 320
  store <16 x float> %".494", ptr %".495", align 4
  %".497" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".498" = add <16 x i64> <i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336, i64 336>, %".497"
  %".499" = getelementptr inbounds float, ptr %"C.local", i64 336
  %".500" = load <16 x float>, ptr %".499", align 4
  %".501" = mul i64 %"i.outer", 288
  %".502" = add i64 %"k", %".501"
  %".503" = add i64 %".502", 240
  %".504" = getelementptr inbounds float, ptr %"A", i64 %".503"
  %".505" = load float, ptr %".504", align 4
  %".506" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".505", i32 0
  %".507" = shufflevector <16 x float> %".506", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".508" = mul i64 %"k", 40
  %".509" = add i64 %".508", 16
  %".510" = getelementptr inbounds float, ptr %"B", i64 %".509"
  %".511" = load <16 x float>, ptr %".510", align 4
  %".512" = fmul contract <16 x float> %".507", %".511"
  %".513" = fadd contract <16 x float> %".500", %".512"
  %".514" = getelementptr inbounds float, ptr %"C.local", i64 336
  store <16 x float> %".513", ptr %".514", align 4
  %".516" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".517" = add <16 x i64> <i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352, i64 352>, %".516"
  %".518" = getelementptr inbounds float, ptr %"C.local", i64 352
  %".519" = load <16 x float>, ptr %".518", align 4
  %".520" = mul i64 %"i.outer", 288
  %".521" = add i64 %"k", %".520"
  %".522" = add i64 %".521", 264
  %".523" = getelementptr inbounds float, ptr %"A", i64 %".522"
  %".524" = load float, ptr %".523", align 4
  %".525" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".524", i32 0
  %".526" = shufflevector <16 x float> %".525", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".527" = mul i64 %"k", 40
  %".528" = getelementptr inbounds float, ptr %"B", i64 %".527"
  %".529" = load <16 x float>, ptr %".528", align 4
  %".530" = fmul contract <16 x float> %".526", %".529"
  %".531" = fadd contract <16 x float> %".519", %".530"
  %".532" = getelementptr inbounds float, ptr %"C.local", i64 352
  store <16 x float> %".531", ptr %".532", align 4
  %".534" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".535" = add <16 x i64> <i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368, i64 368>, %".534"
  %".536" = getelementptr inbounds float, ptr %"C.local", i64 368
  %".537" = load <16 x float>, ptr %".536", align 4
  %".538" = mul i64 %"i.outer", 288
  %".539" = add i64 %"k", %".538"
  %".540" = add i64 %".539", 264
  %".541" = getelementptr inbounds float, ptr %"A", i64 %".540"
  %".542" = load float, ptr %".541", align 4
  %".543" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".542", i32 0
  %".544" = shufflevector <16 x float> %".543", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".545" = mul i64 %"k", 40
  %".546" = add i64 %".545", 16
  %".547" = getelementptr inbounds float, ptr %"B", i64 %".546"
  %".548" = load <16 x float>, ptr %".547", align 4
  %".549" = fmul contract <16 x float> %".544", %".548"
  %".550" = fadd contract <16 x float> %".537", %".549"
  %".551" = getelementptr inbounds float, ptr %"C.local", i64 368
  store <16 x float> %".550", ptr %".551", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
k.exit:
  %".554" = add i64 0, 12
  br label %"i.inner.header"
i.inner.header:
  %"i.inner" = phi  i64 [0, %"k.exit"], [%"i.inner.next", %"j.inner.outer.exit"]
  %".556" = icmp slt i64 %"i.inner", %".554"
  br i1 %".556", label %"i.inner.body", label %"i.inner.exit"
i.inner.body:
  %".558" = add i64 0, 2
  br label %"j.inner.outer.header"
i.inner.exit:
  %".585" = add i64 0, 16
  br label %"j.inner.header"
j.inner.outer.header:
  %"j.inner.outer" = phi  i64 [0, %"i.inner.body"], [%"j.inner.outer.next", %"j.inner.outer.body"]
  %".560" = icmp slt i64 %"j.inner.outer", %".558"
  br i1 %".560", label %"j.inner.outer.body", label %"j.inner.outer.exit"
j.inner.outer.body:
  %".562" = mul i64 %"i.outer", 480
  %".563" = mul i64 %"i.inner", 40
  %".564" = add i64 %".562", %".563"
  %".565" = mul i64 %"j.inner.outer", 16
  %".566" = add i64 %".564", %".565"
  %".567" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".566", i32 0
  %".568" = shufflevector <16 x i64> %".567", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".569" = mul <16 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %".570" = add <16 x i64> %".568", %".569"
  %".571" = mul i64 %"i.inner", 32
  %".572" = mul i64 %"j.inner.outer", 16
  %".573" = add i64 %".571", %".572"
  %".574" = getelementptr inbounds float, ptr %"C.local", i64 %".573"
  %".575" = load <16 x float>, ptr %".574", align 4
  %".576" = mul i64 %"i.outer", 480
  %".577" = mul i64 %"i.inner", 40
  %".578" = add i64 %".576", %".577"
  %".579" = mul i64 %"j.inner.outer", 16
  %".580" = add i64 %".578", %".579"
  %".581" = getelementptr inbounds float, ptr %"C", i64 %".580"
  store <16 x float> %".575", ptr %".581", align 4
  %"j.inner.outer.next" = add nsw i64 %"j.inner.outer", 1
  br label %"j.inner.outer.header"
j.inner.outer.exit:
  %"i.inner.next" = add nsw i64 %"i.inner", 1
  br label %"i.inner.header"
j.inner.header:
  %"j.inner" = phi  i64 [0, %"i.inner.exit"], [%"j.inner.next", %"j.inner.body.endif"]
  %".587" = icmp slt i64 %"j.inner", %".585"
  br i1 %".587", label %"j.inner.body", label %"j.inner.exit"
j.inner.body:
  %".589" = icmp slt i64 %"j.inner", 8
  br i1 %".589", label %"j.inner.body.if", label %"j.inner.body.endif"
j.inner.exit:
  %".595" = add i64 0, 16
  br label %"j.inner.header.1"
j.inner.body.if:
  %".591" = getelementptr inbounds float, ptr %"C.local.1", i64 %"j.inner"
  store float              0x0, ptr %".591", align 4
  br label %"j.inner.body.endif"
j.inner.body.endif:
  %"j.inner.next" = add nsw i64 %"j.inner", 1
  br label %"j.inner.header"
j.inner.header.1:
  %"j.inner.1" = phi  i64 [0, %"j.inner.exit"], [%"j.inner.next.1", %"j.inner.body.1.endif"]
  %".597" = icmp slt i64 %"j.inner.1", %".595"
  br i1 %".597", label %"j.inner.body.1", label %"j.inner.exit.1"
j.inner.body.1:
  %".599" = icmp slt i64 %"j.inner.1", 8
  br i1 %".599", label %"j.inner.body.1.if", label %"j.inner.body.1.endif"
j.inner.exit.1:
  %".606" = add i64 0, 16
  br label %"j.inner.header.2"
j.inner.body.1.if:
  %".601" = add i64 %"j.inner.1", 8
  %".602" = getelementptr inbounds float, ptr %"C.local.1", i64 %".601"
  store float              0x0, ptr %".602", align 4
  br label %"j.inner.body.1.endif"
j.inner.body.1.endif:
  %"j.inner.next.1" = add nsw i64 %"j.inner.1", 1
  br label %"j.inner.header.1"
j.inner.header.2:
  %"j.inner.2" = phi  i64 [0, %"j.inner.exit.1"], [%"j.inner.next.2", %"j.inner.body.2.endif"]
  %".608" = icmp slt i64 %"j.inner.2", %".606"
  br i1 %".608", label %"j.inner.body.2", label %"j.inner.exit.2"
j.inner.body.2:
  %".610" = icmp slt i64 %"j.inner.2", 8
  br i1 %".610", label %"j.inner.body.2.if", label %"j.inner.body.2.endif"
j.inner.exit.2:
  %".617" = add i64 0, 16
  br label %"j.inner.header.3"
j.inner.body.2.if:
  %".612" = add i64 %"j.inner.2", 16
  %".613" = getelementptr inbounds float, ptr %"C.local.1", i64 %".612"
  store float              0x0, ptr %".613", align 4
  br label %"j.inner.body.2.endif"
j.inner.body.2.endif:
  %"j.inner.next.2" = add nsw i64 %"j.inner.2", 1
  br label %"j.inner.header.2"
j.inner.header.3:
  %"j.inner.3" = phi  i64 [0, %"j.inner.exit.2"], [%"j.inner.next.3", %"j.inner.body.3.endif"]
  %".619" = icmp slt i64 %"j.inner.3", %".617"
  br i1 %".619", label %"j.inner.body.3", label %"j.inner.exit.3"
j.inner.body.3:
  %".621" = icmp slt i64 %"j.inner.3", 8
  br i1 %".621", label %"j.inner.body.3.if", label %"j.inner.body.3.endif"
j.inner.exit.3:
  %".628" = add i64 0, 16
  br label %"j.inner.header.4"
j.inner.body.3.if:
  %".623" = add i64 %"j.inner.3", 24
  %".624" = getelementptr inbounds float, ptr %"C.local.1", i64 %".623"
  store float              0x0, ptr %".624", align 4
  br label %"j.inner.body.3.endif"
j.inner.body.3.endif:
  %"j.inner.next.3" = add nsw i64 %"j.inner.3", 1
  br label %"j.inner.header.3"
j.inner.header.4:
  %"j.inner.4" = phi  i64 [0, %"j.inner.exit.3"], [%"j.inner.next.4", %"j.inner.body.4.endif"]
  %".630" = icmp slt i64 %"j.inner.4", %".628"
  br i1 %".630", label %"j.inner.body.4", label %"j.inner.exit.4"
j.inner.body.4:
  %".632" = icmp slt i64 %"j.inner.4", 8
  br i1 %".632", label %"j.inner.body.4.if", label %"j.inner.body.4.endif"
j.inner.exit.4:
  %".639" = add i64 0, 16
  br label %"j.inner.header.5"
j.inner.body.4.if:
  %".634" = add i64 %"j.inner.4", 32
  %".635" = getelementptr inbounds float, ptr %"C.local.1", i64 %".634"
  store float              0x0, ptr %".635", align 4
  br label %"j.inner.body.4.endif"
j.inner.body.4.endif:
  %"j.inner.next.4" = add nsw i64 %"j.inner.4", 1
  br label %"j.inner.header.4"
j.inner.header.5:
  %"j.inner.5" = phi  i64 [0, %"j.inner.exit.4"], [%"j.inner.next.5", %"j.inner.body.5.endif"]
  %".641" = icmp slt i64 %"j.inner.5", %".639"
  br i1 %".641", label %"j.inner.body.5", label %"j.inner.exit.5"
j.inner.body.5:
  %".643" = icmp slt i64 %"j.inner.5", 8
  br i1 %".643", label %"j.inner.body.5.if", label %"j.inner.body.5.endif"
j.inner.exit.5:
  %".650" = add i64 0, 16
  br label %"j.inner.header.6"
j.inner.body.5.if:
  %".645" = add i64 %"j.inner.5", 40
  %".646" = getelementptr inbounds float, ptr %"C.local.1", i64 %".645"
  store float              0x0, ptr %".646", align 4
  br label %"j.inner.body.5.endif"
j.inner.body.5.endif:
  %"j.inner.next.5" = add nsw i64 %"j.inner.5", 1
  br label %"j.inner.header.5"
j.inner.header.6:
  %"j.inner.6" = phi  i64 [0, %"j.inner.exit.5"], [%"j.inner.next.6", %"j.inner.body.6.endif"]
  %".652" = icmp slt i64 %"j.inner.6", %".650"
  br i1 %".652", label %"j.inner.body.6", label %"j.inner.exit.6"
j.inner.body.6:
  %".654" = icmp slt i64 %"j.inner.6", 8
  br i1 %".654", label %"j.inner.body.6.if", label %"j.inner.body.6.endif"
j.inner.exit.6:
  %".661" = add i64 0, 16
  br label %"j.inner.header.7"
j.inner.body.6.if:
  %".656" = add i64 %"j.inner.6", 48
  %".657" = getelementptr inbounds float, ptr %"C.local.1", i64 %".656"
  store float              0x0, ptr %".657", align 4
  br label %"j.inner.body.6.endif"
j.inner.body.6.endif:
  %"j.inner.next.6" = add nsw i64 %"j.inner.6", 1
  br label %"j.inner.header.6"
j.inner.header.7:
  %"j.inner.7" = phi  i64 [0, %"j.inner.exit.6"], [%"j.inner.next.7", %"j.inner.body.7.endif"]
  %".663" = icmp slt i64 %"j.inner.7", %".661"
  br i1 %".663", label %"j.inner.body.7", label %"j.inner.exit.7"
j.inner.body.7:
  %".665" = icmp slt i64 %"j.inner.7", 8
  br i1 %".665", label %"j.inner.body.7.if", label %"j.inner.body.7.endif"
j.inner.exit.7:
  %".672" = add i64 0, 16
  br label %"j.inner.header.8"
j.inner.body.7.if:
  %".667" = add i64 %"j.inner.7", 56
  %".668" = getelementptr inbounds float, ptr %"C.local.1", i64 %".667"
  store float              0x0, ptr %".668", align 4
  br label %"j.inner.body.7.endif"
j.inner.body.7.endif:
  %"j.inner.next.7" = add nsw i64 %"j.inner.7", 1
  br label %"j.inner.header.7"
j.inner.header.8:
  %"j.inner.8" = phi  i64 [0, %"j.inner.exit.7"], [%"j.inner.next.8", %"j.inner.body.8.endif"]
  %".674" = icmp slt i64 %"j.inner.8", %".672"
  br i1 %".674", label %"j.inner.body.8", label %"j.inner.exit.8"
j.inner.body.8:
  %".676" = icmp slt i64 %"j.inner.8", 8
  br i1 %".676", label %"j.inner.body.8.if", label %"j.inner.body.8.endif"
j.inner.exit.8:
  %".683" = add i64 0, 16
  br label %"j.inner.header.9"
j.inner.body.8.if:
  %".678" = add i64 %"j.inner.8", 64
  %".679" = getelementptr inbounds float, ptr %"C.local.1", i64 %".678"
  store float              0x0, ptr %".679", align 4
  br label %"j.inner.body.8.endif"
j.inner.body.8.endif:
  %"j.inner.next.8" = add nsw i64 %"j.inner.8", 1
  br label %"j.inner.header.8"
j.inner.header.9:
  %"j.inner.9" = phi  i64 [0, %"j.inner.exit.8"], [%"j.inner.next.9", %"j.inner.body.9.endif"]
  %".685" = icmp slt i64 %"j.inner.9", %".683"
  br i1 %".685", label %"j.inner.body.9", label %"j.inner.exit.9"
j.inner.body.9:
  %".687" = icmp slt i64 %"j.inner.9", 8
  br i1 %".687", label %"j.inner.body.9.if", label %"j.inner.body.9.endif"
j.inner.exit.9:
  %".694" = add i64 0, 16
  br label %"j.inner.header.10"
j.inner.body.9.if:
  %".689" = add i64 %"j.inner.9", 72
  %".690" = getelementptr inbounds float, ptr %"C.local.1", i64 %".689"
  store float              0x0, ptr %".690", align 4
  br label %"j.inner.body.9.endif"
j.inner.body.9.endif:
  %"j.inner.next.9" = add nsw i64 %"j.inner.9", 1
  br label %"j.inner.header.9"
j.inner.header.10:
  %"j.inner.10" = phi  i64 [0, %"j.inner.exit.9"], [%"j.inner.next.10", %"j.inner.body.10.endif"]
  %".696" = icmp slt i64 %"j.inner.10", %".694"
  br i1 %".696", label %"j.inner.body.10", label %"j.inner.exit.10"
j.inner.body.10:
  %".698" = icmp slt i64 %"j.inner.10", 8
  br i1 %".698", label %"j.inner.body.10.if", label %"j.inner.body.10.endif"
j.inner.exit.10:
  %".705" = add i64 0, 16
  br label %"j.inner.header.11"
j.inner.body.10.if:
  %".700" = add i64 %"j.inner.10", 80
  %".701" = getelementptr inbounds float, ptr %"C.local.1", i64 %".700"
  store float              0x0, ptr %".701", align 4
  br label %"j.inner.body.10.endif"
j.inner.body.10.endif:
  %"j.inner.next.10" = add nsw i64 %"j.inner.10", 1
  br label %"j.inner.header.10"
j.inner.header.11:
  %"j.inner.11" = phi  i64 [0, %"j.inner.exit.10"], [%"j.inner.next.11", %"j.inner.body.11.endif"]
  %".707" = icmp slt i64 %"j.inner.11", %".705"
  br i1 %".707", label %"j.inner.body.11", label %"j.inner.exit.11"
j.inner.body.11:
  %".709" = icmp slt i64 %"j.inner.11", 8
  br i1 %".709", label %"j.inner.body.11.if", label %"j.inner.body.11.endif"
j.inner.exit.11:
  %".716" = add i64 0, 24
  br label %"k.header.1"
j.inner.body.11.if:
  %".711" = add i64 %"j.inner.11", 88
  %".712" = getelementptr inbounds float, ptr %"C.local.1", i64 %".711"
  store float              0x0, ptr %".712", align 4
  br label %"j.inner.body.11.endif"
j.inner.body.11.endif:
  %"j.inner.next.11" = add nsw i64 %"j.inner.11", 1
  br label %"j.inner.header.11"
k.header.1:
  %"k.1" = phi  i64 [0, %"j.inner.exit.11"], [%"k.next.1", %"k.body.1"]
  %".718" = icmp slt i64 %"k.1", %".716"
  br i1 %".718", label %"k.body.1", label %"k.exit.1"
k.body.1:
  %".720" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".721" = add <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, %".720"
  %".722" = getelementptr inbounds float, ptr %"C.local.1", i64 0
  %".723" = load <8 x float>, ptr %".722", align 4
  %".724" = mul i64 %"i.outer", 288
  %".725" = add i64 %"k.1", %".724"
  %".726" = getelementptr inbounds float, ptr %"A", i64 %".725"
  %".727" = load float, ptr %".726", align 4
  %".728" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".727", i32 0
  %".729" = shufflevector <8 x float> %".728", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".730" = mul i64 %"k.1", 40
  %".731" = add i64 %".730", 32
  %".732" = getelementptr inbounds float, ptr %"B", i64 %".731"
  %".733" = load <8 x float>, ptr %".732", align 4
  %".734" = fmul contract <8 x float> %".729", %".733"
  %".735" = fadd contract <8 x float> %".723", %".734"
  %".736" = getelementptr inbounds float, ptr %"C.local.1", i64 0
  store <8 x float> %".735", ptr %".736", align 4
  %".738" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".739" = add <8 x i64> <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>, %".738"
  %".740" = getelementptr inbounds float, ptr %"C.local.1", i64 8
  %".741" = load <8 x float>, ptr %".740", align 4
  %".742" = mul i64 %"i.outer", 288
  %".743" = add i64 %"k.1", %".742"
  %".744" = add i64 %".743", 24
  %".745" = getelementptr inbounds float, ptr %"A", i64 %".744"
  %".746" = load float, ptr %".745", align 4
  %".747" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".746", i32 0
  %".748" = shufflevector <8 x float> %".747", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".749" = mul i64 %"k.1", 40
  %".750" = add i64 %".749", 32
  %".751" = getelementptr inbounds float, ptr %"B", i64 %".750"
  %".752" = load <8 x float>, ptr %".751", align 4
  %".753" = fmul contract <8 x float> %".748", %".752"
  %".754" = fadd contract <8 x float> %".741", %".753"
  %".755" = getelementptr inbounds float, ptr %"C.local.1", i64 8
  store <8 x float> %".754", ptr %".755", align 4
  %".757" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".758" = add <8 x i64> <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>, %".757"
  %".759" = getelementptr inbounds float, ptr %"C.local.1", i64 16
  %".760" = load <8 x float>, ptr %".759", align 4
  %".761" = mul i64 %"i.outer", 288
  %".762" = add i64 %"k.1", %".761"
  %".763" = add i64 %".762", 48
  %".764" = getelementptr inbounds float, ptr %"A", i64 %".763"
  %".765" = load float, ptr %".764", align 4
  %".766" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".765", i32 0
  %".767" = shufflevector <8 x float> %".766", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".768" = mul i64 %"k.1", 40
  %".769" = add i64 %".768", 32
  %".770" = getelementptr inbounds float, ptr %"B", i64 %".769"
  %".771" = load <8 x float>, ptr %".770", align 4
  %".772" = fmul contract <8 x float> %".767", %".771"
  %".773" = fadd contract <8 x float> %".760", %".772"
  %".774" = getelementptr inbounds float, ptr %"C.local.1", i64 16
  store <8 x float> %".773", ptr %".774", align 4
  %".776" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".777" = add <8 x i64> <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>, %".776"
  %".778" = getelementptr inbounds float, ptr %"C.local.1", i64 24
  %".779" = load <8 x float>, ptr %".778", align 4
  %".780" = mul i64 %"i.outer", 288
  %".781" = add i64 %"k.1", %".780"
  %".782" = add i64 %".781", 72
  %".783" = getelementptr inbounds float, ptr %"A", i64 %".782"
  %".784" = load float, ptr %".783", align 4
  %".785" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".784", i32 0
  %".786" = shufflevector <8 x float> %".785", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".787" = mul i64 %"k.1", 40
  %".788" = add i64 %".787", 32
  %".789" = getelementptr inbounds float, ptr %"B", i64 %".788"
  %".790" = load <8 x float>, ptr %".789", align 4
  %".791" = fmul contract <8 x float> %".786", %".790"
  %".792" = fadd contract <8 x float> %".779", %".791"
  %".793" = getelementptr inbounds float, ptr %"C.local.1", i64 24
  store <8 x float> %".792", ptr %".793", align 4
  %".795" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".796" = add <8 x i64> <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>, %".795"
  %".797" = getelementptr inbounds float, ptr %"C.local.1", i64 32
  %".798" = load <8 x float>, ptr %".797", align 4
  %".799" = mul i64 %"i.outer", 288
  %".800" = add i64 %"k.1", %".799"
  %".801" = add i64 %".800", 96
  %".802" = getelementptr inbounds float, ptr %"A", i64 %".801"
  %".803" = load float, ptr %".802", align 4
  %".804" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".803", i32 0
  %".805" = shufflevector <8 x float> %".804", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".806" = mul i64 %"k.1", 40
  %".807" = add i64 %".806", 32
  %".808" = getelementptr inbounds float, ptr %"B", i64 %".807"
  %".809" = load <8 x float>, ptr %".808", align 4
  %".810" = fmul contract <8 x float> %".805", %".809"
  %".811" = fadd contract <8 x float> %".798", %".810"
  %".812" = getelementptr inbounds float, ptr %"C.local.1", i64 32
  store <8 x float> %".811", ptr %".812", align 4
  %".814" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".815" = add <8 x i64> <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>, %".814"
  %".816" = getelementptr inbounds float, ptr %"C.local.1", i64 40
  %".817" = load <8 x float>, ptr %".816", align 4
  %".818" = mul i64 %"i.outer", 288
  %".819" = add i64 %"k.1", %".818"
  %".820" = add i64 %".819", 120
  %".821" = getelementptr inbounds float, ptr %"A", i64 %".820"
  %".822" = load float, ptr %".821", align 4
  %".823" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".822", i32 0
  %".824" = shufflevector <8 x float> %".823", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".825" = mul i64 %"k.1", 40
  %".826" = add i64 %".825", 32
  %".827" = getelementptr inbounds float, ptr %"B", i64 %".826"
  %".828" = load <8 x float>, ptr %".827", align 4
  %".829" = fmul contract <8 x float> %".824", %".828"
  %".830" = fadd contract <8 x float> %".817", %".829"
  %".831" = getelementptr inbounds float, ptr %"C.local.1", i64 40
  store <8 x float> %".830", ptr %".831", align 4
  %".833" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".834" = add <8 x i64> <i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48, i64 48>, %".833"
  %".835" = getelementptr inbounds float, ptr %"C.local.1", i64 48
  %".836" = load <8 x float>, ptr %".835", align 4
  %".837" = mul i64 %"i.outer", 288
  %".838" = add i64 %"k.1", %".837"
  %".839" = add i64 %".838", 144
  %".840" = getelementptr inbounds float, ptr %"A", i64 %".839"
  %".841" = load float, ptr %".840", align 4
  %".842" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".841", i32 0
  %".843" = shufflevector <8 x float> %".842", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".844" = mul i64 %"k.1", 40
  %".845" = add i64 %".844", 32
  %".846" = getelementptr inbounds float, ptr %"B", i64 %".845"
  %".847" = load <8 x float>, ptr %".846", align 4
  %".848" = fmul contract <8 x float> %".843", %".847"
  %".849" = fadd contract <8 x float> %".836", %".848"
  %".850" = getelementptr inbounds float, ptr %"C.local.1", i64 48
  store <8 x float> %".849", ptr %".850", align 4
  %".852" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".853" = add <8 x i64> <i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56, i64 56>, %".852"
  %".854" = getelementptr inbounds float, ptr %"C.local.1", i64 56
  %".855" = load <8 x float>, ptr %".854", align 4
  %".856" = mul i64 %"i.outer", 288
  %".857" = add i64 %"k.1", %".856"
  %".858" = add i64 %".857", 168
  %".859" = getelementptr inbounds float, ptr %"A", i64 %".858"
  %".860" = load float, ptr %".859", align 4
  %".861" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".860", i32 0
  %".862" = shufflevector <8 x float> %".861", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".863" = mul i64 %"k.1", 40
  %".864" = add i64 %".863", 32
  %".865" = getelementptr inbounds float, ptr %"B", i64 %".864"
  %".866" = load <8 x float>, ptr %".865", align 4
  %".867" = fmul contract <8 x float> %".862", %".866"
  %".868" = fadd contract <8 x float> %".855", %".867"
  %".869" = getelementptr inbounds float, ptr %"C.local.1", i64 56
  store <8 x float> %".868", ptr %".869", align 4
  %".871" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".872" = add <8 x i64> <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>, %".871"
  %".873" = getelementptr inbounds float, ptr %"C.local.1", i64 64
  %".874" = load <8 x float>, ptr %".873", align 4
  %".875" = mul i64 %"i.outer", 288
  %".876" = add i64 %"k.1", %".875"
  %".877" = add i64 %".876", 192
  %".878" = getelementptr inbounds float, ptr %"A", i64 %".877"
  %".879" = load float, ptr %".878", align 4
  %".880" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".879", i32 0
  %".881" = shufflevector <8 x float> %".880", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".882" = mul i64 %"k.1", 40
  %".883" = add i64 %".882", 32
  %".884" = getelementptr inbounds float, ptr %"B", i64 %".883"
  %".885" = load <8 x float>, ptr %".884", align 4
  %".886" = fmul contract <8 x float> %".881", %".885"
  %".887" = fadd contract <8 x float> %".874", %".886"
  %".888" = getelementptr inbounds float, ptr %"C.local.1", i64 64
  store <8 x float> %".887", ptr %".888", align 4
  %".890" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".891" = add <8 x i64> <i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72, i64 72>, %".890"
  %".892" = getelementptr inbounds float, ptr %"C.local.1", i64 72
  %".893" = load <8 x float>, ptr %".892", align 4
  %".894" = mul i64 %"i.outer", 288
  %".895" = add i64 %"k.1", %".894"
  %".896" = add i64 %".895", 216
  %".897" = getelementptr inbounds float, ptr %"A", i64 %".896"
  %".898" = load float, ptr %".897", align 4
  %".899" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".898", i32 0
  %".900" = shufflevector <8 x float> %".899", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".901" = mul i64 %"k.1", 40
  %".902" = add i64 %".901", 32
  %".903" = getelementptr inbounds float, ptr %"B", i64 %".902"
  %".904" = load <8 x float>, ptr %".903", align 4
  %".905" = fmul contract <8 x float> %".900", %".904"
  %".906" = fadd contract <8 x float> %".893", %".905"
  %".907" = getelementptr inbounds float, ptr %"C.local.1", i64 72
  store <8 x float> %".906", ptr %".907", align 4
  %".909" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".910" = add <8 x i64> <i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80, i64 80>, %".909"
  %".911" = getelementptr inbounds float, ptr %"C.local.1", i64 80
  %".912" = load <8 x float>, ptr %".911", align 4
  %".913" = mul i64 %"i.outer", 288
  %".914" = add i64 %"k.1", %".913"
  %".915" = add i64 %".914", 240
  %".916" = getelementptr inbounds float, ptr %"A", i64 %".915"
  %".917" = load float, ptr %".916", align 4
  %".918" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".917", i32 0
  %".919" = shufflevector <8 x float> %".918", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".920" = mul i64 %"k.1", 40
  %".921" = add i64 %".920", 32
  %".922" = getelementptr inbounds float, ptr %"B", i64 %".921"
  %".923" = load <8 x float>, ptr %".922", align 4
  %".924" = fmul contract <8 x float> %".919", %".923"
  %".925" = fadd contract <8 x float> %".912", %".924"
  %".926" = getelementptr inbounds float, ptr %"C.local.1", i64 80
  store <8 x float> %".925", ptr %".926", align 4
  %".928" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".929" = add <8 x i64> <i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88, i64 88>, %".928"
  %".930" = getelementptr inbounds float, ptr %"C.local.1", i64 88
  %".931" = load <8 x float>, ptr %".930", align 4
  %".932" = mul i64 %"i.outer", 288
  %".933" = add i64 %"k.1", %".932"
  %".934" = add i64 %".933", 264
  %".935" = getelementptr inbounds float, ptr %"A", i64 %".934"
  %".936" = load float, ptr %".935", align 4
  %".937" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".936", i32 0
  %".938" = shufflevector <8 x float> %".937", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".939" = mul i64 %"k.1", 40
  %".940" = add i64 %".939", 32
  %".941" = getelementptr inbounds float, ptr %"B", i64 %".940"
  %".942" = load <8 x float>, ptr %".941", align 4
  %".943" = fmul contract <8 x float> %".938", %".942"
  %".944" = fadd contract <8 x float> %".931", %".943"
  %".945" = getelementptr inbounds float, ptr %"C.local.1", i64 88
  store <8 x float> %".944", ptr %".945", align 4
  %"k.next.1" = add nsw i64 %"k.1", 1
  br label %"k.header.1"
k.exit.1:
  %".948" = add i64 0, 12
  br label %"i.inner.header.1"
i.inner.header.1:
  %"i.inner.1" = phi  i64 [0, %"k.exit.1"], [%"i.inner.next.1", %"i.inner.body.1"]
  %".950" = icmp slt i64 %"i.inner.1", %".948"
  br i1 %".950", label %"i.inner.body.1", label %"i.inner.exit.1"
i.inner.body.1:
  %".952" = mul i64 %"i.outer", 480
  %".953" = mul i64 %"i.inner.1", 40
  %".954" = add i64 %".952", %".953"
  %".955" = add i64 %".954", 32
  %".956" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".955", i32 0
  %".957" = shufflevector <8 x i64> %".956", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".958" = mul <8 x i64> <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %".959" = add <8 x i64> %".957", %".958"
  %".960" = mul i64 %"i.inner.1", 8
  %".961" = getelementptr inbounds float, ptr %"C.local.1", i64 %".960"
  %".962" = load <8 x float>, ptr %".961", align 4
  %".963" = mul i64 %"i.outer", 480
  %".964" = mul i64 %"i.inner.1", 40
  %".965" = add i64 %".963", %".964"
  %".966" = add i64 %".965", 32
  %".967" = getelementptr inbounds float, ptr %"C", i64 %".966"
  store <8 x float> %".962", ptr %".967", align 4
  %"i.inner.next.1" = add nsw i64 %"i.inner.1", 1
  br label %"i.inner.header.1"
i.inner.exit.1:
  %"it.next" = add nsw i64 %"it", 1
  br label %"it.header"
}

define internal void @"tcomp_main.par0"(ptr %".1", i64 %".2", i64 %".3") nounwind
{
entry:
  %".5" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %".1", i32 0, i32 0
  %".6" = load ptr, ptr %".5"
  %".7" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %".1", i32 0, i32 1
  %".8" = load ptr, ptr %".7"
  %".9" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %".1", i32 0, i32 2
  %".10" = load ptr, ptr %".9"
  %".11" = getelementptr inbounds {ptr, ptr, ptr, i64}, ptr %".1", i32 0, i32 3
  %".12" = load i64, ptr %".11"
  call void @"tcomp_main.par0.body"(ptr %".6", ptr %".8", ptr %".10", i64 %".12", i64 %".2", i64 %".3")
  ret void
}

@"tcomp_num_threads" = weak global i32 1
declare void @"tcomp_rt_parallel_for"(ptr %".1", ptr %".2", i64 %".3", i32 %".4")
