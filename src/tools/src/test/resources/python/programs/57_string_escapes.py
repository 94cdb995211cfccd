# case: {"params": {"s": "A\tB"}}
# case: {"params": {"s": "AB"}}
def filter(s: str) -> int:
    n = 0
    if "\x41" == "A" and "\101" == "A" and "\u0041" == "A" and "\U00000041" == "A":
        n += 1
    if "\N{LATIN CAPITAL LETTER A}" == "A":
        n += 10
    if len(r"\d+\n") == 5 and r"a\'b" == "a\\'b":
        n += 100
    if len("\a\b\f\v\0\7") == 6:
        n += 1000
    if s == "A\x09B":
        n += 10000
    return n + len('it\'s') * 100000
