# case: {"params": {"a": "é", "b": "f"}}
# case: {"params": {"a": "Zebra", "b": "Äpfel"}}
# case: {"params": {"a": "café", "b": "cafe"}}
# case: {"params": {"a": "日本", "b": "日本語"}}
# case: {"params": {"a": "😀", "b": "\uffff"}}
# case: {"params": {"a": "same", "b": "same"}}
def filter(a: str, b: str) -> int:
    n = 0
    if a < b:
        n += 1
    if a <= b:
        n += 10
    if a > b:
        n += 100
    if a == b:
        n += 1000
    if a != b:
        n += 10000
    if a + b == a + b and (a + "é")[:-1] == a:
        n += 100000
    if "é" > "z" and "É" < "é":
        n += 1000000
    return n
