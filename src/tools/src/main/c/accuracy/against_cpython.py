"""Random inputs for every function of pyfloat.c, natively built, against CPython: how many results
differ and by how many units in the last place. Run by run.sh: python3 against_cpython.py SEED N"""
import math, os, random, struct, subprocess, sys
DRIVER = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'driver')
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
N = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
def rnd_any():
    while True:
        x = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
        if not math.isnan(x) and not math.isinf(x): return x
def rnd_mod(lo, hi): return random.uniform(lo, hi) * random.choice([1, -1])
def ulps(a, b):
    if a == b or (math.isnan(a) and math.isnan(b)): return 0
    if math.isinf(a) or math.isinf(b): return 10**9
    ia = struct.unpack('<q', struct.pack('<d', a))[0]; ib = struct.unpack('<q', struct.pack('<d', b))[0]
    if ia < 0: ia = -(2**63) - ia
    if ib < 0: ib = -(2**63) - ib
    return abs(ia - ib)
cases = []
for _ in range(N):
    cases.append(('exp', random.choice([rnd_mod(0, 1), rnd_mod(0, 50), rnd_mod(0, 745), rnd_mod(0,1e-5)]), 0))
    x = random.choice([random.uniform(0, 2), abs(rnd_any()), random.uniform(0, 1e10), 10**random.uniform(-320,-300)])
    if x > 0: cases.append(('log', x, 0))
    for f in ('sin', 'cos', 'tan'):
        cases.append((f, random.choice([rnd_mod(0, 1), rnd_mod(0, 10), rnd_mod(0, 1e6), rnd_mod(0, 1e15)]), 0))
    cases.append(('atan2', random.choice([rnd_mod(0,10), rnd_any()]), random.choice([rnd_mod(0,10), rnd_any()])))
    b = random.choice([random.uniform(0, 3), random.uniform(0, 100), abs(rnd_any())])
    e = random.choice([random.uniform(-5, 5), float(random.randint(-20, 20)), random.uniform(-300, 300), 0.5])
    cases.append(('pow', b, e))
    x, y = rnd_any(), rnd_any()
    if y != 0:
        for f in ('fmod', 'mod', 'floordiv'): cases.append((f, x, y))
    x, y = rnd_mod(0, 1000), rnd_mod(0, 10)
    if y != 0:
        for f in ('fmod', 'mod', 'floordiv'): cases.append((f, x, y))
    cases.append(('repr', random.choice([rnd_any(), random.uniform(0, 1000), round(random.uniform(0, 100), random.randint(0, 5)), 10**random.uniform(-330, -300)]), 0))
    cases.append(('strtod', random.choice([repr(rnd_any()), '%.25g' % rnd_any(), '%.17e' % random.uniform(0,1), str(random.randint(0, 10**30)) + 'e-' + str(random.randint(0, 340)), '  1_000.5  ', '-inf', 'nan', '1e', 'abc', '.5', '5.', '1e400', '2.4703282292062328e-324', '2.4703282292062327e-324', '0x10']), 0))
inp = ''.join(f"{op} {a}\n" if op == 'strtod' else f"{op} {float(a).hex()} {float(b).hex()}\n" for op, a, b in cases)
out = subprocess.run([DRIVER], input=inp, capture_output=True, text=True).stdout.split('\n')
stats = {}
for (op, a, b), got in zip(cases, out):
    try:
        if op == 'exp': want = math.exp(a)
        elif op == 'log': want = math.log(a)
        elif op in ('sin', 'cos', 'tan'): want = getattr(math, op)(a)
        elif op == 'atan2': want = math.atan2(a, b)
        elif op == 'pow': want = a ** b
        elif op == 'fmod': want = math.fmod(a, b)
        elif op == 'mod': want = a % b
        elif op == 'floordiv': want = a // b
        elif op == 'repr': want = repr(a)
        elif op == 'strtod':
            try: want = float(a)
            except ValueError: want = 'error'
    except OverflowError:
        want = math.inf
    s = stats.setdefault(op, [0, 0, 0, None])
    s[0] += 1
    if op in ('repr', 'strtod'):
        if op == "strtod" and got not in ("error",) and want != "error": got = float.fromhex(got)
        if got != want and not (want == "nan" and got == "nan") and not (isinstance(got, float) and math.isnan(got) and math.isnan(want)):
            s[1] += 1; s[3] = s[3] or (a, got, want)
        continue
    g = float.fromhex(got)
    u = ulps(g, want)
    if u: s[1] += 1; s[2] = max(s[2], u); s[3] = s[3] if s[3] and s[2] > u else (a, b, got, float(want).hex())
for op, (n, bad, mx, ex) in stats.items():
    print(f"{op:9} {n:6} cases, {bad:5} differ, max {mx} ulp", ex if bad else '')
