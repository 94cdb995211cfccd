package io.quidditch.udf.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.EvalResult;
import io.quidditch.udf.core.Limits;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.ReturnType;
import io.quidditch.udf.core.abi.DocumentView;
import io.quidditch.udf.core.runtime.Evaluator;
import io.quidditch.udf.core.runtime.LoadedUdf;
import io.quidditch.udf.core.runtime.UdfRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs test specs: every case on a fresh instance, then all cases again in order on one reused
 * instance, reporting a case whose answer changes as a state leak.
 */
public final class TestRunner {
  private final UdfRuntime runtime;
  private final UdfLoader loader;

  public TestRunner(UdfRuntime runtime, UdfLoader loader) {
    this.runtime = runtime;
    this.loader = loader;
  }

  /** Runs every spec; see {@link #run(List, String, Consumer)}. */
  public TestReport run(List<Path> specFiles) {
    return run(specFiles, null, s -> {});
  }

  /**
   * Runs every spec, several at once across the cores; a bad spec becomes a suite with an error
   * instead of stopping the run.
   *
   * @param filter when not null, only the cases whose name contains it (ignoring case) run; a spec
   *     with none of them is left out of the report
   * @param onSuite told of each suite as soon as it and every suite before it have finished, in the
   *     order of the files (so a caller can print a long run as it goes)
   */
  public TestReport run(List<Path> specFiles, String filter, Consumer<SuiteResult> onSuite) {
    int workers =
        Math.max(1, Math.min(specFiles.size(), Runtime.getRuntime().availableProcessors()));
    AtomicLong filteredOut = new AtomicLong();
    List<SuiteResult> suites = new ArrayList<>();
    if (workers == 1) {
      for (Path f : specFiles) {
        runFile(f, filter, filteredOut)
            .ifPresent(
                s -> {
                  suites.add(s);
                  onSuite.accept(s);
                });
      }
      return new TestReport(suites, filteredOut.get());
    }
    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(
            workers,
            r -> {
              // a known, generous stack for every call, as on the calling thread
              Thread t =
                  new Thread(null, r, "quidudf-test-" + n.incrementAndGet(), 16L * 1024 * 1024);
              t.setDaemon(true);
              return t;
            });
    try {
      List<java.util.concurrent.Future<Optional<SuiteResult>>> futures = new ArrayList<>();
      for (Path f : specFiles) {
        futures.add(pool.submit(() -> runFile(f, filter, filteredOut)));
      }
      for (java.util.concurrent.Future<Optional<SuiteResult>> f : futures) {
        try {
          f.get()
              .ifPresent(
                  s -> {
                    suites.add(s);
                    onSuite.accept(s);
                  });
        } catch (java.util.concurrent.ExecutionException e) {
          Throwable c = e.getCause();
          if (c instanceof RuntimeException) {
            throw (RuntimeException) c;
          }
          throw new IllegalStateException(c);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new QuidudfException(
              io.quidditch.udf.core.ErrorKind.INTERNAL, "test run interrupted");
        }
      }
      return new TestReport(suites, filteredOut.get());
    } finally {
      pool.shutdownNow();
    }
  }

  private Optional<SuiteResult> runFile(Path file, String filter, AtomicLong filteredOut) {
    TestSpec spec;
    try {
      spec = TestSpecReader.read(file);
    } catch (QuidudfException e) {
      return Optional.of(
          new SuiteResult(file.toString(), null, List.of(), e.getMessage(), null, null));
    }
    if (filter != null) {
      String needle = filter.toLowerCase(Locale.ROOT);
      List<TestSpec.Case> kept = new ArrayList<>();
      for (TestSpec.Case c : spec.cases()) {
        if (c.name().toLowerCase(Locale.ROOT).contains(needle)) {
          kept.add(c);
        }
      }
      filteredOut.addAndGet(spec.cases().size() - kept.size());
      if (kept.isEmpty()) {
        return Optional.empty();
      }
      spec = spec.withCases(kept);
    }
    try {
      return Optional.of(run(spec));
    } catch (QuidudfException e) {
      return Optional.of(new SuiteResult(file.toString(), null, List.of(), whyBad(e), null, null));
    }
  }

  /** A spec's error; a compile error brings its diagnostics, as {@code compile} shows them. */
  private static String whyBad(QuidudfException e) {
    StringBuilder out = new StringBuilder(e.getMessage());
    if (e instanceof io.quidditch.udf.core.CompileException) {
      for (io.quidditch.udf.core.Diagnostic d :
          ((io.quidditch.udf.core.CompileException) e).diagnostics()) {
        out.append('\n').append(d.render());
      }
    }
    return out.toString();
  }

  /** Runs one parsed spec; throws for a spec whose UDF cannot be found, compiled or loaded. */
  public SuiteResult run(TestSpec spec) {
    UdfSource source =
        loader.resolve(spec.udf(), spec.file().toAbsolutePath().getParent(), spec.manifest());
    Manifest manifest =
        spec.function() == null
            ? source.manifest()
            : source.manifest().withFunctionName(spec.function());
    Limits limits = runtime.limits().withTimeout(spec.timeout());
    Map<String, LoadedUdf> byFunction = new HashMap<>();
    String suite = spec.file().toString();
    LoadedUdf main = load(source, manifest, limits);
    byFunction.put(manifest.functionName(), main);
    String label =
        manifest.name() + "@" + manifest.version() + " (" + runtime.engine().text() + ")";

    List<CaseResult> results = new ArrayList<>();
    List<BoundParams> bound = new ArrayList<>();
    List<EvalResult> fresh = new ArrayList<>();
    for (TestSpec.Case c : spec.cases()) {
      String fn = c.function() == null ? manifest.functionName() : c.function();
      LoadedUdf udf =
          byFunction.computeIfAbsent(fn, f -> load(source, manifest.withFunctionName(f), limits));
      Map<String, JsonNode> params = new LinkedHashMap<>(spec.parameters());
      params.putAll(c.parameters());
      BoundParams b;
      EvalResult r;
      try {
        b = udf.bind(params);
        r = udf.freshEvaluator().evaluate(DocumentView.of(c.document()), b);
      } catch (QuidudfException e) {
        b = null;
        r = new EvalResult(udf.returns(), null, e.kind(), e.getMessage(), List.of(), 0, 0);
      }
      bound.add(b);
      fresh.add(r);
      results.add(checkLogs(c, judge(suite, c, udf.returns(), r), r));
    }
    checkStateLeaks(spec, manifest, byFunction, bound, fresh, results);
    return new SuiteResult(suite, label, results, null, manifest.name(), manifest.version());
  }

