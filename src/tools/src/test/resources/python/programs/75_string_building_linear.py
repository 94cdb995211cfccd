# case: {"params": {"n": 20000, "ch": "x"}}
# case: {"params": {"n": 20000, "ch": "é"}}
# case: {"params": {"n": 30000, "ch": "😀"}}
# case: {"params": {"n": 5, "ch": "ab"}}
# Regression: s += ch copied s every time, so memory grew with the square of the length and a
# 5.8k-character string failed (reported as a trap, not memory).
def filter(n: int, ch: str) -> int:
    s = ""
    i = 0
    while i < n:
        s += ch
        i += 1
    t = ""
    for c in s:
        if c != "x":
            t = t + c
    return len(s) * 10 + len(t) + (1 if s[n // 2] == ch[0] else 0)
