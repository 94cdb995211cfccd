# case: {"params": {"s": "  Hello World \t"}}
# case: {"params": {"s": "xyz"}}
def build(s: str) -> str:
    t = s.strip().lower()
    return t.upper() + ":" + t + ":" + str(t.find("lo")) + ":" + str(t.startswith("he")) + str(t.endswith("ld"))


def filter(s: str) -> bool:
    log(build(s=s))
    return True
