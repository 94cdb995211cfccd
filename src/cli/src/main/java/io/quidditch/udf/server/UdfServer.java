package io.quidditch.udf.server;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.quidditch.udf.core.ModulePolicy;
import io.quidditch.udf.core.registry.AuditLog;
import io.quidditch.udf.core.registry.DocumentStore;
import io.quidditch.udf.core.registry.Registry;
import io.quidditch.udf.core.runtime.UdfRuntime;
import io.quidditch.udf.harness.Compilers;
import io.quidditch.udf.service.SearchService;
import io.quidditch.udf.service.UdfService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The HTTP adapter: the UDF API, document collections and search, over the same use cases ({@link
 * UdfService}, {@link SearchService}) as the CLI. One route table; every handler runs inside {@link
 * #guarded}, which counts in-flight requests (for draining), holds the cross-site and token rules,
 * and lets {@link ErrorMapper} turn errors into JSON.
 */
public final class UdfServer {
  /** The slowest a request body may arrive, and the longest a client may be silent mid-request. */
  static final long MIN_REQUEST_BYTES_PER_SECOND = 1024;

  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(20);

  /** How long stopping waits at most for responses still being written. */
  private static final Duration STOP_GRACE = Duration.ofSeconds(5);

  /**
   * How long a stop waits for the requests in flight: a call can run for the runtime's whole time
   * limit, so at least that and a little more.
   */
  private final Duration stopGrace;

  private final ServerConfig config;
  private final UdfService udfs;
  private final SearchService search;
  private final ExecutorService queryPool;
  private final ErrorMapper errors;
  private final UdfHandlers udfHandlers;
  private final SearchHandlers searchHandlers;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger queriesRunning = new AtomicInteger();
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
    this.config = config;
    Duration limit = runtime.limits().timeout();
    this.stopGrace =
        limit.isZero() || limit.plusSeconds(2).compareTo(STOP_GRACE) < 0
            ? STOP_GRACE
            : limit.plusSeconds(2);
    this.udfs =
        new UdfService(new Registry(config.home()), runtime, policy, new AuditLog(config.home()));
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
    this.search = new SearchService(udfs, new DocumentStore(config.home()), queryPool, workers);
    this.errors = new ErrorMapper(config.home());
    this.udfHandlers = new UdfHandlers(udfs, compilers, config.maxBodyBytes());
    this.searchHandlers = new SearchHandlers(search, hangups);
  }

  public DocumentStore documents() {
    return search.documents();
  }

  /** Starts listening; returns the bound port. */
  public int start() {
    app =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.startup.showOldJavalinVersionWarning = false;
              c.http.maxRequestSize = config.maxBodyBytes();
              // a path that exists with another method is 405, not 404
              c.http.prefer405over404 = true;
              c.jetty.multipartConfig.maxFileSize(config.maxBodyBytes(), SizeUnit.BYTES);
              c.jetty.multipartConfig.maxTotalRequestSize(config.maxBodyBytes(), SizeUnit.BYTES);
              c.jetty.multipartConfig.maxInMemoryFileSize(
                  (int) Math.min(Integer.MAX_VALUE, config.maxBodyBytes()), SizeUnit.BYTES);
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
                    server.setStopTimeout(stopGrace.toMillis());
                  });
              c.routes.exception(Exception.class, errors::handle);
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
              routes(c.routes);
            });
    app.start();
    return app.port();
  }

  /** The route table: every endpoint, its method, whether it changes anything, its handler. */
  private void routes(io.javalin.config.RoutesConfig r) {
    UdfHandlers u = udfHandlers;
    SearchHandlers q = searchHandlers;
    r.get("/health", guarded(false, this::health));
    r.post("/api/v1/udfs", guarded(true, u::upload));
    r.get("/api/v1/udfs", guarded(false, u::list));
    r.get("/api/v1/udfs/{name}", guarded(false, u::describe));
    r.get("/api/v1/udfs/{name}/versions", guarded(false, u::versions));
    r.get("/api/v1/udfs/{name}/stats", guarded(false, u::stats));
    r.post("/api/v1/udfs/{name}/stats/reset", guarded(true, u::resetStats));
    r.post("/api/v1/udfs/{name}/test", guarded(false, u::test));
    r.get("/api/v1/udfs/{name}/{version}", guarded(false, u::describe));
    r.delete("/api/v1/udfs/{name}/{version}", guarded(true, u::remove));
    r.get("/api/v1/udfs/{name}/{version}/stats", guarded(false, u::stats));
    r.post("/api/v1/udfs/{name}/{version}/stats/reset", guarded(true, u::resetStats));
    r.get("/api/v1/audit", guarded(false, u::audit));
    r.get("/api/v1/indexes", guarded(false, q::indexes));
    r.post("/api/v1/documents", guarded(true, q::addDocuments));
    r.post("/api/v1/indexes/{index}/documents", guarded(true, q::addDocuments));
    r.get("/api/v1/indexes/{index}", guarded(false, q::index));
    r.get("/api/v1/indexes/{index}/documents", guarded(false, q::indexDocuments));
    r.post("/api/v1/query", guarded(false, querying(q::query)));
    r.post("/_search", guarded(false, querying(q::openSearch)));
    r.get("/_search", guarded(false, querying(q::openSearch)));
    r.post("/{index}/_search", guarded(false, querying(q::openSearch)));
    r.get("/{index}/_search", guarded(false, querying(q::openSearch)));
    r.get("/", guarded(false, playground.page()));
    r.get("/playground/{file}", guarded(false, playground.asset()));
  }

  /** Counts a query while it runs, for {@code /health}. */
  private Handler querying(Handler h) {
    return ctx -> {
      queriesRunning.incrementAndGet();
      try {
        h.handle(ctx);
      } finally {
        queriesRunning.decrementAndGet();
      }
    };
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
        // Jetty gave up waiting for a response still being written (stopGrace) and closed the
        // connections anyway: the server is stopped either way
      }
    }
    queryPool.shutdownNow();
    hangups.close();
  }

  private void jsonError(Context ctx, int status, String code, String message) {
    String current = ctx.result();
    if (current != null && current.startsWith("{")) {
      return;
    }
    errors.handle(new ApiException(status, code, message), ctx);
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
        try {
          h.handle(ctx);
        } catch (StackOverflowError e) {
          // a request nested deeper than any handler can follow: the request's fault, not ours
          throw new ApiException(
              400, "bad_input", "the request is nested too deeply to process; flatten it");
        }
      } finally {
        inFlight.decrementAndGet();
      }
    };
  }

  /** Bodies a mutating call may carry: none a web page can send cross-site without asking. */
  private static final java.util.Set<String> MUTATING_TYPES =
      java.util.Set.of("application/json", "application/x-ndjson", "multipart/form-data");

  /**
   * A web page may send a "simple" POST (text/plain, a form) to any address, the loopback one
   * included, and a rebound DNS name may reach us with a foreign Host: a mutating call must carry a
   * JSON (or NDJSON) body, and, when the server has no token to tell callers apart, name this
   * server in Host and in Origin if it sends one.
   */
  private void refuseCrossSite(Context ctx) {
    // a POST without a body (stats/reset) carries nothing to type; the Host/Origin and token
    // checks below still hold it
    if (ctx.method() == io.javalin.http.HandlerType.POST && ctx.contentLength() != 0) {
      String type = ctx.contentType();
      String base =
          type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
      if (!MUTATING_TYPES.contains(base)) {
        throw new ApiException(
            415,
            "unsupported_media_type",
            "send the body with Content-Type: application/json"
                + (ctx.path().endsWith("/documents") ? " (or application/x-ndjson)" : "")
                + (ctx.path().equals("/api/v1/udfs") ? " (or multipart/form-data)" : ""));
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

  private void health(Context ctx) {
    // requests being answered now, this one not counted
    Http.json(
        ctx,
        200,
        new ApiBodies.Health(
            "ok",
            udfs.registry().names().size(),
            Math.max(0, inFlight.get() - 1),
            queriesRunning.get()));
  }

  /** Loads NDJSON files as indexes named after them (for --docs). */
  public void preload(
      List<java.nio.file.Path> files, Function<java.nio.file.Path, String> indexName) {
    DocumentStore documents = search.documents();
    for (java.nio.file.Path f : files) {
      String text = io.quidditch.udf.core.UserFiles.readString(f);
      String index = indexName.apply(f);
      if (documents.count(index) < 0) {
        documents.add(index, DocumentStore.parseBody(text));
      }
    }
  }
}
