# what a newcomer's walkthrough found: enumerate(start=) was dropped, a module-level list lost its
# appends (each use was a new list), hex, octal and binary literals were refused
# case: {"params": {"s": "abc"}}
# case: {"params": {"s": ""}}
TAGS = ["a", "b"]
CJK_START = 0x4E00
MASK = 0b1010_1010


def add(out: list[str], item: str) -> None:
    out.append(item)


def filter(s: str) -> int:
    pairs = [f"{i}{c}" for i, c in enumerate(s, start=1)]
    for i, c in enumerate(s, start=5):
        pairs.append(f"{i}:{c}")
    TAGS.append("c")
    add(TAGS, "z")
    t = TAGS
    t.append("d")
    log(f"{pairs} {len(TAGS)} {TAGS} {t}")
    log(f"{CJK_START} {0x9FFF - CJK_START} {0o17} {MASK} {0XFF} {0b1}")
    return len(TAGS)
