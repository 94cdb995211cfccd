# strip(chars), lstrip() and rstrip(), with and without characters, on Unicode text
# case: {"params": {"s": "  \u00a0 Café au lait \t\n"}}
# case: {"params": {"s": "__--x--__"}}
# case: {"params": {"s": ""}}
# case: {"params": {"s": "ééaéé"}}
def filter(s: str) -> bool:
    log(repr(s.lstrip()) + " " + repr(s.rstrip()) + " " + repr(s.strip()))
    log(repr(s.strip("_-")) + " " + repr(s.lstrip("_")) + " " + repr(s.rstrip("_-x")) + " " + repr(s.strip("é")))
    log(repr(s.strip("")) + " " + repr(s.lstrip(" \u00a0")))
    return True
