package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.Limits;
import io.quidditch.udf.core.Manifest;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quidudf limits}: the effective limits and where each value came from. */
@Command(
    name = "limits",
    mixinStandardHelpOptions = true,
    description = {
      "Show the limits in force and where each value comes from.",
      "Sources: default, config file (limits: in HOME/config.yaml), flag, or the UDF's",
      "manifest (which may only tighten).",
      "",
      "  quidudf limits custom-score --timeout-ms 200"
    })
public final class LimitsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegistryOptions registry;
  @Mixin PolicyOptions policy;
  @Mixin EngineOptions engine;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "UDF",
      description = "Also apply this UDF's manifest (.wasm, .wat or name@version).")
  String udf;

  @Mixin FormatOptions output;

  @Override
  public Integer call() {
    EngineOptions.Resolved r = engine.resolve(registry);
    Limits l = r.limits();
    Map<String, String> sources = new LinkedHashMap<>(r.sources());
    if (udf != null) {
      Manifest m = Commands.loader(registry, policy).resolve(udf, null, null).manifest();
      Limits t = l.tightenedBy(m.limits());
      if (t.memoryPages() != l.memoryPages()) {
        sources.put("memory_pages", "manifest of " + m.name());
      }
      if (!t.timeout().equals(l.timeout())) {
        sources.put("timeout_ms", "manifest of " + m.name());
      }
      l = t;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("memory_pages", l.memoryPages());
    values.put("timeout_ms", l.timeout().toMillis());
    values.put("max_log_lines", l.maxLogLines());
    values.put("max_log_line_bytes", l.maxLogLineBytes());
    values.put("max_host_string_bytes", l.maxHostStringBytes());
    // what loading a module may cost, fixed in this build
    values.put("max_module_bytes", io.quidditch.udf.core.runtime.ModuleLoader.MAX_MODULE_BYTES);
    values.put("max_functions", io.quidditch.udf.core.runtime.ModuleLoader.MAX_FUNCTIONS);
    values.put("max_table_entries", io.quidditch.udf.core.runtime.UdfRuntime.MAX_TABLE_ENTRIES);
    for (String fixed :
        java.util.List.of("max_module_bytes", "max_functions", "max_table_entries")) {
      sources.put(fixed, "fixed");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      ObjectNode n = Json.MAPPER.createObjectNode();
      values.forEach(
          (k, v) -> n.putObject(k).put("value", String.valueOf(v)).put("source", sources.get(k)));
      out.println(Json.pretty(n));
    } else {
      values.forEach((k, v) -> out.printf("%-22s %-12s %s%n", k, v, sources.get(k)));
      out.println("engine                 " + engine.engine.text());
    }
    return ExitCode.OK;
  }
}
