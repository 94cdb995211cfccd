# constant-expression defaults and module constants, read by f-strings with widths
# case: {"params": {"n": 3}}
# case: {"params": {"n": 3, "window": 60, "ratio": 0.75}}
LIMIT = 10
WEEK = 7 * 86400


def filter(n: int, window: int = WEEK, ratio: float = 1 / 3, cap: int = LIMIT * 2) -> bool:
    log(f"|{n:>4}|{window:<8}|{ratio:^12.5f}|{cap:04d}|")
    log(f"{window / n:.3f} {window // n} {window % n} {ratio * n:.2%}")
    return n < cap
