# case: {"params": {"limit": 20}}
# case: {"params": {"limit": 1}}
def filter(limit: int) -> int:
    found = 0
    i = 0
    while True:
        i += 1
        if i % 3 == 0:
            continue
        if i > limit:
            break
        found += i
    return found
