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


def entry_name(source, env):
    """As the compiler chooses: '# @udf: function=NAME', else filter, else the one uncalled def."""
    import re
    for line in source.splitlines():
        m = re.match(r"\s*#\s*@udf:\s*function\s*=\s*(\w+)", line)
        if m:
            return m.group(1)
    if "filter" in env and callable(env["filter"]):
        return "filter"
    defs = re.findall(r"(?m)^def\s+(\w+)\s*\(", source)
    uncalled = [d for d in defs if d not in HOSTS
                and not re.search(r"\b" + d + r"\s*\(", re.sub(r"(?m)^\s*def\s+" + d + r"\s*\(", "def (", source))]
    return uncalled[0]


HOSTS = {"get_field_string", "get_field_int", "get_field_float", "get_field_bool", "has_field",
         "get_param_string", "get_param_i64", "get_param_int", "get_param_f64", "get_param_float",
         "get_param_bool", "get_document_id", "get_score", "log"}


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

    params = case.get("params", {})

    def param(name, zero, kind):
        v = params.get(name)
        return v if isinstance(v, kind) and not (kind is not bool and isinstance(v, bool)) else zero

    host = {"get_field_string": get_field_string, "get_field_int": get_field_int,
            "get_field_float": get_field_float, "get_field_bool": get_field_bool,
            "has_field": has_field, "doc_id": doc_id, "score": score, "log": log,
            "get_document_id": doc_id, "get_score": score,
            "get_param_string": lambda n: param(n, "", str),
            "get_param_i64": lambda n: param(n, 0, int), "get_param_int": lambda n: param(n, 0, int),
            "get_param_f64": lambda n: float(param(n, 0.0, (int, float))),
            "get_param_float": lambda n: float(param(n, 0.0, (int, float))),
            "get_param_bool": lambda n: param(n, False, bool)}
    env = dict(host, math=math)
    exec(compile(source, src_path, "exec"), env)
    # a host function the source declares as a stub (def get_field_string(...): pass) names the
    # host's, which it does not replace; a function of its own named as an alias (score, doc_id)
    # is its own, as in the compiler
    env.update({k: v for k, v in host.items() if k in HOSTS})
    entry = env[entry_name(source, env)]
    import inspect
    accepted = inspect.signature(entry).parameters
    try:
        result = entry(**{k: v for k, v in params.items() if k in accepted})
        out = {"result": result, "logs": logs}
    except Exception as e:  # the failure kind is what the test compares
        out = {"error": type(e).__name__}
    print(json.dumps(out))
