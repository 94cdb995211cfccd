package io.quidditch.udf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --help}, as an 80-column terminal shows it, wraps between words only:
 * picocli breaks lines after a dot, so a path or a file name at the end of a line comes out as
 * {@code ~/.} and {@code quidudf} on the next.
 */
class HelpLayoutTest {
  /** A file name or a path: a dot inside a word. */
  private static final Pattern FILE_NAME =
      Pattern.compile(
          "[\\w~/$-]*\\.(quidudf|yaml|yml|wasm|wat|py|json|ndjson|pub|key|sig|sh|c|rs|1)\\b");

  private static List<CommandLine> commands() {
    CommandLine root =
        Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    List<CommandLine> all = new ArrayList<>();
    all.add(root);
    all.addAll(root.getSubcommands().values());
    return all;
  }

  @Test
  void helpWrapsBetweenWordsOnly() {
    List<String> problems = new ArrayList<>();
    for (CommandLine cl : commands()) {
      String name = cl.getCommandSpec().qualifiedName();
      String help = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
      List<String> lines = help.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.length() > 80) {
          problems.add(name + ": longer than 80 columns: " + line);
        }
        if (i + 1 < lines.size() && !lines.get(i + 1).stripLeading().startsWith("-")) {
          String joined = lastWord(line) + lines.get(i + 1).stripLeading().split(" ", 2)[0];
          Matcher m = FILE_NAME.matcher(joined);
          if (line.endsWith(".") && m.find() && m.end() > lastWord(line).length()) {
            problems.add(name + ": a name broken over two lines: " + joined);
          }
        }
      }
      // examples in a description are lines of their own: they must fit, not wrap to column 0
      for (String d : cl.getCommandSpec().usageMessage().description()) {
        if (d.startsWith("  ") && d.length() > 80) {
          problems.add(name + ": an example line wraps: " + d.strip());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noCommandPrintsAnUnresolvedVariable() {
    for (CommandLine cl : commands()) {
      assertThat(cl.getUsageMessage(CommandLine.Help.Ansi.OFF))
          .as(cl.getCommandSpec().qualifiedName())
          .doesNotContain("null/")
          .doesNotContain("%n");
    }
  }

  @Test
  void compileTakesNoRunTimeOptions() {
    CommandLine compile = commands().get(0).getSubcommands().get("compile");
    List<String> names = new ArrayList<>();
    compile.getCommandSpec().options().forEach(o -> names.add(o.longestName()));
    assertThat(names)
        .doesNotContain("--engine", "--timeout-ms", "--max-log-lines", "--memory-pages");
  }

  private static String lastWord(String line) {
    String t = line.strip();
    int sp = t.lastIndexOf(' ');
    return sp < 0 ? t : t.substring(sp + 1);
  }
}
