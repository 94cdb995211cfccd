# a search UDF as a newcomer writes it: a module-level boost table and tags from the document
# case: {"doc": {"category": "books", "tags": "sale,new,hardcover", "base_score": 2.0}}
# case: {"doc": {"category": "garden", "tags": "", "base_score": 0.5}}
# case: {"doc": {"category": "toys", "tags": "sale", "base_score": 1.25}}
# case: {"doc": {"tags": "new,new,new"}}
BOOST = {"books": 1.5, "music": 1.2, "toys": 0.8}
TAG_BONUS = {"sale": 0.25, "new": 0.1}


def score() -> float:
    category = get_field_string("category", "none")
    tags = [t for t in get_field_string("tags").split(",") if t != ""]
    bonus = sum(TAG_BONUS.get(t, 0.0) for t in tags)
    base = get_field_float("base_score", 1.0)
    result = base * BOOST.get(category, 1.0) + bonus
    log(f"{category:>8} tags={len(tags)} bonus={bonus:.2f} -> {result:.3f}")
    return result
