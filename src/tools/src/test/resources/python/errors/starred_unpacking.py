# error 4:8: starred expressions (*rest) are outside the subset; index the list instead
def filter(n: int) -> bool:
    x = [1, 2]
    a, *rest = x
    return True
