# sorted (stable, reverse), isinstance from the static types, round half to even
# case: {"params": {"x": 2.5, "s": "banana"}}
# case: {"params": {"x": -0.5, "s": ""}}
# case: {"params": {"x": 3.5000001, "s": "Zebra apple"}}
# case: {"params": {"x": 1e18, "s": "b a c"}}
def filter(x: float, s: str) -> int:
    words = s.split()
    log(str(sorted(words)) + " " + str(sorted(words, reverse=True)) + " " + str(sorted(s)))
    nums = [3, -1, 2, 2, 10, -7]
    log(str(sorted(nums)) + " " + str(sorted(nums, reverse=True)) + " " + str(nums))
    fl = [2.5, -0.0, 0.0, 1e-9, -3.25]
    log(str(sorted(fl)) + " " + str(sorted(fl, reverse=True)))
    log(str(sorted([len(w) for w in words])))
    n = 0
    if isinstance(x, float):
        n += 1
    if isinstance(x, int):
        n += 2
    if isinstance(True, int) and isinstance(len(s), (int, str)):
        n += 4
    if isinstance(s, str) and not isinstance(s, (int, float, bool)):
        n += 8
    if isinstance(words, list):
        n += 16
    log(str(round(x)) + " " + str(round(2.5)) + " " + str(round(-2.5)) + " " + str(round(0.5)) + " " + str(round(7)))
    return n + round(x)
