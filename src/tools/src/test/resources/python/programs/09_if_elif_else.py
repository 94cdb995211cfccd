# case: {"params": {"n": -5}}
# case: {"params": {"n": 0}}
# case: {"params": {"n": 7}}
# case: {"params": {"n": 70}}
def filter(n: int) -> int:
    if n < 0:
        return -1
    elif n == 0:
        return 0
    elif n < 10:
        return 1
    else:
        return 2
