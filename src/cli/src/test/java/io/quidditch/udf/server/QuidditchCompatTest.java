package io.quidditch.udf.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.Fixtures;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.ModulePolicy;
import io.quidditch.udf.core.runtime.UdfRuntime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The requests Quidditch's users send, in the shapes its seed report, docs and handler use. */
class QuidditchCompatTest {
  @TempDir Path home;
  private final HttpClient http = HttpClient.newHttpClient();
  private UdfServer server;
  private String base;

  private static final String CUSTOM_SCORE =
      Base64.getEncoder()
          .encodeToString(
              Fixtures.read(Fixtures.root().resolve("examples/custom-score/custom_score.wasm")));
  private static final byte[] FIELDS =
      Fixtures.read(
          Fixtures.root().resolve("src/core/src/test/resources/conformance/fields/fields.wasm"));

  record Resp(int status, JsonNode body) {}

  @BeforeEach
  void start() {
    server =
        new UdfServer(
            new ServerConfig("127.0.0.1", 0, null, home, 10 << 20),
            UdfRuntime.builder().build(),
            ModulePolicy.none(),
            withPython());
    base = "http://127.0.0.1:" + server.start();
  }

  private static io.quidditch.udf.harness.Compilers withPython() {
    io.quidditch.udf.harness.Compilers wat = io.quidditch.udf.harness.Compilers.standard();
    return wat.with(
        new io.quidditch.udf.python.PythonCompiler((f, t) -> wat.wat().compile(f, t).wasm()));
  }

  @AfterEach
  void stop() {
    server.stop(Duration.ofSeconds(1));
  }

  private Resp send(String method, String path, String contentType, byte[] body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Resp(r.statusCode(), r.body().isEmpty() ? null : Json.MAPPER.readTree(r.body()));
  }

