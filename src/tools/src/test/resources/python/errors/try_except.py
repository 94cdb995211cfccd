# error 3:5: try/except is outside the subset; an exception ends the call as a trap that names it, so test the condition before instead
def filter() -> bool:
    try:
        x = 1
    except ValueError:
        x = 2
    return True
