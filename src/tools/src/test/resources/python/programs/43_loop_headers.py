# Loops that index lists and strings: headers read once before a loop must stay right when the
# loop appends through another name, reassigns, counts from the end, or runs off the end.
# case: {"params": {"n": 5, "k": 0}}
# case: {"params": {"n": 8, "k": 3}}
# case: {"params": {"n": 3, "k": 7}}
# case: {"params": {"n": 0, "k": 1}}
def grow(xs: list[int], v: int) -> int:
    xs.append(v)
    return len(xs)


def filter(n: int, k: int) -> int:
    a = [1] * n
    b = a
    total = 0
    for i in range(n):
        total += a[i] + len(a)
        if i % 2 == 0:
            b.append(i)
    j = 0
    while j < len(a):
        total += a[j] * (j + 1)
        j += 1
    for i in range(3):
        total += grow(a, i) + a[-1]
    s = "abcdefgh"
    for i in range(-1, -len(s) - 1, -1):
        if s[i] == s[len(s) - 1 - (-i - 1)]:
            total += 1
    if k == 7:
        for i in range(len(a) + 1):
            total += a[i]
    rows = [0] * 3
    for r in range(3):
        row = [r] * 4
        for c in range(4):
            row[c] = row[c] + c
            total += row[c]
        rows = row
    total += rows[k]
    return total
