package io.quidditch.udf.cli;

import io.quidditch.udf.cli.repl.Repl;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quidudf repl}: an interactive shell around one UDF. */
@Command(
    name = "repl",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate a UDF interactively: set documents and parameters, call, explain, benchmark.",
      "History is kept in the registry home; Tab completes commands, parameters, UDF names and"
          + " document fields.",
      "",
      "  quidudf repl examples/custom-score/custom_score.wasm"
    })
public final class ReplCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegistryOptions registry;
  @Mixin PolicyOptions policy;
  @Mixin EngineOptions engine;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "UDF",
      description = "A .wasm, a .wat or name@version to load first.")
  String udf;

  /** Makes the terminal; tests replace it with a dumb one over their own streams. */
  static java.util.function.Supplier<Terminal> terminals =
      () -> {
        try {
          return TerminalBuilder.builder().system(true).build();
        } catch (IOException e) {
          throw new io.quidditch.udf.core.BadInputException(
              "cannot open a terminal: " + e.getMessage());
        }
      };

  private java.util.Map<String, picocli.CommandLine> commands;

  @Override
  public Integer call() throws IOException {
    java.nio.file.Files.createDirectories(registry.home());
    // the whole command tree: a process builds only the command it runs (here repl), and the
    // shell offers and runs all of them
    PrintWriter none = new PrintWriter(java.io.Writer.nullWriter());
    commands = Main.commandLine(none, none).getSubcommands();
    try (Terminal terminal = terminals.get()) {
      List<String> names = new ArrayList<>(commands.keySet());
      PrintWriter w = terminal.writer();
      Repl repl =
          new Repl(
              terminal,
              Commands.loader(registry, policy),
              engine.runtime(registry),
              registry.home(),
              args -> {
                // the command writes to a buffer, which the shell then prints in one piece, so
                // its output never interleaves with the line reader's own drawing
                java.io.StringWriter buffer = new java.io.StringWriter();
                PrintWriter sink = new PrintWriter(buffer);
                int code = Main.run(sink, sink, withRegistry(args));
                w.print(buffer);
                w.flush();
                return code;
              },
              names);
      return repl.run(udf);
    }
  }

  private String[] withRegistry(String[] args) {
    var sub = args.length == 0 ? null : commands.get(args[0]);
    if (sub == null
        || List.of(args).contains("--registry")
        || sub.getCommandSpec().findOption("--registry") == null) {
      // only commands that take a registry get this session's one
      return args;
    }
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--registry";
    all[args.length + 1] = registry.home().toString();
    return all;
  }
}
