# error 3:5: 'with' is outside the subset; a UDF has no files to open
def filter() -> bool:
    with open("f") as f:
        pass
    return True
