package io.quidditch.udf.cli;

import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ExitCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quidudf completion bash|zsh}: the shell completion script, to source or install. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print the completion script for a shell.",
      "",
      "  source <(quidudf completion bash)",
      "  quidudf completion zsh > \"$${fpath[1]}/_quidudf\""
    })
public final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "SHELL",
      completionCandidates = Shells.class,
      description = "bash or zsh.")
  String shell;

  /** The shells there is a script for. */
  static final class Shells extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Shells() {
      super(java.util.List.of("bash", "zsh"));
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    switch (shell.toLowerCase(Locale.ROOT)) {
      case "bash" -> out.print(bash(tree()));
      case "zsh" -> out.print(zsh(tree()));
      default ->
          throw new BadInputException(
              "no completion script for '"
                  + shell
                  + "'; there are scripts for bash and zsh (fish users: run it through bass)");
    }
    out.flush();
    return ExitCode.OK;
  }

  /** The whole command tree, as Main builds it. */
  private static CommandLine tree() {
    return Main.commandLine(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  /** The bash completion script of a command tree (completions/quidudf.bash). */
  static String bash(CommandLine root) {
    return AutoComplete.bash("quidudf", root);
  }

  /** The zsh completion script: the bash one through zsh's bashcompinit (completions/_quidudf). */
  static String zsh(CommandLine root) {
    return "#compdef quidudf\n"
        + "# zsh completion for quidudf: the bash completion script run through zsh's bashcompinit.\n"
        + "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
        + bash(root).replaceFirst("^#!/usr/bin/env bash\n", "");
  }
}
