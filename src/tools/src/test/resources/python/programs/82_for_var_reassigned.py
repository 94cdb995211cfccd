# assigning the variable of a for loop in its body does not change the loop
# case: {"params": {"n": 5}}
# case: {"params": {"n": 1}}
# case: {"params": {"n": 12}}
def filter(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
        i = i * 10
        total += i
    for j in range(n, 0, -2):
        j += 100
        total += j
    k = 7
    for k in range(3):
        if k == 1:
            k = 50
        total += k
    log(str(total) + " " + str(k) + " " + str(i) + " " + str(j))
    return total
