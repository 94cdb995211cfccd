# error 3:18: expected 'else', found end of line
def filter(n: int) -> bool:
    return n if n
