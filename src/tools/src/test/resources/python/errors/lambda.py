# error 3:9: 'lambda' is outside the subset; define a function with def
def filter() -> bool:
    f = lambda x: x
    return True
