package io.quidditch.udf.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.Fixtures;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.embed.UdfSpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin zip installed into a real OpenSearch node (the 2.19 distribution from Maven Central,
 * its own security manager and the plugin's policy), queried over HTTP on loopback.
 */
class RealNodeIT {
  private static final int DOCS = 10_000;
  private static final Map<String, String> CORPUS = Corpus.documents(DOCS);
  private static final Path WORK = Fixtures.root().resolve("src/opensearch/target/real-node");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
  private static Process node;
  private static String base;

  @BeforeAll
  static void startNode() throws Exception {
    deleteTree(WORK);
    Files.createDirectories(WORK);
    Path home = unzip(Path.of(System.getProperty("quidudf.opensearch.zip")), WORK);
    Path pluginZip = Path.of(System.getProperty("quidudf.plugin.zip"));
    assertThat(pluginZip).exists();

    // the install transcript is kept for the closing note
    ProcessBuilder installer =
        new ProcessBuilder(
                home.resolve("bin/opensearch-plugin").toString(),
                "install",
                "--batch",
                pluginZip.toUri().toString())
            .redirectErrorStream(true)
            .redirectOutput(WORK.resolve("install.log").toFile());
    installer.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
    Process install = installer.start();
    install.getOutputStream().close();
    assertThat(install.waitFor()).as(Files.readString(WORK.resolve("install.log"))).isZero();

    int http = freePort();
    int transport = freePort();
    Files.writeString(
        home.resolve("config/opensearch.yml"),
        String.join(
            "\n",
            "cluster.name: quidudf-smoke",
            "discovery.type: single-node",
            "network.host: 127.0.0.1",
            "http.port: " + http,
            "transport.port: " + transport,
            "path.data: " + WORK.resolve("data"),
            "path.logs: " + WORK.resolve("logs"),
            "quidudf.timeout_ms: 1000",
            ""));
    ProcessBuilder pb =
        new ProcessBuilder(home.resolve("bin/opensearch").toString())
            .redirectErrorStream(true)
            .redirectOutput(WORK.resolve("node.log").toFile());
    pb.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
    node = pb.start();
    base = "http://127.0.0.1:" + http;
    waitForNode();
  }

  @AfterAll
  static void stopNode() throws Exception {
    if (node != null) {
      node.destroy();
      if (!node.waitFor(60, TimeUnit.SECONDS)) {
        node.destroyForcibly();
      }
    }
  }

  private static void waitForNode() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (true) {
      if (!node.isAlive()) {
        throw new IllegalStateException(
            "the node exited with " + node.exitValue() + ":\n" + tail(WORK.resolve("node.log")));
      }
      try {
        Resp r = send("GET", "/_cluster/health?wait_for_status=yellow&timeout=5s", null);
        if (r.status == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the node did not come up:\n" + tail(WORK.resolve("node.log")));
      }
      // poll at most once a second; returns at once if the node dies
      node.waitFor(1, TimeUnit.SECONDS);
    }
  }

  record Resp(int status, JsonNode body, String text) {}

  private static Resp send(String method, String path, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofMinutes(5))
            .header(
                "Content-Type",
                path.endsWith("_bulk") ? "application/x-ndjson" : "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json;
    try {
      json = Json.MAPPER.readTree(r.body());
    } catch (IOException e) {
      json = null;
    }
    return new Resp(r.statusCode(), json, r.body());
  }

  private static void index() throws Exception {
    if (send("HEAD", "/" + Corpus.INDEX, null).status == 200) {
      return;
    }
    Resp created =
        send(
            "PUT",
            "/" + Corpus.INDEX,
            "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0},\"mappings\":"
                + Corpus.MAPPING
                + "}");
    assertThat(created.status).as(created.text).isEqualTo(200);
    StringBuilder bulk = new StringBuilder();
    CORPUS.forEach(
        (id, json) ->
            bulk.append("{\"index\":{\"_id\":\"")
                .append(id)
                .append("\"}}\n")
                .append(json)
                .append('\n'));
    Resp r = send("POST", "/" + Corpus.INDEX + "/_bulk?refresh=true", bulk.toString());
    assertThat(r.status).isEqualTo(200);
    assertThat(r.body.path("errors").asBoolean()).as(r.text.substring(0, 500)).isFalse();
    send("POST", "/" + Corpus.INDEX + "/_forcemerge?max_num_segments=1", null);
    send("POST", "/" + Corpus.INDEX + "/_refresh", null);
  }

  private static void store(String id, UdfSpec spec) throws Exception {
    Resp r = send("PUT", "/_scripts/" + id, Corpus.storedScript(spec));
    assertThat(r.status).as(r.text).isEqualTo(200);
  }

  private static Resp filterQuery(String id, Map<String, Object> params, int size)
      throws Exception {
    String q =
        "{\"size\":"
            + size
            + ",\"track_total_hits\":true,\"_source\":false,\"query\":{\"bool\":{\"filter\":{\"script\":{\"script\":{\"id\":\""
            + id
            + "\",\"params\":"
            + Json.compact(Json.MAPPER.valueToTree(params))
            + "}}}}}}";
    return send("POST", "/" + Corpus.INDEX + "/_search?request_cache=false", q);
  }

  private static List<String> ids(Resp r) {
    List<String> out = new ArrayList<>();
    r.body.path("hits").path("hits").forEach(h -> out.add(h.path("_id").asText()));
    return out;
  }

  @Test
  void theInstalledPluginFiltersAndScoresAsQuidudfDoes() throws Exception {
    index();
    UdfSpec custom = Corpus.example("custom-score", "custom_score.wasm");
    // as a user would: the CLI validates the UDF and stores it in the cluster
    Path jar = Fixtures.root().resolve("target/quidudf.jar");
    assertThat(jar).as("the full build makes target/quidudf.jar before this test").exists();
    Process register =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "register",
                Fixtures.root().resolve("examples/custom-score/custom_score.wasm").toString(),
                "--opensearch",
                base,
                "--registry",
                WORK.resolve("quidudf-home").toString())
            .redirectErrorStream(true)
            .redirectOutput(WORK.resolve("register.log").toFile())
            .start();
    register.getOutputStream().close();
    String registered =
        register.waitFor() == 0 ? Files.readString(WORK.resolve("register.log")) : null;
    assertThat(registered)
        .as(Files.readString(WORK.resolve("register.log")))
        .contains("stored custom-score@1.0.0 as script 'custom-score' (lang wasm)");
    Map<String, Object> params = Map.of("min_score", 0.9);
    Resp r = filterQuery("custom-score", params, DOCS);
    assertThat(r.status).as(r.text).isEqualTo(200);
    List<String> got = ids(r);
    got.sort(null);
    List<String> want = Corpus.kept(Corpus.quidudf(custom, params, CORPUS));
    assertThat(r.body.path("hits").path("total").path("value").asLong()).isEqualTo(want.size());
    assertThat(got).isEqualTo(want);

    UdfSpec distance = Corpus.example("string-distance", "string_distance.wasm");
    store("string-distance", distance);
    Map<String, Object> dp = Map.of("target", "iphone", "max_distance", 2);
    Resp d = filterQuery("string-distance", dp, DOCS);
    List<String> gotD = ids(d);
    gotD.sort(null);
    assertThat(gotD).isEqualTo(Corpus.kept(Corpus.quidudf(distance, dp, CORPUS)));

    UdfSpec score = Corpus.example("custom-score", "custom_score.wasm").withFunction("score");
    store("custom-score-score", score);
    Resp s =
        send(
            "POST",
            "/" + Corpus.INDEX + "/_search?request_cache=false",
            "{\"size\":10,\"_source\":false,\"query\":{\"script_score\":{\"query\":{\"match_all\":{}},"
                + "\"script\":{\"id\":\"custom-score-score\"}}}}");
    assertThat(s.status).as(s.text).isEqualTo(200);
    assertThat(ids(s)).isEqualTo(Corpus.top(Corpus.quidudf(score, Map.of(), CORPUS), 10));
  }

  @Test
  void aRunawayUdfFailsWithTimeoutAndTheNodeKeepsServing() throws Exception {
    index();
    byte[] spin =
        Fixtures.wat(
            "(module (func (export \"filter\") (param i64) (result i32) (loop $l (br $l)) (i32.const 0)))");
    store("spin", UdfSpec.of(spin, "{\"name\": \"spin\", \"version\": \"1.0.0\"}"));
    Resp r = filterQuery("spin", Map.of(), 10);
    Files.writeString(WORK.resolve("runaway-response.json"), r.text);
    assertThat(r.status).isBetween(400, 599);
    assertThat(r.text).contains("[timeout]").contains("time limit of 1000 ms");
    Resp health = send("GET", "/_cluster/health", null);
    assertThat(health.status).isEqualTo(200);
    store("custom-score", Corpus.example("custom-score", "custom_score.wasm"));
    Resp next = filterQuery("custom-score", Map.of("min_score", 0.9), 10);
    Files.writeString(WORK.resolve("healthy-after-runaway.json"), next.text);
    assertThat(next.status).as(next.text).isEqualTo(200);
  }

  private static Path unzip(Path zip, Path into) throws IOException {
    Path top = null;
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        Path out = into.resolve(e.getName()).normalize();
        if (!out.startsWith(into)) {
          throw new IOException("zip entry outside the target: " + e.getName());
        }
        if (top == null) {
          top = into.resolve(into.relativize(out).getName(0));
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(z, out, StandardCopyOption.REPLACE_EXISTING);
          String name = out.getFileName().toString();
          if (out.getParent().getFileName().toString().equals("bin") || name.endsWith(".sh")) {
            out.toFile().setExecutable(true);
          }
        }
      }
    }
    return top;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String tail(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "(no log)";
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (var walk = Files.walk(p)) {
      for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}
