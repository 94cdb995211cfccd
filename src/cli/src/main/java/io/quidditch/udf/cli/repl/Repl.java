package io.quidditch.udf.cli.repl;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.EvalResult;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.LogLine;
import io.quidditch.udf.core.ParamSpec;
import io.quidditch.udf.core.ParameterBinder;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.UserFiles;
import io.quidditch.udf.core.abi.DocumentView;
import io.quidditch.udf.core.registry.Registry;
import io.quidditch.udf.core.runtime.Evaluator;
import io.quidditch.udf.core.runtime.LoadedUdf;
import io.quidditch.udf.core.runtime.UdfRuntime;
import io.quidditch.udf.harness.UdfLoader;
import io.quidditch.udf.harness.UdfSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;

/**
 * The interactive shell: load a UDF, set a document and parameters, call it, explain its host
 * calls, benchmark it; anything else on the line runs as a quidudf subcommand.
 */
public final class Repl {
  private static final List<String> COMMANDS =
      List.of(
          ":load",
          ":doc",
          ":param",
          ":params",
          ":call",
          ":explain",
          ":bench",
          ":reload",
          ":help",
          ":quit");

  private final Terminal terminal;
  private final PrintWriter out;
  private final UdfLoader loader;
  private final UdfRuntime runtime;
  private final Path home;
  private final Function<String[], Integer> subcommand;
  private final List<String> subcommands;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(null, r, "quidudf-repl-call", 16L * 1024 * 1024);
            t.setDaemon(true);
            return t;
          });

  private UdfSource source;
  private String sourceRef;
  private LoadedUdf udf;
  private JsonNode doc = Json.MAPPER.createObjectNode();
  private final Map<String, JsonNode> params = new LinkedHashMap<>();
  private volatile Future<?> running;

  /**
   * @param subcommand runs a quidudf command line and returns its exit code
   * @param subcommands the names offered for completion
   */
  public Repl(
      Terminal terminal,
      UdfLoader loader,
      UdfRuntime runtime,
      Path home,
      Function<String[], Integer> subcommand,
      List<String> subcommands) {
    this.terminal = terminal;
    this.out = terminal.writer();
    this.loader = loader;
    this.runtime = runtime;
    this.home = home;
    this.subcommand = subcommand;
    this.subcommands = subcommands;
  }

  /** Reads and runs lines until :quit or end of input; returns the exit code. */
  public int run(String initial) {
    DefaultParser parser = new DefaultParser();
    parser.setEofOnUnclosedBracket(DefaultParser.Bracket.CURLY, DefaultParser.Bracket.SQUARE);
    parser.setEofOnUnclosedQuote(true);
    LineReader reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("quidudf")
            .parser(parser)
            .completer(
                (r, line, candidates) -> complete(line.words(), line.wordIndex(), candidates))
            .variable(LineReader.HISTORY_FILE, home.resolve("repl_history"))
            .variable(LineReader.SECONDARY_PROMPT_PATTERN, "....> ")
            .build();
    terminal.handle(
        Terminal.Signal.INT,
        s -> {
          Future<?> f = running;
          if (f != null) {
            f.cancel(true);
          }
        });
    out.println("quidudf repl: :help for commands, Ctrl-D to leave");
    if (initial != null) {
      safely(() -> load(initial));
    }
    while (true) {
      String line;
      try {
        line = reader.readLine(prompt());
      } catch (UserInterruptException e) {
        continue;
      } catch (EndOfFileException e) {
        break;
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.equals(":quit") || trimmed.equals(":q") || trimmed.equals(":exit")) {
        break;
      }
      safely(() -> dispatch(trimmed, reader));
      out.flush();
    }
    worker.shutdownNow();
    out.flush();
    return 0;
  }

  private String prompt() {
    return udf == null ? "quidudf> " : udf.manifest().name() + "> ";
  }

  private void safely(Runnable r) {
    try {
      r.run();
    } catch (QuidudfException e) {
      out.println("error: " + e.getMessage());
    } catch (RuntimeException e) {
      out.println("error: " + e);
    }
  }

  private void dispatch(String line, LineReader reader) {
    if (line.startsWith("{")) {
      setDoc(line);
      return;
    }
    String cmd = line.split("\\s+", 2)[0];
    String arg = line.length() > cmd.length() ? line.substring(cmd.length()).strip() : "";
    switch (cmd) {
      case ":load":
        load(required(arg, ":load FILE|NAME[@VERSION]"));
        break;
      case ":doc":
        setDoc(arg.startsWith("@") ? read(arg.substring(1)) : required(arg, ":doc JSON|@FILE"));
        break;
      case ":param":
        param(required(arg, ":param k=v"));
        break;
      case ":params":
        showParams();
        break;
      case ":call":
        call(false);
        break;
      case ":explain":
        call(true);
        break;
      case ":bench":
        bench(arg.isEmpty() ? 10_000 : Integer.parseInt(arg));
        break;
      case ":reload":
        if (sourceRef == null) {
          throw new BadInputException("nothing loaded; :load a file first");
        }
        load(sourceRef);
        break;
      case ":help":
        help();
        break;
      default:
        if (cmd.startsWith(":")) {
          throw new BadInputException("unknown command " + cmd + "; :help lists them");
        }
        List<String> words = new ArrayList<>(reader.getParser().parse(line, line.length()).words());
        words.removeIf(String::isEmpty);
        int code = subcommand.apply(words.toArray(new String[0]));
        if (code != 0) {
          out.println("(exit " + code + ")");
        }
    }
  }

  private static String required(String arg, String usage) {
    if (arg.isEmpty()) {
      throw new BadInputException("usage: " + usage);
    }
    return arg;
  }

  private static String read(String file) {
    return UserFiles.readString(Path.of(file));
  }

  private void load(String ref) {
    source = loader.resolve(ref, null, null);
    udf = runtime.load(source.wasm(), source.manifest());
    sourceRef = ref;
    params
        .keySet()
        .removeIf(
            k ->
                !source.manifest().parameters().isEmpty()
                    && source.manifest().parameter(k) == null);
    out.println(
        "loaded "
            + source.manifest().name()
            + "@"
            + source.manifest().version()
            + ": "
            + source.manifest().functionName()
            + " "
            + udf.entrySignature()
            + " -> "
            + udf.returns().yamlName());
  }

  private void setDoc(String json) {
    JsonNode d = Json.parse(json, "document");
    DocumentView.of(d);
    doc = d;
    out.println("document set (" + d.size() + " field" + (d.size() == 1 ? "" : "s") + ")");
  }

  private void param(String kv) {
    int eq = kv.indexOf('=');
    if (eq <= 0) {
      throw new BadInputException("usage: :param name=value");
    }
    String k = kv.substring(0, eq).strip();
    ParamSpec spec = source == null ? null : source.manifest().parameter(k);
    params.put(k, ParameterBinder.fromText(spec, k, kv.substring(eq + 1).strip()));
    out.println(k + " = " + params.get(k));
  }

  private void showParams() {
    if (udf == null) {
      params.forEach((k, v) -> out.println(k + " = " + v));
      return;
    }
    Map<String, JsonNode> bound = udf.bind(params).toJson();
    for (ParamSpec p : udf.manifest().parameters()) {
      JsonNode v = bound.get(p.name());
      out.println(
          p.name()
              + " ("
              + p.type().yamlName()
              + ") = "
              + (v == null ? "(unset)" : v)
              + (params.containsKey(p.name()) || v == null ? "" : "  [default]"));
    }
    params.forEach(
        (k, v) -> {
          if (udf.manifest().parameter(k) == null) {
            out.println(k + " = " + v);
          }
        });
  }

  private LoadedUdf needUdf() {
    if (udf == null) {
      throw new BadInputException("no UDF loaded; :load FILE|NAME first");
    }
    return udf;
  }

  private void call(boolean explain) {
    LoadedUdf u = needUdf();
    BoundParams bound = u.bind(params);
    DocumentView view = DocumentView.of(doc);
    List<String> trace = new ArrayList<>();
    Future<EvalResult> f =
        worker.submit(
            () ->
                explain
                    ? u.freshEvaluator()
                        .traced(
                            (fn, args, result, meaning) ->
                                trace.add(
                                    fn.importName()
                                        + "("
                                        + args
                                        + ") -> "
                                        + result
                                        + (meaning == null ? "" : "   " + meaning)))
                        .evaluate(view, bound)
                    : u.threadEvaluator().evaluate(view, bound));
    running = f;
    EvalResult r;
    try {
      r = f.get();
    } catch (java.util.concurrent.CancellationException e) {
      out.println("cancelled");
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof QuidudfException
          ? (QuidudfException) e.getCause()
          : new IllegalStateException(e.getCause());
    } finally {
      running = null;
    }
    trace.forEach(t -> out.println("  " + t));
    for (LogLine l : r.logs()) {
      out.println("  log " + l);
    }
    String time = String.format(Locale.ROOT, "%.3f ms", r.nanos() / 1e6);
    out.println(
        r.ok()
            ? "=> " + r.value() + "  (" + time + ")"
            : "=> error " + r.error().code() + ": " + r.message() + "  (" + time + ")");
  }

  private void bench(int n) {
    LoadedUdf u = needUdf();
    if (n < 1 || n > 100_000_000) {
      throw new BadInputException(":bench N needs 1 <= N <= 100000000");
    }
    long ns;
    int errors = 0;
    Evaluator batch = u.evaluator();
    BoundParams bound = u.bind(params);
    for (int i = 0; i < Math.min(n, 10_000); i++) {
      batch.succeeds(DocumentView.of(doc), bound); // warm-up: its errors are not counted
    }
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      if (!batch.succeeds(DocumentView.of(doc), bound)) {
        errors++;
      }
    }
    ns = System.nanoTime() - start;
    batch.release();
    out.printf(Locale.ROOT, "%d calls, %.1f ns/call, %d error(s)%n", n, (double) ns / n, errors);
  }

  /** The shell's own commands, for :help, --help and the man page. */
  public static final java.util.List<String> HELP =
      java.util.List.of(
          ":load FILE|NAME[@VERSION]  load a .wasm, a .wat or a registered UDF",
          ":doc JSON|@FILE            set the document (a line starting with { also does; it may"
              + " span lines)",
          ":param k=v                 set a parameter; :params shows them with defaults",
          ":call                      evaluate: result, time and log lines (Ctrl-C cancels)",
          ":explain                   evaluate and list every host call with its arguments and"
              + " result",
          ":bench N                   time N calls on the current document",
          ":reload                    load the same file again (after an edit)",
          ":help, :quit               this text; leave (or Ctrl-D)",
          "anything else runs as a quidudf command, e.g. list, inspect NAME, test examples");

  private void help() {
    out.println(String.join("\n", HELP));
  }

  private void complete(List<String> words, int index, List<Candidate> candidates) {
    String first = words.isEmpty() ? "" : words.get(0);
    if (index == 0) {
      COMMANDS.forEach(c -> candidates.add(new Candidate(c)));
      subcommands.forEach(c -> candidates.add(new Candidate(c)));
      return;
    }
    if (first.equals(":load") || first.equals("inspect") || first.equals("remove")) {
      try {
        for (String n : new Registry(home).names()) {
          candidates.add(new Candidate(n));
        }
      } catch (RuntimeException e) {
        // no registry: nothing to offer
      }
    }
    if (first.equals(":param") && udf != null) {
      udf.manifest()
          .parameters()
          .forEach(
              p ->
                  candidates.add(
                      new Candidate(
                          p.name() + "=",
                          p.name() + "=",
                          null,
                          p.description(),
                          null,
                          null,
                          false)));
    }
    if (doc != null && doc.isObject()) {
      doc.fieldNames().forEachRemaining(n -> candidates.add(new Candidate(n)));
    }
  }
}
