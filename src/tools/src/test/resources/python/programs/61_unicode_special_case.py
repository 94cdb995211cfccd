# case: {"params": {"s": "straße"}}
# case: {"params": {"s": "İstanbul"}}
# case: {"params": {"s": "ŉ ǰ ΐ ΰ"}}
# case: {"params": {"s": "ǅungla ǈ ǋ ǲ"}}
# case: {"params": {"s": "ıſ"}}
# case: {"params": {"s": "ß"}}
def filter(s: str) -> int:
    n = 0
    if "ß".upper() == "SS" and len("ß".upper()) == 2:
        n += 1
    if "İ".lower() == "i\u0307" and len("İ".lower()) == 2:
        n += 10
    if "ıſ".upper() == "IS":
        n += 100
    if "ǅ".lower() == "ǆ" and "ǅ".upper() == "Ǆ":
        n += 1000
    up = s.upper()
    low = s.lower()
    log(up + " " + str(len(up)))
    log(low + " " + str(len(low)))
    if up == "ISS" or up == "SS" or up == "IS":
        n += 10000
    return n
