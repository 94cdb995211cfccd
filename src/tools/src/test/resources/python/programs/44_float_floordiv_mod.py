# Float // and % with Python's floor semantics (the sign of the divisor), exactly as CPython.
# case: {"params": {"x": 7.5, "y": 2.0}}
# case: {"params": {"x": -7.5, "y": 2.0}}
# case: {"params": {"x": 7.5, "y": -2.0}}
# case: {"params": {"x": -7.5, "y": -2.0}}
# case: {"params": {"x": 1e300, "y": 3.3e-5}}
# case: {"params": {"x": 0.1, "y": 0.01}}
# case: {"params": {"x": -0.0, "y": 5.0}}
# case: {"params": {"x": 6.0, "y": -3.0}}
# case: {"params": {"x": 5e-324, "y": 3e-320}}
# case: {"params": {"x": 1.0, "y": 0.0}}
def filter(x: float, y: float) -> float:
    q = x // y
    r = x % y
    n = 7 // y + 7 % y
    log(str(q) + " " + str(r) + " " + str(n) + " " + str(x % 3) + " " + str(-x // 4))
    return q * y + r
