package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.registry.Registry;
import io.quidditch.udf.core.registry.RegistryEntry;
import io.quidditch.udf.service.UdfService;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quidudf list}: the registered UDFs and their versions. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List registered UDF versions.")
public final class ListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegistryOptions registry;

  @Option(names = "--name", description = "Only this UDF.")
  String name;

  @Option(names = "--category", description = "Only this category.")
  String category;

  @Option(names = "--tag", description = "Only UDFs with this tag.")
  String tag;

  @Option(names = "--author", description = "Only UDFs by this author.")
  String author;

  @Option(
      names = "--names",
      hidden = true,
      description = "Only the names, one a line (what shell completion offers).")
  boolean names;

  @Mixin FormatOptions output;

  @Override
  public Integer call() {
    Registry.Listing listing = registry.open().listing();
    PrintWriter err = spec.commandLine().getErr();
    listing.problems().forEach(p -> err.println("quidudf list: skipped: " + p));
    UdfService.ListQuery query = new UdfService.ListQuery(name, category, author, tag, 1, 0);
    List<RegistryEntry> entries = listing.entries().stream().filter(query::matches).toList();
    PrintWriter out = spec.commandLine().getOut();
    if (names) {
      entries.stream().map(RegistryEntry::name).distinct().sorted().forEach(out::println);
      return ExitCode.OK;
    }
    if (output.json()) {
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.put("total", entries.size());
      ArrayNode udfs = n.putArray("udfs");
      entries.forEach(e -> udfs.add(Views.entry(e)));
      out.println(Json.pretty(n));
      return listing.problems().isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
    }
    if (entries.isEmpty()) {
      out.println("no UDFs registered in " + registry.home() + "; add one with 'quidudf register'");
      return listing.problems().isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
    }
    Views.printListHeader(out);
    for (RegistryEntry e : entries) {
      Views.printListRow(
          out,
          e.name(),
          e.version(),
          e.manifest().category(),
          e.registeredAt().toString(),
          e.manifest().description());
    }
    return listing.problems().isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
  }
}
