package io.quidditch.udf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code quidudf remote}: groups the commands that look after a running server's UDFs. */
@Command(
    name = "remote",
    mixinStandardHelpOptions = true,
    description = {
      "List, inspect and remove the UDFs of a running 'quidudf serve' over its HTTP API"
          + " (register them with 'quidudf register MODULE --server URL').",
      "",
      "  quidudf remote list --server http://127.0.0.1:8080",
      "  quidudf remote inspect custom-score --server http://127.0.0.1:8080",
      "  QUIDUDF_TOKEN=t quidudf remote remove custom-score@1.0.0 --server URL"
    },
    subcommands = {RemoteListCommand.class, RemoteInspectCommand.class, RemoteRemoveCommand.class})
public final class RemoteCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
