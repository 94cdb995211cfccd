package io.quidditch.udf.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.abi.DocumentView;
import io.quidditch.udf.core.abi.FieldPath;
import io.quidditch.udf.core.runtime.Evaluator;
import io.quidditch.udf.core.runtime.LoadedUdf;
import io.quidditch.udf.core.runtime.UdfCallException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;

/**
 * A small query language over a document collection, with UDFs as clauses: {@code match_all},
 * {@code term}, {@code range}, {@code bool} ({@code must}, {@code filter}, {@code should}, {@code
 * must_not}, nested) and {@code wasm_udf} anywhere a clause may stand. A filter UDF keeps or drops
 * a document; a score UDF adds its score. Documents are evaluated in parallel.
 */
public final class QueryEngine {
  private final BiFunction<String, String, LoadedUdf> udfs;
  private final ExecutorService pool;
  private final int workers;

  /**
   * @param udfs finds a loaded UDF by name and version (null for the latest)
   * @param pool the threads that evaluate documents
   */
  public QueryEngine(
      BiFunction<String, String, LoadedUdf> udfs, ExecutorService pool, int workers) {
    this.udfs = udfs;
    this.pool = pool;
    this.workers = workers;
  }

  /** One hit. */
  public record Hit(int index, double score) {}

  /**
   * A page of hits and the number of matches.
   *
   * @param maxScore the best score of all hits (not only this page's), NaN when none
   * @param udfCalls the calls of each UDF, by {@code name@version}
   * @param udfFailures the calls of each UDF that failed (trap, timeout...), by {@code
   *     name@version}
   * @param udfErrors documents skipped because a UDF failed on them
   * @param firstUdfError the first of those failures, or null
   */
  public record Result(
      long total,
      List<Hit> hits,
      double maxScore,
      Map<String, Long> udfCalls,
      Map<String, Long> udfFailures,
      long udfErrors,
      QuidudfException firstUdfError) {}

  /**
   * How a query runs.
   *
   * @param deadline when it stops with kind timeout (zero for never)
   * @param cancellation what may stop it early
   * @param failOnUdfError whether a UDF failing on one document fails the query, instead of
   *     skipping that document and counting it (as Quidditch does)
   */
  public record Options(
      java.time.Duration deadline, Cancellation cancellation, boolean failOnUdfError) {
    /** No deadline; a failing UDF skips its document. */
    public static Options untimed() {
      return new Options(java.time.Duration.ZERO, new Cancellation(), false);
    }
  }

  /** Runs a query over documents (each a plain object or a hit with _id/_source), untimed. */
  public Result search(List<? extends JsonNode> docs, JsonNode query, int from, int size) {
    return search(docs, query, from, size, Options.untimed());
  }

  /**
   * Lets whoever started a query stop it before it ends (its HTTP client went away, say). The
   * query's tasks stop at their next document, and {@code search} throws kind cancelled.
   */
  public static final class Cancellation {
    private final java.util.concurrent.CompletableFuture<String> reason =
        new java.util.concurrent.CompletableFuture<>();

    /** Stops the query (now, or as soon as it starts); later calls change nothing. */
    public void cancel(String why) {
      reason.complete(why);
    }

    /** Whether {@link #cancel} was called. */
    public boolean isCancelled() {
      return reason.isDone();
    }
  }

  /** Documents one task evaluates before it yields the pool to other queries. */
  static final int CHUNK = 512;

  /**
   * Runs a query under {@code options}. Documents go through the pool in chunks, and a query's
   * tasks go to the back of the queue after each chunk, so a long query shares the threads with the
   * ones that arrive after it instead of holding them.
   *
   * @throws QuidudfException of kind timeout when the deadline passes first, cancelled when it was
   *     cancelled, or the UDF's kind when one fails and the options say to fail
   */
  public Result search(
      List<? extends JsonNode> docs, JsonNode query, int from, int size, Options options) {
    Cancellation cancellation = options.cancellation();
    java.time.Duration deadline = options.deadline();
    Clause root =
        parse(
            query == null || query.isNull()
                ? Json.MAPPER.createObjectNode().set("match_all", Json.MAPPER.createObjectNode())
                : query,
            "query");
    Run run = new Run(root, docs, deadline, options.failOnUdfError());
    cancellation.reason.thenAccept(
        why -> {
          run.stop.set(true);
          run.done.completeExceptionally(
              new QuidudfException(
                  ErrorKind.CANCELLED,
                  "query cancelled after "
                      + run.evaluated.get()
                      + " of "
                      + docs.size()
                      + " documents: "
                      + why));
        });
    int runners = Math.max(1, Math.min(workers, (docs.size() + CHUNK - 1) / CHUNK));
    for (int r = 0; r < runners; r++) {
      run.submit();
    }
    List<Hit> all;
    try {
      all = run.done.get();
    } catch (InterruptedException e) {
      run.stop.set(true);
      Thread.currentThread().interrupt();
      throw new QuidudfException(ErrorKind.INTERNAL, "query interrupted");
    } catch (ExecutionException e) {
      run.stop.set(true);
      if (e.getCause() instanceof QuidudfException) {
        throw (QuidudfException) e.getCause();
      }
      throw new QuidudfException(ErrorKind.INTERNAL, "query failed: " + e.getCause());
    }
    all.sort(
        (a, b) ->
            a.score() != b.score()
                ? Double.compare(b.score(), a.score())
                : Integer.compare(a.index(), b.index()));
    int start = Math.min(from, all.size());
    int end = Math.min(all.size(), start + size);
    Map<String, Long> calls = new LinkedHashMap<>();
    Map<String, Long> failures = new LinkedHashMap<>();
    root.countUdfs(calls, failures);
    return new Result(
        all.size(),
        new ArrayList<>(all.subList(start, end)),
        all.isEmpty() ? Double.NaN : all.get(0).score(),
        calls,
        failures,
        run.udfErrors.get(),
        run.firstUdfError.get());
  }

