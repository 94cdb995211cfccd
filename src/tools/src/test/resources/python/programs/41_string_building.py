# case: {"params": {"n": 5}}
# case: {"params": {"n": 0}}
# case: {"params": {"n": 12}}
def build(n: int) -> str:
    out = ""
    i = 0
    while i < n:
        out = out + str(i)
        if i < n - 1:
            out += ","
        i += 1
    return out


def filter(n: int) -> bool:
    log(build(n=n))
    return True
