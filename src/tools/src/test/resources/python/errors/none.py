# error 3:9: None is outside the subset; a value keeps its type: use a default such as 0, "" or False
def filter(n: int) -> bool:
    x = None
    return True
