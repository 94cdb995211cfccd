# case: {"params": {"n": 10}}
# case: {"params": {"n": 0}}
# case: {"params": {"n": 100}}
def filter(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    for j in range(10, 0, -3):
        total -= j
    for k in range(2, 8, 2):
        total += k
    return total
