# case: {"params": {"a": "é", "n": 6}}
# case: {"params": {"a": "x", "n": 4}}
# case: {"params": {"a": "", "n": 3}}
# s += t grows a string in place only while nothing else refers to it.
def grow(s: str, t: str) -> str:
    s += t
    return s


def filter(a: str, n: int) -> int:
    s = a
    snapshots: list[str] = []
    i = 0
    while i < n:
        s += str(i)
        t = s
        snapshots.append(s)
        s += "|"
        s = s + a
        u = grow(s, "!")
        if len(t) >= len(s) or len(u) != len(s) + 1:
            return -1
        i += 1
    s += s
    for x in snapshots:
        log(x)
    log(s)
    log(",".join(snapshots))
    return len(s)
