# The unchecked version of a range loop counts in an i32 and has one version per width of the
# string it reads every turn: narrow (ASCII) and wide strings, one of each, a read behind the
# loop's variable, the variable read in the body and after the loop (after a break too, and
# after an empty range: CPython's last value, or the one before), a start past what an i32
# holds, and str parameters whose header is read once for the whole call.
# case: {"doc": {"title": "kitten"}, "params": {"query": "sitting"}}
# case: {"doc": {"title": "Käse"}, "params": {"query": "kase"}}
# case: {"doc": {"title": "abc"}, "params": {"query": "ΑΒΓ"}}
# case: {"doc": {"title": "東京タワー"}, "params": {"query": "東京"}}
# case: {"doc": {"title": ""}, "params": {"query": "x"}}
# case: {"doc": {"title": "naïve café"}, "params": {"query": "naive cafe"}}
def same_at(a: str, b: str) -> int:
    n = len(a) if len(a) < len(b) else len(b)
    count = 0
    for j in range(n):
        if a[j] == b[j]:
            count += j + 1
    return count * 1000 + j if n > 0 else -1


def behind(s: str, t: str) -> int:
    # s[j - 1] and t[j]: a read behind the variable, in both widths
    total = 0
    for j in range(1, len(s)):
        if j < len(t) and s[j - 1] == t[j]:
            total += 1
    return total


def first_space(s: str) -> int:
    k = -1
    for j in range(len(s)):
        if s[j] == " ":
            k = j
            break
    return k * 100 + j if len(s) > 0 else -100


def far(s: str) -> int:
    # a start past 2^31: no unchecked version counts in an i32 there, so the checked one runs
    total = 0
    k = 0
    if len(s) > 0:
        for j in range(1099511627776, 1099511627778):
            total += ord(s[k]) + j - 1099511627776
    return total


def kept(s: str) -> int:
    # an empty range leaves the variable as it was
    j = 7
    t = 0
    for j in range(len(s), len(s)):
        t += ord(s[j])
    return j * 1000 + t


def filter(query: str) -> int:
    a = get_field_string("title")
    parts = [
        same_at(a, query),
        same_at(query, a),
        behind(a, query),
        behind(query, a),
        first_space(a),
        far(a),
        kept(a),
    ]
    h = 0
    for p in parts:
        h = (h * 1000003 + p) % 1000000007
    return h
