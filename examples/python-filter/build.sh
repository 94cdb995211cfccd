#!/usr/bin/env bash
# Compiles text_similarity.py to text_similarity.wasm and udf.yaml with quidudf's Python compiler.
set -euo pipefail
cd "$(dirname "$0")"
../../bin/quidudf compile text_similarity.py -o text_similarity.wasm
