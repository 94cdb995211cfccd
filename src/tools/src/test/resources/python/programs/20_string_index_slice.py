# case: {"params": {"s": "abcdefgh"}}
# case: {"params": {"s": "xy"}}
def build(s: str) -> str:
    return s[0] + s[-1] + s[1:4] + s[:2] + s[3:] + s[-3:-1] + s[10:20]


def filter(s: str) -> bool:
    log(build(s=s))
    return True
