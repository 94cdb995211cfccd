# error 5:5: a loop's 'else' is outside the subset; set a flag before 'break' instead
def filter(n: int) -> bool:
    while n > 0:
        n -= 1
    else:
        pass
    return True
