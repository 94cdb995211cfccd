# error 4:11: bitwise operators are outside the subset; use and, or, not and arithmetic
def filter(n: int) -> bool:
    x = {"a": 1}
    y = x | {"b": 2}
    return True
