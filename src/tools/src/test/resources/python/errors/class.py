# error 2:1: classes are outside the subset; use functions and dicts
class A:
    pass
def filter() -> bool:
    return True
