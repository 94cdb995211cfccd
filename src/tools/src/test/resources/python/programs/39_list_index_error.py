# case: {"params": {"i": 0}}
# case: {"params": {"i": -4}}
# case: {"params": {"i": 3}}
def filter(i: int) -> int:
    xs = [1, 2, 3]
    return xs[i]
