# case: {"params": {"v": 12}}
# case: {"params": {"v": 13}}
def filter(v: int) -> int:
    xs = [5, -3, 12, 8]
    r = max(xs) - min(xs)
    if v in xs:
        r += 100
    return r
