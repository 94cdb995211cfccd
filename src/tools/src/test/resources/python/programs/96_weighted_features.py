# a weighted sum of features with zip and a comprehension
# case: {"doc": {"f0": 1.0, "f1": 0.5, "f2": 2.0}}
# case: {"doc": {"f0": -1.0}}
# case: {"doc": {}}
WEIGHTS = [0.5, 1.5, -0.25]


def score() -> float:
    features = [get_field_float(f"f{i}", 0.0) for i in range(len(WEIGHTS))]
    parts = [w * x for w, x in zip(WEIGHTS, features)]
    total = sum(parts)
    log(f"features={features} parts={parts} total={total}")
    return total
