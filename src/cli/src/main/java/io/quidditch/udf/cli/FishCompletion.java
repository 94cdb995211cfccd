package io.quidditch.udf.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the fish completion script of a picocli command tree: each command's subcommands, its
 * options with their descriptions and completion candidates, files where an argument is a path, and
 * registry UDF names for the arguments that name a UDF.
 */
final class FishCompletion {
  private final StringBuilder out = new StringBuilder();
  private final String program;
  private final Collection<String> udfArguments;

  private FishCompletion(String program, Collection<String> udfArguments) {
    this.program = program;
    this.udfArguments = udfArguments;
  }

  /**
   * @param udfArguments the subcommands of the root whose positional arguments name a UDF
   */
  static String script(CommandLine root, Collection<String> udfArguments) {
    FishCompletion fish = new FishCompletion(root.getCommandName(), udfArguments);
    fish.header(root);
    fish.command(root);
    return fish.out.toString();
  }

  private void header(CommandLine root) {
    List<String> paths = new ArrayList<>();
    subcommandPaths(root, program, paths);
    String p = program;
    out.append("# fish completion for ")
        .append(p)
        .append(", generated from its command tree ('")
        .append(p)
        .append(" completion fish').\n")
        .append("# Install: ")
        .append(p)
        .append(" completion fish > ~/.config/fish/completions/")
        .append(p)
        .append(".fish\n\n");
    out.append("# The subcommands typed so far, as \"")
        .append(p)
        .append("\" or \"")
        .append(p)
        .append(" remote list\".\n")
        .append("function __")
        .append(p)
        .append("_command\n")
        .append("    set -l path ")
        .append(p)
        .append("\n")
        .append("    set -l words (commandline -opc)\n")
        .append("    set -e words[1]\n")
        .append("    for w in $words\n")
        .append("        switch \"$path $w\"\n")
        .append("            case");
    for (String path : paths) {
      out.append(' ').append(quote(path));
    }
    out.append("\n                set path \"$path $w\"\n")
        .append("        end\n")
        .append("    end\n")
        .append("    echo $path\n")
        .append("end\n\n");
    out.append("function __")
        .append(p)
        .append("_is\n")
        .append("    test (__")
        .append(p)
        .append("_command) = \"$argv\"\n")
        .append("end\n\n");
    out.append("# The registered UDF names ('")
        .append(p)
        .append(" list --names', in the registry the line names),\n")
        .append("# for a word that does not look like a path.\n")
        .append("function __")
        .append(p)
        .append("_udf_names\n")
        .append("    string match -qr -- '^[.~]|/' (commandline -ct); and return\n")
        .append("    set -l words (commandline -opc)\n")
        .append("    set -l registry\n")
        .append("    for i in (seq (count $words))\n")
        .append("        switch $words[$i]\n")
        .append("            case --registry\n")
        .append("                set registry --registry $words[(math $i + 1)]\n")
        .append("            case '--registry=*'\n")
        .append(
            "                set registry --registry (string replace -- --registry= '' $words[$i])\n")
        .append("        end\n")
        .append("    end\n")
        .append("    $words[1] list --names $registry 2>/dev/null\n")
        .append("end\n\n");
    out.append("complete -c ").append(p).append(" -f\n");
  }

  private static void subcommandPaths(CommandLine command, String path, List<String> paths) {
    command
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!sub.getCommandSpec().usageMessage().hidden()) {
                paths.add(path + " " + name);
                subcommandPaths(sub, path + " " + name, paths);
              }
            });
  }

  private void command(CommandLine command) {
    CommandSpec spec = command.getCommandSpec();
    String path = spec.qualifiedName(" ");
    String when = " -n " + quote("__" + program + "_is " + path);
    out.append("\n# ").append(path).append('\n');
    command
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!sub.getCommandSpec().usageMessage().hidden()) {
                line(
                    when + " -a " + quote(name),
                    first(sub.getCommandSpec().usageMessage().description()));
              }
            });
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) {
        continue;
      }
      StringBuilder names = new StringBuilder();
      for (String n : o.names()) {
        if (n.startsWith("--")) {
          names.append(" -l ").append(quote(n.substring(2)));
        } else if (n.length() == 2) {
          names.append(" -s ").append(quote(n.substring(1)));
        } else {
          names.append(" -o ").append(quote(n.substring(1)));
        }
      }
      line(when + names + (o.arity().max() > 0 ? optionValue(o) : ""), first(o.description()));
    }
    boolean udfNames =
        spec.parent() != null
            && spec.parent().parent() == null
            && udfArguments.contains(spec.name());
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (p.hidden()) {
        continue;
      }
      String what =
          udfNames
              ? " -F -a " + quote("(__" + program + "_udf_names)")
              : candidates(p) != null ? " -a " + candidates(p) : isPath(p) ? " -F" : null;
      if (what != null) {
        line(when + what, first(p.description()));
      }
    }
    command.getSubcommands().values().stream()
        .filter(sub -> !sub.getCommandSpec().usageMessage().hidden())
        .forEach(this::command);
  }

  /** What fish completes an option's value with: its candidates, files, or nothing (-x). */
  private static String optionValue(OptionSpec o) {
    String candidates = candidates(o);
    return candidates != null ? " -x -a " + candidates : isPath(o) ? " -r -F" : " -x";
  }

  /** The completion candidates, quoted as one fish word; null when there are none. */
  private static String candidates(ArgSpec a) {
    if (a.completionCandidates() == null) {
      return null;
    }
    List<String> values = new ArrayList<>();
    a.completionCandidates().forEach(values::add);
    return quote(String.join(" ", values));
  }

  private static boolean isPath(ArgSpec a) {
    Class<?> type = a.auxiliaryTypes().length > 0 ? a.auxiliaryTypes()[0] : a.type();
    return Path.class.isAssignableFrom(type) || File.class.isAssignableFrom(type);
  }

  private void line(String args, String description) {
    out.append("complete -c ").append(program).append(args);
    if (!description.isEmpty()) {
      out.append(" -d ").append(quote(description));
    }
    out.append('\n');
  }

  /** The first line of a description, as fish shows one beside a candidate. */
  private static String first(String[] lines) {
    return lines.length == 0 ? "" : lines[0].split("%n", 2)[0].strip();
  }

  /** A fish single-quoted string. */
  private static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
