#!/usr/bin/env bash
# The custom-score UDF inside OpenSearch (the quidudf-wasm plugin, a node of OpenSearch's test
# framework) against Painless doing the same arithmetic on the same index, as filter and score,
# and the UDF reading its fields from _source: ns per document above match_all, medians of
# interleaved rounds. As root, the node's JVM runs as nobody (OpenSearch refuses root).
#   src/bench/opensearch_vs_painless.sh [DOCS] [ROUNDS]      (defaults: 200000, 25)
set -euo pipefail
cd "$(dirname "$0")/../.."
docs="${1:-200000}"
rounds="${2:-25}"
mkdir -p target
./mvnw -q -B test -pl src/opensearch -am -Dtest=PainlessComparisonBench \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
  -Dbench.args="-Dbench.docs=$docs -Dbench.rounds=$rounds -Dbench.report=$PWD/target/opensearch-vs-painless.txt" \
  > target/opensearch-vs-painless.log 2>&1 || { tail -40 target/opensearch-vs-painless.log; exit 1; }
cat target/opensearch-vs-painless.txt
