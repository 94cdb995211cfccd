# counting with a dict, then the most frequent tag without sorted(key=...)
# case: {"doc": {"tags": "a,b,a,c,b,a"}}
# case: {"doc": {"tags": "solo"}}
# case: {"doc": {"tags": "x,y"}}
def score() -> float:
    counts: dict[str, int] = {}
    for tag in get_field_string("tags").split(","):
        counts[tag] = counts.get(tag, 0) + 1
    best = ""
    best_n = 0
    for tag, n in counts.items():
        if n > best_n:
            best, best_n = tag, n
    distinct = sorted(counts.keys())
    log(f"{distinct} best={best}:{best_n} total={sum(counts.values())}")
    return best_n / len(counts)
