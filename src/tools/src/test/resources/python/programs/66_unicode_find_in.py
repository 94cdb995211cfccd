# case: {"params": {"s": "le café crème", "p": "é"}}
# case: {"params": {"s": "le café crème", "p": "cr"}}
# case: {"params": {"s": "plain ascii", "p": "é"}}
# case: {"params": {"s": "Αθήνα και Θεσσαλονίκη", "p": "και"}}
# case: {"params": {"s": "東京都", "p": "京都"}}
# case: {"params": {"s": "abc", "p": ""}}
def filter(s: str, p: str) -> int:
    log(str(s.find(p)) + " " + str(p in s) + " " + str(s.startswith(p)) + " " + str(s.endswith(p)))
    log(str("é" in s) + " " + str(s.find("è")) + " " + str("x" in s))
    return s.find(p)