  private Resp post(String path, String json) throws Exception {
    return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  private Resp get(String path) throws Exception {
    return send("GET", path, null, null);
  }

  @Test
  void theSeedsUploadWithReturnsAsAListAndParametersWithoutRequired() throws Exception {
    // the seed's Usage Example, with custom-score's module: language rust, returns a list,
    // i64 and string parameters that say nothing of required
    Resp up =
        post(
            "/api/v1/udfs",
            "{\"name\": \"string_distance\", \"version\": \"1.0.0\", \"description\": \"Fuzzy\","
                + " \"category\": \"text\", \"author\": \"quidditch\", \"language\": \"rust\","
                + " \"function_name\": \"filter\", \"wasm_base64\": \""
                + CUSTOM_SCORE
                + "\", \"parameters\": [{\"name\": \"field\", \"type\": \"string\"},"
                + " {\"name\": \"min_score\", \"type\": \"f64\"},"
                + " {\"name\": \"max_distance\", \"type\": \"i64\"}],"
                + " \"returns\": [{\"type\": \"bool\"}]}");
    assertThat(up.status()).as(String.valueOf(up.body())).isEqualTo(201);
    assertThat(up.body().path("success").asBoolean()).isTrue();
    assertThat(up.body().path("name").asText()).isEqualTo("string_distance");

    JsonNode details = get("/api/v1/udfs/string_distance?version=1.0.0").body();
    assertThat(details.path("returns").toString()).isEqualTo("[{\"type\":\"bool\"}]");
    assertThat(details.path("parameters").get(0).path("required").asBoolean()).isFalse();
    assertThat(details.path("wasm_size").asInt()).isPositive();
    assertThat(get("/api/v1/udfs/string_distance/1.0.0").body()).isEqualTo(details);

    // the test request leaves the optional parameters out
    Resp test =
        post(
            "/api/v1/udfs/string_distance/test",
            "{\"version\": \"1.0.0\", \"document\": {\"base_score\": 0.9},"
                + " \"parameters\": {\"min_score\": {\"type\": \"f64\", \"data\": 0.5}}}");
    assertThat(test.status()).as(String.valueOf(test.body())).isEqualTo(200);
    assertThat(test.body().path("result").asBoolean()).isTrue();
    assertThat(test.body().has("execution_time_ms")).isTrue();
    // params is the same as parameters
    assertThat(
            post(
                    "/api/v1/udfs/string_distance/test",
                    "{\"document\": {\"base_score\": 0.4}, \"params\": {\"min_score\": 0.5}}")
                .body()
                .path("result")
                .asBoolean())
        .isFalse();

    JsonNode stats = get("/api/v1/udfs/string_distance/1.0.0/stats").body();
    assertThat(stats.path("call_count").asInt()).isEqualTo(2);
    assertThat(get("/api/v1/udfs/string_distance/stats?version=1.0.0").body()).isEqualTo(stats);
    Resp reset = post("/api/v1/udfs/string_distance/stats/reset", "{}");
    assertThat(reset.status()).isEqualTo(200);
    assertThat(get("/api/v1/udfs/string_distance/stats").body().path("call_count").asInt())
        .isZero();

    Resp gone = send("DELETE", "/api/v1/udfs/string_distance/1.0.0", null, null);
    assertThat(gone.body().path("success").asBoolean()).isTrue();
  }

  @Test
  void aMultipartUploadAsQuidditchsDocsShowIt() throws Exception {
    String boundary = "----quidudf";
    String metadata =
        "{\"description\": \"boosted\", \"author\": \"ann\","
            + " \"parameters\": [{\"name\": \"min_score\", \"type\": \"f64\", \"default\": 0.5}],"
            + " \"returns\": [{\"type\": \"bool\"}]}";
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (String[] field :
        new String[][] {{"name", "custom-score"}, {"version", "2.0.0"}, {"metadata", metadata}}) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field[0]
                  + "\"\r\n\r\n"
                  + field[1]
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"wasm\"; filename=\"custom_score.wasm\""
                + "\r\nContent-Type: application/wasm\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(Base64.getDecoder().decode(CUSTOM_SCORE));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    Resp up =
        send(
            "POST",
            "/api/v1/udfs",
            "multipart/form-data; boundary=" + boundary,
            body.toByteArray());
    assertThat(up.status()).as(String.valueOf(up.body())).isEqualTo(201);
    JsonNode listed = get("/api/v1/udfs?author=ann").body();
    assertThat(listed.path("total").asInt()).isEqualTo(1);
    assertThat(listed.path("udfs").get(0).path("description").asText()).isEqualTo("boosted");
    assertThat(get("/api/v1/udfs?author=bob").body().path("total").asInt()).isZero();
  }

  @Test
  void listingPagesKeepTheFullTotal() throws Exception {
    for (int i = 1; i <= 3; i++) {
      assertThat(
              post(
                      "/api/v1/udfs",
                      "{\"name\": \"u"
                          + i
                          + "\", \"version\": \"1.0.0\", \"wasm_base64\": \""
                          + CUSTOM_SCORE
                          + "\"}")
                  .status())
          .isEqualTo(201);
    }
    JsonNode page = get("/api/v1/udfs?page=2&size=2").body();
    assertThat(page.path("total").asInt()).isEqualTo(3);
    assertThat(page.path("page").asInt()).isEqualTo(2);
    assertThat(page.path("udfs").size()).isEqualTo(1);
    assertThat(page.path("udfs").get(0).path("name").asText()).isEqualTo("u3");
  }

  @Test
  void aTestDocumentWithoutAScoreComesInWithOne() throws Exception {
    post(
        "/api/v1/udfs",
        "{\"name\": \"score\", \"version\": \"1.0.0\", \"function_name\": \"score\","
            + " \"wasm_base64\": \""
            + Base64.getEncoder().encodeToString(FIELDS)
            + "\"}");
    assertThat(
            post("/api/v1/udfs/score/test", "{\"document\": {}}").body().path("result").asDouble())
        .isEqualTo(1.0);
    assertThat(
            post("/api/v1/udfs/score/test", "{\"document\": {\"_score\": 2.5}}")
                .body()
                .path("result")
                .asDouble())
        .isEqualTo(2.5);
  }

  @Test
  void queriesWithoutAnIndexAndOpenSearchStyleSearch() throws Exception {
    post(
        "/api/v1/udfs",
        "{\"name\": \"custom-score\", \"version\": \"1.0.0\", \"parameters\":"
            + " [{\"name\": \"min_score\", \"type\": \"f64\", \"default\": 0.5}],"
            + " \"wasm_base64\": \""
            + CUSTOM_SCORE
            + "\"}");
    Resp none = post("/api/v1/query", "{\"query\": {\"match_all\": {}}}");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.body().path("error").path("message").asText())
        .contains("there are no documents to search");
    // documents posted without an index name go to the default collection
    assertThat(
            send(
                    "POST",
                    "/api/v1/documents",
                    "application/x-ndjson",
                    ("{\"_id\": \"a\", \"base_score\": 0.9}\n{\"_id\": \"b\", \"base_score\": 0.1}\n"
                            + "{\"_id\": \"c\", \"base_score\": \"high\"}\n")
                        .getBytes(StandardCharsets.UTF_8))
                .status())
        .isEqualTo(201);
    String udf = "{\"wasm_udf\": {\"name\": \"custom-score\", \"params\": {\"min_score\": 0.5}}}";
    Resp q = post("/api/v1/query", "{\"query\": " + udf + "}");
    assertThat(q.status()).as(String.valueOf(q.body())).isEqualTo(200);
    assertThat(q.body().path("index").asText()).isEqualTo("default");
    assertThat(q.body().path("total").asInt()).isEqualTo(1);
    assertThat(q.body().path("hits").get(0).path("_id").asText()).isEqualTo("a");

    Resp os = post("/default/_search?size=5", "{\"query\": " + udf + "}");
    assertThat(os.status()).as(String.valueOf(os.body())).isEqualTo(200);
    assertThat(os.body().path("hits").path("total").path("value").asInt()).isEqualTo(1);
    assertThat(os.body().path("hits").path("total").path("relation").asText()).isEqualTo("eq");
    assertThat(os.body().path("hits").path("hits").get(0).path("_id").asText()).isEqualTo("a");
    assertThat(os.body().path("hits").path("hits").get(0).path("_source").has("base_score"))
        .isTrue();
    assertThat(os.body().has("took")).isTrue();
    assertThat(os.body().path("_shards").path("successful").asInt()).isEqualTo(1);
    assertThat(
            post("/_search", "{\"query\": {\"match_all\": {}}}")
                .body()
                .path("hits")
                .path("total")
                .path("value")
                .asInt())
        .isEqualTo(3);
    assertThat(post("/nowhere/_search", "{}").status()).isEqualTo(404);
  }

