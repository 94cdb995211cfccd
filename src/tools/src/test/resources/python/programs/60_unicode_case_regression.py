# case: {"params": {"s": "CAFÉ"}}
# case: {"params": {"s": "Ça Va À L'Hôtel"}}
# case: {"params": {"s": "ŁÓDŹ Ĳssel ŒUVRE Ǆ ƏZ"}}
# case: {"params": {"s": "ΑΘΗΝΑ Ωμέγα ΆΈΉ"}}
# case: {"params": {"s": "МОСКВА Ёлка ЄЇІ Ґ"}}
# case: {"params": {"s": "straße ÿ µ"}}
# case: {"params": {"s": "東京 mixed ÀSCII 😀"}}
# Regression: "CAFÉ".lower() gave "cafÉ" when only ASCII letters were mapped.
def filter(s: str) -> bool:
    log(s.lower())
    log(s.upper())
    log(s.lower().upper())
    return "CAFÉ".lower() == "café" and "café".upper() == "CAFÉ"
