# case: {"params": {"n": 233}}
# case: {"params": {"n": 127}}
# case: {"params": {"n": 128512}}
# case: {"params": {"n": 1114111}}
# case: {"params": {"n": 0}}
# case: {"params": {"n": 1114112}}
# case: {"params": {"n": -1}}
# case: {"params": {"n": 955, "s": "ab"}}
def filter(n: int, s: str = "x") -> int:
    c = chr(n)
    if n == 955:
        return ord(s)
    log(str(len(c)) + " " + str(ord(c)) + " " + str(c == chr(n)))
    return ord(c) + ord("é") + ord("😀") + ord(chr(65))
