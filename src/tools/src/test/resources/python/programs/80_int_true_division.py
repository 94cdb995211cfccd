# int / int is the exact quotient rounded once, above 2**53 too
# case: {"params": {"a": 9007199254740993, "b": 3}}
# case: {"params": {"a": -9223372036854775808, "b": 7}}
# case: {"params": {"a": 9223372036854775807, "b": -9223372036854775808}}
# case: {"params": {"a": 9223372036854775807, "b": 9223372036854775806}}
# case: {"params": {"a": 1, "b": 3}}
# case: {"params": {"a": 0, "b": -5}}
# case: {"params": {"a": 12345678901234567, "b": 10}}
# case: {"params": {"a": 9007199254740993, "b": 1}}
# case: {"params": {"a": 1, "b": 9007199254740993}}
# case: {"params": {"a": 3, "b": 9223372036854775807}}
# case: {"params": {"a": 5, "b": 0}}
def filter(a: int, b: int) -> float:
    q = a / b
    log(str(q))
    return q
