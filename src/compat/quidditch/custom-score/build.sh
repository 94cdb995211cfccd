#!/usr/bin/env bash
# Builds Quidditch's custom-score example (custom_score.wat, as its authors wrote it) with
# wat2wasm, as its own build.sh does. As written it does not validate: the result of its
# get_param_f64 call is left on the stack, where the local it then tests was meant to hold it.
# fix.patch stores it there, applied to a scratch copy; the source here stays as authored.
set -euo pipefail
cd "$(dirname "$0")"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp custom_score.wat "$scratch/custom_score.wat"
(cd "$scratch" && git apply -p1 "$OLDPWD/fix.patch")
wat2wasm "$scratch/custom_score.wat" -o custom_score.wasm
echo "built custom_score.wasm ($(wc -c < custom_score.wasm) bytes)"
