#!/usr/bin/env bash
# Side-by-side benchmark, all in one run on this machine: the string-distance filter over the
# same 100,000 generated documents with (a) quidudf compiled (on its flat memory, and on Chicory's
# paged one for comparison), (b) quidudf interpreter, (c) the
# same algorithm in plain Java, (d) node's V8 running the same .wasm with a JavaScript host; then
# the per-call overhead of an empty filter and the cost of one field read.
#
#   src/bench/compare.sh [SECONDS]      (default 5 s of measurement per configuration)
set -euo pipefail
cd "$(dirname "$0")/../.."
secs="${1:-5}"
docs=100000
target="iphone pro"
max=3
jar=target/quidudf.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QUIDUDF_HOME="$work/home"
java_opts=(-XX:+UseSerialGC)
fixtures=src/bench/fixtures
# the string-distance example, built from Rust; src/bench/fixtures/string_distance.wat is the same
# algorithm written by hand, for comparison
sd="${STRING_DISTANCE_WASM:-examples/string-distance/string_distance.wasm}"

ns_of() { sed -n 's/^ns_per_doc \([0-9.]*\)$/\1/p'; }
bench() { # wasm engine extra-args...
  local wasm="$1" engine="$2"; shift 2
  java "${java_opts[@]}" ${extra_java:-} -jar "$jar" bench "$wasm" --engine "$engine" --generate "$docs" \
    --warmup 2s --duration "${secs}s" --format json "$@" \
    | python3 -c 'import json,sys; print("%.1f" % json.load(sys.stdin)["results"][0]["mean_nanos"])'
}

echo "string-distance filter (Levenshtein(title, \"$target\") <= $max), $docs documents, ${secs}s each"
plain=$(java "${java_opts[@]}" -cp "$jar" src/bench/PlainJava.java "$docs" "$target" "$max" "$secs" "$work/docs.ndjson" | ns_of)
compiled=$(bench $sd compiled --param "target=$target" --param "max_distance=$max")
handwritten=$(bench $fixtures/string_distance.wasm compiled --param "target=$target" --param "max_distance=$max")
paged=$(extra_java=-Dquidudf.memory=paged bench $sd compiled --param "target=$target" --param "max_distance=$max")
interp=$(bench $sd interpreter --param "target=$target" --param "max_distance=$max")
v8=$(node src/bench/v8.mjs $sd "$work/docs.ndjson" "$secs" "target=$target" "max_distance=$max" | ns_of)

ratio() { python3 -c "print('%.2f' % ($1 / $2))"; }
printf '%-28s %12s %10s\n' "configuration" "ns/doc" "vs Java"
printf '%-28s %12s %10s\n' "(a) quidudf compiled" "$compiled" "$(ratio "$compiled" "$plain")x"
printf '%-28s %12s %10s\n' "(a') same, hand-written WAT" "$handwritten" "$(ratio "$handwritten" "$plain")x"
printf '%-28s %12s %10s\n' "(a'') (a), Chicory's paged memory" "$paged" "$(ratio "$paged" "$plain")x"
printf '%-28s %12s %10s\n' "(b) quidudf interpreter" "$interp" "$(ratio "$interp" "$plain")x"
printf '%-28s %12s %10s\n' "(c) plain Java" "$plain" "1.00x"
printf '%-28s %12s %10s\n' "(d) node V8, same .wasm" "$v8" "$(ratio "$v8" "$plain")x"
echo "quidudf compiled / V8: $(ratio "$compiled" "$v8")x"

echo
echo "per-call costs (compiled; V8 for reference)"
empty=$(bench $fixtures/empty.wasm compiled)
one=$(bench $fixtures/one_field.wasm compiled)
empty_v8=$(node src/bench/v8.mjs $fixtures/empty.wasm "$work/docs.ndjson" "$secs" | ns_of)
one_v8=$(node src/bench/v8.mjs $fixtures/one_field.wasm "$work/docs.ndjson" "$secs" | ns_of)
printf '%-40s %10s %10s\n' "" "quidudf" "V8"
printf '%-40s %10s %10s\n' "empty filter, ns per call" "$empty" "$empty_v8"
printf '%-40s %10s %10s\n' "one field read (one_field - empty), ns" "$(python3 -c "print('%.1f' % ($one - $empty))")" "$(python3 -c "print('%.1f' % ($one_v8 - $empty_v8))")"
