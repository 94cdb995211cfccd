# error 3:5: functions inside functions are outside the subset; define it at module level
def filter(n: int) -> bool:
    def inner() -> int:
        return 1
    return True
