# case: {"doc": {"title": "Téléphone"}, "params": {"query": "telephone"}}
# case: {"doc": {"title": "TÉLÉPHONE"}, "params": {"query": "téléphone"}}
# case: {"doc": {"title": "Ελληνικό"}, "params": {"query": "ελληνικα", "threshold": 1}}
# case: {"doc": {"title": "Москва"}, "params": {"query": "москва"}}
# case: {"doc": {"title": "東京タワー"}, "params": {"query": "東京"}}
# case: {"doc": {"title": "Größe"}, "params": {"query": "grosse", "threshold": 1}}
def filter(query: str, threshold: int = 2) -> bool:
    a = get_field_string("title").lower()
    b = query.lower()
    d = lev(a, b)
    log(a + " " + b + " " + str(d))
    return d <= threshold


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
