package io.quidditch.udf.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run that {@code bin/quidudf} records its class-data archive from: the commands
 * people run most, in one process, so that the classes each of them loads are in the archive (a
 * process builds only the command it runs, so training on one command would leave the others out).
 * Not a user command; its output is thrown away, and it exits 0 whatever the commands answered (a
 * failing one still loaded its classes).
 *
 * <pre>
 * java -XX:ArchiveClassesAtExit=A.jsa -cp quidudf.jar io.quidditch.udf.cli.Training EXAMPLES SCRATCH
 * </pre>
 */
public final class Training {
  private Training() {}

  public static void main(String[] args) throws Exception {
    Path examples = Path.of(args[0]);
    Path scratch = Files.createDirectories(Path.of(args[1]));
    String registry = scratch.resolve("registry").toString();
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    Main.run(sink, sink, "--help");
    Main.run(sink, sink, "--version");
    Main.run(sink, sink, "tset");
    Main.run(sink, sink, "test", examples.toString(), "--registry", registry);
    Main.run(sink, sink, "test", examples.toString(), "--registry", registry, "--format", "json");
    Path python = examples.resolve("python-filter/text_similarity.py");
    if (Files.isRegularFile(python)) {
      Main.run(
          sink, sink, "compile", python.toString(), "-o", scratch.resolve("x.wasm").toString());
    }
    Main.run(sink, sink, "list", "--registry", registry);
    Path module = examples.resolve("custom-score/custom_score.wasm");
    Main.run(sink, sink, "inspect", module.toString(), "--registry", registry);
    System.exit(0);
  }
}
