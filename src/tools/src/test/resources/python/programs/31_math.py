# case: {"params": {"x": 2.0}}
# case: {"params": {"x": 10.5}}
# case: {"params": {"x": -1.0}}
import math

def filter(x: float) -> float:
    return math.sqrt(x) + math.floor(x) * 2 + math.ceil(-x) + math.fabs(-x) + math.pi * math.e
