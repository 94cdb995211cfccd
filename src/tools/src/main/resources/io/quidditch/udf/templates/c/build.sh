#!/usr/bin/env bash
# Builds {{name}}.wasm with Debian's clang-14 and lld-14 (apt-get install clang-14 lld-14).
set -euo pipefail
cd "$(dirname "$0")"
clang-14 --target=wasm32-unknown-unknown -O2 -nostdlib -ffreestanding \
  -Wl,--no-entry -Wl,--strip-all -Wl,--initial-memory=131072 -Wl,--max-memory=1048576 \
  -o {{name}}.wasm {{name}}.c
echo "built {{name}}.wasm"
