#!/usr/bin/env bash
# Builds {{name}}.wasm with Debian's rustc (apt-get install rustc libstd-rust-dev-wasm32).
set -euo pipefail
cd "$(dirname "$0")"
/usr/bin/rustc --edition 2021 --crate-type cdylib --target wasm32-unknown-unknown \
  -C opt-level=3 -C panic=abort -C lto=fat -C codegen-units=1 -C strip=symbols \
  -C link-arg=--initial-memory=131072 -C link-arg=-zstack-size=32768 \
  --remap-path-prefix "$PWD"=. -o {{name}}.wasm src/lib.rs
echo "built {{name}}.wasm"
