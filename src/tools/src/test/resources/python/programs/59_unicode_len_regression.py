# case: {"params": {"s": "Café"}}
# case: {"params": {"s": "naïve façade"}}
# case: {"params": {"s": "東京タワー"}}
# case: {"params": {"s": "👍🏽 ok"}}
# case: {"params": {"s": "e\u0301te\u0301"}}
# case: {"params": {"s": ""}}
# Regressions: len("Café") was 5 and len("\u00e9") 2 when str was UTF-8 bytes.
def filter(s: str) -> int:
    n = 0
    if len("Café") == 4:
        n += 1
    if len("\u00e9") == 1:
        n += 10
    if len("Ελληνικά") == 8 and len("Кириллица") == 9:
        n += 100
    if len("😀") == 1 and len("a\u0300") == 2:
        n += 1000
    log(str(len(s)) + " " + str(len(s + "é")))
    return n * 1000 + len(s)
