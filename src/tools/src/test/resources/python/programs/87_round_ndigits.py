# round(x, n): the exact value rounded half to even to n decimals (CPython's dtoa), and of ints
# case: {"params": {"x": 2.675, "k": 1234}}
# case: {"params": {"x": 0.125, "k": 1250}}
# case: {"params": {"x": -0.0049, "k": -1350}}
# case: {"params": {"x": 1.0000000000000002, "k": 15}}
# case: {"params": {"x": 5e-324, "k": 99}}
# case: {"params": {"x": 1.7976931348623157e308, "k": 0}}
# case: {"params": {"x": 123456789.98765433, "k": 4000000000000000049}}
def filter(x: float, k: int) -> float:
    log(str(round(x, 2)) + " " + str(round(x, 0)) + " " + str(round(x, 1)) + " " + str(round(x, 5)))
    log(str(round(x, 17)) + " " + str(round(x, 30)) + " " + str(round(x, 400)) + " " + str(round(x, -400)))
    log(str(round(k, 2)) + " " + str(round(k, -1)) + " " + str(round(k, -2)) + " " + str(round(k, -19)))
    log(f"{x:.3f} {x:.0f} {x:.20f}")
    return round(x, 3)
