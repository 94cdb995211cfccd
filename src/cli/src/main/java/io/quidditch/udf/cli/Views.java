package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ModuleInfo;
import io.quidditch.udf.core.registry.RegistryEntry;
import java.io.PrintWriter;

/** Renders module descriptions and registry entries for text and JSON output. */
final class Views {
  private Views() {}

  static ObjectNode module(ModuleInfo info) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("size", info.size());
    n.put("digest", "sha256:" + info.sha256());
    ArrayNode imports = n.putArray("imports");
    for (ModuleInfo.ImportInfo i : info.imports()) {
      ObjectNode o =
          imports.addObject().put("module", i.module()).put("name", i.name()).put("kind", i.kind());
      if (i.signature() != null) {
        o.put("signature", i.signature());
      }
    }
    ArrayNode exports = n.putArray("exports");
    for (ModuleInfo.ExportInfo e : info.exports()) {
      ObjectNode o = exports.addObject().put("name", e.name()).put("kind", e.kind());
      if (e.signature() != null) {
        o.put("signature", e.signature());
      }
    }
    if (info.stringCodes() != null) {
      n.put("string_codes", info.stringCodes().yamlName());
    }
    if (info.memoryInitialPages() != null) {
      ObjectNode m = n.putObject("memory");
      m.put("initial_pages", info.memoryInitialPages());
      if (info.memoryMaxPages() != null) {
        m.put("max_pages", info.memoryMaxPages());
      }
    }
    ArrayNode custom = n.putArray("custom_sections");
    info.customSections().forEach(custom::add);
    return n;
  }

  /** The fields the code seems to read, and where udf.yaml's {@code fields} disagree (JSON). */
  static void fields(ObjectNode n, ModuleInfo info, io.quidditch.udf.core.Manifest m) {
    ArrayNode seen = n.putArray("inferred_fields");
    info.inferredFields(m).forEach(seen::add);
    ArrayNode warnings = n.putArray("warnings");
    info.fieldWarnings(m).forEach(warnings::add);
  }

  /** The same as text: a line on stdout, warnings on stderr. */
  static void printFields(
      PrintWriter out,
      PrintWriter err,
      String command,
      ModuleInfo info,
      io.quidditch.udf.core.Manifest m) {
    java.util.List<String> seen = info.inferredFields(m);
    if (!seen.isEmpty()) {
      out.println(
          "fields:  "
              + String.join(", ", seen)
              + (m.inputs().fields().isEmpty()
                  ? "  (constant names in the code; declare them as fields in udf.yaml)"
                  : ""));
    }
    for (String w : info.fieldWarnings(m)) {
      err.println("quidudf " + command + ": warning: " + w);
    }
  }

  /**
   * What the module's code seems to expect of the host's string functions, against the manifest's
   * {@code abi}: a line when they agree, a warning when they do not, nothing when it cannot tell.
   */
  static void printStringCodes(
      PrintWriter out, PrintWriter err, String command, ModuleInfo info, Manifest m) {
    io.quidditch.udf.core.HostDialect seen = info.stringCodes();
    if (seen == null) {
      return;
    }
    String tests =
        seen == io.quidditch.udf.core.HostDialect.QUIDDITCH_GO
            ? "with 1, as modules for Quidditch's Go host do"
            : "with -1 or -2, the codes ../shared/ABI.md documents";
    if (seen == m.abi()) {
      out.println(
          "abi:     " + seen.yamlName() + " (its code tests get_field_string " + tests + ")");
    } else {
      err.println(
          "quidudf "
              + command
              + ": warning: the code tests get_field_string's result "
              + tests
              + ", but udf.yaml says abi: "
              + m.abi().yamlName()
              + "; set abi: "
              + seen.yamlName()
              + " in udf.yaml");
    }
  }

  static void printModule(PrintWriter out, ModuleInfo info) {
    out.println("size:    " + info.size() + " bytes");
    out.println("digest:  sha256:" + info.sha256());
    if (info.memoryInitialPages() != null) {
      out.println(
          "memory:  "
              + info.memoryInitialPages()
              + " page(s) initial"
              + (info.memoryMaxPages() == null
                  ? ", no maximum"
                  : ", " + info.memoryMaxPages() + " max"));
    }
    out.println("imports: " + (info.imports().isEmpty() ? "(none)" : ""));
    for (ModuleInfo.ImportInfo i : info.imports()) {
      out.println(
          "  "
              + i.module()
              + "."
              + i.name()
              + "  "
              + (i.signature() == null ? i.kind() : i.signature()));
    }
    out.println("exports: " + (info.exports().isEmpty() ? "(none)" : ""));
    for (ModuleInfo.ExportInfo e : info.exports()) {
      out.println("  " + e.name() + "  " + (e.signature() == null ? e.kind() : e.signature()));
    }
  }

  private static final String LIST_ROW = "%-24s %-12s %-14s %-20s %s%n";

  /** The header of {@code list}'s table, local or remote. */
  static void printListHeader(PrintWriter out) {
    out.printf(LIST_ROW, "NAME", "VERSION", "CATEGORY", "REGISTERED", "DESCRIPTION");
  }

  /**
   * One row of {@code list}'s table.
   *
   * @param registeredAt an ISO-8601 instant, shown to the second
   */
  static void printListRow(
      PrintWriter out,
      String name,
      String version,
      String category,
      String registeredAt,
      String description) {
    out.printf(
        LIST_ROW,
        name,
        version,
        category,
        registeredAt.length() > 19 ? registeredAt.substring(0, 19) : registeredAt,
        description);
  }

  static ObjectNode entry(RegistryEntry e) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("name", e.name());
    n.put("version", e.version());
    n.put("description", e.manifest().description());
    n.put("category", e.manifest().category());
    n.put("digest", "sha256:" + e.digest());
    n.put("size", e.size());
    n.put("registered_at", e.registeredAt().toString());
    return n;
  }
}
