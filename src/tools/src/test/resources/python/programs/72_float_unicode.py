# case: {"params": {"s": "\u0661.\u0665"}}
# case: {"params": {"s": "\u2003 2.5e\u0661 \u3000"}}
# case: {"params": {"s": "\uff13.\uff14"}}
# case: {"params": {"s": "1,5"}}
# case: {"params": {"s": "1.5é"}}
# case: {"params": {"s": "\u00a0-0.25\u00a0"}}
def filter(s: str) -> float:
    return float(s)
