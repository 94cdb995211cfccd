# error 3:21: expected an expression, found end of line
def filter(n: int) -> bool:
    return n > 0 and
