package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.registry.RegistryEntry;
import io.quidditch.udf.harness.UdfSource;
import io.quidditch.udf.service.UdfService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quidudf register}: validate a UDF and store it in the registry as a new version. */
@Command(
    name = "register",
    description = {
      "Validate a UDF and store it in the local registry as a new, immutable version.",
      "",
      "  quidudf register examples/custom-score/custom_score.wasm",
      "  quidudf register my.wasm --name my-filter --version 1.2.0",
      "  quidudf register custom_score.wasm --opensearch http://localhost:9200"
    })
public final class RegisterCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegistryOptions registry;
  @Mixin EngineOptions engine;
  @Mixin PolicyOptions policy;

  @Parameters(index = "0", paramLabel = "MODULE", description = "A .wasm module or a .wat source.")
  Path module;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "The manifest (default: udf.yaml beside MODULE).")
  Path manifest;

  @Option(names = "--name", description = "UDF name, overriding the manifest's.")
  String name;

  @Option(
      names = "--version",
      paramLabel = "SEMVER",
      description = "Version, overriding the manifest's.")
  String version;

  @Option(names = "--description", description = "Description, overriding the manifest's.")
  String description;

  @Option(names = "--category", description = "Category, overriding the manifest's.")
  String category;

  @Option(names = "--author", description = "Author, overriding the manifest's.")
  String author;

  @Option(
      names = "--function",
      paramLabel = "NAME",
      description = "Entry function, overriding the manifest's.")
  String function;

  @Option(
      names = "--tag",
      paramLabel = "TAG",
      description = "A tag; repeatable; replaces the manifest's tags.")
  List<String> tags = new ArrayList<>();

  @Mixin FormatOptions output;

  @Option(
      names = "--server",
      paramLabel = "URL",
      description = "Push to a running 'quidudf serve' instead of the local registry.")
  java.net.URI server;

  @Option(names = "--token", description = "Token for --server (default: $QUIDUDF_TOKEN).")
  String token;

  @Option(
      names = "--opensearch",
      paramLabel = "URL",
      description =
          "Store the UDF in an OpenSearch cluster with the quidudf-wasm plugin, as the stored"
              + " script SCRIPT-ID (lang wasm); user:password@ in the URL is sent as basic auth.")
  java.net.URI opensearch;

  @Option(
      names = "--script-id",
      paramLabel = "ID",
      description = "The stored script's id with --opensearch (default: the UDF's name).")
  String scriptId;

  @Override
  public Integer call() {
    if (server != null && opensearch != null) {
      throw new io.quidditch.udf.core.BadInputException(
          "--server and --opensearch push to different places; give one of them");
    }
    if (server != null) {
      return push();
    }
    if (opensearch != null) {
      return pushToOpenSearch();
    }
    UdfService udfs = Commands.service(registry, engine, policy);
    UdfSource source;
    try {
      source = Commands.loader(registry, policy).fromFile(module, manifest);
    } catch (QuidudfException e) {
      udfs.failed(name, version, "register", e);
      throw e;
    }
    // what is stored, and checked again on every load, is the manifest with any overrides
    RegistryEntry entry = udfs.register(override(source.manifest()), source.wasm(), "CLI");
    if (output.json()) {
      ObjectNode n = Views.entry(entry);
      n.put("success", true);
      spec.commandLine().getOut().println(Json.pretty(n));
    } else {
      spec.commandLine()
          .getOut()
          .println(
              "registered "
                  + entry.name()
                  + "@"
                  + entry.version()
                  + " ("
                  + entry.size()
                  + " bytes, sha256:"
                  + entry.digest()
                  + ") in "
                  + registry.home());
    }
    return ExitCode.OK;
  }

  /** Sends the module and manifest to a server's POST /api/v1/udfs. */
  private int push() {
    UdfSource source = Commands.loader(registry, policy).fromFile(module, manifest);
    Manifest m = override(source.manifest());
    ObjectNode body = io.quidditch.udf.core.ManifestCodec.toTree(m);
    body.put("language", "wasm");
    body.put("wasm_base64", java.util.Base64.getEncoder().encodeToString(source.wasm()));
    ServerClient client = new ServerClient(server, ServerClient.token(token, System.getenv()));
    com.fasterxml.jackson.databind.JsonNode reply = client.post("/api/v1/udfs", body, 201);
    if (output.json()) {
      spec.commandLine().getOut().println(Json.pretty(reply));
    } else {
      spec.commandLine()
          .getOut()
          .println(
              "registered "
                  + reply.path("name").asText()
                  + "@"
                  + reply.path("version").asText()
                  + " ("
                  + reply.path("digest").asText()
                  + ") on "
                  + server);
    }
    return ExitCode.OK;
  }

  private Manifest override(Manifest m) {
    return new Manifest(
        name != null ? name : m.name(),
        version != null ? version : m.version(),
        description != null ? description : m.description(),
        category != null ? category : m.category(),
        author != null ? author : m.author(),
        m.language(),
        function != null ? function : m.functionName(),
        m.parameters(),
        // a declared result type belongs to the manifest's own entry function
        function == null || function.equals(m.functionName()) ? m.returns() : null,
        tags.isEmpty() ? m.tags() : tags,
        m.permissions(),
        m.limits(),
        m.inputs());
  }

  /**
   * Stores the UDF as an OpenSearch stored script ({@code PUT _scripts/ID}), validated here first
   * so that a bad module never reaches the cluster.
   */
  private int pushToOpenSearch() {
    UdfSource source = Commands.loader(registry, policy).fromFile(module, manifest);
    Manifest m = override(source.manifest());
    engine.runtime(registry).load(source.wasm(), m);
    String id = scriptId != null ? scriptId : m.name();
    if (!id.matches("[A-Za-z0-9_.-]{1,255}")) {
      throw new io.quidditch.udf.core.BadInputException(
          "--script-id '" + id + "' must be letters, digits, '_', '.' or '-'");
    }
    io.quidditch.udf.core.embed.UdfSpec udf =
        io.quidditch.udf.core.embed.UdfSpec.of(
            source.wasm(), io.quidditch.udf.core.ManifestCodec.toYaml(m));
    ObjectNode script = Json.MAPPER.createObjectNode();
    script.putObject("script").put("lang", "wasm").put("source", udf.toJson());
    String base = opensearch.toString().replaceAll("/+$", "");
    java.net.URI target;
    try {
      java.net.URI u = java.net.URI.create(base + "/_scripts/" + id);
      target =
          new java.net.URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null);
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      throw new io.quidditch.udf.core.BadInputException(
          "--opensearch " + opensearch + " is not a URL: " + e.getMessage());
    }
    java.net.http.HttpRequest.Builder req =
        java.net.http.HttpRequest.newBuilder(target)
            .header("Content-Type", "application/json")
            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Json.compact(script)));
    if (opensearch.getUserInfo() != null) {
      req.header(
          "Authorization",
          "Basic "
              + java.util.Base64.getEncoder()
                  .encodeToString(
                      opensearch.getUserInfo().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    java.net.http.HttpResponse<String> resp =
        ServerClient.send(req, target, "is OpenSearch running there?");
    if (resp.statusCode() != 200) {
      com.fasterxml.jackson.databind.JsonNode reply;
      try {
        reply = Json.parse(resp.body(), "OpenSearch's reply");
      } catch (QuidudfException e) {
        reply = Json.MAPPER.createObjectNode();
      }
      String reason = reply.path("error").path("reason").asText(resp.body());
      throw new io.quidditch.udf.core.BadInputException(
          "OpenSearch refused the stored script (HTTP "
              + resp.statusCode()
              + "): "
              + reason
              + (reason.contains("wasm") ? "" : "; is the quidudf-wasm plugin installed?"));
    }
    if (output.json()) {
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.put("success", true);
      n.put("name", m.name());
      n.put("version", m.version());
      n.put("script_id", id);
      n.put("url", target.toString());
      spec.commandLine().getOut().println(Json.pretty(n));
    } else {
      spec.commandLine()
          .getOut()
          .println(
              "stored "
                  + m.name()
                  + "@"
                  + m.version()
                  + " as script '"
                  + id
                  + "' (lang wasm) in "
                  + base.replaceAll("//[^/@]*@", "//"));
    }
    return ExitCode.OK;
  }
}
