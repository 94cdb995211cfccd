package io.quidditch.udf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quidditch.udf.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The committed shell completions and man pages equal freshly generated ones. Regenerate with
 * {@code ./mvnw test -Dtest=DocsDriftTest -Dquidudf.regenerate=true}.
 */
class DocsDriftTest {
  private static final boolean REGENERATE = Boolean.getBoolean("quidudf.regenerate");

  private static CommandLine tree() {
    return Main.commandLine(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  /** Every generated file by its path relative to the repository root. */
  static Map<String, String> generate() {
    Map<String, String> files = new LinkedHashMap<>();
    CommandLine root = tree();
    files.put("completions/quidudf.bash", CompletionCommand.bash(root));
    files.put("completions/_quidudf", CompletionCommand.zsh(root));
    files.put("completions/quidudf.fish", CompletionCommand.fish(root));
    List<CommandSpec> specs = new ArrayList<>();
    addWithSubcommands(specs, root);
    // roff first, from a tree the AsciiDoc generator has not touched (it changes the markup)
    for (CommandSpec spec : specs) {
      files.put("man/" + spec.qualifiedName("-") + ".1", roff(spec));
    }
    for (CommandSpec spec : specs) {
      StringWriter adoc = new StringWriter();
      try (PrintWriter w = new PrintWriter(adoc)) {
        ManPageGenerator.writeSingleManPage(w, spec);
      }
      files.put("man/" + spec.qualifiedName("-") + ".adoc", adoc.toString());
    }
    return files;
  }

  /** A command and, depth first, every subcommand below it (quidudf remote list), but help. */
  private static void addWithSubcommands(List<CommandSpec> specs, CommandLine command) {
    specs.add(command.getCommandSpec());
    command
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!name.equals("help")) {
                addWithSubcommands(specs, sub);
              }
            });
  }

  @Test
  void committedCompletionsAndManPagesMatchTheCommandTree() throws Exception {
    Path root = Fixtures.root();
    Map<String, String> files = generate();
    assertThat(files).hasSizeGreaterThan(30);
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path p = root.resolve(e.getKey());
      if (REGENERATE) {
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
      }
      assertThat(Files.exists(p))
          .as(e.getKey() + " is committed; regenerate with -Dquidudf.regenerate=true")
          .isTrue();
      assertThat(Files.readString(p, StandardCharsets.UTF_8))
          .as(e.getKey() + " drifted; regenerate with -Dquidudf.regenerate=true")
          .isEqualTo(e.getValue());
    }
    try (var listing = Files.list(root.resolve("man"))) {
      assertThat(listing.count())
          .as("no stale man pages")
          .isEqualTo(files.keySet().stream().filter(k -> k.startsWith("man/")).count());
    }
  }

  /** A man page in roff for one command, from its picocli model. */
  static String roff(CommandSpec spec) {
    StringBuilder out = new StringBuilder();
    String name = spec.qualifiedName("-");
    out.append(".TH \"")
        .append(name.toUpperCase(java.util.Locale.ROOT))
        .append("\" 1 \"\" \"quidudf\" \"quidudf manual\"\n");
    out.append(".SH NAME\n")
        .append(esc(name))
        .append(" \\- ")
        .append(esc(first(spec.usageMessage().description())))
        .append('\n');
    out.append(".SH SYNOPSIS\n.nf\n")
        .append(esc(spec.commandLine().getHelp().synopsis(0).strip()))
        .append("\n.fi\n");
    out.append(".SH DESCRIPTION\n");
    for (String line : spec.usageMessage().description()) {
      out.append(line.isEmpty() ? ".PP" : esc(line)).append('\n');
    }
    if (!spec.positionalParameters().isEmpty()) {
      out.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : spec.positionalParameters()) {
        out.append(".TP\n\\fI")
            .append(esc(p.paramLabel()))
            .append("\\fR\n")
            .append(esc(String.join(" ", p.description())))
            .append('\n');
      }
    }
    out.append(".SH OPTIONS\n");
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) {
        continue;
      }
      out.append(".TP\n\\fB").append(esc(String.join(", ", o.names()))).append("\\fR");
      if (o.arity().max() > 0) {
        out.append(" \\fI").append(esc(o.paramLabel())).append("\\fR");
      }
      out.append('\n').append(esc(String.join(" ", o.description()))).append('\n');
    }
    if (!spec.subcommands().isEmpty()) {
      out.append(".SH COMMANDS\n");
      spec.subcommands()
          .forEach(
              (n, c) ->
                  out.append(".TP\n\\fB")
                      .append(esc(n))
                      .append("\\fR\n")
                      .append(esc(first(c.getCommandSpec().usageMessage().description())))
                      .append('\n'));
    }
    if (spec.usageMessage().footer().length > 0) {
      out.append(".SH EXIT STATUS\n");
      for (String line : spec.usageMessage().footer()) {
        if (!line.isEmpty()) {
          out.append(esc(line)).append('\n');
        }
      }
    }
    if (name.equals("quidudf")) {
      out.append(".SH ENVIRONMENT\n")
          .append(".TP\n\\fBQUIDUDF_HOME\\fR\n")
          .append("The registry home when --registry is not given (default ~/.quidudf).\n")
          .append(".TP\n\\fBQUIDUDF_TOKEN\\fR\n")
          .append("The bearer token of quidudf remote, when --token is not given.\n")
          .append(".TP\n\\fBNO_COLOR\\fR\n")
          .append("When set, test --color auto (the default) prints no colour.\n")
          .append(".TP\n\\fBQUIDUDF_JAVA_OPTS\\fR\n")
          .append("bin/quidudf: options passed to java last, after its own.\n")
          .append(".TP\n\\fBQUIDUDF_NO_CDS\\fR\n")
          .append("bin/quidudf: when set, no class-data archive is recorded or used.\n");
      out.append(".SH FILES\n");
      String[][] files = {
        {"HOME/registry/NAME/VERSION/", "a registered version: module.wasm, udf.yaml, entry.json"},
        {"HOME/config.yaml", "default limits (limits: {memory_pages, timeout_ms, max_log_lines})"},
        {"HOME/cache/compiled/", "compiled modules, each authenticated by HOME/cache/compiled.key"},
        {"HOME/audit/audit.jsonl", "the audit log, rotated by size"},
        {"HOME/indexes/NAME.ndjson", "the server's document collections"},
        {"HOME/repl_history", "the REPL's history"}
      };
      for (String[] f : files) {
        out.append(".TP\n\\fI").append(esc(f[0])).append("\\fR\n").append(esc(f[1])).append('\n');
      }
    }
    out.append(".SH SEE ALSO\n")
        .append(name.equals("quidudf") ? "quidudf-test(1), quidudf-serve(1)" : "quidudf(1)")
        .append('\n');
    return out.toString();
  }

  /** The first line of a description, up to picocli's own line break ({@code %n}). */
  private static String first(String[] lines) {
    return lines.length == 0 ? "" : lines[0].split("%n", 2)[0];
  }

  private static String esc(String s) {
    String t = s.replace("\\", "\\e").replace("-", "\\-");
    return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
  }
}
