# case: {"params": {"s": "21"}}
# case: {"params": {"s": "abc"}}
# case: {"params": {"s": ""}}
def filter(s: str) -> int:
    return int(s) * 2
