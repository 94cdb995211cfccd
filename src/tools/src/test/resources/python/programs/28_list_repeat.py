# case: {"params": {"n": 5}}
# case: {"params": {"n": 1}}
def filter(n: int) -> int:
    row = [7] * n
    row[0] = 1
    return row[0] + row[n - 1] + len(row)