  @Test
  void aDocumentOnWhichTheUdfFailsIsSkippedAndCounted() throws Exception {
    // fields.wasm's str_len traps on a string field longer than its buffer... use a trap instead:
    byte[] trapsOnB =
        Fixtures.wat(
            "(module (import \"env\" \"get_document_id\" (func $id (param i64 i32 i32) (result i32)))"
                + " (memory (export \"memory\") 1)"
                + " (func (export \"filter\") (param $ctx i64) (result i32)"
                + " (i32.store (i32.const 0) (i32.const 8))"
                + " (drop (call $id (local.get $ctx) (i32.const 16) (i32.const 0)))"
                + " (if (i32.eq (i32.load8_u (i32.const 16)) (i32.const 98)) (then unreachable))"
                + " (i32.const 1)))");
    post(
        "/api/v1/udfs",
        "{\"name\": \"picky\", \"version\": \"1.0.0\", \"wasm_base64\": \""
            + Base64.getEncoder().encodeToString(trapsOnB)
            + "\"}");
    send(
        "POST",
        "/api/v1/indexes/abc/documents",
        "application/x-ndjson",
        "{\"_id\": \"a\"}\n{\"_id\": \"b\"}\n{\"_id\": \"c\"}\n".getBytes(StandardCharsets.UTF_8));
    String udf = "{\"wasm_udf\": {\"name\": \"picky\"}}";
    Resp q = post("/api/v1/query", "{\"query\": " + udf + "}");
    assertThat(q.status()).as(String.valueOf(q.body())).isEqualTo(200);
    assertThat(q.body().path("total").asInt()).isEqualTo(2);
    assertThat(q.body().path("udf_errors").asInt()).isEqualTo(1);
    assertThat(q.body().path("udf_error").path("code").asText()).isEqualTo("trap");
    assertThat(q.body().path("udf_error").path("message").asText())
        .contains("failed on document b");
    // stats count calls, as Quidditch's do: three documents, one of them failed
    JsonNode stats = get("/api/v1/udfs/picky/stats").body();
    assertThat(stats.path("call_count").asInt()).isEqualTo(3);
    assertThat(stats.path("error_count").asInt()).isEqualTo(1);
    Resp strict = post("/api/v1/query", "{\"on_udf_error\": \"fail\", \"query\": " + udf + "}");
    assertThat(strict.status()).isEqualTo(422);
    assertThat(strict.body().path("error").path("code").asText()).isEqualTo("trap");
  }

  @Test
  void errorBodiesShowNeitherServerPathsNorCommandLineHints() throws Exception {
    Resp missing = get("/api/v1/udfs/nothing-here");
    assertThat(missing.status()).isEqualTo(404);
    String message = missing.body().path("error").path("message").asText();
    assertThat(message).contains("no UDF named 'nothing-here'");
    assertThat(message).doesNotContain(home.toString()).doesNotContain("quidudf ");
    // a damaged entry: the message names the UDF, never the registry's directory
    post(
        "/api/v1/udfs",
        "{\"name\": \"cs\", \"version\": \"1.0.0\", \"wasm_base64\": \"" + CUSTOM_SCORE + "\"}");
    java.nio.file.Files.writeString(home.resolve("registry/cs/1.0.0/entry.json"), "{broken");
    Resp damaged = get("/api/v1/udfs/cs");
    assertThat(damaged.status()).isEqualTo(400);
    assertThat(damaged.body().path("error").path("message").asText())
        .contains("registry entry cs@1.0.0 is unreadable")
        .doesNotContain(home.toString());
  }

  @Test
  void whatTheRedTeamFoundIsAnsweredAsTheMistakeItIs() throws Exception {
    // a multipart form that cannot be read is 400, one over the limit 413; never 500
    Resp noBoundary =
        send(
            "POST",
            "/api/v1/udfs",
            "multipart/form-data",
            Base64.getDecoder().decode(CUSTOM_SCORE));
    assertThat(noBoundary.status()).as(String.valueOf(noBoundary.body())).isEqualTo(400);
    assertThat(noBoundary.body().path("error").path("message").asText())
        .contains("the multipart form cannot be read");
    // the answer comes from the declared length, before any of the body: the request says 11 MiB
    // and sends none (writing 11 MiB into a connection the server closes once it has answered
    // is a broken pipe now and then)
    URI uri = URI.create(base);
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(120_000); // only a server that never answers reaches it
      socket
          .getOutputStream()
          .write(
              ("POST /api/v1/udfs HTTP/1.1\r\nHost: "
                      + uri.getAuthority()
                      + "\r\nConnection: close\r\nContent-Type: multipart/form-data; boundary=XYZ"
                      + "\r\nContent-Length: "
                      + (11 << 20)
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 413").contains("\"too_large\"");
    }
    // source nested past what a compiler can follow is a compile error
    String deepPy =
        "def filter() -> bool:\\n    return "
            + "(".repeat(500)
            + "1"
            + ")".repeat(500)
            + " == 1\\n";
    Resp py =
        post(
            "/api/v1/udfs",
            "{\"name\": \"deep\", \"version\": \"1.0.0\", \"language\": \"python\", \"source\": \""
                + deepPy
                + "\"}");
    assertThat(py.status()).as(String.valueOf(py.body())).isEqualTo(422);
    assertThat(py.body().path("error").toString()).contains("nested more than 200 levels");
    String deepWat =
        "(module (func (export \\\"filter\\\") (param i64) (result i32) "
            + "(block ".repeat(300)
            + ")".repeat(300)
            + " (i32.const 1)))";
    Resp wat =
        post(
            "/api/v1/udfs",
            "{\"name\": \"deepw\", \"version\": \"1.0.0\", \"language\": \"wat\", \"source\": \""
                + deepWat
                + "\"}");
    assertThat(wat.status()).as(String.valueOf(wat.body())).isEqualTo(422);
    assertThat(wat.body().path("error").toString()).contains("the text compiler ran out of room");
    // a compile error's diagnostics speak to an HTTP client, not a command line
    Resp noEntry =
        post(
            "/api/v1/udfs",
            "{\"name\": \"ne\", \"version\": \"1.0.0\", \"language\": \"python\", \"source\": \"x = 1\"}");
    assertThat(noEntry.status()).isEqualTo(422);
    assertThat(noEntry.body().toString()).contains("no function 'filter'").doesNotContain("--");
    assertThat(
            post(
                    "/api/v1/udfs",
                    "{\"name\": \"r\", \"version\": \"1.0.0\", \"returns\": [], \"wasm_base64\": \""
                        + CUSTOM_SCORE
                        + "\"}")
                .body()
                .path("error")
                .path("message")
                .asText())
        .contains("'returns' is an empty list");
    // a declared i32 reads back as i32
    assertThat(
            post(
                    "/api/v1/udfs",
                    "{\"name\": \"cs\", \"version\": \"1.0.0\", \"returns\": [{\"type\": \"i32\"}],"
                        + " \"wasm_base64\": \""
                        + CUSTOM_SCORE
                        + "\"}")
                .status())
        .isEqualTo(201);
    assertThat(get("/api/v1/udfs/cs").body().path("returns").toString())
        .isEqualTo("[{\"type\":\"i32\"}]");
    // a document is an object (none is the empty one); a reset needs no body
    assertThat(post("/api/v1/udfs/cs/test", "{\"document\": 5}").status()).isEqualTo(400);
    assertThat(post("/api/v1/udfs/cs/test", "{\"document\": null}").status()).isEqualTo(200);
    assertThat(send("POST", "/api/v1/udfs/cs/stats/reset", null, null).status()).isEqualTo(200);
    // a Python source's own signature declares its parameters
    Resp src =
        post(
            "/api/v1/udfs",
            "{\"name\": \"pysig\", \"version\": \"1.0.0\", \"language\": \"python\", \"source\":"
                + " \"def filter(limit: int) -> bool:\\n    return limit > 2\\n\"}");
    assertThat(src.status()).as(String.valueOf(src.body())).isEqualTo(201);
    JsonNode params = get("/api/v1/udfs/pysig").body().path("parameters");
    assertThat(params.get(0).path("name").asText()).isEqualTo("limit");
    assertThat(params.get(0).path("required").asBoolean()).isTrue();
    // every collection's hits say which one they come from
    send(
        "POST",
        "/api/v1/indexes/alpha/documents",
        "application/x-ndjson",
        "{\"_id\": \"1\"}\n".getBytes(StandardCharsets.UTF_8));
    send(
        "POST",
        "/api/v1/indexes/beta/documents",
        "application/x-ndjson",
        "{\"_id\": \"1\"}\n".getBytes(StandardCharsets.UTF_8));
    JsonNode all = post("/_search", "{}").body().path("hits").path("hits");
    assertThat(all.findValuesAsText("_index")).containsExactlyInAnyOrder("alpha", "beta");
    assertThat(post("/api/v1/indexes/A.B/documents", "[{}]").body().toString())
        .contains("invalid index name 'A.B'");
    // a path that exists with another method is 405; one that does not exist, 404
    Resp put =
        send("PUT", "/api/v1/udfs", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(put.status()).isEqualTo(405);
    assertThat(put.body().path("error").path("code").asText()).isEqualTo("method_not_allowed");
    assertThat(get("/api/v1/nowhere").status()).isEqualTo(404);
    assertThat(get("/health").status()).isEqualTo(200);
  }
}
