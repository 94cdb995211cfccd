# Innermost range loops get a version without index checks when a test before the loop proves
# every subscript in bounds; otherwise the checked version runs and raises where Python does.
# case: {"params": {"n": 6, "k": 2, "lo": 1}}
# case: {"params": {"n": 6, "k": 9, "lo": 1}}
# case: {"params": {"n": 6, "k": 9, "lo": 6}}
# case: {"params": {"n": 6, "k": -1, "lo": 0}}
# case: {"params": {"n": 0, "k": 0, "lo": 0}}
# case: {"params": {"n": 6, "k": 2, "lo": -7}}
def smooth(a: list[int], b: list[int], n: int) -> int:
    # a[j] and a[j + 1] are carried from turn to turn, unless b is the same list as a
    for j in range(n - 1):
        if j == 2:
            continue
        b[j + 1] = a[j] + a[j + 1]
    t = 0
    for j in range(n):
        t = t * 3 + b[j]
    return t


def prefix(a: list[int], b: list[int], n: int) -> int:
    # b[j] is what the turn before stored at b[j + 1], unless a is the same list as b
    for j in range(n - 1):
        b[j + 1] = b[j] * 2 + a[j + 1]
        if b[j + 1] > 1000000:
            break
    return b[n - 1] if n > 0 else 0


def twice(b: list[int], c: list[int], n: int) -> int:
    # b[j] is what the turn before stored at b[j + 1], unless c is the same list as b
    total = 0
    for j in range(n - 1):
        v = b[j] + 1
        b[j + 1] = v
        c[j + 1] = 7
        total += v
    return total


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
    ys = [1] * n
    zs = [1] * n
    same = zs
    total += smooth(ys, [0] * n, n) + smooth(zs, same, n) * 7
    total += prefix(ys, [1] * n, n) + prefix(same, zs, n) * 11
    total += twice([1] * n, [0] * n, n) + twice(zs, same, n) * 13
    return total + xs[n - 1] if n > 0 else total
