# case: {"doc": {"base_score": 0.3, "boost": 2.0}}
# case: {"doc": {"base_score": 0.9, "sponsored": true}, "params": {"weight": 2.0}}
# case: {"doc": {}}
def filter(weight: float = 1.5) -> float:
    base = get_field_float("base_score", 0.0)
    boost = get_field_float("boost", 1.0)
    penalty = 0.0
    if get_field_bool("sponsored", False):
        penalty = 0.1
    return base * boost * weight - penalty
