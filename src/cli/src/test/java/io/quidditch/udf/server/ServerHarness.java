package io.quidditch.udf.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.Fixtures;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.ModulePolicy;
import io.quidditch.udf.core.runtime.UdfRuntime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** Servers on a free port over a temporary home, and the HTTP calls the server tests make. */
abstract class ServerHarness {
  /** Only a hung server reaches it: a loaded machine answers slowly, never this slowly. */
  static final Duration HANG = Duration.ofSeconds(120);

  @TempDir Path home;
  final HttpClient http = HttpClient.newHttpClient();
  final List<UdfServer> servers = new ArrayList<>();
  String base;

  /** The runtime of the server started last, whose execution slots a test may hold itself. */
  UdfRuntime runtime;

  static final String CUSTOM_SCORE =
      Base64.getEncoder()
          .encodeToString(
              Fixtures.read(Fixtures.root().resolve("examples/custom-score/custom_score.wasm")));
  static final String STRING_DISTANCE =
      Base64.getEncoder()
          .encodeToString(
              Fixtures.read(Fixtures.root().resolve("src/bench/fixtures/string_distance.wasm")));
  static final String CS_PARAMS =
      ",\"category\":\"scoring\",\"tags\":[\"demo\"],\"parameters\":[{\"name\":\"min_score\",\"type\":\"f64\",\"default\":0.5}]";
  static final String SD_PARAMS =
      ",\"parameters\":[{\"name\":\"target\",\"type\":\"string\",\"required\":true},{\"name\":\"max_distance\",\"type\":\"int\",\"default\":2}]";

  record Resp(int status, JsonNode body, HttpResponse<String> raw) {}

  /** Starts a server whose requests wait at most 2 s for one of its {@code maxConcurrent} slots. */
  void start(String token, long maxBody, int maxConcurrent) {
    runtime =
        UdfRuntime.builder()
            .withLimits(
                io.quidditch.udf.core.Limits.defaults()
                    .withConcurrency(maxConcurrent, Duration.ofSeconds(2)))
            .build();
    UdfServer s =
        new UdfServer(
            new ServerConfig("127.0.0.1", 0, token, home, maxBody), runtime, ModulePolicy.none());
    servers.add(s);
    base = "http://127.0.0.1:" + s.start();
  }

  @AfterEach
  void stopServers() {
    servers.forEach(s -> s.stop(Duration.ofSeconds(1)));
  }

  Resp send(String method, String path, String body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(HANG);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      b.header(
          "Content-Type",
          path.endsWith("/documents") && !body.startsWith("[")
              ? "application/x-ndjson"
              : "application/json");
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    boolean isJson =
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
    JsonNode json = r.body().isEmpty() || !isJson ? null : Json.MAPPER.readTree(r.body());
    return new Resp(r.statusCode(), json, r);
  }

  Resp get(String path) throws Exception {
    return send("GET", path, null, null);
  }

  Resp post(String path, String body) throws Exception {
    return send("POST", path, body, null);
  }

  static String upload(String name, String version, String b64, String extra) {
    return "{\"name\":\""
        + name
        + "\",\"version\":\""
        + version
        + "\",\"language\":\"wasm\",\"wasm_base64\":\""
        + b64
        + "\""
        + extra
        + "}";
  }
}
