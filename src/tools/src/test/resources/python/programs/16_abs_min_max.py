# case: {"params": {"a": 3, "b": 9, "x": -1.25}}
# case: {"params": {"a": -30, "b": 2, "x": 0.125}}
def filter(a: int, b: int, x: float) -> float:
    return abs(a - b) + max(a, b, 3) - min(a, b) + abs(x) + max(x, 0.5)
