# error 3:11: chained assignment (a = b = x) is outside the subset; assign each name on its own
def filter(n: int) -> bool:
    a = b = n
    return True
