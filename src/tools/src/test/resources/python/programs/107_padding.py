# str.ljust, rjust, center and zfill as CPython's: widths below, at and past the length, odd and
# even margins with odd and even widths (center's extra fill goes left only when both are odd),
# a fill character past ASCII, zfill after a sign, and a fill that is not one character.
# case: {"params": {"s": "abc", "fill": "*"}}
# case: {"params": {"s": "ab", "fill": "é"}}
# case: {"params": {"s": "-42", "fill": "."}}
# case: {"params": {"s": "+x", "fill": "-"}}
# case: {"params": {"s": "", "fill": "0"}}
# case: {"params": {"s": "Ωμέγα", "fill": "·"}}
# case: {"params": {"s": "abc", "fill": "**"}}
# case: {"params": {"s": "abc", "fill": ""}}
def filter(s: str, fill: str) -> int:
    total = 0
    for w in range(-1, 9):
        a = s.ljust(w, fill)
        b = s.rjust(w, fill)
        c = s.center(w, fill)
        d = s.zfill(w)
        e = s.center(w)
        log("[" + a + "|" + b + "|" + c + "|" + d + "|" + e + "]")
        total += len(a) + len(b) + len(c) + len(d) + len(e)
    return total
