package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.Engine;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.Limits;
import io.quidditch.udf.core.runtime.UdfRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --engine compiled|interpreter} and the limits every call runs under: the defaults of
 * shared/ABI.md, then {@code limits:} in {@code HOME/config.yaml}, then these flags. A UDF's
 * manifest may tighten them further.
 */
public final class EngineOptions {
  @Option(
      names = "--engine",
      completionCandidates = Candidates.Engines.class,
      paramLabel = "ENGINE",
      defaultValue = "compiled",
      description = "compiled (default) or interpreter.")
  Engine engine;

  @Option(
      names = "--memory-pages",
      paramLabel = "N",
      description = "Most 64 KiB memory pages a UDF may use (default: 256, i.e. 16 MiB).")
  Integer memoryPages;

  @Option(
      names = "--timeout-ms",
      paramLabel = "MS",
      description = "Wall-clock time per call (default: 5000).")
  Long timeoutMs;

  @Option(
      names = "--max-log-lines",
      paramLabel = "N",
      description = "Log lines kept per call (default: 100).")
  Integer maxLogLines;

  @Option(
      names = "--no-compile-cache",
      description = "Do not keep compiled modules under the registry home.")
  boolean noCompileCache;

  /** Effective limits and where each came from (default, config file, flag). */
  record Resolved(Limits limits, Map<String, String> sources) {}

  Resolved resolve(RegistryOptions registry) {
    Limits l = Limits.defaults();
    Map<String, String> src = new LinkedHashMap<>();
    src.put("memory_pages", "default");
    src.put("timeout_ms", "default");
    src.put("max_log_lines", "default");
    src.put("max_log_line_bytes", "default");
    src.put("max_host_string_bytes", "default");
    Path config = registry.home().resolve("config.yaml");
    if (Files.isRegularFile(config)) {
      JsonNode root;
      root = Json.parseYaml(io.quidditch.udf.core.UserFiles.readString(config), config.toString());
      checkKeys(root, java.util.List.of("limits"), config.toString());
      JsonNode lim = root.path("limits");
      if (!lim.isMissingNode()) {
        checkKeys(
            lim,
            java.util.List.of("memory_pages", "timeout_ms", "max_log_lines"),
            config + ": limits");
      }
      String where = "config file " + config;
      if (lim.has("memory_pages")) {
        l =
            l.withMemoryPages(
                checked(
                    lim.get("memory_pages").asLong(-1),
                    1,
                    65536,
                    config + ": limits.memory_pages"));
        src.put("memory_pages", where);
      }
      if (lim.has("timeout_ms")) {
        l =
            l.withTimeout(
                Duration.ofMillis(
                    checked(
                        lim.get("timeout_ms").asLong(-1),
                        1,
                        3_600_000,
                        config + ": limits.timeout_ms")));
        src.put("timeout_ms", where);
      }
      if (lim.has("max_log_lines")) {
        l =
            l.withMaxLogLines(
                checked(
                    lim.get("max_log_lines").asLong(-1),
                    0,
                    100_000,
                    config + ": limits.max_log_lines"));
        src.put("max_log_lines", where);
      }
    }
    if (memoryPages != null) {
      l = l.withMemoryPages(checked(memoryPages, 1, 65536, "--memory-pages"));
      src.put("memory_pages", "flag --memory-pages");
    }
    if (timeoutMs != null) {
      l = l.withTimeout(Duration.ofMillis(checked(timeoutMs, 1, 3_600_000, "--timeout-ms")));
      src.put("timeout_ms", "flag --timeout-ms");
    }
    if (maxLogLines != null) {
      l = l.withMaxLogLines(checked(maxLogLines, 0, 100_000, "--max-log-lines"));
      src.put("max_log_lines", "flag --max-log-lines");
    }
    return new Resolved(l, src);
  }

  /** A typo in config.yaml is named, as in udf.yaml, rather than silently ignored. */
  private static void checkKeys(JsonNode node, java.util.List<String> known, String where) {
    if (!node.isObject()) {
      throw new BadInputException(where + " must be a mapping of " + String.join(", ", known));
    }
    var names = node.fieldNames();
    while (names.hasNext()) {
      String key = names.next();
      if (!known.contains(key)) {
        var near = ErrorReporter.nearest(key, known);
        throw new BadInputException(
            where
                + ": unknown key '"
                + key
                + "'"
                + (near.isEmpty() ? "" : "; did you mean '" + near.get(0) + "'")
                + " (known: "
                + String.join(", ", known)
                + ")");
      }
    }
  }

  /**
   * The runtime of a command that only loads modules to check them (compile): no run flags. It
   * interprets: loading links, validates and instantiates a module the same way with either engine
   * (a module the compiler cannot translate falls back to the interpreter anyway), and translating
   * it to bytecode only to throw the classes away was most of {@code compile}'s time.
   */
  static UdfRuntime checkingRuntime(RegistryOptions registry) {
    EngineOptions defaults = new EngineOptions();
    defaults.engine = Engine.INTERPRETER;
    return defaults.runtime(registry);
  }

  private static int checked(long v, long min, long max, String what) {
    if (v < min || v > max) {
      throw new BadInputException(what + " must be between " + min + " and " + max);
    }
    return (int) v;
  }

  /** A runtime with this engine and the resolved limits. */
  public UdfRuntime runtime(RegistryOptions registry) {
    return runtime(registry, resolve(registry).limits());
  }

  /**
   * A runtime for the server, which bounds executions itself (--max-concurrent) and holds one slot
   * per query worker and UDF clause: the runtime's own bound would only add waits.
   */
  /**
   * The server's runtime: at most {@code concurrent} requests evaluate at once, others wait 2 s.
   */
  public UdfRuntime serverRuntime(RegistryOptions registry, int concurrent) {
    // every request hands its instance back, so the server can bound what instances hold
    return runtime(
        registry,
        resolve(registry).limits().withConcurrency(concurrent, java.time.Duration.ofSeconds(2)),
        Runtime.getRuntime().maxMemory() / 2);
  }

  private UdfRuntime runtime(RegistryOptions registry, Limits limits) {
    return runtime(registry, limits, 0);
  }

  private UdfRuntime runtime(RegistryOptions registry, Limits limits, long instanceBudget) {
    UdfRuntime.Builder b =
        UdfRuntime.builder()
            .withEngine(engine)
            .withLimits(limits)
            .withInstanceBudget(instanceBudget);
    if (!noCompileCache) {
      b.withCompileCache(registry.home().resolve("cache").resolve("compiled"));
    }
    return b.build();
  }
}
