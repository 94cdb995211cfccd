# The math module's transcendental functions: within one unit in the last place of CPython's
# libm (both sides are within an ulp of the exact value; they may round a near-tie apart).
# ulps: 1
# case: {"params": {"fn": "sin", "x": 0.5, "y": 0.0}}
# case: {"params": {"fn": "sin", "x": 100000.25, "y": 0.0}}
# case: {"params": {"fn": "cos", "x": -2.75, "y": 0.0}}
# case: {"params": {"fn": "cos", "x": 1e-9, "y": 0.0}}
# case: {"params": {"fn": "tan", "x": 1.5, "y": 0.0}}
# case: {"params": {"fn": "tan", "x": -0.001, "y": 0.0}}
# case: {"params": {"fn": "atan2", "x": 1.0, "y": -1.0}}
# case: {"params": {"fn": "atan2", "x": -3.0, "y": 0.5}}
# case: {"params": {"fn": "atan2", "x": 0.0, "y": -0.0}}
# case: {"params": {"fn": "exp", "x": 1.0, "y": 0.0}}
# case: {"params": {"fn": "exp", "x": -700.5, "y": 0.0}}
# case: {"params": {"fn": "exp", "x": 1000.0, "y": 0.0}}
# case: {"params": {"fn": "log", "x": 10.0, "y": 0.0}}
# case: {"params": {"fn": "log", "x": 1e-310, "y": 0.0}}
# case: {"params": {"fn": "log", "x": 0.0, "y": 0.0}}
# case: {"params": {"fn": "log", "x": -1.0, "y": 0.0}}
# case: {"params": {"fn": "logb", "x": 1024.0, "y": 2.0}}
# case: {"params": {"fn": "logb", "x": 5.0, "y": 1.0}}
# case: {"params": {"fn": "pow", "x": 2.0, "y": 0.5}}
# case: {"params": {"fn": "pow", "x": -8.0, "y": 0.3333333333333333}}
# case: {"params": {"fn": "pow", "x": 0.0, "y": -2.0}}
# case: {"params": {"fn": "pow", "x": 1e200, "y": 2.0}}
# case: {"params": {"fn": "radians", "x": 180.0, "y": 0.0}}
# case: {"params": {"fn": "degrees", "x": 1.0, "y": 0.0}}
# case: {"params": {"fn": "sin", "x": 0.0, "y": 1.0}}
# case: {"params": {"fn": "sin", "x": 1e29, "y": 0.0}}
# case: {"params": {"fn": "cos", "x": -7.2e25, "y": 0.0}}
# case: {"params": {"fn": "tan", "x": 3.0e18, "y": 0.0}}
import math


def filter(fn: str, x: float, y: float) -> float:
    if y == 1.0 and fn == "sin":
        return math.sin(float("inf"))
    if fn == "sin":
        return math.sin(x)
    if fn == "cos":
        return math.cos(x)
    if fn == "tan":
        return math.tan(x)
    if fn == "atan2":
        return math.atan2(x, y)
    if fn == "exp":
        return math.exp(x)
    if fn == "log":
        return math.log(x)
    if fn == "logb":
        return math.log(x, y)
    if fn == "pow":
        return math.pow(x, y)
    if fn == "radians":
        return math.radians(x)
    return math.degrees(x)
