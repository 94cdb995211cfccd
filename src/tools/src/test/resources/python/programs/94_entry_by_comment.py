# @udf: function=rank
# the entry is named in a comment; helpers are called from it
# case: {"doc": {"clicks": 120, "views": 1000}}
# case: {"doc": {"clicks": 0, "views": 0}}
# case: {"doc": {"clicks": 7, "views": 3}}
def ctr(clicks: int, views: int) -> float:
    if views == 0:
        return 0.0
    return clicks / views


def smoothed(clicks: int, views: int, prior: float = 0.05, weight: int = 20) -> float:
    return (clicks + prior * weight) / (views + weight)


def rank() -> float:
    c = get_field_int("clicks")
    v = get_field_int("views")
    raw = ctr(c, v)
    s = smoothed(c, v)
    log(f"raw={raw!r} smoothed={s:.4f}")
    return s
