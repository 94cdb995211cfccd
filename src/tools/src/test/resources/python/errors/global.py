# error 3:5: 'global' is outside the subset; module-level names are constants
def filter() -> bool:
    global X
    return True
