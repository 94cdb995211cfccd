package io.quidditch.udf.cli.repl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.EvalResult;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.LogLine;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ParamSpec;
import io.quidditch.udf.core.ParameterBinder;
import io.quidditch.udf.core.ParameterException;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.UserFiles;
import io.quidditch.udf.core.abi.DocumentView;
import io.quidditch.udf.core.runtime.Evaluator;
import io.quidditch.udf.core.runtime.LoadedUdf;
import io.quidditch.udf.core.runtime.UdfRuntime;
import io.quidditch.udf.harness.UdfLoader;
import io.quidditch.udf.harness.UdfSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
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
          ":unset",
          ":call",
          ":explain",
          ":bench",
          ":reload",
          ":help",
          ":quit");

  /** The quidudf commands that run until stopped, and what to do instead. */
  private static final Map<String, String> OUTSIDE_ONLY =
      Map.of(
          "serve", "it runs until stopped; start it in another terminal: quidudf serve",
          "repl", "this is the REPL already; :load FILE|NAME switches to another UDF");

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
  private final Map<String, Given> params = new LinkedHashMap<>();
  private volatile Future<?> running;
  private volatile boolean stop;

  /** A parameter as typed (without its quotes), and the value it has for the loaded UDF. */
  private record Given(String text, boolean quoted, JsonNode value) {}

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
    LineReader reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("quidudf")
            .parser(lineParser())
            .completer(new ReplCompleter(session(), COMMANDS, subcommands, home))
            .variable(LineReader.HISTORY_FILE, home.resolve("repl_history"))
            .variable(LineReader.SECONDARY_PROMPT_PATTERN, "....> ")
            // the line as typed: no ! history events, and a backslash in JSON stays a backslash
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .build();
    // Ctrl-C while the line reader waits is its own; while a command runs it comes here
    terminal.handle(Terminal.Signal.INT, s -> interrupt());
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
      stop = false;
      safely(() -> dispatch(trimmed));
      out.flush();
    }
    worker.shutdownNow();
    out.flush();
    return 0;
  }

  /** Stops what a command is doing: cancels a :call, ends a :bench after its current call. */
  private void interrupt() {
    stop = true;
    Future<?> f = running;
    if (f != null) {
      f.cancel(true);
    }
  }

  /**
   * Only a JSON document may go on over several lines, until its brackets close; any other line is
   * complete as typed, so an unclosed quote is an error on that line instead of a wait for more.
   */
  private static Parser lineParser() {
    DefaultParser document = new DefaultParser();
    document.setEofOnUnclosedBracket(DefaultParser.Bracket.CURLY, DefaultParser.Bracket.SQUARE);
    DefaultParser single = new DefaultParser();
    return (line, cursor, context) -> {
      String s = line.stripLeading();
      boolean isDocument = s.startsWith("{") || s.startsWith(":doc");
      return (isDocument ? document : single).parse(line, cursor, context);
    };
  }

  private ReplCompleter.Session session() {
    return new ReplCompleter.Session() {
      @Override
      public Manifest manifest() {
        return source == null ? null : source.manifest();
      }

      @Override
      public Collection<String> parameterNames() {
        return List.copyOf(params.keySet());
      }

      @Override
      public JsonNode document() {
        return doc;
      }
    };
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

  private void dispatch(String line) {
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
      case ":unset":
        unset(arg);
        break;
      case ":call":
        call(false);
        break;
      case ":explain":
        call(true);
        break;
      case ":bench":
        bench(arg.isEmpty() ? 10_000 : count(arg));
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
        runSubcommand(line);
    }
  }

  private void runSubcommand(String line) {
    DefaultParser words = new DefaultParser();
    words.setEofOnUnclosedQuote(true);
    List<String> args;
    try {
      args =
          new ArrayList<>(
              words.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE).words());
    } catch (EOFError e) {
      throw new BadInputException("unclosed quote in: " + line + "; close it or drop it");
    }
    args.removeIf(String::isEmpty);
    if (args.isEmpty()) {
      throw new BadInputException("nothing to run; :help lists the commands");
    }
    String refusal = OUTSIDE_ONLY.get(args.get(0));
    if (refusal != null && !args.contains("--help") && !args.contains("-h")) {
      throw new BadInputException(args.get(0) + " cannot run inside the REPL: " + refusal);
    }
    int code = subcommand.apply(args.toArray(new String[0]));
    if (code != 0) {
      out.println("(exit " + code + ")");
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
    // both or neither: a load that fails leaves the last UDF and its manifest in place
    UdfSource next = loader.resolve(ref, null, null);
    udf = runtime.load(next.wasm(), next.manifest());
    source = next;
    sourceRef = ref;
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
    // what was set for the last UDF stays only where this one declares it, with a type it takes
    for (Iterator<Map.Entry<String, Given>> it = params.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Given> e = it.next();
      try {
        Given g = e.getValue();
        e.setValue(new Given(g.text(), g.quoted(), value(e.getKey(), g.text(), g.quoted())));
      } catch (ParameterException ex) {
        it.remove();
        out.println("dropped parameter " + e.getKey() + ": " + ex.getMessage());
      }
    }
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
    String raw = kv.substring(eq + 1).strip();
    String text = unquoted(k, raw);
    boolean quoted = text.length() != raw.length();
    Given g = new Given(text, quoted, value(k, text, quoted));
    params.put(k, g);
    out.println(k + " = " + g.value());
  }

  /** The value without one level of matching quotes; an opening quote must be closed. */
  private static String unquoted(String name, String raw) {
    if (raw.isEmpty() || (raw.charAt(0) != '"' && raw.charAt(0) != '\'')) {
      return raw;
    }
    char q = raw.charAt(0);
    if (raw.length() < 2 || raw.charAt(raw.length() - 1) != q) {
      throw new BadInputException(
          "parameter '" + name + "': unclosed " + q + " in " + raw + "; close the quote");
    }
    return raw.substring(1, raw.length() - 1);
  }

  /**
   * A parameter's value as the loaded manifest declares it, refusing a name it does not declare;
   * with nothing loaded, or a manifest that declares none, quoted text is a string and anything
   * else is read as JSON.
   */
  private JsonNode value(String name, String text, boolean quoted) {
    Manifest m = source == null ? null : source.manifest();
    ParamSpec spec = m == null ? null : m.parameter(name);
    if (spec == null && m != null && !m.parameters().isEmpty()) {
      throw new ParameterException(
          "unknown parameter '" + name + "'; " + m.name() + " declares " + declared(m));
    }
    if (spec == null && quoted) {
      return TextNode.valueOf(text);
    }
    return ParameterBinder.fromText(spec, name, text);
  }

  private static String declared(Manifest m) {
    return m.parameters().stream()
        .map(p -> p.name() + " (" + p.type().yamlName() + ")")
        .collect(Collectors.joining(", "));
  }

  private void unset(String arg) {
    if (arg.isEmpty()) {
      int n = params.size();
      params.clear();
      out.println(n == 0 ? "no parameters were set" : "unset " + n + " parameter(s)");
      return;
    }
    for (String name : arg.split("\\s+")) {
      if (params.remove(name) == null) {
        throw new BadInputException("parameter '" + name + "' is not set; :params shows them");
      }
      ParamSpec spec = source == null ? null : source.manifest().parameter(name);
      JsonNode d = spec == null ? null : spec.defaultValue();
      out.println(name + " unset" + (d == null ? "" : " (its default is " + d + ")"));
    }
  }

  private Map<String, JsonNode> values() {
    Map<String, JsonNode> v = new LinkedHashMap<>();
    params.forEach((k, g) -> v.put(k, g.value()));
    return v;
  }

  private void showParams() {
    Manifest m = source == null ? null : source.manifest();
    if (m != null) {
      for (ParamSpec p : m.parameters()) {
        Given g = params.get(p.name());
        String shown;
        if (g != null) {
          shown = g.value().toString();
        } else if (p.defaultValue() != null) {
          shown = p.defaultValue() + "  [default]";
        } else {
          shown = p.required() ? "(unset; required)" : "(unset)";
        }
        out.println(p.name() + " (" + p.type().yamlName() + ") = " + shown);
      }
    }
    params.forEach(
        (k, g) -> {
          if (m == null || m.parameter(k) == null) {
            out.println(k + " = " + g.value());
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
    BoundParams bound = u.bind(values());
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

  private static int count(String arg) {
    try {
      return Integer.parseInt(arg);
    } catch (NumberFormatException e) {
      throw new BadInputException(":bench N needs a whole number, got '" + arg + "'");
    }
  }

  private void bench(int n) {
    LoadedUdf u = needUdf();
    if (n < 1 || n > 100_000_000) {
      throw new BadInputException(":bench N needs 1 <= N <= 100000000");
    }
    BoundParams bound = u.bind(values());
    out.printf(Locale.ROOT, "timing %d calls (Ctrl-C stops)%n", n);
    out.flush();
    int errors = 0;
    int done = 0;
    long ns;
    Evaluator batch = u.evaluator();
    try {
      for (int i = 0; i < Math.min(n, 10_000) && !stop; i++) {
        batch.succeeds(DocumentView.of(doc), bound); // warm-up: its errors are not counted
      }
      long start = System.nanoTime();
      for (; done < n && !stop; done++) {
        if (!batch.succeeds(DocumentView.of(doc), bound)) {
          errors++;
        }
      }
      ns = System.nanoTime() - start;
    } finally {
      batch.release();
    }
    if (done == n) {
      out.printf(Locale.ROOT, "%d calls, %.1f ns/call, %d error(s)%n", n, (double) ns / n, errors);
    } else if (done == 0) {
      out.printf(Locale.ROOT, "stopped after 0 of %d calls (still warming up)%n", n);
    } else {
      out.printf(
          Locale.ROOT,
          "stopped after %d of %d calls, %.1f ns/call, %d error(s)%n",
          done,
          n,
          (double) ns / done,
          errors);
    }
  }

  /** The shell's own commands, for :help, --help and the man page. */
  public static final java.util.List<String> HELP =
      java.util.List.of(
          ":load FILE|NAME[@VERSION]  load a .wasm, .wat, .py or a registered UDF",
          ":doc JSON|@FILE            set the document (a line starting with { too)",
          ":param NAME=VALUE          set a declared parameter; :params lists them",
          ":unset [NAME...]           remove parameters (all without a name)",
          ":call                      evaluate: result, time, logs (Ctrl-C cancels)",
          ":explain                   evaluate and list every host call it makes",
          ":bench N                   time N calls on the document (Ctrl-C stops)",
          ":reload                    load the same file again (after an edit)",
          ":help, :quit               this text; leave (or Ctrl-D)",
          "other lines run as quidudf commands (list, inspect NAME), but not serve",
          "or repl; Tab completes commands, parameters, values, UDF names and keys");

  private void help() {
    out.println(String.join("\n", HELP));
  }
}
