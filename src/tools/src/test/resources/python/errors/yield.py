# error 3:5: generators ('yield') are outside the subset; build and return a list
def filter(n: int) -> bool:
    yield n
