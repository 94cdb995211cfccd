# error 3:14: the @ operator is outside the subset
def filter(n: int) -> bool:
    return n @ n
