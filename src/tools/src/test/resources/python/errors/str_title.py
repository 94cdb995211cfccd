# error 4:19: str.title() is outside the subset
def filter(n: int) -> bool:
    s = "abc"
    return s.title() == "Abc"
