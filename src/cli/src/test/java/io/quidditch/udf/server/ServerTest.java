package io.quidditch.udf.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.Fixtures;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The server over real HTTP on a free port. */
class ServerTest extends ServerHarness {
  @Test
  void theUdfApiEndToEnd() throws Exception {
    start(null, 10 << 20, 8);
    assertThat(get("/health").status()).isEqualTo(200);
    Resp created = post("/api/v1/udfs", upload("custom-score", "1.2.0", CUSTOM_SCORE, CS_PARAMS));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().path("digest").asText()).startsWith("sha256:");
    assertThat(
            post("/api/v1/udfs", upload("custom-score", "1.10.0", CUSTOM_SCORE, CS_PARAMS))
                .status())
        .isEqualTo(201);
    assertThat(
            post("/api/v1/udfs", upload("custom-score", "1.2.0", CUSTOM_SCORE, CS_PARAMS)).status())
        .isEqualTo(409);

    assertThat(get("/api/v1/udfs/custom-score/versions").body().path("versions").toString())
        .isEqualTo("[\"1.2.0\",\"1.10.0\"]");
    Resp one = get("/api/v1/udfs/custom-score");
    assertThat(one.body().path("version").asText()).isEqualTo("1.10.0");
    assertThat(one.body().path("wasm_size").asInt()).isEqualTo(289);
    assertThat(one.body().path("signed").asBoolean()).isFalse();
    assertThat(get("/api/v1/udfs/custom-score?version=1.2.0").body().path("version").asText())
        .isEqualTo("1.2.0");
    assertThat(get("/api/v1/udfs?category=scoring").body().path("total").asInt()).isEqualTo(2);
    assertThat(get("/api/v1/udfs?tag=nothing").body().path("total").asInt()).isZero();

    Resp test =
        post(
            "/api/v1/udfs/custom-score/test",
            "{\"document\":{\"base_score\":0.3,\"boost\":2},\"parameters\":{\"min_score\":0.5}}");
    assertThat(test.status()).isEqualTo(200);
    assertThat(test.body().path("result").asBoolean()).isTrue();
    assertThat(test.body().has("execution_time_ms")).isTrue();
    Resp stats = get("/api/v1/udfs/custom-score/stats");
    assertThat(stats.body().path("call_count").asInt()).isEqualTo(1);
    assertThat(stats.body().path("last_called_at").isTextual()).isTrue();

    // wat source is compiled on the server; a compile error is 422 with diagnostics
    Resp wat =
        post(
            "/api/v1/udfs",
            "{\"name\":\"keep\",\"version\":\"1.0.0\",\"language\":\"wat\",\"source\":\"(module (func (export \\\"filter\\\") (param i64) (result i32) (i32.const 1)))\"}");
    assertThat(wat.status()).isEqualTo(201);
    Resp broken =
        post(
            "/api/v1/udfs",
            "{\"name\":\"bad\",\"version\":\"1.0.0\",\"language\":\"wat\",\"source\":\"(module (func (export \\\"filter\\\") (i32.bogus)))\"}");
    assertThat(broken.status()).isEqualTo(422);
    assertThat(broken.body().path("error").path("code").asText()).isEqualTo("compile");
    assertThat(broken.body().path("error").path("diagnostics").get(0).asText())
        .contains("source.wat:1:");

