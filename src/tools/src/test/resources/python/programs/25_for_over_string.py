# case: {"params": {"s": "quidditch udf"}}
# case: {"params": {"s": ""}}
def filter(s: str) -> int:
    vowels = 0
    for ch in s:
        if ch in "aeiou":
            vowels += 1
    return vowels
