package io.quidditch.udf.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.AuditEntry;
import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.EvalResult;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ModulePolicy;
import io.quidditch.udf.core.NotFoundException;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.UdfRef;
import io.quidditch.udf.core.abi.DocumentView;
import io.quidditch.udf.core.registry.AuditLog;
import io.quidditch.udf.core.registry.Registry;
import io.quidditch.udf.core.registry.RegistryEntry;
import io.quidditch.udf.core.runtime.Evaluator;
import io.quidditch.udf.core.runtime.LoadedUdf;
import io.quidditch.udf.core.runtime.UdfRuntime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The use cases the CLI and the HTTP server both run on the local registry: register, look up,
 * list, remove, load and evaluate UDFs. Each applies the module policy, counts calls and writes the
 * audit log the same way whichever adapter asked.
 */
public final class UdfService {
  /** The most runs one evaluation may ask for, and the time they may take together. */
  public static final int MAX_RUNS = 10_000;

  private static final Duration RUNS_BUDGET = Duration.ofSeconds(10);

  private final Registry registry;
  private final UdfRuntime runtime;
  private final ModulePolicy policy;
  private final AuditLog audit;
  private final CallStats stats = new CallStats();
  private final Map<String, LoadedUdf> loaded = new ConcurrentHashMap<>();

  public UdfService(Registry registry, UdfRuntime runtime, ModulePolicy policy, AuditLog audit) {
    this.registry = registry;
    this.runtime = runtime;
    this.policy = policy;
    this.audit = audit;
  }

  public Registry registry() {
    return registry;
  }

  public UdfRuntime runtime() {
    return runtime;
  }

  public CallStats stats() {
    return stats;
  }

  public AuditLog audit() {
    return audit;
  }

  /**
   * Registers a module under its manifest: the policy must accept the pair and the module must load
   * (validate and link) before anything is stored.
   *
   * @param via how it arrived, for the audit log ("HTTP", "CLI")
   */
  public RegistryEntry register(Manifest manifest, byte[] wasm, String via) {
    long start = System.nanoTime();
    RegistryEntry entry;
    try {
      policy.check(wasm, manifest, manifest.name() + "@" + manifest.version());
      runtime.load(wasm, manifest);
      entry = registry.register(manifest, wasm);
    } catch (QuidudfException e) {
      failed(manifest.name(), manifest.version(), "register", e);
      throw e;
    }
    record(
        entry.name(),
        entry.version(),
        "register",
        null,
        (System.nanoTime() - start) / 1e6,
        null,
        "via " + via + ", sha256:" + entry.digest());
    return entry;
  }

  /** Audits an operation that failed before it reached a use case (a body that did not parse). */
  public void failed(String udf, String version, String operation, QuidudfException e) {
    String op = e.kind() == ErrorKind.SIGNATURE ? "refuse" : operation;
    audit.append(
        new AuditEntry(
            Instant.now(), udf, version, op, false, e.kind().code(), 0, null, e.getMessage()));
  }

  private void record(
      String udf,
      String version,
      String operation,
      String error,
      double ms,
      ObjectNode params,
      String detail) {
    audit.append(
        new AuditEntry(
            Instant.now(), udf, version, operation, error == null, error, ms, params, detail));
  }

  /** One version (null: the highest). */
  public RegistryEntry describe(String name, String version) {
    return registry.get(name, version);
  }

  /**
   * Which registered versions a listing shows; null fields match everything.
   *
   * @param page 1-based; with {@code size} 0, every match on one page
   */
  public record ListQuery(
      String name, String category, String author, String tag, int page, int size) {
    public static ListQuery all() {
      return new ListQuery(null, null, null, null, 1, 0);
    }

    /** Whether a version is one this listing shows. */
    public boolean matches(RegistryEntry e) {
      Manifest m = e.manifest();
      return (name == null || e.name().equals(name))
          && (category == null || m.category().equals(category))
          && (author == null || m.author().equals(author))
          && (tag == null || m.tags().contains(tag));
    }
  }

  /** A page of a listing, with the number of matches in all pages. */
  public record Page(long total, int page, int size, List<RegistryEntry> entries) {}

  public Page list(ListQuery q) {
    List<RegistryEntry> matches = registry.list().stream().filter(q::matches).toList();
    if (q.size() <= 0) {
      return new Page(matches.size(), 1, matches.size(), matches);
    }
    long from = (long) (q.page() - 1) * q.size();
    List<RegistryEntry> page =
        from >= matches.size()
            ? List.of()
            : matches.subList((int) from, (int) Math.min(matches.size(), from + q.size()));
    return new Page(matches.size(), q.page(), q.size(), List.copyOf(page));
  }

