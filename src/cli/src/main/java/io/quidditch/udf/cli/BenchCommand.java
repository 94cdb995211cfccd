package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.Engine;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.UserFiles;
import io.quidditch.udf.core.runtime.UdfRuntime;
import io.quidditch.udf.harness.BenchDocuments;
import io.quidditch.udf.harness.BenchResult;
import io.quidditch.udf.harness.BenchRunner;
import io.quidditch.udf.harness.BenchRunner.Progress;
import io.quidditch.udf.harness.UdfLoader;
import io.quidditch.udf.harness.UdfSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quidudf bench}: cost per document, with percentiles, per engine. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure a UDF's cost per document, with percentiles.",
      "Reports ns per document (mean, p50, p95, p99), documents per second, compile and",
      "instantiate costs and peak memory.",
      "",
      "  quidudf bench examples/custom-score/custom_score.wasm --engine all"
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegistryOptions registry;
  @Mixin PolicyOptions policy;

  @Parameters(index = "0", paramLabel = "UDF", description = "A .wasm, a .wat or name@version.")
  String udf;

  @Option(
      names = "--docs",
      paramLabel = "FILE",
      description = "Documents, one JSON object per line (NDJSON).")
  Path docs;

  @Option(
      names = "--generate",
      paramLabel = "N",
      description = "Generate N synthetic documents (default 10000 when --docs is absent).")
  Integer generate;

  @Option(
      names = {"-p", "--param"},
      paramLabel = "K=V",
      description = "A UDF parameter; repeatable.")
  List<String> params = new ArrayList<>();

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "Manifest (default: udf.yaml beside the module).")
  Path manifest;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      defaultValue = "compiled",
      description = "compiled, interpreter or all.")
  String engine;

  @Option(
      names = "--threads",
      defaultValue = "1",
      description = "Threads evaluating at once (default 1).")
  int threads;

  @Option(
      names = "--warmup",
      paramLabel = "DURATION",
      defaultValue = "2s",
      converter = DurationConverter.class,
      description = "Warm-up time, e.g. 500ms, 2s (default 2s).")
  Duration warmup;

  @Option(
      names = "--duration",
      paramLabel = "DURATION",
      defaultValue = "5s",
      converter = DurationConverter.class,
      description = "Measured time per engine (default 5s).")
  Duration duration;

  @Option(
      names = "--no-limits",
      description =
          "Measure without the watchdog, memory clamp or concurrency bound (to see what they cost).")
  boolean noLimits;

  @Option(
      names = "--no-compile-cache",
      description = "Compile afresh instead of using the cache under the registry home.")
  boolean noCompileCache;

  @Option(
      names = "--save-baseline",
      paramLabel = "FILE",
      description = "Write this run's results as a baseline.")
  Path saveBaseline;

  @Option(names = "--baseline", paramLabel = "FILE", description = "Compare with a saved baseline.")
  Path baseline;

  @Option(
      names = "--fail-on-regression",
      paramLabel = "PCT",
      defaultValue = "10",
      description =
          "With --baseline: exit 1 when ns/doc grows by more than PCT percent (default 10).")
  double failOnRegression;

  @Mixin FormatOptions output;

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || threads > 256) {
      throw new BadInputException("--threads must be between 1 and 256");
    }
    UdfLoader loader = Commands.loader(registry, policy);
    UdfSource source = loader.resolve(udf, null, manifest);
    Map<String, JsonNode> given = TestCommand.parseParams(source.manifest(), params);
    BenchDocuments corpus = corpus();
    List<BenchResult> results = new ArrayList<>();
    for (Engine e : engines()) {
      UdfRuntime.Builder b = UdfRuntime.builder().withEngine(e);
      if (noLimits) {
        b.withLimits(
            io.quidditch.udf.core.Limits.defaults()
                .withTimeout(java.time.Duration.ZERO)
                .withMemoryPages(65536)
                .withConcurrency(0, java.time.Duration.ZERO));
      }
      if (!noCompileCache) {
        b.withCompileCache(registry.home().resolve("cache").resolve("compiled"));
      }
      UdfRuntime runtime = b.build();
      results.add(
          BenchRunner.run(
              runtime,
              source,
              corpus,
              given,
              new BenchRunner.Options(warmup, duration, threads),
              progress(e.text())));
      clearProgress();
    }
    ObjectNode json = toJson(results);
    if (saveBaseline != null) {
      Files.writeString(saveBaseline, Json.pretty(json), StandardCharsets.UTF_8);
    }
    List<String> regressions = baseline == null ? List.of() : compare(results);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      ArrayNode regs = json.putArray("regressions");
      regressions.forEach(regs::add);
      out.println(Json.pretty(json));
    } else {
      printText(out, results);
      regressions.forEach(r -> out.println("REGRESSION " + r));
    }
    return regressions.isEmpty() ? ExitCode.OK : ExitCode.NO;
  }

  private List<Engine> engines() {
    switch (engine.toLowerCase(Locale.ROOT)) {
      case "all":
        return BenchRunner.allEngines();
      case "compiled":
        return List.of(Engine.COMPILED);
      case "interpreter":
        return List.of(Engine.INTERPRETER);
      default:
        throw new BadInputException(
            "--engine must be compiled, interpreter or all, not '" + engine + "'");
    }
  }

  /** The documents, read or made a block at a time: memory stays flat however many there are. */
  private BenchDocuments corpus() {
    if (docs != null && generate != null) {
      throw new BadInputException("give either --docs or --generate, not both");
    }
    if (docs != null) {
      Progress reading = progress("reading " + docs.getFileName());
      // no progress (not a terminal, or --format json): nothing to report to
      BenchDocuments read =
          BenchDocuments.ndjson(docs, reading == null ? f -> {} : f -> reading.at("checking", f));
      clearProgress();
      return read;
    }
    int count = generate == null ? 10_000 : generate;
    if (count < 1 || count > 10_000_000) {
      throw new BadInputException("--generate must be between 1 and 10000000");
    }
    return BenchDocuments.generated(count, 42);
  }

  private ObjectNode toJson(List<BenchResult> results) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode arr = root.putArray("results");
    for (BenchResult r : results) {
      arr.add(Json.BODIES.valueToTree(r));
    }
    return root;
  }

  private List<String> compare(List<BenchResult> results) {
    JsonNode base = Json.parse(UserFiles.readString(baseline), baseline.toString());
    List<String> out = new ArrayList<>();
    for (BenchResult r : results) {
      for (JsonNode b : base.path("results")) {
        // a baseline written before the keys were snake_case says meanNanos
        JsonNode mean = b.has("mean_nanos") ? b.path("mean_nanos") : b.path("meanNanos");
        if (b.path("engine").asText().equals(r.engine()) && mean.isNumber()) {
          double was = mean.asDouble();
          double change = (r.meanNanos() - was) / was * 100;
          if (change > failOnRegression) {
            out.add(
                String.format(
                    Locale.ROOT,
                    "%s %s: %.1f ns/doc against %.1f in the baseline (+%.1f%%, limit %.1f%%)",
                    r.udf(),
                    r.engine(),
                    r.meanNanos(),
                    was,
                    change,
                    failOnRegression));
          }
        }
      }
    }
    return out;
  }

  private static void printText(PrintWriter out, List<BenchResult> results) {
    for (BenchResult r : results) {
      out.printf(
          Locale.ROOT,
          "%s  engine=%s  threads=%d  documents=%d%n",
          r.udf(),
          r.engine(),
          r.threads(),
          r.documents());
      out.printf(
          Locale.ROOT,
          "  ns/doc     mean %.1f   p50 %.0f   p95 %.0f   p99 %.0f%n",
          r.meanNanos(),
          r.p50Nanos(),
          r.p95Nanos(),
          r.p99Nanos());
      out.printf(
          Locale.ROOT,
          "  docs/s     %.0f   (%d calls, %d errors)%n",
          r.docsPerSecond(),
          r.calls(),
          r.errors());
      out.printf(
          Locale.ROOT,
          "  compile    %.1f ms   instantiate+call %.1f µs   peak memory %d page(s)%n",
          r.compileMillis(),
          r.instantiateMicros(),
          r.peakMemoryPages());
    }
    if (results.size() == 2) {
      out.printf(
          Locale.ROOT,
          "interpreter / compiled: %.1fx%n",
          results.get(1).meanNanos() / results.get(0).meanNanos());
    }
  }

  /** Whether progress goes to the terminal: only an interactive one, and not under JSON. */
  private boolean showsProgress() {
    return System.console() != null && !"dumb".equals(System.getenv("TERM")) && !output.json();
  }

  /** A one-line progress display for every phase of a long run, on standard error. */
  private Progress progress(String what) {
    if (!showsProgress()) {
      return null;
    }
    PrintWriter err = spec.commandLine().getErr();
    return (phase, p) -> {
      int width = 30;
      int filled = (int) (Math.min(1, p) * width);
      String line =
          p <= 0
              ? what + ": " + phase + "..."
              : what
                  + ": "
                  + phase
                  + " ["
                  + "#".repeat(filled)
                  + " ".repeat(width - filled)
                  + "] "
                  + (int) (p * 100)
                  + "%";
      err.print("\r" + line + " ".repeat(Math.max(0, 72 - line.length())));
      err.flush();
    };
  }

  private void clearProgress() {
    if (showsProgress()) {
      spec.commandLine().getErr().print("\r" + " ".repeat(78) + "\r");
      spec.commandLine().getErr().flush();
    }
  }

  /** Reads {@code 500ms}, {@code 2s}, {@code 1m}. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      try {
        if (v.endsWith("ms")) {
          return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        } else if (v.endsWith("s")) {
          return Duration.ofMillis(
              (long) (Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
        } else if (v.endsWith("m")) {
          return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)) * 60);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not a duration; use e.g. 500ms, 2s, 1m");
    }
  }
}
