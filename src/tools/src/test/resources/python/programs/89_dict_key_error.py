# a missing key is a KeyError
# case: {"params": {"k": "a"}}
# case: {"params": {"k": "b"}}
def filter(k: str) -> int:
    d = {"a": 1}
    return d[k]
