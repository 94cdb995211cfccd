# error 3:10: print() has nowhere to go in a UDF; use log(msg)
def filter(n: int) -> bool:
    print(n)
    return True
