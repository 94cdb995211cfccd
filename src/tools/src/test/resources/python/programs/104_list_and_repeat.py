# list() of a list, a str and a dict's keys; sorted() of a dict; str * n for log lines
# case: {"params": {"s": "héllo", "n": 3}}
# case: {"params": {"s": "", "n": 0}}
# case: {"params": {"s": "ab", "n": -2}}
def filter(s: str, n: int) -> int:
    xs = [3, 1, 2]
    ys = list(xs)
    ys.append(9)
    chars = list(s)
    d = {"b": 2, "a": 1}
    keys = list(d.keys())
    log("-" * 10 + " " + s * n + "|" + n * "=" + "|" + "é" * 2)
    log(f"{xs} {ys} {chars} {keys} {sorted(d)} {list(d)} {list(d.values())}")
    return len(ys) + len(chars)
