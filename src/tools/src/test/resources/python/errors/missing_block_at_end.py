# error 2:28: expected an indented block
def filter(n: int) -> bool:


