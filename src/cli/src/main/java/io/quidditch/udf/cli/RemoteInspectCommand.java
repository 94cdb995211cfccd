package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.ManifestCodec;
import io.quidditch.udf.core.UdfRef;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quidudf remote inspect}: a server's description of one UDF version and its manifest. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Show a UDF on a running server: entry, size, digest, versions and manifest.",
      "",
      "  quidudf remote inspect custom-score --server http://127.0.0.1:8080",
      "  quidudf remote inspect custom-score@1.0.0 --server URL --format json"
    })
public final class RemoteInspectCommand implements Callable<Integer> {
  /** What the server's description adds to the manifest's own keys. */
  private static final List<String> NOT_MANIFEST =
      List.of("wasm_size", "digest", "signed", "registered_at");

  @Spec CommandSpec spec;
  @Mixin ServerOptions server;

  @Parameters(
      index = "0",
      paramLabel = "NAME[@VERSION]",
      description = "A UDF on the server; without a version, its highest.")
  String target;

  @Mixin FormatOptions output;

  @Override
  public Integer call() {
    UdfRef ref = UdfRef.parse(target);
    ServerClient client = server.client();
    String path = "/api/v1/udfs/" + ServerClient.segment(ref.name());
    JsonNode details =
        client.get(ref.version() == null ? path : path + "/" + ServerClient.segment(ref.version()));
    JsonNode versions = client.get(path + "/versions").path("versions");
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      ObjectNode n = details.deepCopy();
      n.set("versions", versions);
      out.println(Json.pretty(n));
      return ExitCode.OK;
    }
    List<String> all = new ArrayList<>();
    versions.forEach(v -> all.add(v.asText()));
    out.println(
        "udf:     "
            + details.path("name").asText()
            + "@"
            + details.path("version").asText()
            + " on "
            + client.server());
    out.println(
        "entry:   "
            + details.path("function_name").asText()
            + " -> "
            + details.path("returns").path(0).path("type").asText("?"));
    out.println("size:    " + details.path("wasm_size").asLong() + " bytes");
    out.println("digest:  " + details.path("digest").asText());
    out.println("signed:  " + (details.path("signed").asBoolean() ? "yes" : "no"));
    out.println("versions: " + String.join(", ", all));
    out.println("manifest:");
    for (String line : manifestYaml(details).split("\n")) {
      out.println("  " + line);
    }
    return ExitCode.OK;
  }

  /** The manifest part of the description, as local {@code inspect} prints a manifest. */
  private static String manifestYaml(JsonNode details) {
    ObjectNode tree = details.deepCopy();
    tree.remove(NOT_MANIFEST);
    try {
      return ManifestCodec.toYaml(ManifestCodec.fromTree(tree, "the server's manifest"));
    } catch (BadInputException e) {
      // a newer server may describe more than this version reads: show it as it came
      try {
        return Json.YAML.writeValueAsString(tree).replaceFirst("^---\n", "");
      } catch (com.fasterxml.jackson.core.JsonProcessingException never) {
        return tree.toString();
      }
    }
  }
}
