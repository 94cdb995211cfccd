package io.quidditch.udf.core;

import java.time.Duration;

/**
 * Resource limits applied to every call.
 *
 * @param memoryPages the most 64 KiB pages a module's memory may grow to
 * @param timeout wall-clock time allowed for one call
 * @param maxLogLines log lines kept per call; more are counted and dropped
 * @param maxLogLineBytes bytes kept of one log line
 * @param maxHostStringBytes the longest string the host will write into guest memory
 */
public record Limits(
    int memoryPages,
    Duration timeout,
    int maxLogLines,
    int maxLogLineBytes,
    int maxHostStringBytes) {

  /** The defaults of the ABI page: 16 MiB, 5 s. */
  public static Limits defaults() {
    return new Limits(256, Duration.ofSeconds(5), 100, 4096, 16 * 1024 * 1024);
  }

  public Limits withTimeout(Duration value) {
    return new Limits(memoryPages, value, maxLogLines, maxLogLineBytes, maxHostStringBytes);
  }

  public Limits withMemoryPages(int value) {
    return new Limits(value, timeout, maxLogLines, maxLogLineBytes, maxHostStringBytes);
  }

  /** Applies a manifest's own limits, which may only tighten these. */
  public Limits tightenedBy(Manifest.ManifestLimits own) {
    Limits out = this;
    if (own != null && own.memoryPages() != null && own.memoryPages() < memoryPages) {
      out = out.withMemoryPages(own.memoryPages());
    }
    if (own != null && own.timeoutMs() != null && own.timeoutMs() < timeout.toMillis()) {
      out = out.withTimeout(Duration.ofMillis(own.timeoutMs()));
    }
    return out;
  }
}
