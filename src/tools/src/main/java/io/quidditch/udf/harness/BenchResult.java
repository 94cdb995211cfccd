package io.quidditch.udf.harness;

/**
 * One benchmark measurement of one UDF on one engine.
 *
 * @param compileMillis time to validate, link and compile the module (first load)
 * @param instantiateMicros time to make one more instance, averaged
 * @param calls measured calls (all threads)
 * @param errors measured calls that failed
 * @param meanNanos time per document: the time the threads spent evaluating (not decoding
 *     documents) over the calls they made
 * @param p50Nanos median single-call latency
 * @param peakMemoryPages the most memory pages any instance had
 */
public record BenchResult(
    String udf,
    String engine,
    int threads,
    int documents,
    double compileMillis,
    double instantiateMicros,
    long calls,
    long errors,
    double meanNanos,
    double p50Nanos,
    double p95Nanos,
    double p99Nanos,
    double docsPerSecond,
    int peakMemoryPages) {}
