# str(float) is repr: the shortest text that reads back to the same float, in CPython's layout.
# case: {"params": {"x": 0.1}}
# case: {"params": {"x": 123456789.125}}
# case: {"params": {"x": 1e16}}
# case: {"params": {"x": 1e-05}}
# case: {"params": {"x": 2.5e-310}}
# case: {"params": {"x": -1.7976931348623157e308}}
def filter(x: float) -> bool:
    values = [x, 0.1 + 0.2, 1.0 / 3.0, 100.0, -0.0, 1e22, 0.0001, 5e-324, x * 3.0, x / 7.0]
    for v in values:
        log(str(v))
    log(str(float("inf")) + " " + str(float("-inf")) + " " + str(float("nan")))
    return str(x) == str(float(str(x)))
