# error 4:19: str.title() is outside the subset (available: lower upper strip lstrip rstrip split join replace find count startswith endswith ljust rjust center zfill isalpha isdigit isdecimal isspace)
def filter(n: int) -> bool:
    s = "abc"
    return s.title() == "Abc"
