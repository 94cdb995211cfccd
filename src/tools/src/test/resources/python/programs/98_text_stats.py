# simple text statistics: digits, words, and a cleaned title
# case: {"doc": {"title": "iPhone 15 Pro 256GB - 2023 model"}}
# case: {"doc": {"title": "   "}}
# case: {"doc": {"title": "no digits here"}}
def filter() -> bool:
    title = get_field_string("title")
    words = title.split()
    digits = sum(1 for ch in title if ch.isdigit())
    numbers = [w for w in words if w.isdigit()]
    longest = max([len(w) for w in words]) if len(words) > 0 else 0
    log(f"words={len(words)} digits={digits} numbers={numbers} longest={longest}")
    log(f"{title.strip()!r} starts={title.strip().startswith('iPhone')}")
    return digits > 0
