# case: {"params": {"a": true, "b": false, "c": false}}
# case: {"params": {"a": false, "b": true, "c": true}}
# case: {"params": {"a": false, "b": false, "c": false}}
# case: {"params": {"a": true, "b": true, "c": true}}
def filter(a: bool, b: bool, c: bool) -> bool:
    return (a and not b) or (c and a) or not (a or b or c)
