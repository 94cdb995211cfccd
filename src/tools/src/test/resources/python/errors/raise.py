# error 3:5: 'raise' is outside the subset; return a value that says so, or log(msg) first
def filter(n: int) -> bool:
    raise ValueError("x")
