; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"relu") nounwind
{
entry:
  %"pool" = alloca [4 x float], align 64
  %".4" = add i64 0, 2
  br label %"b.header"
b.header:
  %"b" = phi  i64 [0, %"entry"], [%"b.next", %"q.exit"]
  %".6" = icmp slt i64 %"b", %".4"
  br i1 %".6", label %"b.body", label %"b.exit"
b.body:
  %".8" = add i64 0, 4
  br label %"q.header"
b.exit:
  ret void
q.header:
  %"q" = phi  i64 [0, %"b.body"], [%"q.next", %"i.outer.exit"]
  %".10" = icmp slt i64 %"q", %".8"
  br i1 %".10", label %"q.body", label %"q.exit"
q.body:
  %".12" = add i64 0, 4
  br label %"i.outer.header"
q.exit:
  %"b.next" = add nsw i64 %"b", 1
  br label %"b.header", !llvm.loop !1
i.outer.header:
  %"i.outer" = phi  i64 [0, %"q.body"], [%"i.outer.next", %"ry.exit"]
  %".14" = icmp slt i64 %"i.outer", %".12"
  br i1 %".14", label %"i.outer.body", label %"i.outer.exit"
i.outer.body:
  %".16" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".17" = add <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".16"
  %".18" = getelementptr inbounds float, ptr %"pool", i64 0
  store <4 x float> <float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000, float 0xfff0000000000000>, ptr %".18", align 4
  %".20" = add i64 0, 2
  br label %"ry.header"
i.outer.exit:
  %"q.next" = add nsw i64 %"q", 1
  br label %"q.header", !llvm.loop !2
ry.header:
  %"ry" = phi  i64 [0, %"i.outer.body"], [%"ry.next", %"rx.exit"]
  %".22" = icmp slt i64 %"ry", %".20"
  br i1 %".22", label %"ry.body", label %"ry.exit"
ry.body:
  %".24" = add i64 0, 2
  br label %"rx.header"
ry.exit:
  %".55" = mul i64 %"b", 64
  %".56" = mul i64 %"q", 16
  %".57" = add i64 %".55", %".56"
  %".58" = mul i64 %"i.outer", 4
  %".59" = add i64 %".57", %".58"
  %".60" = insertelement <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".59", i32 0
  %".61" = shufflevector <4 x i64> %".60", <4 x i64> <i64 undef, i64 undef, i64 undef, i64 undef>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>
  %".62" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".63" = add <4 x i64> %".61", %".62"
  %".64" = getelementptr inbounds float, ptr %"pool", i64 0
  %".65" = load <4 x float>, ptr %".64", align 4
  %".66" = fcmp ogt <4 x float> %".65", <float              0x0, float              0x0, float              0x0, float              0x0>
  %".67" = select  <4 x i1> %".66", <4 x float> %".65", <4 x float> <float              0x0, float              0x0, float              0x0, float              0x0>
  %".68" = freeze <4 x float> %".67"
  %".69" = fcmp uno <4 x float> %".65", %".65"
  %".70" = select  <4 x i1> %".69", <4 x float> %".65", <4 x float> %".68"
  %".71" = mul i64 %"b", 64
  %".72" = mul i64 %"q", 16
  %".73" = add i64 %".71", %".72"
  %".74" = mul i64 %"i.outer", 4
  %".75" = add i64 %".73", %".74"
  %".76" = getelementptr inbounds float, ptr %"relu", i64 %".75"
  store <4 x float> %".70", ptr %".76", align 4
  %"i.outer.next" = add nsw i64 %"i.outer", 1
  br label %"i.outer.header", !llvm.loop !3
rx.header:
  %"rx" = phi  i64 [0, %"ry.body"], [%"rx.next", %"rx.body"]
  %".26" = icmp slt i64 %"rx", %".24"
  br i1 %".26", label %"rx.body", label %"rx.exit"
rx.body:
  %".28" = mul <4 x i64> <i64 1, i64 1, i64 1, i64 1>, <i64 0, i64 1, i64 2, i64 3>
  %".29" = add <4 x i64> <i64 0, i64 0, i64 0, i64 0>, %".28"
  %".30" = getelementptr inbounds float, ptr %"pool", i64 0
  %".31" = load <4 x float>, ptr %".30", align 4
  %".32" = mul i64 %"ry", 8
  %".33" = add i64 %".32", %"rx"
  %".34" = mul i64 %"b", 256
  %".35" = add i64 %".33", %".34"
  %".36" = mul i64 %"q", 64
  %".37" = add i64 %".35", %".36"
  %".38" = mul i64 %"i.outer", 16
  %".39" = add i64 %".37", %".38"
  %".40" = getelementptr inbounds float, ptr %"X", i64 %".39"
  %".41" = load <4 x float>, ptr %".40", align 4
  %".42" = add i64 %".39", 3
  %".43" = getelementptr inbounds float, ptr %"X", i64 %".42"
  %".44" = load <4 x float>, ptr %".43", align 4
  %".45" = shufflevector <4 x float> %".41", <4 x float> %".44", <4 x i32> <i32 0, i32 2, i32 5, i32 7>
  %".46" = fcmp ogt <4 x float> %".31", %".45"
  %".47" = select  <4 x i1> %".46", <4 x float> %".31", <4 x float> %".45"
  %".48" = freeze <4 x float> %".47"
  %".49" = fcmp uno <4 x float> %".31", %".31"
  %".50" = select  <4 x i1> %".49", <4 x float> %".31", <4 x float> %".48"
  %".51" = getelementptr inbounds float, ptr %"pool", i64 0
  store <4 x float> %".50", ptr %".51", align 4
  %"rx.next" = add nsw i64 %"rx", 1
  br label %"rx.header", !llvm.loop !5
rx.exit:
  %"ry.next" = add nsw i64 %"ry", 1
  br label %"ry.header", !llvm.loop !4
}

!0 = !{ !"llvm.loop.unroll.disable" }
!1 = distinct !{ !1, !0 }
!2 = distinct !{ !2, !0 }
!3 = distinct !{ !3, !0 }
!4 = distinct !{ !4, !0 }
!5 = distinct !{ !5, !0 }
