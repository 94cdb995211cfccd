package io.quidditch.udf.service;

import io.quidditch.udf.core.UdfRef;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/** Call counts and latency percentiles per UDF version, over the last 1024 calls. */
public final class CallStats {
  private static final int WINDOW = 1024;
  private final ConcurrentHashMap<UdfRef, Entry> entries = new ConcurrentHashMap<>();

  private static final class Entry {
    long calls;
    long errors;
    double totalMs;
    final double[] recent = new double[WINDOW];
    int next;
    Instant lastCalledAt;
    Instant lastErrorAt;
    String lastError;
  }

  /**
   * What is known of one version's calls.
   *
   * @param avgExecutionTimeMs the mean over every call; the percentiles cover the last 1024
   */
  public record Snapshot(
      String name,
      String version,
      long callCount,
      long errorCount,
      double avgExecutionTimeMs,
      double p50Ms,
      double p95Ms,
      double p99Ms,
      Instant lastCalledAt,
      String lastError,
      Instant lastErrorAt) {}

  /** Counts one call of {@code udf} (a name and exact version). */
  public void record(UdfRef udf, double ms, boolean ok, String error) {
    Entry e = entries.computeIfAbsent(udf, k -> new Entry());
    synchronized (e) {
      e.calls++;
      if (!ok) {
        e.errors++;
        e.lastError = error;
        e.lastErrorAt = Instant.now();
      }
      e.totalMs += ms;
      e.recent[e.next++ % WINDOW] = ms;
      e.lastCalledAt = Instant.now();
    }
  }

  /** The figures of one version; zeros when it has not been called. */
  public Snapshot snapshot(UdfRef udf) {
    Entry e = entries.get(udf);
    if (e == null) {
      return new Snapshot(udf.name(), udf.version(), 0, 0, 0, 0, 0, 0, null, null, null);
    }
    synchronized (e) {
      int count = (int) Math.min(e.calls, WINDOW);
      double[] sorted = Arrays.copyOf(e.recent, count);
      Arrays.sort(sorted);
      return new Snapshot(
          udf.name(),
          udf.version(),
          e.calls,
          e.errors,
          e.totalMs / e.calls,
          pct(sorted, 0.50),
          pct(sorted, 0.95),
          pct(sorted, 0.99),
          e.lastCalledAt,
          e.lastError,
          e.lastErrorAt);
    }
  }

  /**
   * Counts {@code calls} calls of {@code udf} that took {@code totalMs} together (a query's), of
   * which {@code failed} failed; the percentiles get their mean.
   */
  public void record(UdfRef udf, long calls, long failed, double totalMs, String error) {
    if (calls <= 0) {
      return;
    }
    Entry e = entries.computeIfAbsent(udf, k -> new Entry());
    double each = totalMs / calls;
    synchronized (e) {
      e.calls += calls;
      e.errors += failed;
      if (failed > 0) {
        e.lastError = error;
        e.lastErrorAt = Instant.now();
      }
      e.totalMs += totalMs;
      for (long i = 0; i < Math.min(calls, WINDOW); i++) {
        e.recent[e.next++ % WINDOW] = each;
      }
      e.lastCalledAt = Instant.now();
    }
  }

  /** Forgets one version's figures. */
  public void reset(UdfRef udf) {
    entries.remove(udf);
  }

  private static double pct(double[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
