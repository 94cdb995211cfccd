package io.quidditch.udf.cli;

import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quidudf schema udf.yaml|tests.yaml}: the JSON Schema an editor checks the file with. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema (draft 2020-12) of udf.yaml or tests.yaml, for editors.",
      "",
      "  quidudf schema udf.yaml > udf.schema.json",
      "  quidudf schema tests.yaml > tests.schema.json",
      "",
      "With VS Code's YAML extension, a first line such as",
      "  # yaml-language-server: $schema=../udf.schema.json",
      "checks the file as you type."
    })
public final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      completionCandidates = SchemaFiles.class,
      description = "udf.yaml (a manifest) or tests.yaml (a test spec).")
  String file;

  /** The files there is a schema for. */
  static final class SchemaFiles extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    SchemaFiles() {
      super(java.util.List.of("udf.yaml", "tests.yaml"));
    }
  }

  @Override
  public Integer call() {
    var schema =
        switch (file.toLowerCase(Locale.ROOT)) {
          case "udf.yaml" -> Schemas.manifest();
          case "tests.yaml" -> Schemas.testSpec();
          default ->
              throw new BadInputException(
                  "no schema for '" + file + "'; there are schemas for udf.yaml and tests.yaml");
        };
    spec.commandLine().getOut().println(Json.pretty(schema));
    return ExitCode.OK;
  }
}