  /** Every version of a name, lowest first. */
  public List<String> versions(String name) {
    List<String> versions = registry.versions(name);
    if (versions.isEmpty()) {
      throw new NotFoundException("no UDF named '" + name + "'");
    }
    return versions;
  }

  /** Removes one version; its loaded instances and (unless shared) its compiled classes go too. */
  public RegistryEntry remove(String name, String version, String via) {
    RegistryEntry gone = registry.get(name, version);
    registry.remove(name, version);
    loaded.keySet().removeIf(k -> k.startsWith(name + "@" + version + "#"));
    if (registry.list().stream().noneMatch(e -> e.digest().equals(gone.digest()))) {
      runtime.evict(gone.digest());
    }
    stats.reset(new UdfRef(name, gone.version()));
    record(name, version, "remove", null, 0, null, "via " + via);
    return gone;
  }

  /** The loaded UDF for a name and version (null: the highest), compiled once per digest. */
  public LoadedUdf load(String name, String version) {
    RegistryEntry e = registry.get(name, version);
    String key = e.name() + "@" + e.version() + "#" + e.digest();
    LoadedUdf udf = loaded.get(key);
    if (udf == null) {
      byte[] wasm = registry.readModule(e);
      policy.check(wasm, e.manifest(), e.name() + "@" + e.version());
      udf = loaded.computeIfAbsent(key, k -> runtime.load(wasm, e.manifest()));
    }
    return udf;
  }

  /** One host call of a traced evaluation: the function, its arguments, result and meaning. */
  public record TraceCall(String function, String arguments, String result, String meaning) {}

  /**
   * What evaluating a UDF on one document gave.
   *
   * @param nanos the time of each run (the first is the result's)
   * @param trace the host calls of the first run, or null when not traced
   */
  public record Evaluation(
      UdfRef udf, EvalResult result, BoundParams params, long[] nanos, List<TraceCall> trace) {}

  /**
   * Evaluates a registered UDF on one document, as {@code POST /udfs/{name}/test} and {@code
   * quidudf test name@version --doc} do. A document without {@code _score} comes in with score 1.0,
   * as in Quidditch's test endpoint.
   *
   * @param runs how often to run it (1 to {@link #MAX_RUNS}), for latency figures
   */
  public Evaluation test(
      String name,
      String version,
      JsonNode document,
      Map<String, JsonNode> given,
      boolean traced,
      int runs) {
    LoadedUdf udf = load(name, version);
    DocumentView view =
        DocumentView.of(document == null ? Json.MAPPER.createObjectNode() : document, 1.0);
    return evaluate(udf, view, given, traced, runs);
  }

  /** Evaluates a loaded UDF (from the registry or a file) on one document, counted and audited. */
  public Evaluation evaluate(
      LoadedUdf udf, DocumentView doc, Map<String, JsonNode> given, boolean traced, int runs) {
    UdfRef ref = new UdfRef(udf.manifest().name(), udf.manifest().version());
    BoundParams bound = udf.bind(given);
    List<TraceCall> trace = traced ? new ArrayList<>() : null;
    long[] nanos = new long[Math.max(1, Math.min(runs, MAX_RUNS))];
    int[] done = {0};
    int[] firstTrace = {0};
    EvalResult r =
        runtime.withSlot(
            () -> {
              // a pooled instance, handed back after the call: callers' threads keep none
              Evaluator e =
                  traced
                      ? udf.freshEvaluator()
                          .traced(
                              (fn, args, result, meaning) ->
                                  trace.add(new TraceCall(fn.importName(), args, result, meaning)))
                      : udf.evaluator();
              try {
                EvalResult first = e.evaluate(doc, bound);
                nanos[done[0]++] = first.nanos();
                if (trace != null) {
                  firstTrace[0] = trace.size();
                }
                long stopAt = System.nanoTime() + RUNS_BUDGET.toNanos();
                while (first.ok() && done[0] < nanos.length && System.nanoTime() < stopAt) {
                  nanos[done[0]++] = e.evaluate(doc, bound).nanos();
                }
                return first;
              } finally {
                e.release();
              }
            });
    // every run is a call; a traced evaluation keeps the host calls of its first run only
    long[] runTimes = Arrays.copyOf(nanos, done[0]);
    for (long n : runTimes) {
      stats.record(ref, n / 1e6, r.ok(), r.ok() ? null : r.message());
    }
    ObjectNode params = Json.MAPPER.createObjectNode();
    bound.toJson().forEach(params::set);
    record(
        ref.name(),
        ref.version(),
        "test",
        r.ok() ? null : r.error().code(),
        r.nanos() / 1e6,
        params,
        r.message());
    return new Evaluation(
        ref, r, bound, runTimes, trace == null ? null : trace.subList(0, firstTrace[0]));
  }
}
