package io.quidditch.udf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command: only groups the subcommands. */
@Command(
    name = "quidudf",
    mixinStandardHelpOptions = true,
    versionProvider = QuidudfCommand.Version.class,
    description = "WebAssembly user-defined functions that filter and score search documents.",
    subcommands = {
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
      picocli.CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 ran and the answer is no (failing test, trap), 2 usage,",
      "3 bad input (missing file, invalid module, compile error, unknown UDF), 4 internal error."
    })
public final class QuidudfCommand implements Runnable {

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
