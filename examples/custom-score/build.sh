#!/usr/bin/env bash
# Builds custom_score.wasm from the WebAssembly text with quidudf's own wat2wasm.
set -euo pipefail
cd "$(dirname "$0")"
../../bin/quidudf compile custom_score.wat -o custom_score.wasm
