# case: {"params": {"s": "café crème café", "old": "café", "new": "thé"}}
# case: {"params": {"s": "aaaa", "old": "aa", "new": "é"}}
# case: {"params": {"s": "abc", "old": "", "new": "-"}}
# case: {"params": {"s": "日本日本", "old": "本", "new": ""}}
# case: {"params": {"s": "", "old": "", "new": "x"}}
def filter(s: str, old: str, new: str) -> int:
    log(s.replace(old, new))
    log(s.replace(old, new, 1) + "|" + s.replace(old, new, 0) + "|" + s.replace(old, new, -1))
    words = s.split(" ")
    log("·".join(words) + "|" + "".join(words) + "|" + ", ".join(["é", "a", "😀"]))
    empty: list[str] = []
    log("[" + "é".join(empty) + "]")
    return s.count(old) * 100 + s.count("é") * 10 + "abcé".count("")
