; ModuleID = "main"
target triple = "x86_64-unknown-linux-gnu"
target datalayout = ""

define void @"tcomp_main"(ptr noalias %"X", ptr noalias %"W", ptr noalias %"Y") nounwind
{
entry:
  %".5" = add i64 0, 2
  br label %"c.header"
c.header:
  %"c" = phi  i64 [0, %"entry"], [%"c.next", %"t.exit"]
  %".7" = icmp slt i64 %"c", %".5"
  br i1 %".7", label %"c.body", label %"c.exit"
c.body:
  %".9" = add i64 0, 9
  br label %"t.header"
c.exit:
  ret void
t.header:
  %"t" = phi  i64 [0, %"c.body"], [%"t.next", %"k.exit"]
  %".11" = icmp slt i64 %"t", %".9"
  br i1 %".11", label %"t.body", label %"t.exit"
t.body:
  %".13" = mul i64 %"c", 9
  %".14" = add i64 %".13", %"t"
  %".15" = getelementptr inbounds float, ptr %"Y", i64 %".14"
  store float              0x0, ptr %".15", align 4
  %".17" = add i64 0, 4
  br label %"k.header"
t.exit:
  %"c.next" = add nsw i64 %"c", 1
  br label %"c.header"
k.header:
  %"k" = phi  i64 [0, %"t.body"], [%"k.next", %"k.body.endif"]
  %".19" = icmp slt i64 %"k", %".17"
  br i1 %".19", label %"k.body", label %"k.exit"
k.body:
  %".21" = add i64 %"t", 1
  %".22" = icmp slt i64 %"k", %".21"
  br i1 %".22", label %"k.body.if", label %"k.body.endif"
k.exit:
  %"t.next" = add nsw i64 %"t", 1
  br label %"t.header"
k.body.if:
  %".24" = mul i64 %"c", 9
  %".25" = add i64 %".24", %"t"
  %".26" = mul i64 %"c", 9
  %".27" = add i64 %".26", %"t"
  %".28" = getelementptr inbounds float, ptr %"Y", i64 %".27"
  %".29" = load float, ptr %".28", align 4
  %".30" = mul i64 %"c", 4
  %".31" = add i64 %"k", %".30"
  %".32" = getelementptr inbounds float, ptr %"W", i64 %".31"
  %".33" = load float, ptr %".32", align 4
  %".34" = mul i64 %"c", 9
  %".35" = add i64 %".34", %"t"
  %".36" = sub i64 %".35", %"k"
  %".37" = getelementptr inbounds float, ptr %"X", i64 %".36"
  %".38" = load float, ptr %".37", align 4
  %".39" = fmul contract float %".33", %".38"
  %".40" = fadd contract float %".29", %".39"
  %".41" = getelementptr inbounds float, ptr %"Y", i64 %".25"
  store float %".40", ptr %".41", align 4
  br label %"k.body.endif"
k.body.endif:
  %"k.next" = add nsw i64 %"k", 1
  br label %"k.header"
}
