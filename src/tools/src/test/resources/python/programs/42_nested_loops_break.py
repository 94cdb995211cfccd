# case: {"params": {"target": 25}}
# case: {"params": {"target": 3}}
# case: {"params": {"target": 1300}}
def filter(target: int) -> int:
    found = -1
    for a in range(1, 50):
        for b in range(a, 50):
            if a * a + b * b == target:
                found = a * 100 + b
                break
        if found >= 0:
            break
    return found
