# case: {"params": {"x": 3.99, "n": 7}}
# case: {"params": {"x": -2.5, "n": 0}}
def filter(x: float, n: int) -> int:
    return int(x) + int(-x) * 2 + int(bool(n)) + int(float(n) * 1.5)
