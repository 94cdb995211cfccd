# case: {"params": {"s": "Crème brûlée", "a": 1, "b": 8, "k": 2}}
# case: {"params": {"s": "Ελληνικά", "a": -1, "b": 0, "k": -1}}
# case: {"params": {"s": "naïve😀x", "a": 6, "b": -10, "k": -2}}
# case: {"params": {"s": "abcdef", "a": 0, "b": 100, "k": 3}}
# case: {"params": {"s": "abc", "a": 0, "b": 3, "k": 0}}
# Regression: s[::-1] of accented text reversed UTF-8 bytes into invalid text.
def filter(s: str, a: int, b: int, k: int) -> bool:
    log(s[::-1])
    log(s[a:b:k] + "|" + s[a::k] + "|" + s[:b:k] + "|" + s[::k])
    log(s[a:b] + "|" + s[-3:] + "|" + s[:-2])
    log("Crème brûlée"[::-1])
    return s[::-1][::-1] == s and "éa"[::-1] == "aé"