  /** Unwinds the other tasks of a query that already ended. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("query stopped", null, false, false);
    }
  }

  private static final Stopped STOPPED = new Stopped();

  /** One query in flight: its chunks, its hits, and how it ends. */
  private final class Run {
    final Clause root;
    final List<? extends JsonNode> docs;
    final long deadlineNanos;
    final long deadlineMillis;
    final int chunks;
    final java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger finished =
        new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger evaluated =
        new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicBoolean stop =
        new java.util.concurrent.atomic.AtomicBoolean();
    final List<Hit> hits = java.util.Collections.synchronizedList(new ArrayList<>());
    final boolean failOnUdfError;
    final java.util.concurrent.atomic.AtomicLong udfErrors =
        new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicReference<QuidudfException> firstUdfError =
        new java.util.concurrent.atomic.AtomicReference<>();
    final java.util.concurrent.CompletableFuture<List<Hit>> done =
        new java.util.concurrent.CompletableFuture<>();

    Run(
        Clause root,
        List<? extends JsonNode> docs,
        java.time.Duration deadline,
        boolean failOnUdfError) {
      this.root = root;
      this.failOnUdfError = failOnUdfError;
      this.docs = docs;
      this.deadlineMillis = deadline.toMillis();
      this.deadlineNanos =
          deadline.isZero() ? Long.MAX_VALUE : System.nanoTime() + deadline.toNanos();
      this.chunks = Math.max(1, (docs.size() + CHUNK - 1) / CHUNK);
    }

    void submit() {
      try {
        pool.submit(this::step);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        done.completeExceptionally(
            new QuidudfException(ErrorKind.BUSY, "the query pool is shutting down; retry"));
      }
    }

    /** Evaluates one chunk, then queues itself again behind whatever else is waiting. */
    private void step() {
      if (stop.get() || done.isDone()) {
        return;
      }
      int c = next.getAndIncrement();
      if (c >= chunks) {
        return;
      }
      try {
        int lo = (int) ((long) docs.size() * c / chunks);
        int hi = (int) ((long) docs.size() * (c + 1) / chunks);
        hits.addAll(evaluateRange(this, lo, hi));
        evaluated.addAndGet(hi - lo);
      } catch (Stopped e) {
        return; // another task of this query failed or ran out of time: it said so
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
        stop.set(true);
        return;
      }
      if (finished.incrementAndGet() == chunks) {
        done.complete(new ArrayList<>(hits));
      } else if (next.get() < chunks) {
        submit();
      }
    }

    void checkDeadline() {
      if (stop.get()) {
        throw STOPPED;
      }
      if (System.nanoTime() > deadlineNanos) {
        throw new QuidudfException(
            ErrorKind.TIMEOUT,
            "query exceeded its deadline of "
                + deadlineMillis
                + " ms after "
                + evaluated.get()
                + " of "
                + docs.size()
                + " documents; narrow the query or raise timeout_ms");
      }
    }
  }

  private List<Hit> evaluateRange(Run run, int lo, int hi) {
    Worker w = new Worker();
    List<Hit> hits = new ArrayList<>();
    try {
      for (int i = lo; i < hi; i++) {
        run.checkDeadline();
        DocumentView view = DocumentView.of(run.docs.get(i));
        double s;
        try {
          s = run.root.eval(view, w);
        } catch (UdfFailed f) {
          if (run.failOnUdfError) {
            throw f.error;
          }
          // skipped and counted, as Quidditch does: one bad document does not fail the query
          run.udfErrors.incrementAndGet();
          run.firstUdfError.compareAndSet(null, f.error);
          continue;
        }
        if (!Double.isNaN(s)) {
          hits.add(new Hit(i, s));
        }
      }
    } finally {
      w.release();
    }
    return hits;
  }

