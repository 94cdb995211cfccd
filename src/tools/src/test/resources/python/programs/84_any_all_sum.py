# any, all and sum over lists and generators; any and all stop at the first item that decides
# case: {"params": {"s": "abc1", "xs": "1,2,3"}}
# case: {"params": {"s": "", "xs": ""}}
# case: {"params": {"s": "12", "xs": "5"}}
# case: {"params": {"s": "    ", "xs": "0,0"}}
def filter(s: str, xs: str) -> int:
    nums = [len(s), 2, 0] + [int(p) for p in xs.split(",") if p != ""]
    n = 0
    if any(c >= "0" and c <= "9" for c in s):
        n += 1
    if all(c == " " for c in s):
        n += 2
    if any(nums):
        n += 4
    if all(x > 0 for x in nums):
        n += 8
    # stops before the out-of-range index, as CPython's generator does
    if any(nums[i] == 2 for i in range(10)):
        n += 16
    if not all(nums[i] > 0 for i in range(10)):
        n += 32
    total = sum(nums) + sum(i * i for i in range(len(s)))
    f = sum([0.1, 0.2, 0.3]) + sum(x / 3 for x in nums)
    g = sum(nums, 0.5) + sum((i for i in range(3)), 10)
    log(str(total) + " " + str(f) + " " + str(g) + " " + str(sum(c == "1" for c in s)))
    return n * 1000 + total
