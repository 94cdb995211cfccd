# error 3:12: tuples are outside the subset, except to assign several names at once (a, b = b, a)
def filter(n: int) -> bool:
    return (n, n)
