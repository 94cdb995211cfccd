# repr() and str() of lists of text with accents, Greek, CJK, emoji, quotes and characters CPython
# does not print (controls, no-break and ideographic spaces, soft hyphen, zero-width, BOM, private)
# case: {"params": {"s": "Café Ωμέγα 東京 😀 it's"}}
# case: {"params": {"s": "tab\tnl\ncr\r nbsp\u00a0 shy\u00ad zw\u200b bom\ufeff ideo\u3000 priv\ue000 bell\u0007 del\u007f c1\u0085"}}
# case: {"params": {"s": "both ' and \" quotes \\ backslash"}}
# case: {"params": {"s": "only \"double\""}}
# case: {"params": {"s": ""}}
# case: {"params": {"s": "unassigned \u0378\u05ff\u31e4\ufdd0 astral \ud84c\udf4b \ud83d\ude00 \udb40\udc01 \udb80\udc00"}}
def filter(s: str) -> bool:
    log(repr(s))
    log(str(s.split()))
    log(f"{s!r:>30}|{s:^40}|{len(s)}")
    return True
