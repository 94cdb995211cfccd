#!/usr/bin/env bash
# Builds {{name}}.wasm from the WebAssembly text (quidudf compiles .wat itself).
set -euo pipefail
cd "$(dirname "$0")"
"${QUIDUDF:-quidudf}" compile {{name}}.wat -o {{name}}.wasm
