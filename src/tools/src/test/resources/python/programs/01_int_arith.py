# case: {"params": {"a": 7, "b": 5}}
# case: {"params": {"a": -7, "b": 5}}
# case: {"params": {"a": 0, "b": -9}}
def filter(a: int, b: int) -> int:
    return a * b + a - b * 3
