# error 3:5: 'nonlocal' is outside the subset; functions do not nest
def filter(n: int) -> bool:
    nonlocal n
    return True
