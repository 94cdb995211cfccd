# error 2:8: import os is outside the subset; only 'import math' is available
import os
def filter() -> bool:
    return True
