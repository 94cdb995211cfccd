# error 5:5: a loop's 'else' is outside the subset; set a flag before 'break' instead
def filter(n: int) -> bool:
    for i in range(n):
        pass
    else:
        pass
    return True
