# an int and a float compare by their mathematical values
# case: {"params": {"a": 9007199254740993, "x": 9007199254740992.0}}
# case: {"params": {"a": 9007199254740992, "x": 9007199254740992.0}}
# case: {"params": {"a": 9223372036854775807, "x": 9.223372036854775807e18}}
# case: {"params": {"a": -9223372036854775808, "x": -9.223372036854775808e18}}
# case: {"params": {"a": -9223372036854775807, "x": -9.223372036854775808e18}}
# case: {"params": {"a": 3, "x": 3.0}}
# case: {"params": {"a": 3, "x": 3.5}}
# case: {"params": {"a": -4, "x": -3.5}}
# case: {"params": {"a": 3, "x": 1e300}}
# case: {"params": {"a": 3, "x": 0.0, "nan": true}}
# case: {"params": {"a": 3, "x": 0.0, "inf": true}}
def filter(a: int, x: float, nan: bool = False, inf: bool = False) -> int:
    if nan:
        x = float("nan")
    if inf:
        x = -float("inf")
    n = 0
    if a == x:
        n += 1
    if a < x:
        n += 2
    if a <= x:
        n += 4
    if a > x:
        n += 8
    if a >= x:
        n += 16
    if a != x:
        n += 32
    if x < a:
        n += 64
    if x >= a:
        n += 128
    if x == a:
        n += 256
    if 0 < a < x:
        n += 512
    return n
