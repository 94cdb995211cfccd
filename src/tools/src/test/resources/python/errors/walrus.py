# error 3:11: ':=' (an assignment expression) is outside the subset; assign on a line of its own
def filter(n: int) -> bool:
    if (m := n) > 1:
        return True
    return False
