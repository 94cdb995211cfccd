# dict literals, lookups, in, get with a default, assignment, len, iteration, module-level tables
# case: {"params": {"category": "books", "n": 3}}
# case: {"params": {"category": "toys", "n": 0}}
# case: {"params": {"category": "unknown", "n": 1}}
BOOST = {"books": 1.5, "music": 1.2, "toys": 0.8}
NAMES = {1: "one", 2: "two", 3: "three"}
LIMITS = {"books": 10, "toys": 3, "books": 12}


def filter(category: str, n: int) -> float:
    counts: dict[str, int] = {}
    for w in ["a", "b", "a", "c", "a", "b"]:
        counts[w] = counts.get(w, 0) + 1
    log(str(len(counts)) + " " + str(counts["a"]) + " " + str(counts.get("z", -1)))
    keys = ""
    for k in counts:
        keys += k
    for k, v in counts.items():
        keys += str(v)
    log(keys + " " + str(sorted(counts.keys())) + " " + str(sorted(counts.values())) + " " + str(len(counts.values())))
    log(str([v * 2 for v in counts.values()]) + " " + str("b" in counts.keys()))
    log(NAMES.get(n, "none") + " " + str(n in NAMES) + " " + str(7 not in NAMES))
    log(str(LIMITS.get(category, 0)) + " " + str(len(LIMITS)) + " " + str(sorted(LIMITS.keys())))
    total = 0.0
    for i in range(3):
        total += BOOST.get(category, 1.0) * i
    if category in BOOST:
        return BOOST[category] + total
    return total
