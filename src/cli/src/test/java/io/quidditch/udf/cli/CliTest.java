package io.quidditch.udf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quidditch.udf.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI in-process, as a user types it, with captured output. */
class CliTest {
  @TempDir Path tmp;
  private Path home;
  private Path example;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void setUp() {
    home = tmp.resolve("home");
    example = Fixtures.root().resolve("examples/custom-score");
  }

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Run runWithRegistry(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--registry";
    all[args.length + 1] = home.toString();
    return run(all);
  }

  private static void assertOneLineError(Run r, int code, String fragment) {
    assertThat(r.code()).as(r.err()).isEqualTo(code);
    assertThat(r.err()).contains(fragment);
    assertThat(r.err().strip().lines().count()).as("one line: " + r.err()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void testingTheExamplesPasses() {
    Run r = runWithRegistry("test", example.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("13 passed, 0 failed, 0 errors");
    Run interp =
        runWithRegistry("test", example.toString(), "--engine", "interpreter", "--format", "json");
    assertThat(interp.code()).isZero();
    assertThat(interp.out()).contains("\"passed\" : 13");
  }

  @Test
  void reportFileIsWritten() throws Exception {
    Path report = tmp.resolve("report.xml");
    Run r =
        runWithRegistry(
            "test", example.toString(), "--format", "junit", "--report", report.toString());
    assertThat(r.code()).isZero();
    assertThat(Files.readString(report)).contains("<testsuites>").contains("tests=\"13\"");
  }

  @Test
  void failingCasesExitOne() throws Exception {
    Path dir = tmp.resolve("failing");
    Files.createDirectories(dir);
    Files.copy(example.resolve("custom_score.wasm"), dir.resolve("m.wasm"));
    Files.writeString(
        dir.resolve("tests.yaml"),
        "udf: m.wasm\ncases:\n  - {name: wrong, document: {base_score: 1}, expect: false}\n");
    Run r = runWithRegistry("test", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("FAIL  wrong").contains("expected false, got true");
  }

  @Test
  void adHocEvaluationPrintsTheResult() {
    Path wasm = example.resolve("custom_score.wasm");
    Run r =
        runWithRegistry("test", wasm.toString(), "--doc", "{\"base_score\": 0.3, \"boost\": 2}");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).isEqualTo("true");
    Run low =
        runWithRegistry(
            "test",
            wasm.toString(),
            "--doc",
            "{\"base_score\": 0.3}",
            "--param",
            "min_score=0.31",
            "--format",
            "json");
    assertThat(low.out()).contains("\"result\" : false");
    Run bad =
        runWithRegistry(
            "test", wasm.toString(), "--doc", "{\"base_score\": ", "--param", "min_score=0.31");
    assertOneLineError(bad, 3, "--doc is not valid JSON");
    Run badParam = runWithRegistry("test", wasm.toString(), "--param", "min_score=high");
    assertOneLineError(badParam, 3, "parameter 'min_score' must be a number");
    Run unknown = runWithRegistry("test", wasm.toString(), "--param", "nope=1");
    assertOneLineError(unknown, 3, "unknown parameter 'nope'");
  }

  @Test
  void atFileAndStandardInputAreReadOnlyWhereDocumentedAndDevicesAreRefused() throws Exception {
    Path wasm = example.resolve("custom_score.wasm");
    Path doc = tmp.resolve("doc.json");
    Files.writeString(doc, "{\"base_score\": 0.3, \"boost\": 2}");
    Run fromFile = runWithRegistry("test", wasm.toString(), "--doc", "@" + doc);
    assertThat(fromFile.code()).as(fromFile.err()).isZero();
    assertThat(fromFile.out().strip()).isEqualTo("true");
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(
          new java.io.ByteArrayInputStream(
              "{\"base_score\": 0.1}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      Run fromStdin = runWithRegistry("test", wasm.toString(), "--doc", "-");
      assertThat(fromStdin.out().strip()).as(fromStdin.err()).isEqualTo("false");
    } finally {
      System.setIn(stdin);
    }
    // picocli no longer expands @FILE anywhere: a file named by mistake is not echoed back
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "hunter2");
    Run list = runWithRegistry("list", "@" + secret);
    assertThat(list.out() + list.err()).doesNotContain("hunter2");
    // a device or a pipe is refused by name instead of read forever
    assertOneLineError(
        runWithRegistry("test", wasm.toString(), "--doc", "@/dev/zero"), 3, "not a regular file");
    assertOneLineError(runWithRegistry("test", "/dev/zero"), 3, "not a regular file");
    assertOneLineError(
        runWithRegistry("bench", wasm.toString(), "--docs", "/dev/zero"), 3, "not a regular file");
  }

  @Test
  void outputPathsThatCannotBeWrittenAreBadInputNotInternalErrors() throws Exception {
    Run report =
        runWithRegistry(
            "test", example.toString(), "--format", "junit", "--report", "/nonexistent-dir/r.xml");
    assertOneLineError(
        report, 3, "no directory /nonexistent-dir to write r.xml in; create it first");
    assertThat(report.out()).as("refused before any test ran").isEmpty();
    Run baseline =
        runWithRegistry(
            "bench",
            example.resolve("custom_score.wasm").toString(),
            "--generate",
            "10",
            "--save-baseline",
            "/nonexistent-dir/b.json");
    assertThat(baseline.code()).as(baseline.err()).isEqualTo(3);
    assertThat(baseline.err()).contains("/nonexistent-dir/b.json: no such file or directory");
  }

  @Test
  void theRoughEdgesOfTheFirstHour() throws Exception {
    Run version = run("version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("quidudf ").contains("Chicory");
    assertThat(run("test", "--version").out()).startsWith("quidudf ");
    Run typo = run("tset");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err())
        .contains("unknown command or option 'tset'; did you mean 'test'; see 'quidudf --help'");
    Run usageJson = run("list", "--bogus", "--format", "json");
    assertThat(usageJson.code()).isEqualTo(2);
    assertThat(usageJson.out().strip())
        .startsWith("{\"error\":{\"code\":\"usage\",\"message\":\"")
        .contains("--bogus");
    Path wasm = example.resolve("custom_score.wasm");
    assertThat(runWithRegistry("register", wasm.toString()).code()).isZero();
    Run latest = runWithRegistry("test", "custom-score@latest", "--doc", "{\"base_score\": 1}");
    assertThat(latest.code()).as(latest.err()).isZero();
    assertThat(latest.out().strip()).isEqualTo("true");
    Run noDoc = runWithRegistry("test", wasm.toString());
    assertThat(noDoc.err()).contains("no --doc given: evaluating the empty document {}");
    // under --format json an error is a JSON object on stdout too, with the same exit code
    Run json = runWithRegistry("inspect", "nope@1.0.0", "--format", "json");
    assertThat(json.code()).isEqualTo(3);
    assertThat(json.out().strip())
        .startsWith("{\"error\":{\"code\":\"not_found\",\"message\":\"")
        .endsWith("\"}}");
    assertThat(runWithRegistry("doctor").out()).doesNotContain("not part of this build");
  }

  @Test
  void testFiltersQuietensAndColoursItsReport() throws Exception {
    Run filtered = runWithRegistry("test", example.toString(), "--filter", "THRESHOLD", "-q");
    assertThat(filtered.code()).as(filtered.err()).isZero();
    assertThat(filtered.out()).isEqualTo("4 passed, 0 failed, 0 errors, 9 filtered out\n");
    Run all = runWithRegistry("test", example.toString(), "--filter", "threshold");
    assertThat(all.out())
        .contains("PASS  exactly at the threshold is kept")
        .doesNotContain("\u001b");
    Run coloured =
        runWithRegistry("test", example.toString(), "--filter", "threshold", "--color", "always");
    assertThat(coloured.out()).contains("\u001b[32mPASS \u001b[0m exactly at the threshold");
    Run none = runWithRegistry("test", example.toString(), "--filter", "no such case");
    assertOneLineError(none, 3, "no test case name contains 'no such case' (13 cases in 1 specs)");
    assertThat(runWithRegistry("test", example.toString(), "--color", "sometimes").code())
        .isEqualTo(2);
    assertThat(runWithRegistry("test", example.toString(), "-q", "-v").code()).isEqualTo(2);
  }

  @Test
  void aSpecWhosePythonDoesNotCompileShowsTheDiagnostics() throws Exception {
    Path dir = tmp.resolve("py");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("f.py"), "def filter(price: float = 1.0) -> bool:\n    return prise > 2.0\n");
    Files.writeString(
        dir.resolve("tests.yaml"),
        "udf: f.py\ncases:\n  - {name: a, document: {}, expect: true}\n");
    Run r = runWithRegistry("test", dir.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out())
        .contains("BAD SPEC")
        .contains("f.py:2:12: error: name 'prise' is not defined")
        .contains("    return prise > 2.0\n             ^");
    Run json = runWithRegistry("compile", dir.resolve("f.py").toString(), "--format", "json");
    assertThat(json.code()).isEqualTo(3);
    assertThat(json.out()).contains("\"diagnostics\":[{").contains("\"line\":2");
  }

  @Test
  void aModuleOlderThanItsSourceIsWarnedOfAndBuildRebuildsIt() throws Exception {
    Path dir = tmp.resolve("stale");
    Files.createDirectories(dir);
    Files.copy(example.resolve("custom_score.wasm"), dir.resolve("m.wasm"));
    Files.copy(example.resolve("custom_score.wat"), dir.resolve("m.wat"));
    Files.writeString(
        dir.resolve("udf.yaml"),
        "name: m\nversion: 1.0.0\nsource: m.wat\nbuild: echo building && touch m.wasm\n");
    Files.writeString(
        dir.resolve("tests.yaml"),
        "udf: m.wasm\ncases:\n  - {name: a, document: {}, expect: false}\n");
    Files.setLastModifiedTime(
        dir.resolve("m.wasm"), java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
    Run stale = runWithRegistry("test", dir.toString());
    assertThat(stale.code()).isZero();
    assertThat(stale.err())
        .contains("warning: m.wasm is older than its source m.wat; run 'quidudf build ")
        .contains("(it runs echo building && touch m.wasm)");
    Run adHoc = runWithRegistry("test", dir.resolve("m.wasm").toString(), "--doc", "{}");
    assertThat(adHoc.err()).contains("m.wasm is older than its source m.wat");
    Run build = run("build", dir.toString());
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(build.out()).contains("building").contains("built " + dir);
    assertThat(runWithRegistry("test", dir.toString()).err()).doesNotContain("older than");
    Files.writeString(dir.resolve("udf.yaml"), "name: m\nversion: 1.0.0\nbuild: exit 7\n");
    assertOneLineError(run("build", dir.toString()), 3, "'exit 7' exited with 7");
    Files.writeString(dir.resolve("udf.yaml"), "name: m\nversion: 1.0.0\n");
    assertOneLineError(run("build", dir.toString()), 3, "has no udf.yaml with a build command");
    Files.writeString(dir.resolve("udf.yaml"), "name: m\nversion: 1.0.0\nbuild: [a, b]\n");
    Run badKey = runWithRegistry("test", dir.toString(), "-q");
    assertThat(badKey.code()).isEqualTo(3);
    assertThat(badKey.out()).contains("'build' must be a plain value");
  }

  @Test
  void watchRunsTheSpecsAgainWhenAFileBelowThemChanges() throws Exception {
    Path dir = tmp.resolve("watched");
    Files.createDirectories(dir);
    Files.copy(example.resolve("custom_score.wasm"), dir.resolve("m.wasm"));
    Files.writeString(
        dir.resolve("tests.yaml"),
        "udf: m.wasm\ncases:\n  - {name: a, document: {}, expect: false}\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int[] code = {-1};
    Thread watcher =
        new Thread(
            () ->
                code[0] =
                    Main.run(
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        "test",
                        dir.toString(),
                        "--watch",
                        "--registry",
                        home.toString()));
    watcher.start();
    try {
      awaitText(err, "watching 2 files below");
      assertThat(out.toString()).contains("1 passed, 0 failed, 0 errors");
      Files.writeString(
          dir.resolve("tests.yaml"),
          "udf: m.wasm\ncases:\n  - {name: a, document: {}, expect: false}\n"
              + "  - {name: b, document: {}, expect: true}\n");
      awaitText(out, "1 passed, 1 failed, 0 errors");
      assertThat(err.toString()).contains("tests.yaml changed; running again");
    } finally {
      watcher.interrupt();
      watcher.join();
    }
    assertThat(code[0]).as("the last run's answer").isEqualTo(1);
    assertThat(run("test", example.resolve("custom_score.wasm").toString(), "--watch").code())
        .isEqualTo(2);
  }

  /** Waits for a text to appear in output another thread writes (a hang fails after 2 min). */
  private static void awaitText(StringWriter w, String text) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
    while (!w.toString().contains(text)) {
      assertThat(System.nanoTime()).as("waiting for '%s' in:%n%s", text, w).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  @Test
  void oneDamagedVersionDoesNotHideTheOthersFromList() throws Exception {
    Path wasm = example.resolve("custom_score.wasm");
    assertThat(runWithRegistry("register", wasm.toString()).code()).isZero();
    assertThat(runWithRegistry("register", wasm.toString(), "--name", "other").code()).isZero();
    Files.writeString(home.resolve("registry/other/1.0.0/entry.json"), "{not json");
    Run r = runWithRegistry("list");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).contains("custom-score").doesNotContain("other ");
    assertThat(r.err())
        .startsWith("quidudf list: skipped: registry entry other@1.0.0 is unreadable");
  }

  @Test
  void adHocOverAnNdjsonFileGivesOneResultALine() throws Exception {
    Path wasm = example.resolve("custom_score.wasm");
    Path docs = tmp.resolve("docs.ndjson");
    Files.writeString(
        docs,
        "{\"_id\": \"a\", \"base_score\": 0.3, \"boost\": 2}\n\n{\"base_score\": 0.1}\n"
            + "{\"base_score\": 0.9}\n");
    Run r = runWithRegistry("test", wasm.toString(), "--docs", docs.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines()).containsExactly("true", "false", "true");
    Run json =
        runWithRegistry(
            "test",
            wasm.toString(),
            "--docs",
            docs.toString(),
            "--format",
            "json",
            "-p",
            "min_score=0.7");
    assertThat(json.out().lines())
        .containsExactly(
            "{\"line\":1,\"id\":\"a\",\"result\":false,\"error_kind\":null,\"message\":null}",
            "{\"line\":3,\"id\":null,\"result\":false,\"error_kind\":null,\"message\":null}",
            "{\"line\":4,\"id\":null,\"result\":true,\"error_kind\":null,\"message\":null}");
    // a bad line is an error on that line; the lines after it still run, and the exit says so
    Files.writeString(docs, "{\"base_score\": 0.9}\nnot json\n{\"base_score\": 0.9}\n");
    Run bad = runWithRegistry("test", wasm.toString(), "--docs", docs.toString());
    assertThat(bad.code()).isEqualTo(3);
    assertThat(bad.out().lines()).hasSize(3).first().isEqualTo("true");
    assertThat(bad.out().lines().toList().get(1))
        .startsWith("error: bad_input: --docs line 2 is not valid JSON");
    assertThat(bad.out().lines().toList().get(2)).isEqualTo("true");
    assertOneLineError(
        runWithRegistry("test", wasm.toString(), "--docs", tmp.resolve("nope.ndjson").toString()),
        3,
        "nope.ndjson: no such file");
    assertOneLineError(
        runWithRegistry("test", wasm.toString(), "--docs", tmp.toString()), 3, "is a directory");
  }

  @Test
  void compileRegisterListInspectRemove() throws Exception {
    Path wat = tmp.resolve("cs.wat");
    Files.copy(example.resolve("custom_score.wat"), wat);
    Files.copy(example.resolve("udf.yaml"), tmp.resolve("udf.yaml"));
    Run compiled = runWithRegistry("compile", wat.toString());
    assertThat(compiled.code()).as(compiled.err()).isZero();
    assertThat(Files.readAllBytes(tmp.resolve("cs.wasm")))
        .isEqualTo(Files.readAllBytes(example.resolve("custom_score.wasm")));

    Run reg = runWithRegistry("register", tmp.resolve("cs.wasm").toString());
    assertThat(reg.code()).as(reg.err()).isZero();
    assertThat(reg.out()).contains("registered custom-score@1.0.0");
    assertThat(
            runWithRegistry("register", tmp.resolve("cs.wasm").toString(), "--version", "1.1.0")
                .code())
        .isZero();
    assertOneLineError(
        runWithRegistry("register", tmp.resolve("cs.wasm").toString()), 3, "already registered");

    Run list = runWithRegistry("list", "--format", "json");
    assertThat(list.out()).contains("\"total\" : 2");
    Run inspect = runWithRegistry("inspect", "custom-score");
    assertThat(inspect.out())
        .contains("custom-score@1.1.0")
        .contains("env.get_field_f64")
        .contains("filter (i64) -> i32");
    Run adhoc = runWithRegistry("test", "custom-score@1.0.0", "--doc", "{\"base_score\": 0.9}");
    assertThat(adhoc.out().strip()).isEqualTo("true");

    assertThat(runWithRegistry("remove", "custom-score@1.1.0").code()).isZero();
    assertThat(runWithRegistry("list").out()).contains("1.0.0").doesNotContain("1.1.0");
    assertOneLineError(
        runWithRegistry("remove", "custom-score@1.1.0"), 3, "custom-score has no version 1.1.0");
    assertOneLineError(runWithRegistry("remove", "custom-score"), 3, "needs an exact version");
    assertOneLineError(
        runWithRegistry("inspect", "nothing-here"), 3, "no UDF named 'nothing-here'");
  }

  @Test
  void badInputIsOneLineWithExitThreeAndLeavesTheRegistryUnchanged() throws Exception {
    Path junk = tmp.resolve("junk.wasm");
    Files.write(junk, new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 99, 99});
    assertOneLineError(
        runWithRegistry("register", junk.toString(), "--name", "junk", "--version", "1.0.0"),
        3,
        "not valid WebAssembly");
    assertOneLineError(
        runWithRegistry("register", tmp.resolve("missing.wasm").toString()), 3, "no such file");
    Path empty = tmp.resolve("empty.wasm");
    Files.write(empty, new byte[0]);
    assertOneLineError(runWithRegistry("compile", empty.toString()), 3, "module is empty");
    Path noEntry = tmp.resolve("noentry.wat");
    Files.writeString(
        noEntry, "(module (func (export \"other\") (param i64) (result i32) (i32.const 0)))");
    assertOneLineError(
        runWithRegistry("register", noEntry.toString(), "--name", "x", "--version", "1.0.0"),
        3,
        "exports no function 'filter'");
    Path badYaml = tmp.resolve("bad/udf.yaml");
    Files.createDirectories(badYaml.getParent());
    Files.writeString(badYaml, "name: [unclosed");
    Files.copy(example.resolve("custom_score.wasm"), badYaml.resolveSibling("m.wasm"));
    assertOneLineError(
        runWithRegistry("register", badYaml.resolveSibling("m.wasm").toString()),
        3,
        "not valid YAML");
    Files.writeString(badYaml, "name: x\nversion: 1.0.0\nparameters: [{name: p, type: decimal}]");
    assertOneLineError(
        runWithRegistry("register", badYaml.resolveSibling("m.wasm").toString()),
        3,
        "unknown parameter type 'decimal'");
    assertOneLineError(
        runWithRegistry(
            "register", example.resolve("custom_score.wasm").toString(), "--name", "../evil"),
        3,
        "invalid UDF name");
    assertThat(runWithRegistry("list", "--format", "json").out()).contains("\"total\" : 0");
  }

  @Test
  void watCompileErrorsPointAtTheSource() throws Exception {
    Path wat = tmp.resolve("broken.wat");
    Files.writeString(
        wat, "(module\n  (func (export \"filter\") (param i64) (result i32)\n    (i32.bogus)))\n");
    Run r = runWithRegistry("compile", wat.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains(wat + ":3:6: error:").contains("    (i32.bogus)").contains("^");
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void compileEmitsThePythonCompilersWatOnRequest() throws Exception {
    Path py = tmp.resolve("decay.py");
    Files.writeString(
        py,
        "import math\n\ndef filter(half_life: float = 30.0) -> float:\n"
            + "    return score() * math.exp(-get_field_float(\"age\") / half_life)\n");
    Path wat = tmp.resolve("out/decay.wat");
    // an output directory that does not exist is a mistake to report, not to create
    assertOneLineError(
        runWithRegistry("compile", py.toString(), "--emit-wat", wat.toString()),
        3,
        "no directory " + wat.getParent() + " to write decay.wat in; create it first");
    Files.createDirectories(wat.getParent());
    Run r = runWithRegistry("compile", py.toString(), "--emit-wat", wat.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote " + wat);
    assertThat(Files.readString(wat)).startsWith("(module").contains("$pyf_py_exp");
    Run adhoc = runWithRegistry("test", py.toString(), "--doc", "{\"_score\": 2.0, \"age\": 30}");
    assertThat(adhoc.out().strip()).isEqualTo(String.valueOf(2.0 * Math.exp(-1.0)));
    assertOneLineError(
        runWithRegistry(
            "compile", example.resolve("custom_score.wat").toString(), "--emit-wat", "x.wat"),
        3,
        "--emit-wat is for sources compiled through WebAssembly text");
  }

  @Test
  void compileReportsAbiProblemsOfAWasmFile() throws Exception {
    Path wat = tmp.resolve("noexport.wat");
    Files.writeString(
        wat,
        "(module (import \"env\" \"fetch_url\" (func (param i32 i32) (result i32))) (memory (export \"memory\") 1) (func (export \"filter\") (param i64) (result i32) (i32.const 0)))");
    assertThat(runWithRegistry("compile", wat.toString()).code()).isEqualTo(3);
    Path wasm = tmp.resolve("noexport.wasm");
    assertThat(Files.exists(wasm)).isTrue();
    Run r = runWithRegistry("compile", wasm.toString(), "--format", "json");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).contains("\"valid\" : false").contains("env.fetch_url");
  }

  @Test
  void compileAndInspectNameTheFieldsTheCodeReadsAndWarnWhereUdfYamlDisagrees() throws Exception {
    Path dir = tmp.resolve("cs");
    Files.createDirectories(dir);
    Files.copy(example.resolve("custom_score.wasm"), dir.resolve("custom_score.wasm"));
    Files.writeString(
        dir.resolve("udf.yaml"),
        Files.readString(example.resolve("udf.yaml")).replaceAll("(?s)fields:.*?(\\n[a-z]|$)", "$1")
            + "fields:\n  - {name: base_score, type: f64}\n  - {name: price, type: f64}\n");
    Run text = runWithRegistry("inspect", dir.resolve("custom_score.wasm").toString());
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("fields:  base_score, boost");
    assertThat(text.err())
        .contains("warning: the module seems to read field 'boost'")
        .contains("udf.yaml declares field 'price'");
    Run json =
        runWithRegistry("compile", dir.resolve("custom_score.wasm").toString(), "--format", "json");
    assertThat(json.code()).as(json.err()).isZero();
    assertThat(json.out()).contains("\"inferred_fields\" : [ \"base_score\", \"boost\" ]");
    Run agree = runWithRegistry("inspect", example.resolve("custom_score.wasm").toString());
    assertThat(agree.err()).doesNotContain("warning");
  }

  @Test
  void registeringAnotherExportDropsTheManifestsResultType() {
    // udf.yaml says returns: bool for filter; its score export returns f64
    Run r =
        runWithRegistry(
            "register",
            example.resolve("custom_score.wasm").toString(),
            "--function",
            "score",
            "--name",
            "custom-score-score");
    assertThat(r.code()).as(r.err()).isZero();
    Run unreachable =
        runWithRegistry(
            "register",
            example.resolve("custom_score.wasm").toString(),
            "--opensearch",
            "http://127.0.0.1:1");
    assertOneLineError(unreachable, 3, "cannot reach http://127.0.0.1:1/_scripts/custom-score");
    assertThat(unreachable.err()).doesNotContain("(null)");
  }

  @Test
  void compilePythonTakesTheEntryFromFunctionAndKeepsAUsersOwnManifest() throws Exception {
    Path dir = tmp.resolve("py");
    Files.createDirectories(dir);
    Path py = dir.resolve("two.py");
    Files.writeString(
        py,
        "def a(x: int = 1) -> bool:\n    return x > 0\n\ndef b(x: int = 1) -> bool:\n"
            + "    return x < 0\n");
    Run none = runWithRegistry("compile", py.toString());
    assertThat(none.code()).isEqualTo(3);
    assertThat(none.err()).contains("no function 'filter'").contains("(or --function NAME)");
    assertThat(runWithRegistry("compile", py.toString(), "--function", "b").code()).isZero();
    Path yaml = dir.resolve("udf.yaml");
    assertThat(Files.readString(yaml)).startsWith(CompileCommand.WRITTEN_BY);
    Run negative =
        runWithRegistry(
            "test", dir.resolve("two.wasm").toString(), "--doc", "{}", "--param", "x=-3");
    assertThat(negative.out().strip()).isEqualTo("true");
    // a udf.yaml of the user's own is kept, with a warning when the source says otherwise
    String mine = "name: mine\nversion: 2.0.0\nparameters: [{name: x, type: int, default: 5}]\n";
    Files.writeString(yaml, mine);
    Run kept = runWithRegistry("compile", py.toString(), "--function", "b");
    assertThat(kept.code()).isZero();
    assertThat(kept.err()).contains("warning: kept ").contains("which compile did not write");
    assertThat(Files.readString(yaml)).isEqualTo(mine);
  }

  @Test
  void completionPrintsTheCommittedScripts() throws Exception {
    Run bash = run("completion", "bash");
    assertThat(bash.code()).isZero();
    assertThat(bash.out())
        .isEqualTo(Files.readString(Fixtures.root().resolve("completions/quidudf.bash")));
    assertThat(run("completion", "zsh").out())
        .isEqualTo(Files.readString(Fixtures.root().resolve("completions/_quidudf")));
    assertThat(run("completion", "fish").out())
        .isEqualTo(Files.readString(Fixtures.root().resolve("completions/quidudf.fish")));
    assertOneLineError(run("completion", "tcsh"), 3, "there are scripts for bash, zsh and fish");
  }

  @Test
  void signedModulesPassThePolicyAndUnsignedOnesAreRefusedAndAudited() throws Exception {
    Path keys = tmp.resolve("keys");
    Path trust = tmp.resolve("trust");
    assertThat(run("keygen", "--out", keys.toString(), "--name", "ci").code()).isZero();
    Files.createDirectories(trust);
    Files.copy(keys.resolve("ci.pub"), trust.resolve("ci.pub"));
    Path module = tmp.resolve("m/custom_score.wasm");
    Files.createDirectories(module.getParent());
    Files.copy(example.resolve("custom_score.wasm"), module);
    Files.copy(example.resolve("udf.yaml"), module.resolveSibling("udf.yaml"));

    Run refused =
        runWithRegistry(
            "register", module.toString(), "--require-signature", "--trust", trust.toString());
    assertOneLineError(
        refused, 1, "refused by the signature policy: the module carries no signature");
    assertThat(runWithRegistry("verify", module.toString(), "--trust", trust.toString()).code())
        .isEqualTo(1);

    assertThat(run("sign", module.toString(), "--key", keys.resolve("ci.key").toString()).code())
        .isZero();
    Run ok =
        runWithRegistry(
            "verify", module.toString(), "--trust", trust.toString(), "--format", "json");
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("\"status\" : \"valid\"");
    assertThat(
            runWithRegistry(
                    "register",
                    module.toString(),
                    "--require-signature",
                    "--trust",
                    trust.toString())
                .code())
        .isZero();
    assertThat(
            runWithRegistry(
                    "test",
                    "custom-score@1.0.0",
                    "--doc",
                    "{}",
                    "--require-signature",
                    "--trust",
                    trust.toString())
                .code())
        .isZero();

    // the signature covers the udf.yaml beside the module: other metadata is refused
    Path edited = tmp.resolve("edited/custom_score.wasm");
    Files.createDirectories(edited.getParent());
    Files.copy(module, edited);
    Files.writeString(
        edited.resolveSibling("udf.yaml"),
        Files.readString(module.resolveSibling("udf.yaml"))
            .replace("version: 1.0.0", "version: 1.0.1")
            .replace("default: 0.5", "default: 0.0"));
    assertOneLineError(
        runWithRegistry(
            "register", edited.toString(), "--require-signature", "--trust", trust.toString()),
        1,
        "(udf.yaml) is not the one that was signed with the module; restore it, or sign");
    Run editedVerify = runWithRegistry("verify", edited.toString(), "--trust", trust.toString());
    assertThat(editedVerify.code()).isEqualTo(1);
    assertThat(editedVerify.out()).startsWith("manifest_mismatch: ").contains("other manifest");
    // so is a name given on the command line, and a signature over the module alone
    assertOneLineError(
        runWithRegistry(
            "register",
            module.toString(),
            "--version",
            "9.9.9",
            "--require-signature",
            "--trust",
            trust.toString()),
        1,
        "is not the one that was signed");
    Path alone = tmp.resolve("alone/custom_score.wasm");
    Files.createDirectories(alone.getParent());
    Files.copy(example.resolve("custom_score.wasm"), alone);
    assertThat(
            run(
                    "sign",
                    alone.toString(),
                    "--no-manifest",
                    "--key",
                    keys.resolve("ci.key").toString())
                .code())
        .isZero();
    assertThat(runWithRegistry("verify", alone.toString(), "--trust", trust.toString()).code())
        .isZero();
    Files.copy(example.resolve("udf.yaml"), alone.resolveSibling("udf.yaml"));
    assertOneLineError(
        runWithRegistry(
            "test",
            alone.toString(),
            "--doc",
            "{}",
            "--require-signature",
            "--trust",
            trust.toString()),
        1,
        "the signature covers the module but not its manifest (udf.yaml)");

    // an unsigned module registered without the policy is refused by every command that runs it
    Path plain = tmp.resolve("plain/custom_score.wasm");
    Files.createDirectories(plain.getParent());
    Files.copy(example.resolve("custom_score.wasm"), plain);
    assertThat(
            runWithRegistry(
                    "register", plain.toString(), "--name", "unsigned", "--version", "1.0.0")
                .code())
        .isZero();
    String[][] uses = {
      {"test", "unsigned@1.0.0", "--doc", "{}"},
      {"bench", "unsigned@1.0.0", "--generate", "10"},
      {"limits", "unsigned@1.0.0"},
    };
    for (String[] use : uses) {
      String[] args = java.util.Arrays.copyOf(use, use.length + 3);
      args[use.length] = "--require-signature";
      args[use.length + 1] = "--trust";
      args[use.length + 2] = trust.toString();
      assertOneLineError(
          runWithRegistry(args), 1, "unsigned@1.0.0 refused by the signature policy");
    }
    Path spec = tmp.resolve("spec/tests.yaml");
    Files.createDirectories(spec.getParent());
    Files.writeString(
        spec, "udf: unsigned@1.0.0\ncases:\n  - {name: any, document: {}, expect: false}\n");
    Run specRun =
        runWithRegistry(
            "test", spec.toString(), "--require-signature", "--trust", trust.toString());
    assertThat(specRun.code()).as(specRun.out() + specRun.err()).isNotZero();
    assertThat(specRun.out() + specRun.err()).contains("refused by the signature policy");

    // a stored module changed behind the registry's back is refused, not run
    Path stored = home.resolve("registry/custom-score/1.0.0/module.wasm");
    byte[] bytes = Files.readAllBytes(stored);
    bytes[20] ^= 1;
    Files.write(stored, bytes);
    assertOneLineError(
        runWithRegistry("test", "custom-score@1.0.0", "--doc", "{}"),
        3,
        "does not match its digest");

    Run audit = runWithRegistry("audit", "--format", "json");
    assertThat(audit.out())
        .contains("\"operation\" : \"refuse\"")
        .contains("\"operation\" : \"register\"");
  }

  @Test
  void limitsShowWhereEachValueComesFrom() throws Exception {
    Files.createDirectories(home);
    Files.writeString(home.resolve("config.yaml"), "limits:\n  timeout_ms: 2000\n");
    Path dir = tmp.resolve("lim");
    Files.createDirectories(dir);
    Files.copy(example.resolve("custom_score.wasm"), dir.resolve("m.wasm"));
    Files.writeString(
        dir.resolve("udf.yaml"), "name: m\nversion: 1.0.0\nlimits: {memory_pages: 8}\n");
    Run r = runWithRegistry("limits", dir.resolve("m.wasm").toString(), "--max-log-lines", "7");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("memory_pages\\s+8\\s+manifest of m")
        .containsPattern("timeout_ms\\s+2000\\s+config file")
        .containsPattern("max_log_lines\\s+7\\s+flag --max-log-lines")
        .containsPattern("max_log_line_bytes\\s+4096\\s+default");
    assertOneLineError(
        runWithRegistry("limits", "--timeout-ms", "0"),
        3,
        "--timeout-ms must be between 1 and 3600000");
    // a typo in config.yaml is named, not silently ignored
    Files.writeString(home.resolve("config.yaml"), "limits:\n  timout_ms: 2000\n");
    assertOneLineError(
        runWithRegistry("limits"),
        3,
        "config.yaml: limits: unknown key 'timout_ms'; did you mean 'timeout_ms' (known:");
    Files.writeString(home.resolve("config.yaml"), "limtis:\n  timeout_ms: 2000\n");
    assertOneLineError(
        runWithRegistry("test", example.toString()),
        3,
        "unknown key 'limtis'; did you mean 'limits'");
  }

  @Test
  void initCreatesFoldersWhoseTestsPassStraightAway() {
    for (String lang : new String[] {"wat", "python", "c", "rust"}) {
      Path dir = tmp.resolve("new-" + lang);
      Run init = run("init", "my-" + lang, "--lang", lang, "--dir", dir.toString());
      assertThat(init.code()).as(init.err()).isZero();
      assertThat(dir.resolve("build.sh")).isExecutable();
      Run test = runWithRegistry("test", dir.toString());
      assertThat(test.code()).as(lang + ": " + test.out()).isZero();
      assertThat(test.out())
          .contains("5 passed, 0 failed, 0 errors")
          .contains("my-" + lang + "@0.1.0");
    }
    assertOneLineError(
        run("init", "go", "--lang", "go", "--dir", tmp.resolve("go").toString()),
        3,
        "unknown language 'go'");
    assertOneLineError(
        run("init", "again", "--dir", tmp.resolve("new-wat").toString()),
        3,
        "already exists and is not empty");
    assertOneLineError(
        run("init", "Bad/Name", "--dir", tmp.resolve("x").toString()), 3, "invalid UDF name");
  }

  @Test
  void doctorReportsJavaAndTheRegistry() {
    Run r = runWithRegistry("doctor", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("\"name\" : \"java\"")
        .contains("\"name\" : \"registry\"")
        .contains("\"healthy\" : true");
  }

  @Test
  void usageErrorsExitTwoAndEveryCommandHasHelp() {
    Run r = run("test");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("quidudf test:").contains("--help");
    assertThat(run("frobnicate").code()).isEqualTo(2);
    CommandLine cl =
        Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    for (String sub : cl.getSubcommands().keySet()) {
      if (sub.equals("help")) {
        continue;
      }
      Run help = run(sub, "--help");
      assertThat(help.code()).as(sub).isZero();
      assertThat(help.out()).as(sub).contains("Usage: quidudf " + sub);
    }
    assertThat(run("--version").out()).contains("quidudf");
  }
}
