#!/usr/bin/env bash
# Builds Quidditch's python-filter example (text_similarity.py, as its authors wrote it: tuple
# assignment, enumerate, get_param_* called directly, host functions declared as stubs, the
# entry function udf_main) with quidudf's Python compiler. Only the module is kept: udf.yaml
# stays the metadata of the example's README.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../../../.. && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp text_similarity.py "$scratch/"
"$root/bin/quidudf" compile "$scratch/text_similarity.py" -o "$scratch/text_similarity.wasm" >/dev/null
cp "$scratch/text_similarity.wasm" text_similarity.wasm
echo "built text_similarity.wasm ($(wc -c < text_similarity.wasm) bytes)"
