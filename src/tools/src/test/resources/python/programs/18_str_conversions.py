# case: {"params": {"n": 1234, "flag": true}}
# case: {"params": {"n": -9, "flag": false}}
# case: {"params": {"n": 0, "flag": true}}
def build(n: int, flag: bool) -> str:
    return str(n) + "|" + str(flag) + "|" + str(int("  -42 ") + n)


def filter(n: int, flag: bool) -> bool:
    log(build(n=n, flag=flag))
    return True
