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
}
