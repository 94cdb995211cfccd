#!/usr/bin/env python3
"""The server's memory under concurrent test calls (the hardening issue's attack).

Starts `quidudf serve` from target/quidudf.jar with a fresh home, registers a UDF whose memory
is 256 pages (16 MiB per instance), then keeps CONNECTIONS clients posting
/api/v1/udfs/big/test for SECONDS, each on its own connection. Prints the server's peak RSS, the
status codes it answered, whether /health still answered during and after the load, and the
live heap (after a full GC) before and after the UDF is deleted.

  src/bench/server_memory.py [CONNECTIONS] [SECONDS]      (defaults: 200, 20)
"""
import base64, collections, http.client, json, os, subprocess, sys, tempfile, threading, time

root = os.environ.get("QUIDUDF_ROOT") or os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
connections = int(sys.argv[1]) if len(sys.argv) > 1 else 200
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 20
home = tempfile.mkdtemp(prefix="quidudf-mem-")
# (module (memory (export "memory") 256) (func (export "filter") (param i64) (result i32)
#   i32.const 1)) -- written by hand: 256 initial pages, a filter that touches nothing
wasm = bytes.fromhex(
    "0061736d0100000001060160017e017f03020100050401008002071302066d656d6f7279"
    "02000666696c74657200000a0601040041010b")

server = subprocess.Popen(
    ["java", "-jar", os.path.join(root, "target", "quidudf.jar"), "serve", "--port", "0",
     "--registry", home], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
line = server.stdout.readline()
if not line.startswith("quidudf serving on "):
    sys.exit("serve did not start: " + line)
host, port = line.strip().rsplit("/", 1)[-1].split(":")
port = int(port)


def request(method, path, body=None):
    c = http.client.HTTPConnection(host, port, timeout=120)
    c.request(method, path, body=None if body is None else json.dumps(body),
              headers={"Content-Type": "application/json"})
    r = c.getresponse()
    data = r.read()
    c.close()
    return r.status, data


status, body = request("POST", "/api/v1/udfs", {
    "name": "big", "version": "1.0.0", "language": "wasm",
    "wasm_base64": base64.b64encode(wasm).decode()})
if status != 201:
    sys.exit("register failed: %d %s" % (status, body))

def rss_kib(field):
    with open("/proc/%d/status" % server.pid) as f:
        for l in f:
            if l.startswith(field):
                return int(l.split()[1])
    return 0

codes = collections.Counter()
lock = threading.Lock()
stop = time.time() + seconds
health = []

def client():
    while time.time() < stop:
        try:
            s, _ = request("POST", "/api/v1/udfs/big/test", {"document": {}})
        except Exception as e:
            s = type(e).__name__
        with lock:
            codes[s] += 1

def watch():
    while time.time() < stop:
        t0 = time.time()
        try:
            s, _ = request("GET", "/health")
        except Exception as e:
            s = type(e).__name__
        health.append((s, time.time() - t0))
        time.sleep(0.5)

before = rss_kib("VmRSS:")
threads = [threading.Thread(target=client) for _ in range(connections)] + [threading.Thread(target=watch)]
for t in threads:
    t.start()
for t in threads:
    t.join()
after_status, _ = request("GET", "/health")
peak = rss_kib("VmHWM:")
loaded_rss = rss_kib("VmRSS:")


def heap_used_kib():
    out = subprocess.run(["jcmd", str(server.pid), "GC.heap_info"], capture_output=True, text=True).stdout
    for l in out.splitlines():
        if " used " in l and "heap" in l.lower():
            return int(l.split(" used ")[1].split("K")[0])
    return -1


# DELETE the UDF: its pooled instances and compiled module must go with it
subprocess.run(["jcmd", str(server.pid), "GC.run"], capture_output=True)
heap_loaded = heap_used_kib()
delete_status, _ = request("DELETE", "/api/v1/udfs/big/1.0.0")
subprocess.run(["jcmd", str(server.pid), "GC.run"], capture_output=True)
heap_deleted = heap_used_kib()
deleted_rss = rss_kib("VmRSS:")
server.terminate()
server.wait()
ok_health = sum(1 for s, _ in health if s == 200)
print("connections %d for %.0f s against a 256-page UDF" % (connections, seconds))
print("server RSS: %d MiB before, peak %d MiB" % (before // 1024, peak // 1024))
print("answers: " + ", ".join("%s x%d" % (k, v) for k, v in sorted(codes.items(), key=str)))
print("/health during the load: %d of %d answered 200 (slowest %.2f s); after: %s"
      % (ok_health, len(health), max((d for _, d in health), default=0), after_status))
print("after the load: RSS %d MiB, live heap %d MiB; DELETE answered %s, then RSS %d MiB, live heap %d MiB"
      % (loaded_rss // 1024, heap_loaded // 1024, delete_status, deleted_rss // 1024, heap_deleted // 1024))
