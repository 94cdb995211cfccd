# parameters read as Quidditch's own examples do, through get_param_*, beside a declared one
# case: {"doc": {"price": 19.99, "stock": 3}, "params": {"max_price": 25.0, "min_stock": 1}}
# case: {"doc": {"price": 99.0, "stock": 0}, "params": {"max_price": 50.0}}
# case: {"doc": {"price": 5.0, "stock": 10}, "params": {"band": "cheap"}}
BANDS = {"cheap": 10.0, "mid": 50.0, "premium": 500.0}


def filter(band: str = "mid") -> bool:
    max_price = get_param_float("max_price")
    if max_price == 0.0:
        max_price = BANDS.get(band, 50.0)
    min_stock = get_param_int("min_stock")
    price = get_field_float("price")
    stock = get_field_int("stock")
    ok = price <= max_price and stock >= min_stock
    log(f"band={band} max={max_price:.2f} stock>={min_stock}: {ok}")
    return ok
