# case: {"params": {}}
# case: {"params": {"half": 2.0, "week": 1, "limit": 1, "third": 0.0, "five": 1.0}}
LIMIT = 40 + 2


def filter(
    half: float = .5,
    five: float = 5.,
    week: int = 7 * 86400,
    limit: int = LIMIT,
    third: float = 1 / 3,
    big: int = 1_000,
) -> float:
    return half + five * 10 + week + limit * 1000 + third + big
