# case: {"params": {"k": 2}}
# case: {"params": {"k": 0}}
def filter(k: int) -> float:
    xs = [0.5, 1.25, -2.0]
    names = ["a", "bb", "ccc"]
    total = 0.0
    for x in xs:
        total += x
    return total * len(names[k])
