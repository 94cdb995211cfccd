package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.AuditEntry;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.registry.AuditLog;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quidudf audit}: recent audit entries of the registry. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Show recent audit entries (register, remove, verify, refusals, calls).")
public final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegistryOptions registry;

  @Option(names = "--udf", paramLabel = "NAME", description = "Only entries of this UDF.")
  String udf;

  @Option(
      names = "--limit",
      defaultValue = "50",
      description = "Most entries to show (default 50).")
  int limit;

  @Mixin FormatOptions output;

  @Override
  public Integer call() {
    if (limit < 1 || limit > 100_000) {
      throw new BadInputException("--limit must be between 1 and 100000");
    }
    List<AuditEntry> entries = new AuditLog(registry.home()).read(udf, limit);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.put("total", entries.size());
      ArrayNode arr = n.putArray("entries");
      entries.forEach(e -> arr.add(AuditLog.toJson(e)));
      out.println(Json.pretty(n));
      return ExitCode.OK;
    }
    for (AuditEntry e : entries) {
      out.printf(
          Locale.ROOT,
          "%s  %-8s %-5s %s%s%s%n",
          e.time(),
          e.operation(),
          e.success() ? "ok" : "FAIL",
          e.udf() == null ? "" : e.udf() + (e.version() == null ? "" : "@" + e.version()) + "  ",
          e.error() == null ? "" : "[" + e.error() + "] ",
          e.detail() == null ? "" : e.detail());
    }
    if (entries.isEmpty()) {
      out.println("no audit entries in " + registry.home());
    }
    return ExitCode.OK;
  }
}
