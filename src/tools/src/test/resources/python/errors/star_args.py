# error 2:12: *args, **kwargs and / or * markers are outside the subset; name each parameter
def filter(*args) -> bool:
    return True
