; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"I", ptr noalias %"Y") nounwind
{
entry:
  %".5" = add i64 0, 16
  br label %"i.header"
i.header:
  %"i" = phi  i64 [0, %"entry"], [%"i.next", %"i.body.endif.endif"]
  %".7" = icmp slt i64 %"i", %".5"
  br i1 %".7", label %"i.body", label %"i.exit"
i.body:
  %".9" = getelementptr inbounds i32, ptr %"I", i64 %"i"
  %".10" = load i32, ptr %".9", align 4
  %".11" = sext i32 %".10" to i64
  %".12" = icmp ult i64 %".11", 5
  %".13" = xor i1 %".12", -1
  br i1 %".13", label %"i.body.if", label %"i.body.endif", !prof !0
i.exit:
  ret void
i.body.if:
  call void @"tcomp_main.oob_report"(i64 1, i64 %".11", i64 5)
  br label %"i.body.endif"
i.body.endif:
  br i1 %".12", label %"i.body.endif.if", label %"i.body.endif.else", !prof !1
i.body.endif.if:
  %".18" = getelementptr inbounds float, ptr %"X", i64 %".11"
  %".19" = load float, ptr %".18", align 4
  br label %"i.body.endif.endif"
i.body.endif.else:
  br label %"i.body.endif.endif"
i.body.endif.endif:
  %".22" = phi  float [%".19", %"i.body.endif.if"], [0.0, %"i.body.endif.else"]
  %".23" = fmul contract float %".22", 0x4000000000000000
  %".24" = getelementptr inbounds float, ptr %"Y", i64 %"i"
  store float %".23", ptr %".24", align 4
  %"i.next" = add nsw i64 %"i", 1
  br label %"i.header"
}

@"tcomp_main_oob" = global [3 x i64] zeroinitializer, align 8
define internal void @"tcomp_main.oob_report"(i64 %".1", i64 %".2", i64 %".3") cold noinline nounwind
{
entry:
  %".5" = getelementptr inbounds [3 x i64], ptr @"tcomp_main_oob", i32 0, i32 0
  %".6" = cmpxchg ptr %".5", i64 0, i64 %".1" seq_cst seq_cst
  %".7" = extractvalue {i64, i1} %".6", 1
  br i1 %".7", label %"entry.if", label %"entry.endif"
entry.if:
  %".9" = getelementptr inbounds [3 x i64], ptr @"tcomp_main_oob", i32 0, i32 1
  store i64 %".2", ptr %".9"
  %".11" = getelementptr inbounds [3 x i64], ptr @"tcomp_main_oob", i32 0, i32 2
  store i64 %".3", ptr %".11"
  br label %"entry.endif"
entry.endif:
  ret void
}

!0 = !{ !"branch_weights", i32 1, i32 99 }
!1 = !{ !"branch_weights", i32 99, i32 1 }
