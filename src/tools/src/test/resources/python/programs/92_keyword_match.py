# how many query terms the title holds, all of them or any
# case: {"doc": {"title": "Red running shoes for trail running"}, "params": {"query": "running shoes", "mode": "all"}}
# case: {"doc": {"title": "Blue kettle"}, "params": {"query": "red kettle", "mode": "any"}}
# case: {"doc": {"title": "Blue kettle"}, "params": {"query": "red kettle", "mode": "all"}}
# case: {"doc": {"title": ""}, "params": {"query": "", "mode": "all"}}
def filter(query: str, mode: str = "any") -> bool:
    words = get_field_string("title").lower().split()
    terms = [t for t in query.lower().split() if len(t) > 1]
    hits = sum(1 for t in terms if t in words)
    log(f"terms={terms} hits={hits} of {len(terms)}; words={len(words)}")
    if mode == "all":
        return all(t in words for t in terms)
    return any(t in words for t in terms)
