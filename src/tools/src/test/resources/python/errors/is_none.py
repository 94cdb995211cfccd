# error 3:14: 'is' is outside the subset; use ==
def filter(n: int) -> bool:
    return n is None
