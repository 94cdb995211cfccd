# error 2:1: 'from ... import' is outside the subset; use 'import math'
from math import sqrt
def filter() -> bool:
    return True
