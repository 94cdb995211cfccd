#!/usr/bin/env bash
# Compiles {{name}}.py to {{name}}.wasm and udf.yaml (quidudf compiles the Python subset itself).
set -euo pipefail
cd "$(dirname "$0")"
"${QUIDUDF:-quidudf}" compile {{name}}.py -o {{name}}.wasm
