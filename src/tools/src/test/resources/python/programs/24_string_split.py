# case: {"params": {"s": "  a,b  cc,d   eee "}}
# case: {"params": {"s": "one"}}
def filter(s: str) -> int:
    words = s.split()
    parts = s.split(",")
    return len(words) * 100 + len(parts) * 10 + len(words[0])
