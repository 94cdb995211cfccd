package io.quidditch.udf.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.Fixtures;
import io.quidditch.udf.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code quidudf test MODULE --docs FILE}, run from the built jar: the answers to compare with. */
final class Cli {
  private Cli() {}

  /**
   * Each document's result by {@code _id}, from {@code target/quidudf.jar}.
   *
   * @param manifest the udf.yaml to use, or null for the one beside the module
   */
  static Map<String, JsonNode> results(
      Path module, Path manifest, Path docs, Map<String, String> params, Path home)
      throws IOException, InterruptedException {
    Path jar = Fixtures.root().resolve("target/quidudf.jar");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-jar", jar.toString(), "test", module.toString()));
    if (manifest != null) {
      cmd.addAll(List.of("--manifest", manifest.toString()));
    }
    cmd.addAll(List.of("--docs", docs.toString(), "--format", "json"));
    params.forEach((k, v) -> cmd.addAll(List.of("--param", k + "=" + v)));
    Path out = Files.createTempFile(home, "cli", ".ndjson");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile());
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("QUIDUDF_HOME", home.toString());
    int rc = pb.start().waitFor();
    if (rc != 0) {
      throw new AssertionError("quidudf test --docs exited " + rc + ": " + Files.readString(out));
    }
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      JsonNode n = Json.MAPPER.readTree(line);
      byId.put(n.get("id").asText(), n.get("result"));
    }
    return byId;
  }
}
