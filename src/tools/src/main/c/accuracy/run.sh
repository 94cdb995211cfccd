#!/usr/bin/env bash
# Accuracy of the Python compiler's float library (src/tools/src/main/c/pyfloat.c), built natively with gcc:
# against CPython on random inputs, then which side rounds correctly where they differ.
#   src/tools/src/main/c/accuracy/run.sh [SEED] [N]      (defaults: 11, 10000 inputs per function)
set -euo pipefail
cd "$(dirname "$0")"
gcc -O2 -o driver driver.c -lm
trap 'rm -f driver' EXIT
python3 against_cpython.py "${1:-11}" "${2:-10000}"
python3 rounding.py
