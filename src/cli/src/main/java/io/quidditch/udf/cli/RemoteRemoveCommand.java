package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.UdfRef;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quidudf remote remove}: delete one version from a server. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = {
      "Remove one version (NAME@VERSION) from a running server.",
      "",
      "  quidudf remote remove custom-score@1.0.0 --server URL --token T",
      "  QUIDUDF_TOKEN=T quidudf remote remove custom-score@1.0.0 --server URL"
    })
public final class RemoteRemoveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ServerOptions server;

  @Parameters(index = "0", paramLabel = "NAME@VERSION", description = "The version to remove.")
  String target;

  @Mixin FormatOptions output;

  @Override
  public Integer call() {
    UdfRef ref = UdfRef.parse(target);
    if (ref.version() == null) {
      throw new BadInputException("remove needs an exact version, as in " + ref.name() + "@1.0.0");
    }
    ServerClient client = server.client();
    JsonNode reply =
        client.delete(
            "/api/v1/udfs/"
                + ServerClient.segment(ref.name())
                + "/"
                + ServerClient.segment(ref.version()));
    if (output.json()) {
      spec.commandLine().getOut().println(Json.pretty(reply));
    } else {
      spec.commandLine().getOut().println("removed " + ref + " from " + client.server());
    }
    return ExitCode.OK;
  }
}
