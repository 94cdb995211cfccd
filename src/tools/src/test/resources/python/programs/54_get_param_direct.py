# case: {"params": {"query": "abc", "limit": 7, "ratio": 0.25, "strict": true, "base": 2}}
# case: {"params": {"base": 3}}
# case: {"params": {"query": "", "limit": -2, "ratio": 1, "base": 0}}
def filter(base: int = 1) -> float:
    q = get_param_string("query")
    n = get_param_i64("limit")
    r = get_param_f64("ratio")
    strict = get_param_bool("strict")
    m = get_param_int("limit") + get_param_int("absent")
    f = get_param_float("ratio") + get_param_float("absent")
    score = len(q) * 100.0 + n * 10.0 + r + base * 1000.0 + m + f
    if strict:
        score = -score
    return score
