# error 2:1: decorators are outside the subset; describe the UDF with '# @udf:' comments
@decorator
def filter(n: int) -> bool:
    return True
