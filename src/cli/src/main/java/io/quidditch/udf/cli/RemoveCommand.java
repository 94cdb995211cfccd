package io.quidditch.udf.cli;

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

/** {@code quidudf remove}: delete one registered version. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = "Remove one registered version (NAME@VERSION).")
public final class RemoveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegistryOptions registry;

  @Parameters(index = "0", paramLabel = "NAME@VERSION", description = "The version to remove.")
  String target;

  @Mixin FormatOptions output;

  @Override
  public Integer call() {
    UdfRef ref = UdfRef.parse(target);
    if (ref.version() == null) {
      throw new BadInputException("remove needs an exact version, as in " + ref.name() + "@1.0.0");
    }
    try {
      registry.open().remove(ref.name(), ref.version());
    } catch (io.quidditch.udf.core.QuidudfException e) {
      Audit.failure(registry, ref.name(), ref.version(), "remove", e);
      throw e;
    }
    Audit.record(registry, ref.name(), ref.version(), "remove", true, null, 0, null, null);
    String message = "removed " + ref;
    if (output.json()) {
      spec.commandLine()
          .getOut()
          .println(
              Json.pretty(
                  Json.MAPPER.createObjectNode().put("success", true).put("message", message)));
    } else {
      spec.commandLine().getOut().println(message);
    }
    return ExitCode.OK;
  }
}
