# case: {"params": {"x": 1.5, "y": 2.25}}
# case: {"params": {"x": -3.0, "y": 0.7}}
# case: {"params": {"x": 1e-300, "y": 1e300}}
def filter(x: float, y: float) -> float:
    return x * y - x / y + 0.1 + 0.2
