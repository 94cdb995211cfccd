"""
{{name}}: keeps documents whose price is at most max_price

@quidditch.udf
@quidditch.param max_price: float - Highest price kept
@quidditch.returns bool - True to keep the document
"""
# @udf: name={{name}}
# @udf: version=0.1.0
# @udf: category=example


def filter(max_price: float = 100.0) -> bool:
    if not has_field("price"):
        return False
    return get_field_float("price") <= max_price
