# error 3:10: ';' is outside the subset; put each statement on a line of its own
def filter(n: int) -> bool:
    x = 1; y = 2
    return True
