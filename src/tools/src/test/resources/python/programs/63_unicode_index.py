# case: {"params": {"s": "Café", "i": 3}}
# case: {"params": {"s": "Café", "i": -1}}
# case: {"params": {"s": "日本語テキスト", "i": 2}}
# case: {"params": {"s": "a😀b", "i": 1}}
# case: {"params": {"s": "Café", "i": 4}}
# case: {"params": {"s": "Café", "i": -5}}
def filter(s: str, i: int) -> bool:
    c = s[i]
    log(c + " " + str(len(c)) + " " + str(ord(c)))
    return c == "é" or c == s[i - len(s)]
