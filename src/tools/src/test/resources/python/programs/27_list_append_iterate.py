# case: {"params": {"n": 10}}
# case: {"params": {"n": 0}}
# case: {"params": {"n": 100}}
def filter(n: int) -> int:
    squares: list[int] = []
    for i in range(n):
        squares.append(i * i)
    total = 0
    for s in squares:
        total += s
    return total + len(squares)
