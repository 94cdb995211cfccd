# case: {"params": {"lo": 1, "x": 5, "hi": 10}}
# case: {"params": {"lo": 1, "x": 10, "hi": 10}}
# case: {"params": {"lo": 6, "x": 5, "hi": 10}}
def filter(lo: int, x: int, hi: int) -> bool:
    return lo <= x < hi != 99
