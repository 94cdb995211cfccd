#!/usr/bin/env bash
# Rebuilds src/tools/src/main/resources/io/quidditch/udf/python/pyfloat.wat from pyfloat.c: clang-14 to
# WebAssembly, wasm2wat (Debian's wabt) back to text, towat.py to name and strip it. The result
# is committed; .ci/run rebuilds it and fails on any difference.
set -euo pipefail
cd "$(dirname "$0")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
clang-14 --target=wasm32-unknown-unknown -Os -nostdlib -ffreestanding -fno-builtin -mbulk-memory \
  -Wall -Wextra -Werror -Wl,--no-entry -Wl,--strip-all -o "$work/pyfloat.wasm" pyfloat.c
wasm2wat "$work/pyfloat.wasm" -o "$work/pyfloat.raw.wat"
python3 towat.py "$work/pyfloat.raw.wat" > ../resources/io/quidditch/udf/python/pyfloat.wat
echo "wrote src/tools/src/main/resources/io/quidditch/udf/python/pyfloat.wat"
