# case: {"params": {"x": 5}}
# case: {"params": {"x": -2}}
def filter(x: int) -> int:
    return scale(x) + scale(x, 3) + scale(factor=4, value=x)

def scale(value: int, factor: int = 2) -> int:
    return value * factor
