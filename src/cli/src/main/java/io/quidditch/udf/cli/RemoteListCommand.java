package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quidudf remote list}: the UDF versions a server holds ({@code GET /api/v1/udfs}). */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List the UDF versions a running server holds.",
      "",
      "  quidudf remote list --server http://127.0.0.1:8080",
      "  quidudf remote list --server http://127.0.0.1:8080 --tag geo --format json"
    })
public final class RemoteListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ServerOptions server;

  @Option(names = "--name", description = "Only this UDF.")
  String name;

  @Option(names = "--category", description = "Only this category.")
  String category;

  @Option(names = "--tag", description = "Only UDFs with this tag.")
  String tag;

  @Option(names = "--author", description = "Only UDFs by this author.")
  String author;

  @Mixin FormatOptions output;

  @Override
  public Integer call() {
    ServerClient client = server.client();
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("name", name);
    filters.put("category", category);
    filters.put("tag", tag);
    filters.put("author", author);
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    filters.forEach(
        (k, v) -> {
          if (v != null) {
            query.add(k + "=" + ServerClient.segment(v));
          }
        });
    JsonNode reply = client.get("/api/v1/udfs" + query);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(Json.pretty(reply));
      return ExitCode.OK;
    }
    JsonNode udfs = reply.path("udfs");
    if (udfs.isEmpty()) {
      out.println(
          "no UDFs registered on "
              + client.server()
              + "; add one with 'quidudf register MODULE --server "
              + client.server()
              + "'");
      return ExitCode.OK;
    }
    Views.printListHeader(out);
    for (JsonNode u : udfs) {
      Views.printListRow(
          out,
          u.path("name").asText(),
          u.path("version").asText(),
          u.path("category").asText(""),
          u.path("registered_at").asText(""),
          u.path("description").asText(""));
    }
    return ExitCode.OK;
  }
}
