# error 4:16: the default of 'v' must be a constant expression (literals, int, float, str and bool constants, and arithmetic on them): CPython evaluates it once, where the function is defined; pass other values in the call
G = [5]

def g(v: int = G[0]) -> int:
    return v


def filter() -> int:
    G[0] = 7
    return g()
