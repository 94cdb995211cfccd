# error 4:12: list.sort() is outside the subset; write xs = sorted(xs)
def filter(n: int) -> bool:
    xs = [3, 1]
    xs.sort()
    return True
