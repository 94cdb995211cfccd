package io.quidditch.udf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

/**
 * A process builds only the subcommand its command line names: that command must behave as it does
 * in the whole tree (the REPL's, the docs'), down to its help text, inherited options and version.
 */
class LazyCommandTreeTest {
  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return code + "\n" + out + "\n--\n" + err;
  }

  /** The same command line through the whole tree, as the REPL runs it. */
  private static String runWhole(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return code + "\n" + out + "\n--\n" + err;
  }

  @Test
  void aProcessBuildsTheCommandItNamesAndNothingElse() {
    assertThat(QuidudfCommand.needed("test", "examples")).containsExactly(TestCommand.class);
    assertThat(QuidudfCommand.needed("--stacktrace", "compile", "x.py"))
        .containsExactly(CompileCommand.class);
    // help lists every command; a mistyped one is answered with the nearest names
    assertThat(QuidudfCommand.needed()).isEqualTo(QuidudfCommand.SUBCOMMANDS);
    assertThat(QuidudfCommand.needed("--help")).isEqualTo(QuidudfCommand.SUBCOMMANDS);
    assertThat(QuidudfCommand.needed("help", "test")).isEqualTo(QuidudfCommand.SUBCOMMANDS);
    assertThat(QuidudfCommand.needed("tset")).isEqualTo(QuidudfCommand.SUBCOMMANDS);
  }

  @Test
  void eachCommandAloneHelpsAndAnswersAsInTheWholeTree() {
    CommandLine whole =
        Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    List<Class<?>> named =
        QuidudfCommand.SUBCOMMANDS.stream().filter(c -> c != HelpCommand.class).toList();
    assertThat(whole.getSubcommands()).hasSize(QuidudfCommand.SUBCOMMANDS.size());
    for (Class<?> c : named) {
      String name = c.getAnnotation(CommandLine.Command.class).name();
      assertThat(QuidudfCommand.needed(name)).containsExactly(c);
      String expected = whole.getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF);
      assertThat(run(name, "--help")).as(name).isEqualTo("0\n" + expected + "\n--\n");
      // --version is the version, except where a command has an option of that name (register)
      assertThat(run(name, "--version")).as(name).isEqualTo(runWhole(name, "--version"));
    }
    // an option the top level hands down reaches a lone subcommand too
    assertThat(run("--stacktrace", "inspect", "--help")).startsWith("0\n");
    assertThat(run("inspect", "--stacktrace", "--help")).startsWith("0\n");
    String lone = run("compile", "/nonexistent/x.wat", "--stacktrace");
    assertThat(lone.lines().limit(4))
        .containsExactlyElementsOf(
            runWhole("compile", "/nonexistent/x.wat", "--stacktrace").lines().limit(4).toList());
    assertThat(lone).contains("\tat "); // the cause chain: --stacktrace took effect
    // a lone --version is answered before any parser is built, with the parser's answer
    assertThat(run("--version")).startsWith("0\nquidudf ").isEqualTo(runWhole("--version"));
    assertThat(run("-V")).isEqualTo(runWhole("-V"));
    assertThat(run("tset")).contains("test");
  }
}
