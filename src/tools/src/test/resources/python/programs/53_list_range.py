# case: {"params": {"n": 5}}
# case: {"params": {"n": 0}}
def filter(n: int) -> int:
    squares = list(range(n))
    for i in range(len(squares)):
        squares[i] = squares[i] * squares[i]
    tail = list(range(2, n + 3))
    copy = list(range(n, 0, -1))
    copy.append(99)
    total = 0
    for v in squares:
        total += v
    for v in tail:
        total += v * 100
    for v in copy:
        total += v * 10000000
    return total + len(copy) * 100000 + len(squares) * 1000000
