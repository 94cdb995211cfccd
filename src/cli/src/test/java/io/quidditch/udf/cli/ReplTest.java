package io.quidditch.udf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quidditch.udf.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL in-process on a dumb terminal fed from a string. */
class ReplTest {
  @TempDir Path home;

  private String session(String input, String... args) throws Exception {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    var previous = ReplCommand.terminals;
    ReplCommand.terminals =
        () -> {
          // a DumbTerminal writes straight to the screen; one from TerminalBuilder over streams is
          // a pty whose pump thread copies the output, after close or not (it cut screens short)
          try {
            return new DumbTerminal(
                "dumb",
                "dumb",
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                screen,
                StandardCharsets.UTF_8);
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
        };
    try {
      String[] all = new String[args.length + 3];
      all[0] = "repl";
      System.arraycopy(args, 0, all, 1, args.length);
      all[args.length + 1] = "--registry";
      all[args.length + 2] = home.toString();
      int code =
          Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), all);
      assertThat(code).isZero();
    } finally {
      ReplCommand.terminals = previous;
    }
    return screen.toString(StandardCharsets.UTF_8);
  }

  /** A process builds only repl; the shell still runs every command, in its own registry. */
  @Test
  void commandsInTheShellUseItsRegistry() throws Exception {
    String wasm = Fixtures.root().resolve("examples/custom-score/custom_score.wasm").toString();
    PrintWriter sink = new PrintWriter(new StringWriter());
    assertThat(Main.run(sink, sink, "register", wasm, "--registry", home.toString())).isZero();
    String screen = session(String.join("\n", "list", "inspect custom-score", ":quit", ""));
    assertThat(screen).contains("custom-score").contains("1.0.0").doesNotContain("no UDFs");
    assertThat(screen).doesNotContain("unknown command");
  }

  @Test
  void loadSetDocumentCallExplainAndBench() throws Exception {
    String wasm = Fixtures.root().resolve("examples/custom-score/custom_score.wasm").toString();
    String screen =
        session(
            String.join(
                "\n",
                "{\"base_score\": 0.3,",
                " \"boost\": 2}",
                ":call",
                ":param min_score=0.9",
                ":params",
                ":explain",
                ":bench 1000",
                ":nonsense",
                ":param min_score=high",
                "list",
                ":quit",
                ""),
            wasm);
    assertThat(screen).contains("loaded custom-score@1.0.0: filter (i64) -> i32 -> bool");
    assertThat(screen).contains("document set (2 fields)");
    assertThat(screen).contains("=> true");
    assertThat(screen).contains("min_score (f64) = 0.9");
    assertThat(screen)
        .contains("get_field_f64(1, \"base_score\", 64) -> 0")
        .contains("get_param_f64(\"min_score\", 64) -> 0");
    assertThat(screen).contains("=> false");
    assertThat(screen).containsPattern("1000 calls, [0-9.]+ ns/call, 0 error\\(s\\)");
    assertThat(screen).contains("error: unknown command :nonsense");
    assertThat(screen).contains("error: parameter 'min_score' must be a number");
    assertThat(Files.readString(home.resolve("repl_history"))).contains(":explain");
  }

  @Test
  void otherLinesRunAsQuidudfCommands() throws Exception {
    Path made = home.resolve("made-in-repl");
    session("init made-in-repl --lang wat --dir " + made + "\n:quit\n");
    assertThat(made.resolve("made-in-repl.wat")).exists();
    assertThat(made.resolve("tests.yaml")).exists();
  }

  @Test
  void reloadPicksUpAnEditedSourceAndErrorsDoNotEndTheSession() throws Exception {
    Path wat = home.resolve("udf.wat");
    Files.createDirectories(home);
    Files.writeString(
        wat, "(module (func (export \"filter\") (param i64) (result i64) (i64.const 1)))");
    String script = ":load " + wat + "\n:call\n:reload\n:call\n:load missing@1.0.0\n:call\n";
    // one session before the edit, one after that loads, reloads and calls again
    String before = session(":load " + wat + "\n:call\n");
    assertThat(before).contains("=> 1");
    Files.writeString(
        wat, "(module (func (export \"filter\") (param i64) (result i64) (i64.const 2)))");
    String after = session(script);
    assertThat(after).contains("=> 2").contains("error: no UDF named 'missing'");
    assertThat(after.indexOf("=> 2")).isLessThan(after.lastIndexOf("=> 2"));
  }

  @Test
  void aBadParameterIsRefusedWhenTypedAndUnsetRemovesParameters() throws Exception {
    try (Live repl = new Live("dumb", example("custom-score/custom_score.wasm"))) {
      repl.type(":param colour=red");
      repl.await("error: unknown parameter 'colour'; custom-score declares min_score (f64)");
      repl.type(":param min_score=high");
      repl.await("error: parameter 'min_score' must be a number (f64), got 'high'");
      repl.type("{\"base_score\": 0.3, \"boost\": 2}");
      repl.await("document set (2 fields)");
      repl.type(":call");
      repl.await("=> true");
      repl.type(":params");
      repl.await("min_score (f64) = 0.5  [default]");
      repl.type(":param min_score=0.9");
      repl.await("min_score = 0.9");
      repl.type(":call");
      repl.await("=> false");
      repl.type(":unset min_score");
      repl.await("min_score unset (its default is 0.5)");
      repl.type(":call");
      repl.await("=> true");
      repl.type(":unset min_score");
      repl.await("error: parameter 'min_score' is not set");
      repl.type(":param min_score=0.9");
      repl.await("min_score = 0.9");
      repl.type(":unset");
      repl.await("unset 1 parameter(s)");
      repl.type(":params");
      repl.await("min_score (f64) = 0.5  [default]");
      assertThat(repl.screen()).doesNotContain("colour =");
    }
  }

  @Test
  void quotesAreStrippedOnceAndAnUnclosedQuoteIsAnErrorOnItsLine() throws Exception {
    try (Live repl = new Live("dumb", example("string-distance/string_distance.wasm"))) {
      repl.type(":param target=\"kitten\"");
      repl.await("target = \"kitten\"\n");
      repl.type(":param target='sitting'");
      repl.await("target = \"sitting\"\n");
      repl.type(":param target=\"kitten");
      repl.await("error: parameter 'target': unclosed \" in \"kitten; close the quote");
      repl.type(":params");
      repl.await("target (string) = \"sitting\"");
      repl.type("inspect \"unclosed");
      repl.await("error: unclosed quote in: inspect \"unclosed");
      // a backslash in a document reaches the JSON parser
      repl.type("{\"title\": \"say \\\"hi\\\"\"}");
      repl.await("document set (1 field)");
      repl.type(":call");
      repl.await("=> false");
    }
  }

  @Test
  void commandsThatRunUntilStoppedAreRefused() throws Exception {
    try (Live repl = new Live("dumb")) {
      repl.type("serve --port 0");
      repl.await("error: serve cannot run inside the REPL: it runs until stopped;");
      repl.type("repl");
      repl.await("error: repl cannot run inside the REPL: this is the REPL already;");
      repl.type("serve --help");
      repl.await("Usage: quidudf serve");
      repl.type("version");
      repl.await("Chicory");
    }
  }

  @Test
  void ctrlCStopsABenchAndSaysHowFarItGot() throws Exception {
    try (Live repl = new Live("dumb", example("custom-score/custom_score.wasm"))) {
      repl.type(":bench 100000000");
      repl.await("timing 100000000 calls (Ctrl-C stops)");
      // what the terminal does when Ctrl-C arrives while a command runs
      repl.terminal().raise(Terminal.Signal.INT);
      repl.await("stopped after ");
      repl.await(" of 100000000 calls");
      repl.type(":call");
      repl.await("=> ");
    }
  }

  @Test
  void completionKnowsWhereItIsOnTheLine() throws Exception {
    Path dir = home.resolve("flags");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("flags.wat"),
        "(module (func (export \"filter\") (param i64) (result i64) (i64.const 1)))");
    Files.writeString(
        dir.resolve("udf.yaml"),
        String.join(
            "\n",
            "name: flags",
            "version: 1.0.0",
            "parameters:",
            "  - {name: strict, type: bool, default: false}",
            ""));
    try (Live repl = new Live("xterm", example("custom-score/custom_score.wasm"))) {
      repl.type("{\"base_score\": 0.3, \"boost\": 2}");
      repl.await("document set (2 fields)");
      // after :param only the parameter names, not the document's fields
      repl.type(":param \t0.9");
      repl.await("min_score = 0.9");
      // a key of the document being typed; its value is then typed by hand
      repl.type("{\"base_\t: 0.9}");
      repl.await("document set (1 field)");
      repl.type(":call");
      repl.await("=> true");
      repl.type(":unset mi\t");
      repl.await("min_score unset");
      repl.type(":lo\t" + dir.resolve("flags.wat"));
      repl.await("loaded flags@1.0.0");
      // a bool parameter's values
      repl.type(":param st\tt\t");
      repl.await("strict = true");
      // the manifest's declared fields, nested as their dotted names are
      repl.type(":lo\t" + example("python-score/geo_decay.wasm"));
      repl.await("loaded python-score@1.0.0");
      repl.type("{\"loc\t: {\"la\t: 1, \"lo\t: 2}}");
      repl.await("document set (1 field)");
      repl.type(":param lat=1");
      repl.type(":param lon=2");
      repl.type(":explain");
      repl.await("has_field(1, \"location.lat\") -> 1");
      repl.await("has_field(1, \"location.lon\") -> 1");
    }
  }

  private static String example(String file) {
    return Fixtures.root().resolve("examples").resolve(file).toString();
  }

  /**
   * A REPL on its own thread, typed into a line at a time; its screen is waited on for what a
   * command prints, so nothing depends on how fast the machine is.
   */
  private final class Live implements AutoCloseable {
    private final java.io.PipedOutputStream keys = new java.io.PipedOutputStream();
    private final Screen screen = new Screen();
    private final AtomicReference<Terminal> terminal = new AtomicReference<>();
    private final AtomicInteger code = new AtomicInteger(-1);
    private final Thread thread;
    private final java.util.function.Supplier<Terminal> previous = ReplCommand.terminals;
    private int seen;

    Live(String type, String... args) throws Exception {
      java.io.PipedInputStream in = new java.io.PipedInputStream(keys, 64 * 1024);
      ReplCommand.terminals =
          () -> {
            try {
              Terminal t =
                  TerminalBuilder.builder()
                      .system(false)
                      .type(type)
                      .streams(in, screen)
                      .encoding(StandardCharsets.UTF_8)
                      .size(new org.jline.terminal.Size(200, 50))
                      .build();
              terminal.set(t);
              return t;
            } catch (java.io.IOException e) {
              throw new IllegalStateException(e);
            }
          };
      String[] all = new String[args.length + 3];
      all[0] = "repl";
      System.arraycopy(args, 0, all, 1, args.length);
      all[args.length + 1] = "--registry";
      all[args.length + 2] = home.toString();
      thread =
          new Thread(
              () ->
                  code.set(
                      Main.run(
                          new PrintWriter(new StringWriter()),
                          new PrintWriter(new StringWriter()),
                          all)),
              "repl-under-test");
      thread.setDaemon(true);
      thread.start();
      await(args.length == 0 ? "quidudf repl:" : "loaded ");
    }

    void type(String line) throws java.io.IOException {
      keys.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      keys.flush();
    }

    Terminal terminal() {
      return terminal.get();
    }

    String screen() {
      return screen.text();
    }

    /**
     * Waits until {@code text} shows after what earlier waits saw; a minute means it never will.
     */
    void await(String text) throws InterruptedException {
      seen = screen.await(text, seen, 60_000);
    }

    @Override
    public void close() throws Exception {
      try {
        type(":quit");
        keys.close();
        thread.join(60_000);
        assertThat(code.get()).as(screen()).isZero();
      } finally {
        ReplCommand.terminals = previous;
      }
    }
  }

  /** Terminal output that a test can wait on. */
  private static final class Screen extends java.io.OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      bytes.write(b);
      notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      bytes.write(b, off, len);
      notifyAll();
    }

    synchronized String text() {
      return bytes.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    /** The index just past {@code text} at or after {@code from}, once it has been written. */
    synchronized int await(String text, int from, long millis) throws InterruptedException {
      long deadline = System.currentTimeMillis() + millis;
      while (true) {
        String now = text();
        int at = now.indexOf(text, from);
        if (at >= 0) {
          return at + text.length();
        }
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
          throw new AssertionError(
              "no \"" + text + "\" on the screen after " + millis + " ms:\n" + now.substring(from));
        }
        wait(left);
      }
    }
  }
}
