package io.quidditch.udf.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.quidditch.udf.core.AuditEntry;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.EvalResult;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ManifestCodec;
import io.quidditch.udf.core.ModulePolicy;
import io.quidditch.udf.core.NotFoundException;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.SourceCompiler;
import io.quidditch.udf.core.abi.DocumentView;
import io.quidditch.udf.core.registry.AuditLog;
import io.quidditch.udf.core.registry.DocumentStore;
import io.quidditch.udf.core.registry.Registry;
import io.quidditch.udf.core.registry.RegistryEntry;
import io.quidditch.udf.core.runtime.LoadedUdf;
import io.quidditch.udf.core.runtime.UdfRuntime;
import io.quidditch.udf.harness.Compilers;
import io.quidditch.udf.harness.QueryEngine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The HTTP adapter: the UDF API, document collections and a query endpoint, on the same core
 * services (registry, runtime, audit log) as the CLI. One route table; every handler runs inside
 * {@link #guarded}, which counts in-flight requests (for draining) and maps errors to JSON.
 */
public final class UdfServer {
  private final ServerConfig config;
  private final UdfRuntime runtime;
  private final ModulePolicy policy;
  private final Registry registry;
  private final DocumentStore documents;
  private final AuditLog audit;
  private final UdfStats stats = new UdfStats();
  private final Compilers compilers;
  private final Map<String, LoadedUdf> loaded = new ConcurrentHashMap<>();
  private final ExecutorService queryPool;
  private final QueryEngine queries;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Playground playground = new Playground();
  private final Hangups hangups = new Hangups();
  private volatile boolean draining;
  private Javalin app;

  public UdfServer(ServerConfig config, UdfRuntime runtime, ModulePolicy policy) {
    this(config, runtime, policy, Compilers.standard());
  }

  /** A server that compiles uploaded source with these front ends. */
  public UdfServer(
      ServerConfig config, UdfRuntime runtime, ModulePolicy policy, Compilers compilers) {
    this.compilers = compilers;
    this.config = config;
    this.runtime = runtime;
    this.policy = policy;
    this.registry = new Registry(config.home());
    this.documents = new DocumentStore(config.home());
    this.audit = new AuditLog(config.home());
    int workers = Runtime.getRuntime().availableProcessors();
    AtomicInteger n = new AtomicInteger();
    this.queryPool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t =
                  new Thread(null, r, "quidudf-query-" + n.incrementAndGet(), 16L * 1024 * 1024);
              t.setDaemon(true);
              return t;
            });
    this.queries = new QueryEngine(this::udf, queryPool, workers);
  }

  public DocumentStore documents() {
    return documents;
  }

  /** Starts listening; returns the bound port. */
  public int start() {
    app =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.startup.showOldJavalinVersionWarning = false;
              c.http.maxRequestSize = config.maxBodyBytes();
              c.jetty.host = config.host();
              c.jetty.port = config.port();
              // a client that sends its request a byte at a time holds a thread while the body is
              // read: below this rate, or silent this long, it gets 408 and the thread is freed
              c.jetty.modifyHttpConfiguration(
                  http -> {
                    http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
                    http.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                  });
              // stop() waits for in-flight exchanges to be answered, responses included: our own
              // count ends when a handler returns, before its response (an error's above all) is
              // written
              c.jetty.modifyServer(
                  server -> {
                    server.setHandler(new org.eclipse.jetty.server.handler.GracefulHandler());
                    server.setStopTimeout(STOP_GRACE.toMillis());
                  });
              c.routes.exception(Exception.class, ErrorMapper::handle);
              // responses Javalin makes itself (no such route, body too large) get our shape too
              c.routes.error(
                  404,
                  "*",
                  ctx ->
                      jsonError(
                          ctx,
                          404,
                          "not_found",
                          "no such endpoint " + ctx.method() + " " + ctx.path()));
              c.routes.error(
                  413,
                  "*",
                  ctx ->
                      jsonError(
                          ctx,
                          413,
                          "too_large",
                          "request body over the "
                              + config.maxBodyBytes()
                              + "-byte limit; send less"));
              c.routes.error(
                  405,
                  "*",
                  ctx ->
                      jsonError(
                          ctx,
                          405,
                          "method_not_allowed",
                          ctx.method() + " is not allowed on " + ctx.path()));
              c.routes.get("/health", guarded(false, this::health));
              c.routes.post("/api/v1/udfs", guarded(true, this::upload));
              c.routes.get("/api/v1/udfs", guarded(false, this::list));
              c.routes.get("/api/v1/udfs/{name}", guarded(false, this::describe));
              c.routes.get("/api/v1/udfs/{name}/versions", guarded(false, this::versions));
              c.routes.delete("/api/v1/udfs/{name}/{version}", guarded(true, this::remove));
              c.routes.post("/api/v1/udfs/{name}/test", guarded(false, this::test));
              c.routes.get("/api/v1/udfs/{name}/stats", guarded(false, this::stats));
              c.routes.get("/api/v1/audit", guarded(false, this::audit));
              c.routes.get("/api/v1/indexes", guarded(false, this::indexes));
              c.routes.post("/api/v1/indexes/{index}/documents", guarded(true, this::addDocuments));
              c.routes.get("/api/v1/indexes/{index}", guarded(false, this::index));
              c.routes.post("/api/v1/query", guarded(false, this::query));
              c.routes.get(
                  "/api/v1/indexes/{index}/documents", guarded(false, this::indexDocuments));
              c.routes.get("/", guarded(false, playground.page()));
              c.routes.get("/playground/{file}", guarded(false, playground.asset()));
            });
    app.start();
    return app.port();
  }

  /** Stops taking requests, waits for in-flight ones up to {@code drain}, then stops. */
  public void stop(Duration drain) {
    draining = true;
    long deadline = System.nanoTime() + drain.toNanos();
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (app != null) {
      try {
        app.stop();
      } catch (RuntimeException e) {
        // Jetty gave up waiting for a response still being written (STOP_GRACE) and closed the
        // connections anyway: the server is stopped either way
      }
    }
    queryPool.shutdownNow();
    hangups.close();
  }

  private static void jsonError(Context ctx, int status, String code, String message) {
    String current = ctx.result();
    if (current != null && current.startsWith("{")) {
      return;
    }
    ErrorMapper.handle(new ApiException(status, code, message), ctx);
  }

  private Handler guarded(boolean mutating, Handler h) {
    return ctx -> {
      if (draining) {
        throw new ApiException(
            503, "unavailable", "the server is shutting down; retry against another instance");
      }
      inFlight.incrementAndGet();
      try {
        if (mutating) {
          refuseCrossSite(ctx);
        }
        if (mutating && config.token() != null) {
          String auth = ctx.header("Authorization");
          if (auth == null || !constantTimeEquals(auth, "Bearer " + config.token())) {
            throw new ApiException(
                401, "unauthorized", "missing or wrong token; send Authorization: Bearer <token>");
          }
        }
        h.handle(ctx);
      } finally {
        inFlight.decrementAndGet();
      }
    };
  }

  /** Bodies a mutating call may carry: none a web page can send cross-site without asking. */
  private static final java.util.Set<String> MUTATING_TYPES =
      java.util.Set.of("application/json", "application/x-ndjson");

  /**
   * A web page may send a "simple" POST (text/plain, a form) to any address, the loopback one
   * included, and a rebound DNS name may reach us with a foreign Host: a mutating call must carry a
   * JSON (or NDJSON) body, and, when the server has no token to tell callers apart, name this
   * server in Host and in Origin if it sends one.
   */
  private void refuseCrossSite(Context ctx) {
    if (ctx.method() == io.javalin.http.HandlerType.POST) {
      String type = ctx.contentType();
      String base =
          type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
      if (!MUTATING_TYPES.contains(base)) {
        throw new ApiException(
            415,
            "unsupported_media_type",
            "send the body with Content-Type: application/json"
                + (ctx.path().endsWith("/documents") ? " (or application/x-ndjson)" : ""));
      }
    }
    if (config.token() != null) {
      return;
    }
    String host = ctx.header("Host");
    if (host == null || !isOwnHost(host)) {
      throw new ApiException(
          403,
          "forbidden",
          "Host '"
              + host
              + "' is not this server's address; without --token only local clients"
              + " that name it may change it");
    }
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equals("http://" + host)) {
      throw new ApiException(
          403,
          "forbidden",
          "requests from the page at "
              + origin
              + " may not change this server; start it with"
              + " --token to allow other origins");
    }
  }

  private boolean isOwnHost(String host) {
    int port = app == null ? config.port() : app.port();
    for (String name : java.util.List.of("127.0.0.1", "localhost", "[::1]", config.host())) {
      if (host.equalsIgnoreCase(name + ":" + port)) {
        return true;
      }
    }
    return false;
  }

  private static boolean constantTimeEquals(String a, String b) {
    return java.security.MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static void json(Context ctx, int status, JsonNode body) {
    ctx.status(status).contentType("application/json").result(Json.compact(body));
  }

  private static JsonNode body(Context ctx) {
    String text = ctx.body();
    JsonNode node = Json.parse(text, "request body");
    if (!node.isObject()) {
      throw new BadInputException("request body must be a JSON object");
    }
    return node;
  }

  private void health(Context ctx) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("status", "ok");
    n.put("udfs", registry.names().size());
    // requests being answered now, this one not counted
    n.put("in_flight", Math.max(0, inFlight.get() - 1));
    json(ctx, 200, n);
  }

  private void upload(Context ctx) {
    long start = System.nanoTime();
    JsonNode req = body(ctx);
    ObjectNode tree = Json.MAPPER.createObjectNode();
    req.properties()
        .forEach(
            e -> {
              if (ManifestCodec.KEYS.contains(e.getKey())) {
                tree.set(e.getKey(), e.getValue());
              }
            });
    String language = req.path("language").asText("wasm");
    Manifest manifest;
    byte[] wasm;
    try {
      manifest = ManifestCodec.fromTree(tree, "request");
      wasm = moduleBytes(req, language);
      policy.check(wasm, manifest, manifest.name() + "@" + manifest.version());
      runtime.load(wasm, manifest);
    } catch (QuidudfException e) {
      audit.append(
          new AuditEntry(
              Instant.now(),
              req.path("name").asText(null),
              req.path("version").asText(null),
              e.kind() == io.quidditch.udf.core.ErrorKind.SIGNATURE ? "refuse" : "register",
              false,
              e.kind().code(),
              0,
              null,
              e.getMessage()));
      throw e;
    }
    RegistryEntry entry = registry.register(manifest, wasm);
    audit.append(
        new AuditEntry(
            Instant.now(),
            entry.name(),
            entry.version(),
            "register",
            true,
            null,
            (System.nanoTime() - start) / 1e6,
            null,
            "via HTTP, sha256:" + entry.digest()));
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("success", true);
    n.put("name", entry.name());
    n.put("version", entry.version());
    n.put("digest", "sha256:" + entry.digest());
    json(ctx, 201, n);
  }

  private byte[] moduleBytes(JsonNode req, String language) {
    switch (language) {
      case "wasm":
      case "rust":
      case "c":
        if (!req.hasNonNull("wasm_base64")) {
          throw new BadInputException(
              "language " + language + " needs wasm_base64 with the module bytes");
        }
        String b64 = req.get("wasm_base64").asText();
        if (b64.length() / 4 * 3 > config.maxBodyBytes()) {
          throw new ApiException(
              413, "too_large", "module over the " + config.maxBodyBytes() + "-byte limit");
        }
        try {
          return Base64.getDecoder().decode(b64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
          throw new BadInputException("wasm_base64 is not valid base64 (" + e.getMessage() + ")");
        }
      case "wat":
      case "python":
        if (!req.hasNonNull("source")) {
          throw new BadInputException(
              "language " + language + " needs source with the program text");
        }
        SourceCompiler c = compilers.forFile("udf." + (language.equals("wat") ? "wat" : "py"));
        if (c == null) {
          throw new QuidudfException(
              io.quidditch.udf.core.ErrorKind.COMPILE,
              "this server has no "
                  + language
                  + " compiler; upload the compiled module as wasm_base64");
        }
        return c.compile("source." + language, req.get("source").asText()).wasm();
      default:
        throw new BadInputException(
            "unknown language '" + language + "'; use wasm, wat, python, rust or c");
    }
  }

  private void list(Context ctx) {
    String category = ctx.queryParam("category");
    String tag = ctx.queryParam("tag");
    String name = ctx.queryParam("name");
    ArrayNode arr = Json.MAPPER.createArrayNode();
    for (RegistryEntry e : registry.list()) {
      if ((category == null || e.manifest().category().equals(category))
          && (tag == null || e.manifest().tags().contains(tag))
          && (name == null || e.name().equals(name))) {
        arr.addObject()
            .put("name", e.name())
            .put("version", e.version())
            .put("description", e.manifest().description())
            .put("category", e.manifest().category())
            .put("registered_at", e.registeredAt().toString());
      }
    }
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("total", arr.size());
    n.set("udfs", arr);
    json(ctx, 200, n);
  }

  private void describe(Context ctx) {
    RegistryEntry e = registry.get(ctx.pathParam("name"), version(ctx.queryParam("version")));
    byte[] wasm = registry.readModule(e);
    ObjectNode n = ManifestCodec.toTree(e.manifest());
    n.put("wasm_size", e.size());
    n.put("digest", "sha256:" + e.digest());
    n.put("signed", hasSignature(wasm));
    n.put("registered_at", e.registeredAt().toString());
    json(ctx, 200, n);
  }

  private static boolean hasSignature(byte[] wasm) {
    return !io.quidditch.udf.core.signing.ModuleVerifier.signerKeyIds(wasm).isEmpty();
  }

  private static String version(String v) {
    return v == null || v.isBlank() || v.equals("latest") ? null : v;
  }

  private void versions(Context ctx) {
    String name = ctx.pathParam("name");
    List<String> versions = registry.versions(name);
    if (versions.isEmpty()) {
      throw new NotFoundException("no UDF named '" + name + "'");
    }
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("name", name);
    ArrayNode arr = n.putArray("versions");
    versions.forEach(arr::add);
    json(ctx, 200, n);
  }

  private void remove(Context ctx) {
    String name = ctx.pathParam("name");
    String version = ctx.pathParam("version");
    RegistryEntry gone = registry.get(name, version);
    registry.remove(name, version);
    loaded.keySet().removeIf(k -> k.startsWith(name + "@" + version + "#"));
    // its compiled classes go too, unless another version has the same module
    if (registry.list().stream().noneMatch(e -> e.digest().equals(gone.digest()))) {
      runtime.evict(gone.digest());
    }
    audit.append(
        new AuditEntry(Instant.now(), name, version, "remove", true, null, 0, null, "via HTTP"));
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("success", true);
    n.put("message", "removed " + name + "@" + version);
    json(ctx, 200, n);
  }

  /** The loaded UDF for a name and version (null: latest), compiled once per digest. */
  LoadedUdf udf(String name, String version) {
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

  private void test(Context ctx) {
    JsonNode req = body(ctx);
    String name = ctx.pathParam("name");
    LoadedUdf udf = udf(name, version(req.path("version").asText(null)));
    Map<String, JsonNode> given = new LinkedHashMap<>();
    JsonNode ps = req.get("parameters");
    if (ps != null && !ps.isNull()) {
      if (!ps.isObject()) {
        throw new BadInputException("parameters must be an object of plain JSON values");
      }
      ps.properties().forEach(e -> given.put(e.getKey(), e.getValue()));
    }
    JsonNode doc = req.get("document");
    DocumentView view =
        DocumentView.of(doc == null || doc.isNull() ? Json.MAPPER.createObjectNode() : doc);
    BoundParams bound = udf.bind(given);
    boolean traced = req.path("trace").asBoolean(false);
    int runs = req.has("runs") ? checked(req.get("runs"), 1, MAX_RUNS, "runs") : 1;
    List<TraceCall> trace = new java.util.ArrayList<>();
    long[] nanos = new long[runs];
    int[] done = {0};
    EvalResult r =
        runtime.withSlot(
            () -> {
              // a pooled instance, handed back after the request: Jetty's threads keep none
              io.quidditch.udf.core.runtime.Evaluator e =
                  traced
                      ? udf.freshEvaluator()
                          .traced(
                              (fn, args, result, meaning) ->
                                  trace.add(new TraceCall(fn.importName(), args, result, meaning)))
                      : udf.evaluator();
              try {
                EvalResult first = e.evaluate(view, bound);
                nanos[done[0]++] = first.nanos();
                long stopAt = System.nanoTime() + BENCH_BUDGET.toNanos();
                while (first.ok() && done[0] < runs && System.nanoTime() < stopAt) {
                  nanos[done[0]++] = e.evaluate(view, bound).nanos();
                }
                return first;
              } finally {
                e.release();
              }
            });
    String v = udf.manifest().version();
    stats.record(name, v, r.nanos() / 1e6, r.ok());
    ObjectNode params = Json.MAPPER.createObjectNode();
    bound.toJson().forEach(params::set);
    audit.append(
        new AuditEntry(
            Instant.now(),
            name,
            v,
            "test",
            r.ok(),
            r.ok() ? null : r.error().code(),
            r.nanos() / 1e6,
            params,
            r.message()));
    if (!r.ok()) {
      throw new QuidudfException(r.error(), name + "@" + v + ": " + r.message());
    }
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.set("result", r.value());
    n.put("execution_time_ms", r.nanos() / 1e6);
    ArrayNode logs = n.putArray("logs");
    r.logs().forEach(l -> logs.add(l.toString()));
    if (traced) {
      n.set("trace", Json.MAPPER.valueToTree(trace));
    }
    if (req.has("runs")) {
      n.set(
          "bench", Json.MAPPER.valueToTree(BenchStats.of(java.util.Arrays.copyOf(nanos, done[0]))));
    }
    json(ctx, 200, n);
  }

  /** The slowest a request body may arrive, and the longest a client may be silent mid-request. */
  static final long MIN_REQUEST_BYTES_PER_SECOND = 1024;

  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(20);

  /** A query's deadline unless it asks for another ({@code timeout_ms}), and the longest. */
  static final Duration DEFAULT_QUERY_TIME = Duration.ofSeconds(30);

  static final Duration MAX_QUERY_TIME = Duration.ofMinutes(10);

  /** How long stopping waits at most for responses still being written. */
  private static final Duration STOP_GRACE = Duration.ofSeconds(5);

  /** The most runs one test request may ask for, and the time they may take together. */
  static final int MAX_RUNS = 10_000;

  private static final Duration BENCH_BUDGET = Duration.ofSeconds(10);

  /** One host call of a traced test: the function, its arguments, the result and its meaning. */
  record TraceCall(String function, String arguments, String result, String meaning) {}

  /** The latencies of a test's runs, in microseconds. */
  @com.fasterxml.jackson.databind.annotation.JsonNaming(
      com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
  record BenchStats(
      int runs,
      double minUs,
      double p50Us,
      double p95Us,
      double p99Us,
      double maxUs,
      double meanUs,
      double[] latenciesUs) {
    static BenchStats of(long[] nanos) {
      double[] us = new double[nanos.length];
      for (int i = 0; i < nanos.length; i++) {
        us[i] = nanos[i] / 1e3;
      }
      double[] sorted = us.clone();
      java.util.Arrays.sort(sorted);
      return new BenchStats(
          us.length,
          sorted[0],
          rank(sorted, 0.50),
          rank(sorted, 0.95),
          rank(sorted, 0.99),
          sorted[sorted.length - 1],
          java.util.Arrays.stream(us).average().orElse(0),
          us);
    }

    private static double rank(double[] sorted, double q) {
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
  }

  private void indexDocuments(Context ctx) {
    String index = ctx.pathParam("index");
    int count = documents.count(index);
    if (count < 0) {
      throw new NotFoundException("no index named '" + index + "'");
    }
    int from = intParam(ctx.queryParam("from"), 0, 0, Integer.MAX_VALUE, "from");
    int size = intParam(ctx.queryParam("size"), 20, 0, 1000, "size");
    List<JsonNode> all = documents.documents(index);
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("index", index);
    n.put("total", all.size());
    ArrayNode arr = n.putArray("documents");
    all.stream().skip(from).limit(size).forEach(arr::add);
    json(ctx, 200, n);
  }

  private void stats(Context ctx) {
    String name = ctx.pathParam("name");
    RegistryEntry e = registry.get(name, version(ctx.queryParam("version")));
    json(ctx, 200, stats.json(name, e.version()));
  }

  private void audit(Context ctx) {
    String udf = ctx.queryParam("udf");
    int limit = intParam(ctx.queryParam("limit"), 100, 1, 10_000, "limit");
    ArrayNode arr = Json.MAPPER.createArrayNode();
    audit.read(udf, limit).forEach(e -> arr.add(AuditLog.toJson(e)));
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("total", arr.size());
    n.set("entries", arr);
    json(ctx, 200, n);
  }

  private static int intParam(String text, int def, int min, int max, String what) {
    if (text == null) {
      return def;
    }
    try {
      int v = Integer.parseInt(text.trim());
      if (v < min || v > max) {
        throw new BadInputException(what + " must be between " + min + " and " + max);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new BadInputException(what + " must be a whole number, not '" + text + "'");
    }
  }

  private void indexes(Context ctx) {
    ArrayNode arr = Json.MAPPER.createArrayNode();
    for (String i : documents.indexes()) {
      arr.addObject().put("index", i).put("count", documents.count(i));
    }
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.set("indexes", arr);
    json(ctx, 200, n);
  }

  private void addDocuments(Context ctx) {
    String index = ctx.pathParam("index");
    int total = documents.add(index, DocumentStore.parseBody(ctx.body()));
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("index", index);
    n.put("count", total);
    json(ctx, 201, n);
  }

  private void index(Context ctx) {
    String index = ctx.pathParam("index");
    int count = documents.count(index);
    if (count < 0) {
      throw new NotFoundException("no index named '" + index + "'");
    }
    json(ctx, 200, Json.MAPPER.createObjectNode().put("index", index).put("count", count));
  }

  private void query(Context ctx) {
    long start = System.nanoTime();
    JsonNode req = body(ctx);
    if (!req.hasNonNull("index")) {
      throw new BadInputException(
          "a query needs an index: {\"index\": \"products\", \"query\": {...}}");
    }
    String index = req.get("index").asText();
    int size = req.has("size") ? checked(req.get("size"), 0, 10_000, "size") : 10;
    int from = req.has("from") ? checked(req.get("from"), 0, 10_000_000, "from") : 0;
    List<JsonNode> docs = documents.documents(index);
    QueryEngine.Result result;
    try {
      Duration deadline =
          req.has("timeout_ms")
              ? Duration.ofMillis(
                  checked(req.get("timeout_ms"), 1, (int) MAX_QUERY_TIME.toMillis(), "timeout_ms"))
              : DEFAULT_QUERY_TIME;
      QueryEngine.Cancellation cancellation = new QueryEngine.Cancellation();
      try (Hangups.Watch watch =
          hangups.watch(ctx, () -> cancellation.cancel("the client closed the connection"))) {
        result =
            runtime.withSlot(
                () -> queries.search(docs, req.get("query"), from, size, deadline, cancellation));
        if (watch.mustClose()) {
          ctx.header("Connection", "close");
        }
      }
    } catch (QuidudfException e) {
      audit.append(
          new AuditEntry(
              Instant.now(),
              null,
              null,
              "query",
              false,
              e.kind().code(),
              (System.nanoTime() - start) / 1e6,
              req.get("query"),
              e.getMessage()));
      throw e;
    }
    double took = (System.nanoTime() - start) / 1e6;
    result
        .udfCalls()
        .forEach(
            (label, calls) -> {
              String[] nv = label.split("@", 2);
              stats.record(nv[0], nv[1], took, true);
              audit.append(
                  new AuditEntry(
                      Instant.now(),
                      nv[0],
                      nv[1],
                      "query",
                      true,
                      null,
                      took,
                      req.get("query"),
                      calls + " call(s) over index " + index));
            });
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("took_ms", took);
    n.put("total", result.total());
    ArrayNode hits = n.putArray("hits");
    for (QueryEngine.Hit h : result.hits()) {
      hits.add(QueryEngine.hitJson(docs.get(h.index()), h.score()));
    }
    json(ctx, 200, n);
  }

  private static int checked(JsonNode v, int min, int max, String what) {
    if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
      throw new BadInputException(what + " must be a whole number between " + min + " and " + max);
    }
    return v.asInt();
  }

  /** Loads NDJSON files as indexes named after them (for --docs). */
  public void preload(
      List<java.nio.file.Path> files, Function<java.nio.file.Path, String> indexName) {
    for (java.nio.file.Path f : files) {
      String text = io.quidditch.udf.core.UserFiles.readString(f);
      String index = indexName.apply(f);
      if (documents.count(index) < 0) {
        documents.add(index, DocumentStore.parseBody(text));
      }
    }
  }
}
