package io.quidditch.udf.cli;

import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ExitCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quidudf completion bash|zsh|fish}: the shell completion script, to source or install. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print the completion script for a shell.",
      "",
      "  source <(quidudf completion bash)",
      "  quidudf completion zsh > \"$${fpath[1]}/_quidudf\"",
      "  quidudf completion fish > ~/.config/fish/completions/quidudf.fish"
    })
public final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "SHELL",
      completionCandidates = Shells.class,
      description = "bash, zsh or fish.")
  String shell;

  /** The shells there is a script for. */
  static final class Shells extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Shells() {
      super(java.util.List.of("bash", "zsh", "fish"));
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    switch (shell.toLowerCase(Locale.ROOT)) {
      case "bash" -> out.print(bash(tree()));
      case "zsh" -> out.print(zsh(tree()));
      case "fish" -> out.print(fish(tree()));
      default ->
          throw new BadInputException(
              "no completion script for '" + shell + "'; there are scripts for bash, zsh and fish");
    }
    out.flush();
    return ExitCode.OK;
  }

  /** The whole command tree, as Main builds it. */
  private static CommandLine tree() {
    return Main.commandLine(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  /**
   * The commands whose arguments name a registered UDF (or a file): their completion offers the
   * registry's names, from the hidden {@code quidudf list --names}.
   */
  static final List<String> UDF_ARGUMENTS =
      List.of("inspect", "test", "remove", "bench", "repl", "limits");

  /** The bash completion script of a command tree (completions/quidudf.bash). */
  static String bash(CommandLine root) {
    return withUdfNames(AutoComplete.bash("quidudf", root));
  }

  /**
   * Picocli's bash script offers nothing for a String argument: the UDF_ARGUMENTS commands get the
   * registry's names and the files instead, from one shell function added here.
   */
  private static String withUdfNames(String script) {
    String out = script;
    for (String command : UDF_ARGUMENTS) {
      String start = "function _picocli_quidudf_" + command + "() {\n";
      int from = out.indexOf(start);
      int to = from < 0 ? -1 : out.indexOf("\n}\n", from);
      String none = "    local positionals=\"\"\n";
      int at = to < 0 ? -1 : out.indexOf(none, from);
      if (at < 0 || at > to) {
        throw new IllegalStateException(
            "picocli's bash script has no '" + none.strip() + "' in " + start.strip());
      }
      out =
          out.substring(0, at)
              + "    local positionals=$(_quidudf_udf_names \"${curr_word}\")\n"
              + out.substring(at + none.length());
    }
    String install = "\n# Define a completion specification";
    if (!out.contains(install)) {
      throw new IllegalStateException("picocli's bash script has no '" + install.strip() + "'");
    }
    return out.replace(install, "\n" + BASH_UDF_NAMES + install);
  }

  /** The names in the registry the command line names, and the files, for the word typed. */
  private static final String BASH_UDF_NAMES =
      String.join(
          "\n",
          "# The registered UDF names ('quidudf list --names', in the registry the command line",
          "# names) for a word that does not look like a path, and the files that match it.",
          "function _quidudf_udf_names() {",
          "  local word=\"$1\" i dir",
          "  local registry=()",
          "  type compopt &>/dev/null && compopt -o filenames 2>/dev/null",
          "  if [[ \"${word}\" != */* && \"${word}\" != .* && \"${word}\" != \"~\"* ]]; then",
          "    for (( i = 1; i < ${#COMP_WORDS[@]} - 1; i++ )); do",
          "      if [[ \"${COMP_WORDS[i]}\" == --registry ]]; then",
          "        dir=\"${COMP_WORDS[i+1]}\"",
          "        [[ \"${dir}\" == = ]] && dir=\"${COMP_WORDS[i+2]}\"",
          "        registry=(--registry \"${dir/#\\~/$HOME}\")",
          "      fi",
          "    done",
          "    \"${COMP_WORDS[0]}\" list --names \"${registry[@]}\" 2>/dev/null",
          "  fi",
          "  compgen -f -- \"${word}\"",
          "}",
          "");

  /** The fish completion script (completions/quidudf.fish). */
  static String fish(CommandLine root) {
    return FishCompletion.script(root, UDF_ARGUMENTS);
  }

  /** The zsh completion script: the bash one through zsh's bashcompinit (completions/_quidudf). */
  static String zsh(CommandLine root) {
    return "#compdef quidudf\n"
        + "# zsh completion for quidudf: the bash completion script run through zsh's bashcompinit.\n"
        + "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
        + bash(root).replaceFirst("^#!/usr/bin/env bash\n", "");
  }
}
