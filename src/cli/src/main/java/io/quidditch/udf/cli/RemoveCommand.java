package io.quidditch.udf.cli;

import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.UdfRef;
import io.quidditch.udf.service.UdfService;
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
    // the same use case as DELETE /api/v1/udfs/{name}/{version}; nothing is loaded to remove one
    UdfService udfs =
        new UdfService(
            registry.open(),
            io.quidditch.udf.core.runtime.UdfRuntime.builder().build(),
            io.quidditch.udf.core.ModulePolicy.none(),
            new io.quidditch.udf.core.registry.AuditLog(registry.home()));
    try {
      udfs.remove(ref.name(), ref.version(), "CLI");
    } catch (io.quidditch.udf.core.QuidudfException e) {
      udfs.failed(ref.name(), ref.version(), "remove", e);
      throw e;
    }
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
