# a score clamped to [0, 1] and rounded for display, with exact int division
# case: {"doc": {"votes_up": 90, "votes_down": 10}}
# case: {"doc": {"votes_up": 0, "votes_down": 0}}
# case: {"doc": {"votes_up": 9007199254740993, "votes_down": 0}}
# case: {"doc": {"votes_up": 3, "votes_down": 9}}
def score() -> float:
    up = get_field_int("votes_up")
    down = get_field_int("votes_down")
    total = up + down
    share = up / total if total > 0 else 0.5
    clamped = min(max(share * 1.1 - 0.05, 0.0), 1.0)
    log(f"share={share!r} clamped={round(clamped, 2)} pct={clamped:.1%} exact={up / 1}")
    return clamped
