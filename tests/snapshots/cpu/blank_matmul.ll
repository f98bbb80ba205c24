; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"A", ptr noalias %"B", ptr noalias %"C") nounwind
{
entry:
  %".5" = add i64 0, 8
  br label %"i.header"
i.header:
  %"i" = phi  i64 [0, %"entry"], [%"i.next", %"j.exit"]
  %".7" = icmp slt i64 %"i", %".5"
  br i1 %".7", label %"i.body", label %"i.exit"
i.body:
  %".9" = add i64 0, 6
  br label %"j.header"
i.exit:
  ret void
j.header:
  %"j" = phi  i64 [0, %"i.body"], [%"j.next", %"k.exit"]
  %".11" = icmp slt i64 %"j", %".9"
  br i1 %".11", label %"j.body", label %"j.exit"
j.body:
  %".13" = mul i64 %"i", 6
  %".14" = add i64 %".13", %"j"
  %".15" = getelementptr inbounds float, ptr %"C", i64 %".14"
  store float              0x0, ptr %".15", align 4
  %".17" = add i64 0, 5
  br label %"k.header"
j.exit:
  %"i.next" = add nsw i64 %"i", 1
  br label %"i.header"
k.header:
  %"k" = phi  i64 [0, %"j.body"], [%"k.next", %"k.body"]
  %".19" = icmp slt i64 %"k", %".17"
  br i1 %".19", label %"k.body", label %"k.exit"
k.body:
  %".21" = mul i64 %"i", 6
  %".22" = add i64 %".21", %"j"
  %".23" = mul i64 %"i", 6
  %".24" = add i64 %".23", %"j"
  %".25" = getelementptr inbounds float, ptr %"C", i64 %".24"
  %".26" = load float, ptr %".25", align 4
  %".27" = mul i64 %"i", 5
  %".28" = add i64 %"k", %".27"
  %".29" = getelementptr inbounds float, ptr %"A", i64 %".28"
  %".30" = load float, ptr %".29", align 4
  %".31" = mul i64 %"k", 6
  %".32" = add i64 %".31", %"j"
  %".33" = getelementptr inbounds float, ptr %"B", i64 %".32"
  %".34" = load float, ptr %".33", align 4
  %".35" = fmul contract float %".30", %".34"
  %".36" = fadd contract float %".26", %".35"
  %".37" = getelementptr inbounds float, ptr %"C", i64 %".22"
  store float %".36", ptr %".37", align 4
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
k.exit:
  %"j.next" = add nsw i64 %"j", 1
  br label %"j.header"
}
