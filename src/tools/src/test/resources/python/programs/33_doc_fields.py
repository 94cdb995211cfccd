# case: {"doc": {"title": "ok", "price": 10.5, "stock": 3}, "params": {"min_price": 5.0}}
# case: {"doc": {"title": "ok", "price": 10.5, "stock": 3, "active": false}, "params": {"min_price": 5.0}}
# case: {"doc": {"price": 10.5, "stock": 3}, "params": {"min_price": 5.0}}
# case: {"doc": {"title": "x", "price": "10", "stock": 3}, "params": {"min_price": 5.0}}
def filter(min_price: float) -> bool:
    title = get_field_string("title")
    price = get_field_float("price")
    stock = get_field_int("stock", 0)
    active = get_field_bool("active", default=True)
    return active and price >= min_price and stock > 0 and len(title) > 0
