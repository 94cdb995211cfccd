package io.quidditch.udf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.Fixtures;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.ModulePolicy;
import io.quidditch.udf.core.runtime.UdfRuntime;
import io.quidditch.udf.server.ServerConfig;
import io.quidditch.udf.server.UdfServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code register --server} and {@code remote list|inspect|remove} against a server on port 0. */
class RemoteTest {
  private static final String TOKEN = "s3cret";

  @TempDir Path tmp;
  private UdfServer server;
  private String url;
  private final Path example = Fixtures.root().resolve("examples/custom-score");

  record Run(int code, String out, String err) {}

  @BeforeEach
  void start() {
    server =
        new UdfServer(
            new ServerConfig("127.0.0.1", 0, TOKEN, tmp.resolve("server-home"), 10 << 20),
            UdfRuntime.builder().build(),
            ModulePolicy.none());
    url = "http://127.0.0.1:" + server.start();
  }

  @AfterEach
  void stop() {
    server.stop(Duration.ofSeconds(1));
  }

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static void assertOneLineError(Run r, int code, String... fragments) {
    assertThat(r.code()).as(r.err()).isEqualTo(code);
    assertThat(r.err()).contains(fragments);
    assertThat(r.err().strip().lines().count()).as("one line: " + r.err()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private Run register(String... extra) {
    String[] base = {
      "register",
      example.resolve("custom_score.wasm").toString(),
      "--registry",
      tmp.resolve("home").toString()
    };
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return run(all);
  }

  /** The lines after "manifest:" of an inspect output. */
  private static String manifestPart(String out) {
    return out.substring(out.indexOf("manifest:\n"));
  }

  @Test
  void aUdfRegisteredOnAServerIsListedInspectedAndRemovedThere() throws Exception {
    Run pushed = register("--server", url, "--token", TOKEN);
    assertThat(pushed.code()).as(pushed.err()).isZero();
    assertThat(pushed.out()).contains("registered custom-score@1.0.0 (sha256:");

    Run list = run("remote", "list", "--server", url);
    assertThat(list.code()).as(list.err()).isZero();
    assertThat(list.out()).startsWith("NAME ").contains("VERSION").contains("REGISTERED");
    assertThat(list.out().lines().filter(l -> l.startsWith("custom-score ")).toList())
        .singleElement()
        .satisfies(l -> assertThat(l).contains(" 1.0.0 ").contains(" scoring ").contains("Keeps"));
    JsonNode listed =
        Json.MAPPER.readTree(run("remote", "list", "--server", url, "--format", "json").out());
    assertThat(listed.path("total").asInt()).isEqualTo(1);
    assertThat(listed.path("udfs").path(0).path("name").asText()).isEqualTo("custom-score");
    assertThat(run("remote", "list", "--server", url, "--tag", "nothing").out())
        .startsWith("no UDFs registered on " + url);

    Run inspect = run("remote", "inspect", "custom-score", "--server", url);
    assertThat(inspect.code()).as(inspect.err()).isZero();
    assertThat(inspect.out())
        .contains("udf:     custom-score@1.0.0 on " + url)
        .contains("entry:   filter -> bool")
        .contains("size:    289 bytes")
        .contains("signed:  no")
        .contains("versions: 1.0.0");
    // the manifest reads as local inspect prints the same UDF's (register --server uploads the
    // built module, so the server's copy says language: wasm)
    assertThat(register().code()).isZero();
    Run local = run("inspect", "custom-score", "--registry", tmp.resolve("home").toString());
    assertThat(local.code()).as(local.err()).isZero();
    assertThat(manifestPart(inspect.out()))
        .isEqualTo(manifestPart(local.out()).replace("  language: wat\n", "  language: wasm\n"))
        .contains("  name: custom-score\n")
        .contains("min_score");
    JsonNode described =
        Json.MAPPER.readTree(
            run("remote", "inspect", "custom-score@1.0.0", "--server", url, "--format", "json")
                .out());
    assertThat(described.path("function_name").asText()).isEqualTo("filter");
    assertThat(described.path("parameters").path(0).path("name").asText()).isEqualTo("min_score");
    assertThat(described.path("versions").toString()).isEqualTo("[\"1.0.0\"]");

    Run removed = run("remote", "remove", "custom-score@1.0.0", "--server", url, "--token", TOKEN);
    assertThat(removed.code()).as(removed.err()).isZero();
    assertThat(removed.out().strip()).isEqualTo("removed custom-score@1.0.0 from " + url);
    assertThat(run("remote", "list", "--server", url).out())
        .startsWith("no UDFs registered on " + url);
    assertOneLineError(
        run("remote", "inspect", "custom-score", "--server", url),
        3,
        url + " refused: no UDF named 'custom-score'",
        "(HTTP 404)");
  }

  @Test
  void aMissingTokenIsTheServers401AsOneLine() {
    assertThat(register("--server", url, "--token", TOKEN).code()).isZero();
    Run r = run("remote", "remove", "custom-score@1.0.0", "--server", url);
    assertOneLineError(
        r, 3, "quidudf remote remove: " + url + " refused: missing or wrong token", "(HTTP 401)");
    Run json = run("remote", "remove", "custom-score@1.0.0", "--server", url, "--format", "json");
    assertThat(json.code()).isEqualTo(3);
    assertThat(json.out()).contains("\"code\":\"bad_input\"").contains("missing or wrong token");
    Run wrong = run("remote", "remove", "custom-score@1.0.0", "--server", url, "--token", "nope");
    assertOneLineError(wrong, 3, "(HTTP 401)");
    // nothing was removed
    assertThat(run("remote", "list", "--server", url).out()).contains("custom-score ");
    assertOneLineError(
        run("remote", "remove", "custom-score", "--server", url, "--token", TOKEN),
        3,
        "remove needs an exact version, as in custom-score@1.0.0");
  }

  @Test
  void aServerThatIsNotThereIsOneLineNamingTheUrl() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String gone = "http://127.0.0.1:" + port;
    for (String[] args :
        new String[][] {
          {"remote", "list", "--server", gone},
          {"remote", "inspect", "custom-score", "--server", gone},
          {"remote", "remove", "custom-score@1.0.0", "--server", gone, "--token", TOKEN}
        }) {
      assertOneLineError(
          run(args),
          3,
          "cannot reach " + gone + " (connection refused); is 'quidudf serve' running there?");
    }
    assertOneLineError(
        run("remote", "list", "--server", "localhost:8080"),
        3,
        "--server localhost:8080 is not an http:// or https:// URL");
    assertOneLineError(
        register("--server", gone), 3, "cannot reach " + gone + " (connection refused)");
    Run noServer = run("remote", "list");
    assertThat(noServer.code()).isEqualTo(2);
    assertThat(noServer.err()).contains("--server");
  }

  @Test
  void theTokenIsTheOptionElseTheEnvironment() {
    assertThat(ServerClient.token("a", Map.of(ServerClient.TOKEN_ENV, "b"))).isEqualTo("a");
    assertThat(ServerClient.token(null, Map.of(ServerClient.TOKEN_ENV, "b\n"))).isEqualTo("b");
    assertThat(ServerClient.token(null, Map.of(ServerClient.TOKEN_ENV, " "))).isNull();
    assertThat(ServerClient.token(null, Map.of())).isNull();
  }
}
