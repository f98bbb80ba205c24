; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"rowsum") nounwind
{
entry:
  %".4" = add i64 0, 6
  br label %"i.header"
i.header:
  %"i" = phi  i64 [0, %"entry"], [%"i.next", %"k.exit"]
  %".6" = icmp slt i64 %"i", %".4"
  br i1 %".6", label %"i.body", label %"i.exit"
i.body:
  %".8" = getelementptr inbounds float, ptr %"rowsum", i64 %"i"
  store float              0x0, ptr %".8", align 4
  %".10" = add i64 0, 70
  br label %"k.header"
i.exit:
  ret void
k.header:
  %"k" = phi  i64 [0, %"i.body"], [%"k.next", %"k.body"]
  %".12" = icmp slt i64 %"k", %".10"
  br i1 %".12", label %"k.body", label %"k.exit"
k.body:
  %".14" = getelementptr inbounds float, ptr %"rowsum", i64 %"i"
  %".15" = load float, ptr %".14", align 4
  %".16" = mul i64 %"i", 70
  %".17" = add i64 %"k", %".16"
  %".18" = getelementptr inbounds float, ptr %"X", i64 %".17"
  %".19" = load float, ptr %".18", align 4
  %".20" = fadd contract float %".15", %".19"
  %".21" = getelementptr inbounds float, ptr %"rowsum", i64 %"i"
  store float %".20", ptr %".21", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
k.exit:
  %"i.next" = add nsw i64 %"i", 1
  br label %"i.header"
}
