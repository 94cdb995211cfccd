#!/usr/bin/env python3
"""Replays the seed's HTTP requests against a fresh `quidudf serve` and prints what it answers.

The seed (../shared/seed/000_07f3dc0a3f41bc01.txt) is Quidditch's UDF status report. Two of its
sections carry requests:
  - "Usage Example": three curl commands. Their bodies are read from the seed file itself and sent
    byte for byte (only the shell splice '$WASM_BASE64' is replaced by the module, as the shell
    would).
  - "Phase 3": the seven endpoints, each with the request body it documents. A body there is a
    shape with placeholders ("rust|c|wat|python|wasm", "<base64-encoded WASM>", [...]) and
    comments (// optional); the placeholders are filled the way the Usage Example fills them and
    the comments dropped, which is all that is changed. The DELETE is sent last.
The module is Quidditch's own string-distance example, built from its source
(src/compat/quidditch/string-distance). Before the query, documents are posted to the default
collection, since the seed's query names no index and Quidditch's engine would search its own.

  src/compat/seed_replay.py [SEED_FILE]

Prints every request with the status and body it got; exits 1 when a status is not the seed's
(201 for an upload, 200 otherwise).
"""
import base64, http.client, json, os, re, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
seed_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(root), "shared", "seed", "000_07f3dc0a3f41bc01.txt")
seed = open(seed_path, encoding="utf-8").read()
module = os.path.join(root, "src", "compat", "quidditch", "string-distance", "string_distance.wasm")
wasm_base64 = base64.b64encode(open(module, "rb").read()).decode()


def section(title):
    """The text of the "## ..." section whose heading contains title."""
    start = re.search(r"^## .*" + re.escape(title), seed, re.M).start()
    nxt = seed.find("\n## ", start + 1)
    return seed[start:nxt if nxt >= 0 else len(seed)]


def curls(text):
    """(method, url, body) of each `curl -X M URL ... -d '...'` in a section."""
    out = []
    for m in re.finditer(r"curl -X (\w+) (\S+)(.*?)-d '(.*?)'\n", text, re.S):
        out.append((m.group(1), m.group(2), m.group(4)))
    return out


def strip_comments(text):
    return "\n".join(re.sub(r"\s*//.*$", "", line) for line in text.splitlines())


# the server, on a free port, with a registry of its own
home = tempfile.mkdtemp(prefix="quidudf-seed-")
subprocess.run([os.path.join(root, "bin", "quidudf"), "version"], check=True,
               stdout=subprocess.DEVNULL)
server = subprocess.Popen(
    ["java", "-jar", os.path.join(root, "target", "quidudf.jar"), "serve", "--port", "0",
     "--registry", home], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
line = server.stdout.readline()
if not line.startswith("quidudf serving on "):
    sys.exit("serve did not start: " + line)
host, port = line.strip().rsplit("/", 1)[-1].split(":")
failures = 0


def send(method, path, body, expect, note=""):
    global failures
    c = http.client.HTTPConnection(host, int(port), timeout=120)
    headers = {"Content-Type": "application/json"} if body is not None else {}
    if path.endswith("/documents"):
        headers = {"Content-Type": "application/x-ndjson"}
    c.request(method, path, body=None if body is None else body.encode("utf-8"), headers=headers)
    r = c.getresponse()
    text = r.read().decode("utf-8")
    c.close()
    shown = re.sub(r'"[A-Za-z0-9+/=]{200,}"', '"<base64>"', text)
    mark = "ok " if r.status == expect else "BAD"
    if r.status != expect:
        failures += 1
    print("%s %s %s%s -> %d" % (mark, method, path, note, r.status))
    print("    " + shown)
    return r.status, text


try:
    print("== Phase 3: HTTP API for UDF Management")
    phase3 = section("Phase 3: HTTP API")
    blocks = re.findall(r"#### \d\. (\w+) `([^`]+)`.*?```go\n(.*?)```", phase3, re.S)
    usage = section("Usage Example")
    upload_params = re.search(r'"parameters": (\[.*?\])', usage, re.S).group(1)
    # in the report's order, except that the DELETE (its 5th) goes last: replayed in place it
    # would leave the test and stats requests after it nothing to act on
    blocks.sort(key=lambda b: b[0] == "DELETE")
    for method, route, block in blocks:
        path = route.replace(":name", "string_distance").replace(":version", "1.0.0")
        body = None
        request = re.search(r"// Request body:\n(\{.*?\n\})", block, re.S)
        if request:
            body = strip_comments(request.group(1))
            body = body.replace('"rust|c|wat|python|wasm"', '"rust"')
            body = body.replace('"<base64-encoded WASM>"', '"' + wasm_base64 + '"')
            body = body.replace('"parameters": [...]', '"parameters": ' + upload_params)
            body = body.replace('"returns": [...]', '"returns": [{"type": "bool"}]')
        query = re.search(r"// Query params: \?(version=[\w.]+)", block)
        if query:
            path += "?" + query.group(1)
        send(method, path, body, 201 if method == "POST" and route == "/api/v1/udfs" else 200)

    print("== Usage Example")
    send("POST", "/api/v1/documents",
         "\n".join(json.dumps(d) for d in [
             {"_id": "1", "product_name": "iPhone", "price": 999},
             {"_id": "2", "product_name": "iPhome", "price": 899},
             {"_id": "3", "product_name": "iPhone 13 Pro", "price": 1099},
             {"_id": "4", "product_name": "Galaxy S21", "price": 799}]) + "\n",
         201, " (setup: documents for the query, in the default collection)")
    for method, url, body in curls(usage):
        path = url.replace("http://localhost:8080", "")
        body = body.replace("'$WASM_BASE64'", wasm_base64)
        send(method, path, body, 201 if path == "/api/v1/udfs" else 200)
finally:
    server.terminate()
    server.wait()
print("%d request(s) answered otherwise than the seed says" % failures)
sys.exit(1 if failures else 0)
