# case: {"params": {"a": 7, "b": 2}}
# case: {"params": {"a": -7, "b": 2}}
# case: {"params": {"a": 7, "b": -2}}
# case: {"params": {"a": -7, "b": -2}}
# case: {"params": {"a": 7, "b": 0}}
def filter(a: int, b: int) -> int:
    return (a // b) * 1000 + a % b
