"""Where pyfloat.c's exp, log and pow differ from CPython's libm, which is nearer the exact value
(70-digit decimal arithmetic). Run by run.sh."""
import math, os, random, struct, subprocess
DRIVER = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'driver')
from decimal import Decimal, getcontext
getcontext().prec = 70
random.seed(11)
xs_e = [random.uniform(-700, 700) for _ in range(20000)]
xs_l = [random.choice([random.uniform(0, 2), random.uniform(0, 1e10), 10**random.uniform(-300, 300)]) for _ in range(20000)]
pw = [(random.uniform(0, 100), random.uniform(-20, 20)) for _ in range(5000)]
inp = ''.join(f"exp {x.hex()} 0\n" for x in xs_e) + ''.join(f"log {x.hex()} 0\n" for x in xs_l) + ''.join(f"pow {a.hex()} {b.hex()}\n" for a, b in pw)
out = [float.fromhex(t) for t in subprocess.run([DRIVER], input=inp, capture_output=True, text=True).stdout.split()]
stats = {'exp': [0, 0, 0], 'log': [0, 0, 0], 'pow': [0, 0, 0]}
def judge(kind, ours, libm, exact):
    if ours == libm: return
    s = stats[kind]; s[0] += 1
    if abs(Decimal(ours) - exact) < abs(Decimal(libm) - exact): s[1] += 1
    else: s[2] += 1
for x, o in zip(xs_e, out[:20000]): judge('exp', o, math.exp(x), Decimal(x).exp())
for x, o in zip(xs_l, out[20000:40000]): judge('log', o, math.log(x), Decimal(x).ln())
for (a, b), o in zip(pw, out[40000:]): judge('pow', o, a ** b, (Decimal(b) * Decimal(a).ln()).exp())
for k, (n, ours, libm) in stats.items(): print(f"{k}: {n} disagreements with CPython; ours nearer the exact value in {ours}, libm in {libm}")
