# case: {"params": {"x": 1.0, "y": 4.0}}
# case: {"params": {"x": 1.0, "y": 0.0}}
def filter(x: float, y: float) -> float:
    return x / y
