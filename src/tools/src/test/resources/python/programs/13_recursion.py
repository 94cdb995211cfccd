# case: {"params": {"n": 20}}
# case: {"params": {"n": 1}}
def filter(n: int) -> int:
    return fib(n)

def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
