# case: {"doc": {"metadata": {"vendor": {"name": "acme"}, "count": 7}, "tags": ["red"]}, "params": {"x": 1}}
# case: {"doc": {}, "params": {"x": 5}}
def build(x: int) -> str:
    vendor = get_field_string("metadata.vendor.name", "none")
    first = get_field_string("tags[0]", "-")
    count = get_field_int("metadata.count", x)
    return vendor + "/" + first + "/" + str(count) + "/" + str(has_field("metadata"))


def filter(x: int) -> bool:
    log(build(x=x))
    return True
