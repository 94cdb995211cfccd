# case: {"params": {"s": "ΟΔΟΣ"}}
# case: {"params": {"s": "ΣΑΣ ΣΑΣ. Σ"}}
# case: {"params": {"s": "Σ"}}
# case: {"params": {"s": "AΣ'B AΣ'"}}
# case: {"params": {"s": "ΑΣ\u0301 ΑΣ\u0301Α"}}
# case: {"params": {"s": "1Σ ΑΣ1 ΑΣΑ"}}
def filter(s: str) -> bool:
    log(s.lower())
    return "ΟΔΟΣ".lower() == "οδος" and s.lower().upper() == s.upper()
