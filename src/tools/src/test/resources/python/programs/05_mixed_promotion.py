# case: {"params": {"a": 3, "x": 0.5}}
# case: {"params": {"a": -11, "x": 2.75}}
def filter(a: int, x: float) -> float:
    return a + x * a - (a - x)
