# error 3:5: 'match' is outside the subset; use if and elif
def filter(n: int) -> bool:
    match n:
        case 1:
            return True
    return False
