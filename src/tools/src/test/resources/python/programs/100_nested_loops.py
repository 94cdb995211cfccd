# nested loops with break and continue filling a dict of pair counts
# case: {"params": {"s": "abracadabra"}}
# case: {"params": {"s": "aaaa"}}
# case: {"params": {"s": "x"}}
def filter(s: str) -> int:
    pairs: dict[str, int] = {}
    for i in range(len(s)):
        if s[i] == "c":
            continue
        for j in range(i + 1, len(s)):
            if j - i > 2:
                break
            key = s[i] + s[j]
            pairs[key] = pairs.get(key, 0) + 1
    log(f"{len(pairs)} {sorted(pairs.keys())} {sorted(pairs.values(), reverse=True)}")
    return len(pairs)
