# case: {"params": {"a": "lo", "b": "hello"}}
# case: {"params": {"a": "b", "b": "a"}}
# case: {"params": {"a": "same", "b": "same"}}
# case: {"params": {"a": "", "b": "x"}}
def filter(a: str, b: str) -> int:
    r = 0
    if a in b:
        r += 1
    if a not in b:
        r += 2
    if a < b:
        r += 4
    if a == b:
        r += 8
    if a >= b:
        r += 16
    return r
