"""Runs a quidudf Python UDF under CPython, for the differential tests.

Usage: python3 harness.py PROGRAM.py
Each '# case: {"doc": {...}, "params": {...}}' line of the program is one case; one JSON line
per case is printed: {"result": value} or {"error": "ExceptionName"}.
"""
import json
import math
import sys

src_path = sys.argv[1]
source = open(src_path, encoding="utf-8").read()
cases = [json.loads(line.split("# case:", 1)[1]) for line in source.splitlines() if line.strip().startswith("# case:")]

MISSING = object()


def resolve(doc, path):
    node = doc.get("_source", doc) if isinstance(doc.get("_source"), dict) else doc
    if path == "":
        return MISSING
    for seg in path.split("."):
        name, _, rest = seg.partition("[")
        if name:
            if not isinstance(node, dict) or name not in node:
                return MISSING
            node = node[name]
        while rest:
            idx, _, rest = rest.partition("]")
            rest = rest[1:] if rest.startswith("[") else rest
            if not isinstance(node, list) or not idx.isdigit() or int(idx) >= len(node):
                return MISSING
            node = node[int(idx)]
    return node


for case in cases:
    doc = case.get("doc", {})
    logs = []

    def get_field_string(name, default=""):
        v = resolve(doc, name)
        if v is MISSING:
            return default
        return v if isinstance(v, str) else json.dumps(v, separators=(",", ":"))

    def get_field_int(name, default=0):
        v = resolve(doc, name)
        return int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else default

    def get_field_float(name, default=0.0):
        v = resolve(doc, name)
        return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else default

    def get_field_bool(name, default=False):
        v = resolve(doc, name)
        return v if isinstance(v, bool) else default

    def has_field(name):
        return resolve(doc, name) is not MISSING

    def doc_id():
        v = doc.get("_id")
        return "" if v is None else v if isinstance(v, str) else json.dumps(v)

    def score():
        v = doc.get("_score")
        return float(v) if isinstance(v, (int, float)) else 0.0

    def log(msg):
        logs.append(msg)

    env = {"get_field_string": get_field_string, "get_field_int": get_field_int,
           "get_field_float": get_field_float, "get_field_bool": get_field_bool,
           "has_field": has_field, "doc_id": doc_id, "score": score, "log": log, "math": math}
    exec(compile(source, src_path, "exec"), env)
    try:
        result = env["filter"](**case.get("params", {}))
        out = {"result": result, "logs": logs}
    except Exception as e:  # the failure kind is what the test compares
        out = {"error": type(e).__name__}
    print(json.dumps(out))
