# case: {"params": {"s": "abc", "i": 2}}
# case: {"params": {"s": "abc", "i": -3}}
# case: {"params": {"s": "abc", "i": 3}}
def build(s: str, i: int) -> str:
    return s[i]


def filter(s: str, i: int) -> bool:
    log(build(s=s, i=i))
    return True
