# recency: an exponential decay over days since publication, with a floor
# case: {"doc": {"published": 1700000000, "now": 1700086400}, "params": {"half_life_days": 7.0}}
# case: {"doc": {"published": 1600000000, "now": 1700000000}, "params": {"half_life_days": 30.0}}
# case: {"doc": {"published": 1700000000, "now": 1700000000}}
# case: {"doc": {"now": 1700000000}}
import math

DAY = 24 * 60 * 60
FLOOR = 0.05


def score(half_life_days: float = 14.0) -> float:
    if not has_field("published"):
        return FLOOR
    age = get_field_int("now") - get_field_int("published")
    days = age / DAY
    decay = math.exp(-math.log(2.0) * days / half_life_days)
    log(f"age={age}s days={days:.3f} decay={decay:.6f} rounded={round(decay, 3)}")
    return max(decay, FLOOR)
