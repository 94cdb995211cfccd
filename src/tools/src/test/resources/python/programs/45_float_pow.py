# x ** y on floats (and ints mixed with floats), with CPython's errors.
# ulps: 1
# case: {"params": {"x": 2.0, "y": 10.0}}
# case: {"params": {"x": 1.5, "y": 2.5}}
# case: {"params": {"x": 10.0, "y": -3.0}}
# case: {"params": {"x": -2.0, "y": 3.0}}
# case: {"params": {"x": 0.5, "y": 0.5}}
# case: {"params": {"x": 123.456, "y": 7.89}}
# case: {"params": {"x": 0.0, "y": 0.0}}
# case: {"params": {"x": 0.0, "y": -1.0}}
# case: {"params": {"x": 10.0, "y": 400.0}}
# case: {"params": {"x": 1.0000001, "y": 1e9}}
def filter(x: float, y: float) -> float:
    whole = 2 ** 3
    mixed = 2 ** y if y < 100 else 1.0
    return x ** y + whole + mixed * 0.0
