# float(str): correctly rounded, with CPython's accepted forms and its ValueError.
# case: {"params": {"s": "3.14"}}
# case: {"params": {"s": "  -1_000.5e-3  "}}
# case: {"params": {"s": "2.4703282292062328e-324"}}
# case: {"params": {"s": "2.4703282292062327e-324"}}
# case: {"params": {"s": "1e400"}}
# case: {"params": {"s": "0.1000000000000000055511151231257827021181583404541015625"}}
# case: {"params": {"s": "9007199254740993"}}
# case: {"params": {"s": ".5"}}
# case: {"params": {"s": "5."}}
# case: {"params": {"s": "Infinity"}}
# case: {"params": {"s": "1e"}}
# case: {"params": {"s": "1__0"}}
# case: {"params": {"s": "abc"}}
# case: {"params": {"s": ""}}
def filter(s: str) -> float:
    v = float(s)
    if v > 1e308:
        return -1.0
    return v