  /** Per-thread state: one evaluator per UDF clause. */
  private static final class Worker {
    final Map<UdfClause, Evaluator> evaluators = new HashMap<>();

    Evaluator evaluator(UdfClause c) {
      return evaluators.computeIfAbsent(c, k -> k.udf.evaluator());
    }

    void release() {
      evaluators.values().forEach(Evaluator::release);
    }
  }

  /** A clause: NaN when the document does not match, else its score contribution. */
  private interface Clause {
    double eval(DocumentView doc, Worker w);

    /** Adds the calls (and failed calls) of every UDF under this clause. */
    default void countUdfs(Map<String, Long> calls, Map<String, Long> failures) {}
  }

  private Clause parse(JsonNode q, String where) {
    if (!q.isObject() || q.size() != 1) {
      throw new BadInputException(
          where
              + " must be an object with exactly one clause (match_all, term, range, bool, wasm_udf)");
    }
    Map.Entry<String, JsonNode> e = q.properties().iterator().next();
    JsonNode body = e.getValue();
    switch (e.getKey()) {
      case "match_all":
        return (doc, w) -> 1.0;
      case "term":
        return term(body, where + ".term");
      case "range":
        return range(body, where + ".range");
      case "bool":
        return bool(body, where + ".bool");
      case "wasm_udf":
        return udf(body, where + ".wasm_udf");
      default:
        throw new BadInputException(
            "unknown clause '"
                + e.getKey()
                + "' in "
                + where
                + "; use match_all, term, range, bool or wasm_udf");
    }
  }

  private Clause term(JsonNode body, String where) {
    if (!body.isObject() || body.size() != 1) {
      throw new BadInputException(where + " must name one field: {\"field\": value}");
    }
    Map.Entry<String, JsonNode> f = body.properties().iterator().next();
    String field = f.getKey();
    JsonNode want =
        f.getValue().isObject() && f.getValue().has("value")
            ? f.getValue().get("value")
            : f.getValue();
    return (doc, w) -> {
      JsonNode v = FieldPath.resolve(doc.source(), field);
      if (v == null) {
        return Double.NaN;
      }
      if (v.isArray()) {
        for (JsonNode item : v) {
          if (equalValues(item, want)) {
            return 1.0;
          }
        }
        return Double.NaN;
      }
      return equalValues(v, want) ? 1.0 : Double.NaN;
    };
  }

