package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.EvalResult;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.LogLine;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ParameterBinder;
import io.quidditch.udf.core.UserFiles;
import io.quidditch.udf.core.abi.DocumentView;
import io.quidditch.udf.core.runtime.LoadedUdf;
import io.quidditch.udf.core.runtime.UdfRuntime;
import io.quidditch.udf.harness.ReportWriter;
import io.quidditch.udf.harness.TestReport;
import io.quidditch.udf.harness.TestRunner;
import io.quidditch.udf.harness.TestSpecReader;
import io.quidditch.udf.harness.TextReport;
import io.quidditch.udf.harness.UdfLoader;
import io.quidditch.udf.harness.UdfSource;
import io.quidditch.udf.service.UdfService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quidudf test}: run test specs, or evaluate one document ad hoc. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Run UDF test specs (tests.yaml), or evaluate one UDF on one document.",
      "",
      "  quidudf test examples                      every tests.yaml below examples/",
      "  quidudf test udf.wasm --doc '{\"price\": 5}' --param max=10",
      "  quidudf test udf.wasm --docs docs.ndjson   one result a line, in order",
    })
public final class TestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegistryOptions registry;
  @Mixin EngineOptions engine;
  @Mixin PolicyOptions policy;

  @Parameters(
      arity = "1..*",
      paramLabel = "SPEC|DIR|UDF",
      description =
          "Spec files, directories to search for tests.yaml, or one UDF (.wasm, .wat, name@version) with --doc.")
  List<String> targets;

  @Option(
      names = "--doc",
      paramLabel = "JSON|@FILE|-",
      description =
          "A document to evaluate the UDF on (ad-hoc mode): JSON text, @FILE, or - for standard"
              + " input.")
  String doc;

  @Option(
      names = "--docs",
      paramLabel = "FILE.ndjson",
      description =
          "Documents to evaluate the UDF on, one JSON object a line ('-' reads standard input);"
              + " prints one result a line (ad-hoc mode).")
  String docs;

  @Option(
      names = {"-p", "--param"},
      paramLabel = "K=V",
      description = "A parameter for ad-hoc mode; repeatable.")
  List<String> params = new ArrayList<>();

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "Manifest for ad-hoc mode (default: udf.yaml beside the module).")
  Path manifest;

  @Option(
      names = "--format",
      completionCandidates = Candidates.TestFormats.class,
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, junit or tap.")
  ReportWriter.Format format;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Also write the report to FILE (in --format, or JSON for text).")
  Path report;

  @Option(
      names = {"-q", "--quiet"},
      description = "Text report: show only failing cases and the summary.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description = "Text report: show every case's expectation, result and logs.")
  boolean verbose;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      completionCandidates = Candidates.ColorModes.class,
      description =
          "Colour PASS and FAIL: auto (on a terminal, unless NO_COLOR is set), always or never.")
  String color;

  @Option(
      names = "--filter",
      paramLabel = "TEXT",
      description = "Run only the cases whose name contains TEXT (ignoring case).")
  String filter;

  @Option(
      names = "--watch",
      description =
          "Run the specs again whenever a file below them changes (module, source, spec,"
              + " udf.yaml); Ctrl-C stops.")
  boolean watch;

  @Override
  public Integer call() throws IOException {
    UdfRuntime runtime = engine.runtime(registry);
    UdfLoader loader = Commands.loader(registry, policy);
    if (doc != null || docs != null || !params.isEmpty() || isUdf(targets)) {
      if (watch) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--watch runs test specs again; it does not apply to one UDF");
      }
      return adHoc(runtime, loader);
    }
    return watch ? watchSpecs(runtime, loader) : runSpecs(runtime, loader);
  }

  /**
   * {@code --watch}: runs the specs, then waits for a file below the targets to change and runs
   * them again, until interrupted. A run that cannot start (a bad spec) is reported and watched.
   */
  private int watchSpecs(UdfRuntime runtime, UdfLoader loader) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<Path> roots = new ArrayList<>();
    targets.forEach(t -> roots.add(Path.of(t)));
    FileWatch files = new FileWatch(roots, report);
    int code = ExitCode.OK;
    while (true) {
      Map<Path, String> before = files.snapshot();
      try {
        code = runSpecs(runtime, loader);
      } catch (io.quidditch.udf.core.QuidudfException e) {
        err.println("quidudf test: " + e.getMessage());
        code = e.kind().exitCode();
      }
      err.println(
          "quidudf test: watching "
              + before.size()
              + " files below "
              + String.join(", ", targets)
              + " (Ctrl-C stops)");
      err.flush();
      Path changed = files.awaitChange(before);
      if (changed == null) {
        return code;
      }
      spec.commandLine().getOut().println();
      err.println("quidudf test: " + changed + " changed; running again");
      err.flush();
    }
  }

  private int runSpecs(UdfRuntime runtime, UdfLoader loader) throws IOException {
    if (quiet && verbose) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give either --quiet or --verbose, not both");
    }
    if (report != null) {
      CompileCommand.checkWritable(report); // before the run, not after it
    }
    TextReport text = new TextReport(detail(), colour());
    PrintWriter out = spec.commandLine().getOut();
    List<Path> specFiles = TestSpecReader.discover(paths());
    if (specFiles.isEmpty()) {
      throw new BadInputException(
          "no " + TestSpecReader.SPEC_FILE + " found under " + String.join(", ", targets));
    }
    warnOfStaleModules(specFiles);
    TestReport result =
        new TestRunner(runtime, loader)
            .run(
                specFiles,
                filter,
                s -> {
                  if (format == ReportWriter.Format.TEXT) {
                    out.print(text.suite(s)); // each suite as soon as it has finished
                    out.flush();
                  }
                });
    auditSuites(result);
    if (result.suites().isEmpty()) {
      throw new BadInputException(
          "no test case name contains '"
              + filter
              + "' ("
              + result.filteredOut()
              + " cases in "
              + specFiles.size()
              + " specs); run without --filter to see them all");
    }
    out.print(
        format == ReportWriter.Format.TEXT
            ? text.summary(result)
            : ReportWriter.render(result, format));
    out.flush();
    if (report != null) {
      ReportWriter.Format fileFormat =
          format == ReportWriter.Format.TEXT ? ReportWriter.Format.JSON : format;
      CompileCommand.writeAtomically(
          report, ReportWriter.render(result, fileFormat).getBytes(StandardCharsets.UTF_8));
    }
    if (result.badSpecs() > 0) {
      if (format != ReportWriter.Format.TEXT) {
        result.suites().stream()
            .filter(s -> s.error() != null)
            .forEach(
                s -> spec.commandLine().getErr().println("quidudf test: bad spec: " + s.error()));
      }
      return ExitCode.BAD_INPUT;
    }
    return result.allPassed() ? ExitCode.OK : ExitCode.NO;
  }

  /** A module older than the source its udf.yaml names is said to be, before it is tested. */
  private void warnOfStaleModules(List<Path> specFiles) {
    java.util.Set<Path> seen = new java.util.HashSet<>();
    for (Path f : specFiles) {
      try {
        io.quidditch.udf.harness.TestSpec s = TestSpecReader.read(f);
        Path module = f.toAbsolutePath().getParent().resolve(s.udf()).normalize();
        if (module.toString().endsWith(".wasm") && seen.add(module)) {
          warnIfStale(module);
        }
      } catch (io.quidditch.udf.core.QuidudfException | java.nio.file.InvalidPathException e) {
        // a bad spec is reported by the run itself
      }
    }
  }

  private void warnIfStale(Path module) {
    io.quidditch.udf.harness.BuildRecipe.beside(module)
        .flatMap(r -> r.stalenessOf(module))
        .ifPresent(w -> spec.commandLine().getErr().println("quidudf test: warning: " + w));
  }

  private TextReport.Detail detail() {
    return quiet
        ? TextReport.Detail.QUIET
        : verbose ? TextReport.Detail.VERBOSE : TextReport.Detail.NORMAL;
  }

  /** {@code --color}: auto colours a terminal unless NO_COLOR is set (https://no-color.org). */
  private boolean colour() {
    switch (color.toLowerCase(Locale.ROOT)) {
      case "always":
        return true;
      case "never":
        return false;
      case "auto":
        String noColor = System.getenv("NO_COLOR");
        return System.console() != null
            && (noColor == null || noColor.isEmpty())
            && !"dumb".equals(System.getenv("TERM"));
      default:
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--color must be auto, always or never (got '" + color + "')");
    }
  }

  private void auditSuites(TestReport result) {
    for (var s : result.suites()) {
      long failed =
          s.cases().stream()
              .filter(c -> c.status() != io.quidditch.udf.harness.CaseResult.Status.PASS)
              .count();
      double ms =
          s.cases().stream().mapToLong(io.quidditch.udf.harness.CaseResult::nanos).sum() / 1e6;
      String detail =
          s.error() != null
              ? s.error()
              : s.spec() + ": " + (s.cases().size() - failed) + " passed, " + failed + " not";
      Audit.record(
          registry,
          s.udfName(),
          s.udfVersion(),
          "test",
          s.error() == null && failed == 0,
          s.error() != null ? "bad_input" : failed > 0 ? "test_failed" : null,
          ms,
          null,
          detail);
    }
  }

  private List<Path> paths() {
    List<Path> out = new ArrayList<>();
    targets.forEach(t -> out.add(Path.of(t)));
    return out;
  }

  private static boolean isUdf(List<String> targets) {
    if (targets.size() != 1) {
      return false;
    }
    String t = targets.get(0).toLowerCase(Locale.ROOT);
    return !(t.endsWith(".yaml")
        || t.endsWith(".yml")
        || Files.isDirectory(Path.of(targets.get(0))));
  }

  private int adHoc(UdfRuntime runtime, UdfLoader loader) throws IOException {
    if (targets.size() != 1) {
      throw new BadInputException("ad-hoc mode takes exactly one UDF; got " + targets.size());
    }
    UdfSource source;
    try {
      source = loader.resolve(targets.get(0), null, manifest);
    } catch (io.quidditch.udf.core.SignatureException e) {
      Audit.failure(registry, null, null, "test", e);
      throw e;
    }
    if (source.sourceFile() == null && !targets.get(0).contains("@")) {
      warnIfStale(Path.of(targets.get(0)));
    }
    LoadedUdf udf = runtime.load(source.wasm(), source.manifest());
    Map<String, JsonNode> given = parseParams(source.manifest(), params);
    if (docs != null) {
      if (doc != null) {
        throw new BadInputException("give either --doc or --docs, not both");
      }
      return eachDocument(source, udf, udf.bind(given));
    }
    String docText = doc == null ? "{}" : Commands.textOrFile(doc, "--doc");
    DocumentView view = DocumentView.parse(docText, "--doc");
    udf.bind(given); // a wrong parameter is the error, before the note on the document
    if (doc == null) {
      spec.commandLine()
          .getErr()
          .println("quidudf test: no --doc given: evaluating the empty document {}");
    }
    // the loader applied the signature policy already; the use case counts and audits the call
    UdfService udfs =
        new UdfService(
            loader.registry(),
            runtime,
            io.quidditch.udf.core.ModulePolicy.none(),
            new io.quidditch.udf.core.registry.AuditLog(registry.home()));
    EvalResult r = udfs.evaluate(udf, view, given, false, 1).result();
    PrintWriter out = spec.commandLine().getOut();
    if (format == ReportWriter.Format.JSON) {
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.put("udf", source.manifest().name() + "@" + source.manifest().version());
      n.set("result", r.value());
      n.put("error_kind", r.error() == null ? null : r.error().code());
      n.put("message", r.message());
      n.put("execution_time_ms", r.nanos() / 1e6);
      ArrayNode logs = n.putArray("logs");
      r.logs()
          .forEach(l -> logs.addObject().put("level", l.levelName()).put("message", l.message()));
      out.println(Json.pretty(n));
    } else {
      PrintWriter err = spec.commandLine().getErr();
      for (LogLine l : r.logs()) {
        err.println("log " + l);
      }
      if (r.ok()) {
        out.println(r.value());
      } else {
        err.println("quidudf test: " + r.error().code() + ": " + r.message());
      }
    }
    return r.ok() ? ExitCode.OK : r.error().exitCode();
  }

  /** One line of {@code --docs} output under {@code --format json}: every key on every line. */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
  record DocumentResult(int line, String id, JsonNode result, String errorKind, String message) {}

  /**
   * {@code --docs}: every document of an NDJSON file, one result a line in the same order (blank
   * lines skipped). A line that is not a JSON object is an error on that line, and the rest still
   * runs.
   */
  private int eachDocument(UdfSource source, LoadedUdf udf, BoundParams bound) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exit = ExitCode.OK;
    int evaluated = 0;
    int failed = 0;
    long nanos = 0;
    var evaluator = udf.evaluator();
    try (java.io.BufferedReader in =
        docs.equals("-")
            ? new java.io.BufferedReader(
                new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8))
            : Files.newBufferedReader(UserFiles.regular(Path.of(docs)), StandardCharsets.UTF_8)) {
      String text;
      int line = 0;
      while ((text = in.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        EvalResult r;
        String id = null;
        try {
          DocumentView view = DocumentView.parse(text, "--docs line " + line);
          id = view.id().isEmpty() ? null : view.id();
          r = evaluator.evaluate(view, bound);
        } catch (BadInputException e) {
          r = null;
          failed++;
          exit = exit == ExitCode.OK ? e.kind().exitCode() : exit;
          print(out, new DocumentResult(line, null, null, e.kind().code(), e.getMessage()));
          continue;
        }
        evaluated++;
        nanos += r.nanos();
        for (LogLine l : r.logs()) {
          err.println("log line " + line + ": " + l);
        }
        if (!r.ok()) {
          failed++;
          exit = exit == ExitCode.OK ? r.error().exitCode() : exit;
        }
        print(
            out,
            new DocumentResult(
                line,
                id,
                r.value(),
                r.ok() ? null : r.error().code(),
                r.ok() ? null : r.message()));
      }
    }
    out.flush();
    Audit.record(
        registry,
        source.manifest().name(),
        source.manifest().version(),
        "test",
        failed == 0,
        failed == 0 ? null : "documents_failed",
        nanos / 1e6,
        bound.toJson(),
        evaluated + " documents, " + failed + " failed");
    return exit;
  }

  private void print(PrintWriter out, DocumentResult r) {
    if (format == ReportWriter.Format.JSON) {
      try {
        out.println(Json.BODIES.writeValueAsString(r));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    } else if (r.errorKind() == null) {
      out.println(r.result());
    } else {
      out.println("error: " + r.errorKind() + ": " + r.message());
    }
  }

  /** Parses {@code k=v} pairs, typed by the manifest's declarations. */
  static Map<String, JsonNode> parseParams(Manifest manifest, List<String> pairs) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new BadInputException("--param '" + pair + "' must look like name=value");
      }
      String k = pair.substring(0, eq);
      out.put(k, ParameterBinder.fromText(manifest.parameter(k), k, pair.substring(eq + 1)));
    }
    return out;
  }
}