    assertThat(send("DELETE", "/api/v1/udfs/custom-score/1.2.0", null, null).status())
        .isEqualTo(200);
    assertThat(get("/api/v1/udfs/custom-score?version=1.2.0").status()).isEqualTo(404);
    assertThat(send("DELETE", "/api/v1/udfs/custom-score/1.2.0", null, null).status())
        .isEqualTo(404);
    JsonNode audit = get("/api/v1/audit?udf=custom-score&limit=10").body();
    assertThat(audit.path("entries").toString())
        .contains("\"operation\":\"register\"")
        .contains("\"operation\":\"remove\"")
        .contains("\"operation\":\"test\"");
  }

  @Test
  void aTestCanBeTracedAndBenchedAndTheIndexListedForThePlayground() throws Exception {
    start(null, 10 << 20, 8);
    post("/api/v1/udfs", upload("custom-score", "1.0.0", CUSTOM_SCORE, CS_PARAMS));
    Resp traced =
        post(
            "/api/v1/udfs/custom-score/test",
            "{\"document\":{\"base_score\":0.3},\"parameters\":{\"min_score\":0.2},\"trace\":true}");
    assertThat(traced.status()).as(traced.body().toString()).isEqualTo(200);
    JsonNode calls = traced.body().path("trace");
    assertThat(calls).hasSize(3);
    assertThat(calls.get(0).path("function").asText()).isEqualTo("get_param_f64");
    assertThat(calls.get(0).path("arguments").asText()).startsWith("\"min_score\"");
    assertThat(calls.get(2).path("arguments").asText()).contains("\"boost\"");
    assertThat(calls.get(2).path("result").asText()).isEqualTo("-1");
    assertThat(calls.get(2).path("meaning").asText()).startsWith("missing: no such field");
    assertThat(traced.body().has("bench")).isFalse();

    Resp benched =
        post("/api/v1/udfs/custom-score/test", "{\"document\":{\"base_score\":0.3},\"runs\":50}");
    JsonNode b = benched.body().path("bench");
    assertThat(b.path("runs").asInt()).isEqualTo(50);
    assertThat(b.path("latencies_us")).hasSize(50);
    assertThat(b.path("p50_us").asDouble())
        .isPositive()
        .isLessThanOrEqualTo(b.path("p99_us").asDouble());
    assertThat(b.path("min_us").asDouble()).isLessThanOrEqualTo(b.path("p50_us").asDouble());
    assertThat(benched.body().has("trace")).isFalse();
    Resp tooMany = post("/api/v1/udfs/custom-score/test", "{\"document\":{},\"runs\":10001}");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.body().path("error").path("message").asText())
        .contains("runs must be a whole number between 1 and 10000");

    post("/api/v1/indexes/p/documents", "{\"_id\":\"a\"}\n{\"_id\":\"b\"}\n{\"_id\":\"c\"}\n");
    JsonNode page = get("/api/v1/indexes/p/documents?from=1&size=1").body();
    assertThat(page.path("total").asInt()).isEqualTo(3);
    assertThat(page.path("documents").toString()).isEqualTo("[{\"_id\":\"b\"}]");
    assertThat(get("/api/v1/indexes/nope/documents").status()).isEqualTo(404);

    Resp home = get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.raw().headers().firstValue("Content-Security-Policy")).hasValue(Playground.CSP);
    assertThat(home.raw().body()).contains("<script src=\"/playground/app.js\"");
    assertThat(get("/playground/app.js").raw().headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/javascript");
    assertThat(get("/playground/../etc/passwd").status()).isEqualTo(404);
    assertThat(get("/playground/nope.js").status()).isEqualTo(404);
  }

  /** A request written by hand, with headers an HTTP client library will not let us forge. */
  private String raw(String method, String path, List<String> headers, String body)
      throws Exception {
    java.net.URI u = URI.create(base);
    try (java.net.Socket socket = new java.net.Socket(u.getHost(), u.getPort())) {
      StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
      headers.forEach(h -> req.append(h).append("\r\n"));
      byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      req.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
      var out = socket.getOutputStream();
      out.write(req.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.write(bytes);
      out.flush();
      return new String(
          socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void loopbackIsWhatAHostResolvesTo() {
    for (String own : List.of("127.0.0.1", "localhost", "::1", "127.0.0.2")) {
      assertThat(new ServerConfig(own, 0, null, home, 1).loopback()).as(own).isTrue();
    }
    for (String away : List.of("0.0.0.0", "192.0.2.1", "127.example.invalid", "::")) {
      assertThat(new ServerConfig(away, 0, null, home, 1).loopback()).as(away).isFalse();
    }
  }

  @Test
  void aWebPageCannotChangeATokenlessServer() throws Exception {
    start(null, 10 << 20, 8);
    String own = "Host: " + URI.create(base).getAuthority();
    String body = upload("csrf", "1.0.0", CUSTOM_SCORE, "");
    // a form or text/plain POST, which any page may send without asking
    assertThat(raw("POST", "/api/v1/udfs", List.of(own, "Content-Type: text/plain"), body))
        .startsWith("HTTP/1.1 415")
        .contains("\"unsupported_media_type\"");
    assertThat(
            raw(
                "POST",
                "/api/v1/udfs",
                List.of(own, "Content-Type: application/x-www-form-urlencoded"),
                body))
        .startsWith("HTTP/1.1 415");
    // a rebound DNS name, and a page of another origin
    assertThat(
            raw(
                "POST",
                "/api/v1/udfs",
                List.of(
                    "Host: evil.example:" + URI.create(base).getPort(),
                    "Content-Type: application/json"),
                body))
        .startsWith("HTTP/1.1 403")
        .contains("is not this server's address");
    assertThat(
            raw(
                "POST",
                "/api/v1/udfs",
                List.of(own, "Origin: http://evil.example", "Content-Type: application/json"),
                body))
        .startsWith("HTTP/1.1 403")
        .contains("http://evil.example may not change this server");
    assertThat(get("/api/v1/udfs/csrf").status()).isEqualTo(404);
    // the server's own page, and local clients, may
    assertThat(
            raw(
                "POST",
                "/api/v1/udfs",
                List.of(
                    own,
                    "Origin: http://" + URI.create(base).getAuthority(),
                    "Content-Type: application/json; charset=utf-8"),
                body))
        .startsWith("HTTP/1.1 201");
    // reads stay open to anyone, as before
    assertThat(raw("GET", "/api/v1/udfs", List.of("Host: evil.example"), ""))
        .startsWith("HTTP/1.1 200");
  }

  @Test
  void everyUserMistakeGetsItsStatusAndAJsonError() throws Exception {
    start(null, 10 << 20, 8);
    post("/api/v1/udfs", upload("custom-score", "1.0.0", CUSTOM_SCORE, CS_PARAMS));
    Object[][] cases = {
      {"POST", "/api/v1/udfs", "{not json", 400, "bad_input"},
      {"POST", "/api/v1/udfs", "[]", 400, "bad_input"},
      {"POST", "/api/v1/udfs", upload("x", "1.0.0", "!!!notbase64", ""), 400, "bad_input"},
      {"POST", "/api/v1/udfs", upload("../evil", "1.0.0", CUSTOM_SCORE, ""), 400, "bad_input"},
      {"POST", "/api/v1/udfs", upload("x", "one", CUSTOM_SCORE, ""), 400, "bad_input"},
      {
        "POST",
        "/api/v1/udfs",
        upload(
            "x",
            "1.0.0",
            Base64.getEncoder().encodeToString(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 9}),
            ""),
        422,
        "invalid_module"
      },
      {
        "POST",
        "/api/v1/udfs",
        upload("x", "1.0.0", CUSTOM_SCORE, ",\"function_name\":\"nope\""),
        422,
        "invalid_module"
      },
      {
        "POST",
        "/api/v1/udfs",
        upload("x", "1.0.0", CUSTOM_SCORE, ",\"permissions\":[]"),
        422,
        "link"
      },
      {
        "POST",
        "/api/v1/udfs",
        upload(
            "x", "1.0.0", CUSTOM_SCORE, ",\"parameters\":[{\"name\":\"p\",\"type\":\"decimal\"}]"),
        400,
        "bad_input"
      },
      {
        "POST",
        "/api/v1/udfs",
        "{\"name\":\"x\",\"version\":\"1.0.0\",\"language\":\"cobol\"}",
        400,
        "bad_input"
      },
      {"GET", "/api/v1/udfs/nope", null, 404, "not_found"},
      {"GET", "/api/v1/udfs/nope/versions", null, 404, "not_found"},
      {"GET", "/api/v1/udfs/custom-score?version=9.9.9", null, 404, "not_found"},
      {"GET", "/api/v1/nothing", null, 404, "not_found"},
      {
        "POST",
        "/api/v1/udfs/custom-score/test",
        "{\"parameters\":{\"min_score\":\"high\"}}",
        422,
        "parameter"
      },
      {"POST", "/api/v1/udfs/custom-score/test", "{\"parameters\":{\"zzz\":1}}", 422, "parameter"},
      {"POST", "/api/v1/udfs/custom-score/test", "{\"document\":[1,2]}", 400, "bad_input"},
      {"POST", "/api/v1/udfs/custom-score/test", "{\"document\":", 400, "bad_input"},
      {"POST", "/api/v1/query", "{\"query\":{\"match_all\":{}}}", 400, "bad_input"},
      {"POST", "/api/v1/query", "{\"index\":\"none\"}", 404, "not_found"},
      {"POST", "/api/v1/indexes/a%2Fb/documents", "{}", 400, "bad_input"},
      {"POST", "/api/v1/indexes/docs/documents", "[1,2]", 400, "bad_input"},
      {"GET", "/api/v1/audit?limit=zero", null, 400, "bad_input"},
    };
    for (Object[] c : cases) {
      Resp r = send((String) c[0], (String) c[1], (String) c[2], null);
      assertThat(r.status()).as(c[0] + " " + c[1] + " " + c[2]).isEqualTo((int) c[3]);
      assertThat(r.body().path("error").path("code").asText())
          .as(c[1] + " " + c[2])
          .isEqualTo((String) c[4]);
      assertThat(r.body().path("error").path("message").asText()).isNotEmpty();
    }
  }

  @Test
  void mutatingCallsNeedTheToken() throws Exception {
    start("s3cret", 10 << 20, 8);
    assertThat(post("/api/v1/udfs", upload("a", "1.0.0", CUSTOM_SCORE, "")).status())
        .isEqualTo(401);
    assertThat(
            send("POST", "/api/v1/udfs", upload("a", "1.0.0", CUSTOM_SCORE, ""), "wrong").status())
        .isEqualTo(401);
    assertThat(
            send("POST", "/api/v1/udfs", upload("a", "1.0.0", CUSTOM_SCORE, ""), "s3cret").status())
        .isEqualTo(201);
    assertThat(send("DELETE", "/api/v1/udfs/a/1.0.0", null, null).status()).isEqualTo(401);
    assertThat(post("/api/v1/indexes/d/documents", "{\"x\":1}").status()).isEqualTo(401);
    assertThat(get("/api/v1/udfs").status()).isEqualTo(200);
    assertThat(post("/api/v1/udfs/a/test", "{}").status()).isEqualTo(200);
  }

  @Test
  void oversizedBodiesAre413() throws Exception {
    start(null, 2000, 8);
    String big = upload("big", "1.0.0", Base64.getEncoder().encodeToString(new byte[4000]), "");
    Resp r = post("/api/v1/udfs", big);
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.body().path("error").path("code").asText()).isEqualTo("too_large");
  }

  @Test
  void aRunawayUdfFailsItsRequestAndTheServerKeepsServing() throws Exception {
    start(null, 10 << 20, 8);
    String spin =
        Base64.getEncoder()
            .encodeToString(
                Fixtures.wat(
                    "(module (memory (export \"memory\") 1) (func (export \"filter\") (param i64) (result i32) (loop $l (br $l)) (i32.const 0)))"));
    String bomb =
        Base64.getEncoder()
            .encodeToString(
                Fixtures.wat(
                    "(module (memory (export \"memory\") 1) (func (export \"filter\") (param i64) (result i32)"
                        + " (block $d (loop $l (br_if $d (i32.eq (memory.grow (i32.const 16)) (i32.const -1))) (br $l))) unreachable))"));
    assertThat(
            post("/api/v1/udfs", upload("spin", "1.0.0", spin, ",\"limits\":{\"timeout_ms\":300}"))
                .status())
        .isEqualTo(201);
    assertThat(post("/api/v1/udfs", upload("bomb", "1.0.0", bomb, "")).status()).isEqualTo(201);
    assertThat(
            post("/api/v1/udfs", upload("custom-score", "1.0.0", CUSTOM_SCORE, CS_PARAMS)).status())
        .isEqualTo(201);
    Resp r = post("/api/v1/udfs/spin/test", "{}");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.body().path("error").path("code").asText()).isEqualTo("timeout");
    Resp m = post("/api/v1/udfs/bomb/test", "{}");
    assertThat(m.body().path("error").path("code").asText()).isEqualTo("trap");
    assertThat(post("/api/v1/udfs/custom-score/test", "{\"document\":{\"base_score\":1}}").status())
        .isEqualTo(200);
    assertThat(post("/api/v1/udfs/spin/test", "{}").body().path("error").path("code").asText())
        .isEqualTo("timeout");
    assertThat(get("/api/v1/udfs/spin/stats").body().path("error_count").asInt()).isEqualTo(2);
  }

  @Test
  void saturatedExecutionSlotsGive503WithRetryAfter() throws Exception {
    start(null, 10 << 20, 1);
    post("/api/v1/udfs", upload("custom-score", "1.0.0", CUSTOM_SCORE, CS_PARAMS));
    // the test holds the one slot itself until it has seen the 503: no race between durations
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () ->
                runtime.withSlot(
                    () -> {
                      held.countDown();
                      awaitUninterruptibly(release);
                      return null;
                    }));
    holder.start();
    try {
      assertThat(held.await(HANG.toSeconds(), TimeUnit.SECONDS)).as("slot taken").isTrue();
      Resp busy = post("/api/v1/udfs/custom-score/test", "{}");
      assertThat(busy.status()).isEqualTo(503);
      assertThat(busy.raw().headers().firstValue("Retry-After")).contains("1");
      assertThat(busy.body().path("error").path("code").asText()).isEqualTo("busy");
      assertThat(busy.body().path("error").path("message").asText())
          .contains("execution slots stayed busy");
    } finally {
      release.countDown();
      holder.join();
    }
    // the slot was all that stood in the way: free, the same request runs
    assertThat(post("/api/v1/udfs/custom-score/test", "{}").status()).isEqualTo(200);
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void documentsAndQueries() throws Exception {
    start(null, 10 << 20, 8);
    post("/api/v1/udfs", upload("string-distance", "1.0.0", STRING_DISTANCE, SD_PARAMS));
    post("/api/v1/udfs", upload("custom-score", "1.0.0", CUSTOM_SCORE, CS_PARAMS));
    String score =
        Base64.getEncoder()
            .encodeToString(
                Fixtures.read(
                    Fixtures.root()
                        .resolve("src/core/src/test/resources/conformance/fields/fields.wasm")));
    post(
        "/api/v1/udfs",
        upload(
            "price",
            "1.0.0",
            score,
            ",\"function_name\":\"f64_val\",\"parameters\":[{\"name\":\"field\",\"type\":\"string\",\"default\":\"price\"}]"));
    Resp added =
        post(
            "/api/v1/indexes/products/documents",
            "{\"_id\":\"a\",\"title\":\"iphone\",\"price\":5,\"tags\":[\"x\"]}\n{\"_id\":\"b\",\"title\":\"iphnoe\",\"price\":15}\n\n{\"title\":\"ipad case\",\"price\":25}\n");
    assertThat(added.status()).isEqualTo(201);
    assertThat(
            post("/api/v1/indexes/products/documents", "[{\"title\":\"galaxy\",\"price\":35}]")
                .body()
                .path("count")
                .asInt())
        .isEqualTo(4);
    assertThat(get("/api/v1/indexes/products").body().path("count").asInt()).isEqualTo(4);

    Resp q =
        post(
            "/api/v1/query",
            "{\"index\":\"products\",\"query\":{\"bool\":{\"filter\":[{\"wasm_udf\":{\"name\":\"string-distance\",\"parameters\":{\"target\":\"iphone\"}}}],\"must_not\":[{\"range\":{\"price\":{\"gt\":10}}}]}}}");
    assertThat(q.body().path("total").asInt()).isEqualTo(1);
    assertThat(q.body().path("hits").get(0).path("_id").asText()).isEqualTo("a");
    assertThat(q.body().has("took_ms")).isTrue();

    Resp scored =
        post(
            "/api/v1/query",
            "{\"index\":\"products\",\"query\":{\"wasm_udf\":{\"name\":\"price\"}},\"size\":2,\"from\":1}");
    assertThat(scored.body().path("total").asInt()).isEqualTo(4);
    assertThat(scored.body().path("hits").size()).isEqualTo(2);
    assertThat(scored.body().path("hits").get(0).path("_score").asDouble()).isEqualTo(25.0);
    assertThat(scored.body().path("hits").get(1).path("_score").asDouble()).isEqualTo(15.0);

    Resp term =
        post(
            "/api/v1/query",
            "{\"index\":\"products\",\"query\":{\"bool\":{\"should\":[{\"term\":{\"tags\":\"x\"}},{\"term\":{\"title\":\"galaxy\"}}]}}}");
    assertThat(term.body().path("total").asInt()).isEqualTo(2);
    assertThat(
            post(
                    "/api/v1/query",
                    "{\"index\":\"products\",\"query\":{\"wasm_udf\":{\"name\":\"string-distance\"}}}")
                .body()
                .path("error")
                .path("code")
                .asText())
        .isEqualTo("parameter");
  }

  @Test
  void aQueryWhoseClientHangsUpIsCancelled() throws Exception {
    start(null, 10 << 20, 8);
    // each document costs a few milliseconds: 20,000 of them would take a minute or more
    byte[] slow =
        Fixtures.wat(
            "(module (func (export \"filter\") (param i64) (result i32) (local i32)"
                + " (loop $l (local.set 1 (i32.add (local.get 1) (i32.const 1)))"
                + " (br_if $l (i32.lt_u (local.get 1) (i32.const 3000000)))) (i32.const 1)))");
    post("/api/v1/udfs", upload("slow", "1.0.0", Base64.getEncoder().encodeToString(slow), ""));
    post("/api/v1/indexes/many/documents", "{\"n\":1}\n".repeat(20_000));
    String body =
        "{\"index\":\"many\",\"timeout_ms\":600000,\"query\":{\"wasm_udf\":{\"name\":\"slow\"}}}";
    int port = URI.create(base).getPort();
    try (java.net.Socket client = new java.net.Socket("127.0.0.1", port)) {
      client
          .getOutputStream()
          .write(
              ("POST /api/v1/query HTTP/1.1\r\nHost: 127.0.0.1:"
                      + port
                      + "\r\nContent-Type: application/json\r\nContent-Length: "
                      + body.length()
                      + "\r\n\r\n"
                      + body)
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      client.getOutputStream().flush();
      awaitInFlight(1); // the query is running
    } // hang up
    awaitInFlight(0);
    JsonNode failed = null;
    for (JsonNode e : get("/api/v1/audit?limit=10").body().path("entries")) {
      if (e.path("operation").asText().equals("query") && !e.path("success").asBoolean()) {
        failed = e;
      }
    }
    assertThat(failed).isNotNull();
    assertThat(failed.path("error").asText()).isEqualTo("cancelled");
    assertThat(failed.path("detail").asText())
        .contains("of 20000 documents: the client closed the connection");
    assertThat(get("/health").status()).isEqualTo(200);
  }

  /** Waits until the server is answering {@code n} requests besides the health check. */
  private void awaitInFlight(int n) throws Exception {
    long deadline = System.nanoTime() + HANG.toNanos();
    int seen;
    while ((seen = get("/health").body().path("in_flight").asInt()) != n) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "after " + HANG.toSeconds() + " s the server answers " + seen + " requests, not " + n);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5)); // a pause between round trips
    }
  }

  @Test
  void udfsDocumentsAndTheAuditLogSurviveARestart() throws Exception {
    start(null, 10 << 20, 8);
    post("/api/v1/udfs", upload("custom-score", "1.0.0", CUSTOM_SCORE, CS_PARAMS));
    post("/api/v1/indexes/keep/documents", "{\"base_score\":0.9}\n{\"base_score\":0.1}");
    post("/api/v1/udfs/custom-score/test", "{}");
    servers.remove(0).stop(Duration.ofSeconds(1));
    // a UDF registered by the CLI (straight into the registry) while no server runs
    new io.quidditch.udf.core.registry.Registry(home)
        .register(
            io.quidditch.udf.core.Manifest.anonymous("from-cli", null)
                .withNameAndVersion("from-cli", "1.0.0"),
            Fixtures.read(Fixtures.root().resolve("examples/custom-score/custom_score.wasm")));
    start(null, 10 << 20, 8);
    assertThat(get("/api/v1/udfs").body().path("total").asInt()).isEqualTo(2);
    assertThat(get("/api/v1/indexes/keep").body().path("count").asInt()).isEqualTo(2);
    assertThat(
            post(
                    "/api/v1/query",
                    "{\"index\":\"keep\",\"query\":{\"wasm_udf\":{\"name\":\"custom-score\"}}}")
                .body()
                .path("total")
                .asInt())
        .isEqualTo(1);
    assertThat(get("/api/v1/audit").body().path("entries").toString())
        .contains("\"operation\":\"register\"")
        .contains("\"operation\":\"test\"");
  }
}
