#!/usr/bin/env bash
# Compiles geo_decay.py to geo_decay.wasm and udf.yaml with quidudf's Python compiler.
set -euo pipefail
cd "$(dirname "$0")"
../../bin/quidudf compile geo_decay.py -o geo_decay.wasm
