# case: {"params": {"s": "\u00a0 café\u3000", "sep": "é"}}
# case: {"params": {"s": "\u2003mot\u2009à\u2028mot\u0085", "sep": "mot"}}
# case: {"params": {"s": "a\u001cb\u001fc d", "sep": "\u001c"}}
# case: {"params": {"s": "日本、東京、大阪", "sep": "、"}}
# case: {"params": {"s": "   ", "sep": " "}}
# case: {"params": {"s": "x", "sep": ""}}
def filter(s: str, sep: str) -> int:
    t = s.strip()
    log("[" + t + "] " + str(len(t)))
    words = s.split()
    for w in words:
        log("<" + w + ">")
    parts = s.split(sep)
    for p in parts:
        log("{" + p + "}")
    return len(words) * 100 + len(parts)
