# error 3:14: f-string: expecting '}'
def filter(n: int) -> bool:
    return f"{n"
