package io.quidditch.udf.cli;

import io.quidditch.udf.core.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code quidudf version}: what {@code quidudf --version} prints. */
@Command(
    name = "version",
    mixinStandardHelpOptions = true,
    description = "Print the version of quidudf, Java and Chicory.")
public final class VersionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    for (String line : new QuidudfCommand.Version().getVersion()) {
      spec.commandLine().getOut().println(line);
    }
    return ExitCode.OK;
  }
}
