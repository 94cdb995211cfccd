# case: {"params": {"i": 1}}
# case: {"params": {"i": -1}}
# case: {"params": {"i": 4}}
def filter(i: int) -> int:
    xs = [10, 20, 30, 40]
    xs[1] = 25
    xs[-1] += 5
    return xs[i] + len(xs)
