package io.quidditch.udf.cli;

import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.harness.BuildRecipe;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quidudf build}: runs the {@code build:} command of each UDF folder's udf.yaml. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Build UDF folders: run the 'build:' command their udf.yaml names, in the folder.",
      "",
      "  quidudf build examples/geo-filter     runs its ./build.sh",
      "",
      "A udf.yaml says how its module is made with two keys:",
      "",
      "  source: geo_filter.c",
      "  build: ./build.sh",
      "",
      "and 'quidudf test' warns when the module is older than its source.",
    })
public final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "DIR",
      description = "UDF folders (default: the current directory).")
  List<Path> dirs = List.of(Path.of("."));

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        throw new BadInputException(dir + ": no such directory; name a UDF folder");
      }
      BuildRecipe recipe =
          BuildRecipe.in(dir)
              .orElseThrow(
                  () ->
                      new BadInputException(
                          dir
                              + " has no udf.yaml with a build command; add one, e.g."
                              + " 'build: ./build.sh'"));
      String command = recipe.requireCommand();
      long start = System.nanoTime();
      int exit = run(recipe.dir(), command, out);
      if (exit != 0) {
        throw new QuidudfException(
            ErrorKind.COMPILE,
            "the build of " + dir + " failed: '" + command + "' exited with " + exit);
      }
      out.printf(
          java.util.Locale.ROOT,
          "built %s (%s, %.1f s)%n",
          dir,
          command,
          (System.nanoTime() - start) / 1e9);
      out.flush();
    }
    return ExitCode.OK;
  }

  /** Runs the command through the shell in {@code dir}; its output comes out as ours. */
  private static int run(Path dir, String command, PrintWriter out) throws IOException {
    Process p =
        new ProcessBuilder("bash", "-c", command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.INHERIT)
            .start();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        out.println(line);
        out.flush();
      }
    }
    try {
      return p.waitFor();
    } catch (InterruptedException e) {
      p.destroy();
      Thread.currentThread().interrupt();
      throw new QuidudfException(ErrorKind.CANCELLED, "the build of " + dir + " was interrupted");
    }
  }
}
