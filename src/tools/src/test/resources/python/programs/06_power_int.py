# case: {"params": {"a": 3, "b": 13}}
# case: {"params": {"a": -2, "b": 7}}
# case: {"params": {"a": 10, "b": 0}}
def filter(a: int, b: int) -> int:
    return a ** b
