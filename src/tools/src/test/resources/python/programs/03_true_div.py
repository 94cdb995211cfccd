# case: {"params": {"a": 1, "b": 3}}
# case: {"params": {"a": -22, "b": 7}}
# case: {"params": {"a": 5, "b": 0}}
def filter(a: int, b: int) -> float:
    return a / b
