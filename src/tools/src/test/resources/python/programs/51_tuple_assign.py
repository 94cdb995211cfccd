# case: {"params": {"a": 3, "b": 8}}
# case: {"params": {"a": -1, "b": 0}}
def filter(a: int, b: int) -> int:
    a, b = b, a
    x, y, z = a + 1, b * 2, a - b
    x, y = y, x
    items = [10, 20, 30]
    items[0], items[2] = items[2], items[0]
    return a * 1000000 + b * 10000 + x * 100 + y + z + items[0] - items[2]
