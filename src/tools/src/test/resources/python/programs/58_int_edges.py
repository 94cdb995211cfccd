# case: {"params": {"s": "1_000"}}
# case: {"params": {"s": "-9223372036854775808"}}
# case: {"params": {"s": " +42 "}}
# case: {"params": {"s": "1__0"}}
# case: {"params": {"s": "_1"}}
# case: {"params": {"s": "1_"}}
def filter(s: str) -> int:
    low = -9223372036854775808
    n = int(s)
    if n == low:
        return 7
    return n
