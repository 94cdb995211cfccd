package io.quidditch.udf.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command: only groups the subcommands. */
@Command(
    name = "quidudf",
    mixinStandardHelpOptions = true,
    versionProvider = QuidudfCommand.Version.class,
    description = "WebAssembly user-defined functions that filter and score search documents.",
    footer = {
      "",
      "Exit codes: 0 ok, 1 ran and the answer is no (failing test, trap), 2 usage,",
      "3 bad input (missing file, invalid module, compile error, unknown UDF), 4 internal error."
    })
public final class QuidudfCommand implements Runnable {
  /**
   * The subcommands, in the order help lists them. {@link Main} adds them to the command line: all
   * of them, or only the one a command line names, since building a subcommand's model (reflection
   * over its options and their types) is most of a short command's start-up.
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          CompileCommand.class,
          BuildCommand.class,
          TestCommand.class,
          BenchCommand.class,
          RegisterCommand.class,
          ListCommand.class,
          InspectCommand.class,
          RemoveCommand.class,
          KeygenCommand.class,
          SignCommand.class,
          VerifyCommand.class,
          AuditCommand.class,
          ServeCommand.class,
          RemoteCommand.class,
          LimitsCommand.class,
          ReplCommand.class,
          InitCommand.class,
          DoctorCommand.class,
          SchemaCommand.class,
          VersionCommand.class,
          CompletionCommand.class,
          HelpCommand.class);

  /**
   * The subcommands a process's command line needs: the one its first word names, none for a bare
   * {@code --version}, and all of them otherwise (top-level help, {@code help}, a mistyped command,
   * which is answered with the nearest names).
   */
  static List<Class<?>> needed(String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return List.of();
    }
    for (String arg : args) {
      if (arg.equals("--stacktrace")) {
        continue;
      }
      if (arg.startsWith("-")) {
        return SUBCOMMANDS;
      }
      for (Class<?> c : SUBCOMMANDS) {
        Command command = c.getAnnotation(Command.class);
        if (c != HelpCommand.class
            && (command.name().equals(arg) || List.of(command.aliases()).contains(arg))) {
          return List.of(c);
        }
      }
      return SUBCOMMANDS;
    }
    return SUBCOMMANDS;
  }

  @Option(
      names = "--stacktrace",
      scope = ScopeType.INHERIT,
      description = "On an error, print the Java cause chain as well.")
  boolean stacktrace;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = QuidudfCommand.class.getPackage().getImplementationVersion();
      return new String[] {
        "quidudf " + (v == null ? "dev" : v),
        "Java " + System.getProperty("java.version") + ", Chicory 1.7.5, host ABI version 1"
      };
    }
  }
}
