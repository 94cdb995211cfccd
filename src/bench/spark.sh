#!/usr/bin/env bash
# custom-score in Spark (local[1]): ns per row above a plain count for the UDF reading a JSON
# column, the UDF reading typed columns, and Spark's own expression doing the same arithmetic, as
# filter and as score; medians of interleaved rounds.
#   src/bench/spark.sh [ROWS] [ROUNDS]      (defaults: 2000000, 9)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-2000000}"
rounds="${2:-9}"
mkdir -p target
./mvnw -q -B test -pl src/spark -am -Dtest=SparkBench \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
  -Dbench.args="-Dbench.rows=$rows -Dbench.rounds=$rounds -Dbench.report=$PWD/target/spark-bench.txt" \
  > target/spark-bench.log 2>&1 || { tail -40 target/spark-bench.log; exit 1; }
cat target/spark-bench.txt
