# case: {"doc": {"n": 42, "b": true, "o": {"a": [1, 2]}}, "params": {"f": "n"}}
# case: {"doc": {"n": 42, "b": true, "o": {"a": [1, 2]}}, "params": {"f": "b"}}
# case: {"doc": {"n": 42, "b": true, "o": {"a": [1, 2]}}, "params": {"f": "o"}}
# case: {"doc": {"n": 42}, "params": {"f": "zz"}}
def build(f: str) -> str:
    return get_field_string(f, "missing")


def filter(f: str) -> bool:
    log(build(f=f))
    return True
