package io.quidditch.udf.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** The {@code quidudf} entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs one command line with the given writers and returns its exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // the one command line that needs no parser, answered before one is built: for it, the
      // command tree's model was nearly all of the time
      for (String line : new QuidudfCommand.Version().getVersion()) {
        out.println(line);
      }
      out.flush();
      return 0;
    }
    int code = commandLine(out, err, QuidudfCommand.needed(args)).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The one factory for the whole command tree, used by the REPL, completion and the tests. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, QuidudfCommand.SUBCOMMANDS);
  }

  /** The command tree with only these subcommands (a process runs one). */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
    CommandLine cl = new CommandLine(new QuidudfCommand());
    for (Class<?> c : subcommands) {
      cl.addSubcommand(c);
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new ErrorReporter());
    cl.setParameterExceptionHandler(new ErrorReporter());
    cl.setUsageHelpAutoWidth(false);
    // @FILE is ours to read where an option documents it (--doc @doc.json); picocli expanding it
    // first would break those and echo a file named by mistake in its error
    cl.setExpandAtFiles(false);
    // the shell's own commands in repl --help and its man page
    CommandLine replCommand = cl.getSubcommands().get("repl");
    if (replCommand != null) {
      var repl = replCommand.getCommandSpec().usageMessage();
      List<String> text = new ArrayList<>(List.of(repl.description()));
      text.add("");
      text.add("Inside the shell:");
      io.quidditch.udf.cli.repl.Repl.HELP.forEach(c -> text.add("  " + c));
      repl.description(text.toArray(String[]::new));
    }
    // every command answers --version, not only the top one
    everyVersion(cl);
    return cl;
  }

  private static void everyVersion(CommandLine parent) {
    for (CommandLine sub : parent.getSubcommands().values()) {
      sub.getCommandSpec().versionProvider(new QuidudfCommand.Version());
      everyVersion(sub);
    }
  }
}
