package io.quidditch.udf.core;

import java.time.Duration;

/**
 * Resource limits applied to every call.
 *
 * @param memoryPages the most 64 KiB pages a module's memory may grow to
 * @param timeout wall-clock time allowed for one call; zero switches the watchdog off (only for
 *     measuring what it costs)
 * @param maxLogLines log lines kept per call; more are counted and dropped
 * @param maxLogLineBytes bytes kept of one log line
 * @param maxHostStringBytes the longest string the host will write into guest memory
 * @param maxConcurrent executions at once per runtime; 0 for no bound
 * @param queueTimeout how long a call waits for a free execution slot
 */
public record Limits(
    int memoryPages,
    Duration timeout,
    int maxLogLines,
    int maxLogLineBytes,
    int maxHostStringBytes,
    int maxConcurrent,
    Duration queueTimeout) {

  /** The defaults of the ABI page: 16 MiB, 5 s; executions bounded to 8 per core. */
  public static Limits defaults() {
    return new Limits(
        256,
        Duration.ofSeconds(5),
        100,
        4096,
        16 * 1024 * 1024,
        8 * Runtime.getRuntime().availableProcessors(),
        Duration.ofSeconds(10));
  }

  public Limits withTimeout(Duration value) {
    return new Limits(
        memoryPages,
        value,
        maxLogLines,
        maxLogLineBytes,
        maxHostStringBytes,
        maxConcurrent,
        queueTimeout);
  }

  public Limits withMemoryPages(int value) {
    return new Limits(
        value,
        timeout,
        maxLogLines,
        maxLogLineBytes,
        maxHostStringBytes,
        maxConcurrent,
        queueTimeout);
  }

  public Limits withMaxLogLines(int value) {
    return new Limits(
        memoryPages,
        timeout,
        value,
        maxLogLineBytes,
        maxHostStringBytes,
        maxConcurrent,
        queueTimeout);
  }

  public Limits withConcurrency(int value, Duration wait) {
    return new Limits(
        memoryPages, timeout, maxLogLines, maxLogLineBytes, maxHostStringBytes, value, wait);
  }

  /** Applies a manifest's own limits, which may only tighten these. */
  public Limits tightenedBy(Manifest.ManifestLimits own) {
    Limits out = this;
    if (own != null && own.memoryPages() != null && own.memoryPages() < memoryPages) {
      out = out.withMemoryPages(own.memoryPages());
    }
    if (own != null
        && own.timeoutMs() != null
        && (timeout.isZero() || own.timeoutMs() < timeout.toMillis())) {
      out = out.withTimeout(Duration.ofMillis(own.timeoutMs()));
    }
    return out;
  }
}
