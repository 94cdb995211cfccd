#!/usr/bin/env bash
# Two builds of quidudf side by side: `quidudf bench` (compiled engine, the same generated
# documents) for an empty filter, one field read, custom-score and string-distance, each jar in
# its own process, the jars in turns over several rounds. Prints ns per document per round, then
# the medians and the median of the per-round ratios B/A.
#
#   src/bench/jars_ab.sh JAR_A JAR_B [SECONDS] [ROUNDS]     (defaults: 4 s, 3 rounds)
#
# To get the jar of an older commit: git worktree add /tmp/old COMMIT && (cd /tmp/old &&
# ./mvnw -q -B -DskipTests package -pl src/cli -am) and use /tmp/old/target/quidudf.jar.
set -euo pipefail
cd "$(dirname "$0")/../.."
a="$1"
b="$2"
secs="${3:-4}"
rounds="${4:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QUIDUDF_HOME="$work/home"
fixtures=src/bench/fixtures
declare -A modules=(
  [empty]="$fixtures/empty.wasm"
  [one_field]="$fixtures/one_field.wasm"
  [custom-score]="examples/custom-score/custom_score.wasm"
  [string-distance]="examples/string-distance/string_distance.wasm --param target=iphone_pro --param max_distance=3"
)
order=(empty one_field custom-score string-distance)
ns() { # jar module-args...
  local jar="$1"; shift
  # shellcheck disable=SC2068
  java -XX:+UseSerialGC -jar "$jar" bench $@ --engine compiled --generate 100000 \
    --warmup 2s --duration "${secs}s" --format json \
    | python3 -c 'import json,sys; print("%.1f" % json.load(sys.stdin)["results"][0]["mean_nanos"])'
}
for r in $(seq "$rounds"); do
  for m in "${order[@]}"; do
    # shellcheck disable=SC2086
    echo "$r $m A $(ns "$a" ${modules[$m]})" >> "$work/results"
    # shellcheck disable=SC2086
    echo "$r $m B $(ns "$b" ${modules[$m]})" >> "$work/results"
  done
done
cat "$work/results"
python3 - "$work/results" "$a" "$b" <<'EOF'
import collections, statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
by = collections.defaultdict(dict)
for r, m, j, v in rows:
    by[(m, r)][j] = float(v)
print("%-16s %10s %10s %8s" % ("ns/doc (median)", "A", "B", "B/A"))
for m in dict.fromkeys(m for m, _ in by):
    runs = [v for (mm, _), v in by.items() if mm == m]
    print("%-16s %10.1f %10.1f %7.2fx" % (
        m, statistics.median(x["A"] for x in runs), statistics.median(x["B"] for x in runs),
        statistics.median(x["B"] / x["A"] for x in runs)))
print("A: %s\nB: %s" % (sys.argv[2], sys.argv[3]))
EOF
