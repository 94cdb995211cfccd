# case: {"params": {"x": 500}}
# case: {"params": {"x": 50}}
# case: {"params": {"x": 5}}
def build(x: int) -> str:
    return "big" if x > 100 else "small" if x > 10 else "tiny"


def filter(x: int) -> bool:
    log(build(x=x))
    return True
