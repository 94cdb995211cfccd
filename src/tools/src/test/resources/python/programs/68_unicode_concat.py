# case: {"params": {"a": "abc", "b": "déf"}}
# case: {"params": {"a": "日本", "b": "ascii"}}
# case: {"params": {"a": "", "b": "😀"}}
# case: {"params": {"a": "x", "b": ""}}
def filter(a: str, b: str) -> bool:
    c = a + b
    d = b + a + "ü" + a
    log(c + "|" + d + "|" + str(len(c)) + "|" + str(len(d)))
    e = c + ""
    return e == c and (a + "é") == a + "é" and len(c) == len(a) + len(b)
