#!/usr/bin/env bash
# Builds Quidditch's geo-filter example (geo_filter.c, as its authors wrote it) with clang-14 and
# the maths of Debian's wasi-libc (apt-get install clang-14 lld-14 wasi-libc), with the flags of
# its own build.sh. As written it does not compile (export_name on a variable, to export a
# memory the linker exports anyway), and its <math.h> needs a sysroot: fix.patch drops the two
# lines, applied to a scratch copy; the source here stays as authored.
set -euo pipefail
cd "$(dirname "$0")"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp geo_filter.c "$scratch/geo_filter.c"
(cd "$scratch" && git apply -p1 "$OLDPWD/fix.patch")
(cd "$scratch" && clang-14 --target=wasm32-wasi --sysroot=/usr -nostdlib -Wl,--no-entry \
  -Wl,--export-dynamic -Wl,--allow-undefined -O3 -flto -fno-builtin \
  -o geo_filter.wasm geo_filter.c /usr/lib/wasm32-wasi/libc.a)
cp "$scratch/geo_filter.wasm" geo_filter.wasm
echo "built geo_filter.wasm ($(wc -c < geo_filter.wasm) bytes)"
