# case: {"doc": {"title": "iPhone"}, "params": {"query": "iphone"}}
# case: {"doc": {"title": "iphnoe"}, "params": {"query": "iPhone"}}
# case: {"doc": {"title": "ipad"}, "params": {"query": "iphone", "threshold": 4}}
# case: {"doc": {"title": "android"}, "params": {"query": "iphone"}}
def filter(query: str, threshold: int = 2) -> bool:
    return lev(get_field_string("title").lower(), query.lower()) <= threshold

def lev(a: str, b: str) -> int:
    prev = [0] * (len(b) + 1)
    for j in range(len(b) + 1):
        prev[j] = j
    for i in range(len(a)):
        cur = [i + 1] * (len(b) + 1)
        for j in range(len(b)):
            cur[j + 1] = min(prev[j + 1] + 1, cur[j] + 1, prev[j] + (0 if a[i] == b[j] else 1))
        prev = cur
    return prev[len(b)]
