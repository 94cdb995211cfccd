# error 4:5: 'del' is outside the subset; assign a new value or build a new list
def filter() -> bool:
    x = 1
    del x
    return True
