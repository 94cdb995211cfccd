# case: {"params": {"s": "banana", "t": "bandana"}}
# case: {"params": {"s": "", "t": "abc"}}
# case: {"params": {"s": "abcdef", "t": "abc"}}
def filter(s: str, t: str) -> int:
    total = 0
    for i, c in enumerate(s):
        if c == "a":
            total += i
    for i, c in enumerate(t, 10):
        if c == "n":
            total += i * 100
    same = 0
    for x, y in zip(s, t):
        if x == y:
            same += 1
            continue
        same -= 1
    weights = [1.5, 2.0, 0.5]
    values = [2, 4, 8, 16]
    acc = 0.0
    for w, v in zip(weights, values):
        acc += w * v
    return total * 1000 + same * 10 + int(acc)
