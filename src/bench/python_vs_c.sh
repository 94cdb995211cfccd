#!/usr/bin/env bash
# The Python compiler against clang on the same algorithm, in one run on this machine:
# examples/python-filter (Levenshtein distance of the lower-cased title and query, compiled from
# Python by quidudf) and src/bench/fixtures/levenshtein.c (the same algorithm, clang-14 -O2), over
# the same generated documents and parameters. The two are measured in turns, ROUNDS times each,
# each in a fresh JVM, and the medians are compared: this machine is noisy.
#
#   src/bench/python_vs_c.sh [ROUNDS] [SECONDS]     (defaults: 3 rounds, 4 s of measurement each)
#   WARMUP=6s (default 3s) sets the warm-up of each run; JAVA_OPTS adds JVM options to both sides;
#   JAR=path/to/quidudf.jar measures another build (default target/quidudf.jar); BASELINE_JAR=
#   another.jar adds that build's Python module and runtime to every round, side by side.
# Two document sets: the generated ASCII product titles, and the same number of accented titles
# (French, Spanish, German, Greek and Cyrillic words, some capitalised) with an accented query. The
# C version lower-cases ASCII only and compares UTF-8 bytes: on accented text it does less than
# the Python UDF (which gives CPython's answers, on code points) and is still the reference.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-3}"
secs="${2:-4}"
docs=100000
query=iphone
jar="${JAR:-target/quidudf.jar}"
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QUIDUDF_HOME="$work/home"
java -jar "$jar" compile examples/python-filter/text_similarity.py -o "$work/python.wasm" >/dev/null
base="${BASELINE_JAR:-}"
if [ -n "$base" ]; then
  java -jar "$base" compile examples/python-filter/text_similarity.py -o "$work/baseline.wasm" >/dev/null
fi
c_wasm=src/bench/fixtures/levenshtein_c.wasm
manifest=examples/python-filter/udf.yaml
python3 - "$docs" >"$work/accented.ndjson" <<'PY'
import json, random, sys
words = ["téléphone", "Écran", "câble", "étui", "chargeur", "sans-fil", "caméra", "écouteurs",
         "montre", "Ordinateur", "portátil", "cámara", "Größe", "Hülle", "Ladegerät", "τηλέφωνο",
         "οθόνη", "телефон", "Экран", "чехол"]
rnd = random.Random(42)
for i in range(int(sys.argv[1])):
    title = " ".join(rnd.choice(words) for _ in range(1 + rnd.randrange(3)))
    print(json.dumps({"_id": "doc-%d" % i, "title": title}, ensure_ascii=False))
PY

bench() { # wasm, documents option, query[, jar]
  java -XX:+UseSerialGC ${JAVA_OPTS:-} -jar "${4:-$jar}" bench "$1" --manifest "$manifest" $2 \
    --warmup "${WARMUP:-3s}" --duration "${secs}s" --param "query=$3" --format json \
    | python3 -c 'import json,sys; print("%.1f" % json.load(sys.stdin)["results"][0]["mean_nanos"])'
}

run() { # label, documents option, query
  local py=() c=() b=() r mp mc mb
  for r in $(seq "$rounds"); do
    py+=("$(bench "$work/python.wasm" "$2" "$3")")
    if [ -n "$base" ]; then b+=("$(bench "$work/baseline.wasm" "$2" "$3" "$base")"); fi
    c+=("$(bench "$c_wasm" "$2" "$3")")
    echo "$1 round $r: python ${py[-1]} ns/doc,${base:+ baseline ${b[-1]} ns/doc,} C ${c[-1]} ns/doc"
  done
  mp=$(median "${py[@]}"); mc=$(median "${c[@]}")
  echo
  printf '%-44s %10s %8s\n' "Levenshtein filter, $docs $1 documents" "ns/doc" "bytes"
  printf '%-44s %10s %8s\n' "Python (quidudf compile)" "$mp" "$(wc -c <"$work/python.wasm")"
  printf '%-44s %10s %8s\n' "C (clang-14 -O2, src/bench/fixtures)" "$mc" "$(wc -c <"$c_wasm")"
  echo "Python / C, $1: $(python3 -c "print('%.2f' % ($mp / $mc))")x (medians of $rounds rounds)"
  if [ -n "$base" ]; then
    mb=$(median "${b[@]}")
    printf '%-44s %10s %8s\n' "Python, baseline ($base)" "$mb" "$(wc -c <"$work/baseline.wasm")"
    echo "baseline Python / C, $1: $(python3 -c "print('%.2f' % ($mb / $mc))")x"
  fi
  echo
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
run ASCII "--generate $docs" "$query"
run accented "--docs $work/accented.ndjson" "Téléphone"
