# error 3:15: shifts are outside the subset; multiply or divide by a power of 2
def filter(n: int) -> bool:
    return n << 2 > 0
