# error 3:20: expected an expression, found end of line
def filter(n: int) -> bool:
    x = 1 if n else
    return True
