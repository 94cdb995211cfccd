# error 3:5: 'assert' is outside the subset; use if ...: return False
def filter(n: int) -> bool:
    assert n > 0
    return True
