# list comprehensions, with conditions, over ranges, strings, lists, enumerate and zip
# case: {"params": {"n": 6, "s": "a1b22c333"}}
# case: {"params": {"n": 0, "s": ""}}
# case: {"params": {"n": 3, "s": "xyz"}}
def filter(n: int, s: str) -> int:
    squares = [i * i for i in range(n)]
    evens = [x for x in squares if x % 2 == 0]
    digits = [int(c) for c in s if c >= "0" and c <= "9"]
    letters = [c + c for c in s if not (c >= "0" and c <= "9")]
    halves = [x / 2 for x in squares if x > 1 if x < 20]
    pairs = [i * 10 + len(c) for i, c in enumerate(letters)]
    zipped = [a - b for a, b in zip(squares, digits)]
    i = 99
    shadow = [i for i in range(2)]
    log(str(squares) + " " + str(evens) + " " + str(digits))
    log(str(letters) + " " + str(halves) + " " + str(pairs) + " " + str(zipped))
    log(str(i) + " " + str(shadow) + " " + str(len([0 for _ in s])))
    nested = [len([y for y in range(x)]) for x in range(n)]
    # regression: the length of a loop's own variable was read once, before the loop
    lengths = 0
    for w in letters:
        lengths += len(w)
    log(str(lengths))
    return len(evens) + sum(digits) + len(nested)
