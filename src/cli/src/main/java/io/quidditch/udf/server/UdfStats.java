package io.quidditch.udf.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.Json;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/** Call counts and latency percentiles per UDF version, over the last 1024 calls. */
final class UdfStats {
  private static final int WINDOW = 1024;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  private static final class Entry {
    long calls;
    long errors;
    double totalMs;
    final double[] recent = new double[WINDOW];
    int next;
    Instant lastCalledAt;
  }

  void record(String name, String version, double ms, boolean ok) {
    Entry e = entries.computeIfAbsent(name + "@" + version, k -> new Entry());
    synchronized (e) {
      e.calls++;
      if (!ok) {
        e.errors++;
      }
      e.totalMs += ms;
      e.recent[e.next++ % WINDOW] = ms;
      e.lastCalledAt = Instant.now();
    }
  }

  ObjectNode json(String name, String version) {
    Entry e = entries.get(name + "@" + version);
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("name", name);
    n.put("version", version);
    if (e == null) {
      n.put("call_count", 0)
          .put("error_count", 0)
          .put("avg_execution_time_ms", 0.0)
          .put("p50_ms", 0.0)
          .put("p95_ms", 0.0)
          .put("p99_ms", 0.0)
          .putNull("last_called_at");
      return n;
    }
    synchronized (e) {
      int count = (int) Math.min(e.calls, WINDOW);
      double[] sorted = Arrays.copyOf(e.recent, count);
      Arrays.sort(sorted);
      n.put("call_count", e.calls);
      n.put("error_count", e.errors);
      n.put("avg_execution_time_ms", e.totalMs / e.calls);
      n.put("p50_ms", pct(sorted, 0.50));
      n.put("p95_ms", pct(sorted, 0.95));
      n.put("p99_ms", pct(sorted, 0.99));
      n.put("last_called_at", e.lastCalledAt.toString());
    }
    return n;
  }

  private static double pct(double[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
