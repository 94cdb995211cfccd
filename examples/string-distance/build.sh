#!/usr/bin/env bash
# Builds string_distance.wasm with Debian's rustc and its wasm32 standard library
# (apt-get install rustc libstd-rust-dev-wasm32). /usr/bin/rustc is used even when rustup's
# rustc comes first on PATH, so the module is the same wherever it is built.
set -euo pipefail
cd "$(dirname "$0")"
/usr/bin/rustc --edition 2021 --crate-type cdylib --target wasm32-unknown-unknown \
  -C opt-level=3 -C panic=abort -C lto=fat -C codegen-units=1 -C strip=symbols \
  -C link-arg=--initial-memory=131072 -C link-arg=-zstack-size=32768 \
  --remap-path-prefix "$PWD"=. \
  -o string_distance.wasm src/lib.rs
echo "built string_distance.wasm ($(wc -c < string_distance.wasm) bytes)"
