# case: {"params": {"s": "Über Größe"}}
# case: {"params": {"s": "Привет, мир"}}
# case: {"params": {"s": "🎉a\u0301"}}
# case: {"params": {"s": ""}}
def filter(s: str) -> int:
    total = 0
    out = ""
    for c in s:
        total += ord(c)
        out = c + out
        if c in "aeiouäöüéи":
            total += 1000000
    log(out)
    return total
