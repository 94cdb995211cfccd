# Innermost range loops get a version without index checks when a test before the loop proves
# every subscript in bounds; otherwise the checked version runs and raises where Python does.
# case: {"params": {"n": 6, "k": 2, "lo": 1}}
# case: {"params": {"n": 6, "k": 9, "lo": 1}}
# case: {"params": {"n": 6, "k": 9, "lo": 6}}
# case: {"params": {"n": 6, "k": -1, "lo": 0}}
# case: {"params": {"n": 0, "k": 0, "lo": 0}}
# case: {"params": {"n": 6, "k": 2, "lo": -7}}
def filter(n: int, k: int, lo: int) -> int:
    xs = [0] * n
    for j in range(n):
        xs[j] = j * j
    s = "abcdef"
    total = 0
    for j in range(lo, n):
        if j == 4:
            continue
        total += xs[j - 1] + xs[k] * 2
        if s[j - 1] == s[k % 6]:
            total += 100
        if total > 10000:
            break
    for j in range(n - 1):
        xs[j + 1] = xs[j + 1] - xs[j]
    return total + xs[n - 1] if n > 0 else total
