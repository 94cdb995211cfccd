# case: {"params": {"s": "\u0661\u0662\u0663"}}
# case: {"params": {"s": " \u0967\u0968\u00a0"}}
# case: {"params": {"s": "\uff11\uff12"}}
# case: {"params": {"s": "\u2003-42\u3000"}}
# case: {"params": {"s": "\u00b2"}}
# case: {"params": {"s": "12\u001c"}}
# case: {"params": {"s": "１２é"}}
def filter(s: str) -> int:
    return int(s)