  private static boolean equalValues(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.doubleValue() == b.doubleValue();
    }
    return a.equals(b);
  }

  private Clause range(JsonNode body, String where) {
    if (!body.isObject()
        || body.size() != 1
        || !body.properties().iterator().next().getValue().isObject()) {
      throw new BadInputException(where + " must look like {\"field\": {\"gte\": 1, \"lt\": 5}}");
    }
    Map.Entry<String, JsonNode> f = body.properties().iterator().next();
    String field = f.getKey();
    JsonNode b = f.getValue();
    for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!List.of("gt", "gte", "lt", "lte").contains(k)) {
        throw new BadInputException(where + ": unknown bound '" + k + "'; use gt, gte, lt, lte");
      }
    }
    return (doc, w) -> {
      JsonNode v = FieldPath.resolve(doc.source(), field);
      if (v == null || v.isNull()) {
        return Double.NaN;
      }
      return inRange(v, b) ? 1.0 : Double.NaN;
    };
  }

  private static boolean inRange(JsonNode v, JsonNode b) {
    for (Iterator<Map.Entry<String, JsonNode>> it = b.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      int c;
      if (v.isNumber() && e.getValue().isNumber()) {
        c = Double.compare(v.doubleValue(), e.getValue().doubleValue());
      } else if (v.isTextual() && e.getValue().isTextual()) {
        c = v.asText().compareTo(e.getValue().asText());
      } else {
        return false;
      }
      switch (e.getKey()) {
        case "gt":
          if (c <= 0) {
            return false;
          }
          break;
        case "gte":
          if (c < 0) {
            return false;
          }
          break;
        case "lt":
          if (c >= 0) {
            return false;
          }
          break;
        default:
          if (c > 0) {
            return false;
          }
      }
    }
    return true;
  }

  private Clause bool(JsonNode body, String where) {
    if (!body.isObject()) {
      throw new BadInputException(where + " must be an object with must, filter, should, must_not");
    }
    List<Clause> must = list(body, "must", where);
    List<Clause> filter = list(body, "filter", where);
    List<Clause> should = list(body, "should", where);
    List<Clause> mustNot = list(body, "must_not", where);
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!List.of("must", "filter", "should", "must_not").contains(k)) {
        throw new BadInputException(
            where + ": unknown key '" + k + "'; use must, filter, should, must_not");
      }
    }
    boolean shouldRequired = must.isEmpty() && filter.isEmpty() && !should.isEmpty();
    List<Clause> children = new ArrayList<>();
    children.addAll(must);
    children.addAll(filter);
    children.addAll(should);
    children.addAll(mustNot);
    return new Clause() {
      @Override
      public double eval(DocumentView doc, Worker w) {
        double score = 0;
        for (Clause c : filter) {
          if (Double.isNaN(c.eval(doc, w))) {
            return Double.NaN;
          }
        }
        for (Clause c : must) {
          double s = c.eval(doc, w);
          if (Double.isNaN(s)) {
            return Double.NaN;
          }
          score += s;
        }
        for (Clause c : mustNot) {
          if (!Double.isNaN(c.eval(doc, w))) {
            return Double.NaN;
          }
        }
        boolean any = false;
        for (Clause c : should) {
          double s = c.eval(doc, w);
          if (!Double.isNaN(s)) {
            any = true;
            score += s;
          }
        }
        return shouldRequired && !any ? Double.NaN : score;
      }

      @Override
      public void countUdfs(Map<String, Long> calls, Map<String, Long> failures) {
        children.forEach(c -> c.countUdfs(calls, failures));
      }
    };
  }

  private List<Clause> list(JsonNode body, String key, String where) {
    JsonNode v = body.get(key);
    List<Clause> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isObject()) {
      out.add(parse(v, where + "." + key));
      return out;
    }
    if (!v.isArray()) {
      throw new BadInputException(where + "." + key + " must be a clause or a list of clauses");
    }
    int i = 0;
    for (JsonNode c : v) {
      out.add(parse(c, where + "." + key + "[" + i++ + "]"));
    }
    return out;
  }

  private Clause udf(JsonNode body, String where) {
    if (!body.isObject() || !body.hasNonNull("name")) {
      throw new BadInputException(
          where + " needs a name: {\"name\": \"my-udf\", \"parameters\": {...}}");
    }
    String version = body.hasNonNull("version") ? body.get("version").asText() : null;
    LoadedUdf udf = udfs.apply(body.get("name").asText(), version);
    Map<String, JsonNode> given = new LinkedHashMap<>();
    if (body.has("parameters") && body.has("params")) {
      throw new BadInputException(where + " gives both parameters and params; give one of them");
    }
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!List.of("name", "version", "parameters", "params").contains(k)) {
        throw new BadInputException(
            where + ": unknown key '" + k + "'; use name, version and parameters (or params)");
      }
    }
    JsonNode ps = body.has("params") ? body.get("params") : body.get("parameters");
    given.putAll(io.quidditch.udf.core.ParameterBinder.given(ps, where + ".parameters"));
    return new UdfClause(
        udf, udf.bind(given), udf.manifest().name() + "@" + udf.manifest().version());
  }

  /** A UDF failed on one document: the document is skipped, or the query fails. */
  private static final class UdfFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient QuidudfException error;

    UdfFailed(QuidudfException error) {
      super(error.getMessage(), null, false, false);
      this.error = error;
    }
  }

  /** A UDF as a clause; identity matters, as each worker keeps a batch per clause. */
  private static final class UdfClause implements Clause {
    final LoadedUdf udf;
    final BoundParams params;
    final String label;
    final java.util.concurrent.atomic.AtomicLong calls =
        new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong failures =
        new java.util.concurrent.atomic.AtomicLong();

    UdfClause(LoadedUdf udf, BoundParams params, String label) {
      this.udf = udf;
      this.params = params;
      this.label = label;
    }

    @Override
    public double eval(DocumentView doc, Worker w) {
      Evaluator e = w.evaluator(this);
      calls.incrementAndGet();
      long raw;
      try {
        raw = e.call(doc, params);
      } catch (UdfCallException f) {
        failures.incrementAndGet();
        throw new UdfFailed(
            new QuidudfException(
                f.kind(), label + " failed on document " + doc.id() + ": " + f.getMessage()));
      }
      if (udf.keepsOrDrops()) {
        return (int) raw != 0 ? 0.0 : Double.NaN;
      }
      return e.asDouble(raw);
    }

    @Override
    public void countUdfs(Map<String, Long> calls, Map<String, Long> failures) {
      calls.merge(label, this.calls.get(), Long::sum);
      failures.merge(label, this.failures.get(), Long::sum);
    }
  }

  /** A hit as JSON: {_id, _score, _source}. */
  public static ObjectNode hitJson(JsonNode doc, double score) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    DocumentView v = DocumentView.of(doc);
    n.put("_id", v.id());
    n.put("_score", score);
    JsonNode source = v.source();
    if (source.has("_id") && source.isObject()) {
      ObjectNode copy = ((ObjectNode) source).deepCopy();
      copy.remove("_id");
      copy.remove("_score");
      source = copy;
    }
    n.set("_source", source);
    return n;
  }
}
