#!/usr/bin/env bash
# Builds Quidditch's string-distance example (src/lib.rs, as its authors wrote it) with Debian's
# rustc and its wasm32 standard library. As written it does not compile (a second panic handler
# beside std's, two functions missing a lifetime): fix.patch is the smallest change that makes it
# compile, applied to a scratch copy; the source here stays as authored.
set -euo pipefail
cd "$(dirname "$0")"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/src"
cp src/lib.rs "$scratch/src/lib.rs"
(cd "$scratch" && git apply -p1 "$OLDPWD/fix.patch")
/usr/bin/rustc --edition 2021 --crate-type cdylib --target wasm32-unknown-unknown \
  -C opt-level=z -C panic=abort -C lto=fat -C codegen-units=1 -C strip=symbols \
  --remap-path-prefix "$scratch"=. --cap-lints allow \
  -o string_distance.wasm "$scratch/src/lib.rs"
echo "built string_distance.wasm ($(wc -c < string_distance.wasm) bytes)"
