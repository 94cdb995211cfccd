package io.quidditch.udf.cli;

import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.harness.Scaffold;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quidudf init}: a ready UDF folder whose tests pass straight away. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Create a new UDF folder whose tests pass straight away.",
      "It holds source, udf.yaml, tests.yaml, build.sh and README (C and Rust come with",
      "their module built).",
      "",
      "  quidudf init price-cap --lang wat && quidudf test price-cap"
    })
public final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "NAME",
      description = "The UDF name (also the folder name).")
  String name;

  @Option(
      names = "--lang",
      defaultValue = "wat",
      completionCandidates = Candidates.Languages.class,
      description = "wat (default), python, c or rust.")
  String lang;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Where to create it (default: ./NAME).")
  Path dir;

  @Mixin FormatOptions output;

  @Override
  public Integer call() {
    Path target = dir != null ? dir : Path.of(name);
    List<String> files = Scaffold.create(target, name, lang);
    if (output.json()) {
      var n = Json.MAPPER.createObjectNode();
      n.put("directory", target.toString());
      files.forEach(n.putArray("files")::add);
      spec.commandLine().getOut().println(Json.pretty(n));
    } else {
      spec.commandLine()
          .getOut()
          .println("created " + target + "/ with " + String.join(", ", files));
      spec.commandLine().getOut().println("next: quidudf test " + target);
    }
    return ExitCode.OK;
  }
}
