# case: {"params": {"n": 27}}
# case: {"params": {"n": 1}}
# case: {"params": {"n": 97}}
def filter(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
