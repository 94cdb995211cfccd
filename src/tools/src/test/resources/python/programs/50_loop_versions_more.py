# More loops that get an unchecked version: float and str lists carried at j - 1 and j, an
# invariant list index, break, nested loops, and the same loops when a test fails.
# case: {"params": {"n": 5, "k": 1}}
# case: {"params": {"n": 5, "k": 7}}
# case: {"params": {"n": 1, "k": 0}}
# case: {"params": {"n": 8, "k": -2}}
def filter(n: int, k: int) -> float:
    fs = [0.5] * n
    words = ["a"] * n
    for j in range(n):
        fs[j] = fs[j] * j + 0.25
        words[j] = words[j] + str(j)
    total = 0.0
    text = ""
    for j in range(1, n):
        total += fs[j - 1] * fs[j] + fs[k]
        text = text + words[j - 1] + words[j]
        if total > 1000.0:
            break
    grid = 0
    for i in range(n):
        for j in range(i, n):
            grid += (i + 1) * (j - i)
    log(text + " " + str(total))
    return total + grid
