# case: {"params": {"s": "Café"}}
# case: {"params": {"s": "12\u00b2\u0663"}}
# case: {"params": {"s": "\u0661\u0662"}}
# case: {"params": {"s": "\u00a0\u2003\u3000\u001c"}}
# case: {"params": {"s": ""}}
# case: {"params": {"s": "東京"}}
# case: {"params": {"s": "Ωμέγα Ж"}}
# case: {"params": {"s": "a1"}}
# case: {"params": {"s": "😀"}}
def filter(s: str) -> int:
    n = 0
    if s.isalpha():
        n += 1
    if s.isdigit():
        n += 10
    if s.isspace():
        n += 100
    if s.isdecimal():
        n += 1000
    if "".isalpha() or "".isdigit() or "".isspace():
        n += 10000
    return n
