# case: {"doc": {"_id": "vip-1", "_score": 1.5}, "params": {"bonus": 0.25}}
# case: {"doc": {"_id": "x"}, "params": {"bonus": 1.0}}
def filter(bonus: float) -> float:
    s = score() + bonus
    if doc_id().startswith("vip"):
        s = s * 2.0
    return s
