# error 3:12: bitwise operators are outside the subset; use and, or, not and arithmetic
def filter(n: int) -> bool:
    return ~n > 0
