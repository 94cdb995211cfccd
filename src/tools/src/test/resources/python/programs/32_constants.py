# case: {"params": {"n": 100}}
# case: {"params": {"n": 4}}
LIMIT = 10
LABEL = "x"
RATE: float = 0.25

def build(n: int) -> str:
    if n * RATE > LIMIT:
        return LABEL + "!"
    return LABEL


def filter(n: int) -> bool:
    log(build(n=n))
    return True
