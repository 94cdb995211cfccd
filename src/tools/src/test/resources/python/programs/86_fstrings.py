# f-strings as people write them for logs: {x}, {x:.2f}, {n:d}, widths, signs, grouping, !r, x=
# case: {"params": {"x": 3.14159, "n": 42, "name": "kitten"}}
# case: {"params": {"x": -0.005, "n": -7, "name": ""}}
# case: {"params": {"x": 1234567.891, "n": 1234567, "name": "it's"}}
# case: {"params": {"x": 2.5, "n": 0, "name": "a\"b"}}
# case: {"params": {"x": 1e22, "n": 4611686018427387903, "name": "x"}}
def filter(x: float, n: int, name: str) -> bool:
    log(f"score={x:.2f} n={n:d} name={name}")
    log(f"{x} {n} {name!r} {x!r} {n!s}")
    log(f"[{n:5d}] [{n:<5}] [{n:^7}] [{n:05d}] [{n:+d}] [{n: d}] [{n:,}] [{n:_d}]")
    log(f"[{x:10.3f}] [{x:<10.1f}] [{x:+.0f}] [{x:,.2f}] [{x:.1%}] [{x:f}] [{x:012.4f}]")
    log(f"[{name:>8}] [{name:*^9}] [{name:.2}] [{name:8.3s}] [{name:08}]")
    log(f"{n=} {x = } {name=!s} {x=:.1f}")
    log(f"{{literal}} {n * 2 + 1} {len(name)} {'yes' if n > 0 else 'no'} {[n, n]}")
    log(f"{True} {n > 0!s} {format(n, '>4')}|{format(x, '.3f')}|{format(name)}")
    log("plain " f"{n}" " joined")
    return True