  private LoadedUdf load(UdfSource source, Manifest manifest, Limits limits) {
    return runtime.load(source.wasm(), manifest, limits);
  }

  private static void checkStateLeaks(
      TestSpec spec,
      Manifest manifest,
      Map<String, LoadedUdf> byFunction,
      List<BoundParams> bound,
      List<EvalResult> fresh,
      List<CaseResult> results) {
    Map<String, Evaluator> sessions = new HashMap<>();
    for (int i = 0; i < spec.cases().size(); i++) {
      if (bound.get(i) == null) {
        continue;
      }
      TestSpec.Case c = spec.cases().get(i);
      String fn = c.function() == null ? manifest.functionName() : c.function();
      Evaluator session = sessions.computeIfAbsent(fn, f -> byFunction.get(f).evaluator());
      EvalResult again = session.evaluate(DocumentView.of(c.document()), bound.get(i));
      EvalResult first = fresh.get(i);
      boolean same = first.error() == again.error() && Objects.equals(first.value(), again.value());
      if (!same
          && first.error() != io.quidditch.udf.core.ErrorKind.TIMEOUT
          && again.error() != io.quidditch.udf.core.ErrorKind.TIMEOUT) {
        results.set(
            i,
            results
                .get(i)
                .withFailure(
                    "state leak: on a reused instance the result was "
                        + describe(again)
                        + " but on a fresh one "
                        + describe(first)
                        + "; the UDF keeps state between documents"));
      }
    }
  }

  private static CaseResult checkLogs(TestSpec.Case c, CaseResult result, EvalResult r) {
    if (c.expectLogs() == null || result.status() != CaseResult.Status.PASS) {
      return result;
    }
    List<String> actual = new ArrayList<>();
    r.logs().forEach(l -> actual.add(l.toString()));
    return actual.equals(c.expectLogs())
        ? result
        : result.withFailure(
            "the logs differ from expect_logs (- expected, + actual)",
            LineDiff.of(c.expectLogs(), actual));
  }

  private static String describe(EvalResult r) {
    return r.ok() ? r.value().toString() : "error " + r.error().code();
  }

  private static CaseResult judge(String suite, TestSpec.Case c, ReturnType type, EvalResult r) {
    String kind = r.error() == null ? null : r.error().code();
    if (c.expectError() != null) {
      JsonNode expected = TextNode.valueOf(c.expectError().code());
      if (r.error() == c.expectError()) {
        return new CaseResult(
            suite,
            c.name(),
            CaseResult.Status.PASS,
            expected,
            r.value(),
            kind,
            r.message(),
            r.nanos(),
            r.logs());
      }
      String why =
          r.ok()
              ? "expected error " + c.expectError().code() + ", got " + r.value()
              : "expected error "
                  + c.expectError().code()
                  + ", got error "
                  + kind
                  + ": "
                  + r.message();
      return new CaseResult(
          suite,
          c.name(),
          CaseResult.Status.FAIL,
          expected,
          r.value(),
          kind,
          why,
          r.nanos(),
          r.logs());
    }
    if (!r.ok()) {
      return new CaseResult(
          suite,
          c.name(),
          CaseResult.Status.ERROR,
          c.expect(),
          null,
          kind,
          r.message(),
          r.nanos(),
          r.logs());
    }
    String mismatch = compare(c, type, r.value());
    CaseResult.Status status = mismatch == null ? CaseResult.Status.PASS : CaseResult.Status.FAIL;
    return new CaseResult(
        suite, c.name(), status, c.expect(), r.value(), null, mismatch, r.nanos(), r.logs());
  }

  /** Null when the value meets the expectation, else why not. */
  private static String compare(TestSpec.Case c, ReturnType type, JsonNode actual) {
    JsonNode expect = c.expect();
    switch (type) {
      case FILTER:
        if (!expect.isBoolean()) {
          return "this UDF is a filter, so 'expect' must be true or false (got " + expect + ")";
        }
        return expect.booleanValue() == actual.booleanValue()
            ? null
            : "expected " + expect + ", got " + actual;
      case SCORE:
        if (!expect.isNumber()) {
          return "this UDF returns a score, so 'expect' must be a number (got " + expect + ")";
        }
        double diff = Math.abs(expect.doubleValue() - actual.doubleValue());
        return diff <= c.tolerance()
            ? null
            : "expected "
                + expect.doubleValue()
                + " ± "
                + c.tolerance()
                + ", got "
                + actual.doubleValue();
      default:
        if (!expect.isIntegralNumber()) {
          return "this UDF returns an integer, so 'expect' must be a whole number (got "
              + expect
              + ")";
        }
        return expect.longValue() == actual.longValue()
            ? null
            : "expected " + expect + ", got " + actual;
    }
  }
}
