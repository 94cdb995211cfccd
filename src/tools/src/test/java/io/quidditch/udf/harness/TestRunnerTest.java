package io.quidditch.udf.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.runtime.UdfRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestRunnerTest {
  @TempDir Path dir;

  private TestReport run(String spec) throws Exception {
    Path f = dir.resolve("tests.yaml");
    Files.writeString(f, spec);
    return new TestRunner(UdfRuntime.builder().build(), new UdfLoader(null, Compilers.standard()))
        .run(List.of(f));
  }

  private void module(String name, String wat) throws Exception {
    Files.writeString(dir.resolve(name), wat);
  }

  @Test
  void wrongExpectationsFailWithAReason() throws Exception {
    module(
        "keep.wat", "(module (func (export \"filter\") (param i64) (result i32) (i32.const 1)))");
    TestReport r =
        run(
            "udf: keep.wat\ncases:\n  - {name: a, expect: false}\n  - {name: b, expect: true}\n  - {name: c, expect_error: trap}\n  - {name: d, expect: 3}\n");
    List<CaseResult> cases = r.suites().get(0).cases();
    assertThat(cases)
        .extracting(CaseResult::status)
        .containsExactly(
            CaseResult.Status.FAIL,
            CaseResult.Status.PASS,
            CaseResult.Status.FAIL,
            CaseResult.Status.FAIL);
    assertThat(cases.get(0).message()).isEqualTo("expected false, got true");
    assertThat(cases.get(3).message()).contains("must be true or false");
    assertThat(r.allPassed()).isFalse();
  }

  @Test
  void aTrapWhereAValueIsExpectedIsAnError() throws Exception {
    module("trap.wat", "(module (func (export \"filter\") (param i64) (result i32) unreachable))");
    TestReport r = run("udf: trap.wat\ncases:\n  - {name: a, expect: true}\n");
    CaseResult c = r.suites().get(0).cases().get(0);
    assertThat(c.status()).isEqualTo(CaseResult.Status.ERROR);
    assertThat(c.errorKind()).isEqualTo("trap");
  }

  @Test
  void stateKeptBetweenDocumentsIsReportedAsALeak() throws Exception {
    module(
        "leak.wat",
        "(module (global $n (mut i64) (i64.const 0)) (func (export \"filter\") (param i64) (result i64)"
            + " (global.set $n (i64.add (global.get $n) (i64.const 1))) (global.get $n)))");
    TestReport r =
        run("udf: leak.wat\ncases:\n  - {name: first, expect: 1}\n  - {name: second, expect: 1}\n");
    List<CaseResult> cases = r.suites().get(0).cases();
    assertThat(cases.get(0).status()).isEqualTo(CaseResult.Status.PASS);
    assertThat(cases.get(1).status()).isEqualTo(CaseResult.Status.FAIL);
    assertThat(cases.get(1).message())
        .contains("state leak")
        .contains("reused instance the result was 2");
  }

  @Test
  void scoresCompareWithinTolerance() throws Exception {
    module(
        "s.wat",
        "(module (func (export \"filter\") (param i64) (result f64) (f64.const 0.30000000000000004)))");
    TestReport r =
        run(
            "udf: s.wat\ncases:\n  - {name: close, expect: 0.3}\n  - {name: strict, expect: 0.3, tolerance: 0}\n");
    assertThat(r.suites().get(0).cases())
        .extracting(CaseResult::status)
        .containsExactly(CaseResult.Status.PASS, CaseResult.Status.FAIL);
  }

  @Test
  void badSpecsAreReportedNotThrown() throws Exception {
    TestReport r = run("udf: missing.wasm\ncases:\n  - {name: a, expect: true}\n");
    assertThat(r.badSpecs()).isEqualTo(1);
    assertThat(r.suites().get(0).error()).contains("missing.wasm: no such file");
    assertThat(run("cases: []").suites().get(0).error()).contains("missing 'udf'");
    assertThat(run("udf: x.wasm\ncases:\n  - {name: a}\n").suites().get(0).error())
        .contains("exactly one of 'expect' and 'expect_error'");
    assertThat(
            run("udf: x.wasm\ncases:\n  - {name: a, expect_error: boom}\n").suites().get(0).error())
        .contains("unknown expect_error 'boom'");
    assertThat(run("udf: x.wasm\ncasez: []\n").suites().get(0).error())
        .contains("unknown key 'casez'");
    assertThat(run("udf: [").suites().get(0).error()).contains("not valid YAML");
  }

  @Test
  void reportsRenderInEveryFormat() throws Exception {
    module(
        "keep.wat", "(module (func (export \"filter\") (param i64) (result i32) (i32.const 1)))");
    TestReport r =
        run(
            "udf: keep.wat\ncases:\n  - {name: \"a <b> & c\", expect: true}\n  - {name: bad, expect: false}\n");
    assertThat(ReportWriter.render(r, ReportWriter.Format.TEXT))
        .contains("PASS  a <b> & c")
        .endsWith("1 passed, 1 failed, 0 errors\n");
    assertThat(ReportWriter.render(r, ReportWriter.Format.JSON))
        .contains("\"passed\" : 1")
        .contains("\"failed\" : 1")
        .contains("\"status\" : \"fail\"");
    assertThat(ReportWriter.render(r, ReportWriter.Format.JUNIT))
        .contains("name=\"a &lt;b&gt; &amp; c\"")
        .contains("<failure message=\"expected false, got true\"/>");
    assertThat(ReportWriter.render(r, ReportWriter.Format.TAP))
        .startsWith("TAP version 13\n1..2\nok 1")
        .contains("not ok 2");
  }

  @Test
  void discoveryFindsSpecsAndRefusesMissingPaths() throws Exception {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/b/tests.yaml"), "x");
    Files.writeString(dir.resolve("a/other.yaml"), "x");
    assertThat(TestSpecReader.discover(List.of(dir)))
        .containsExactly(dir.resolve("a/b/tests.yaml"));
    assertThatThrownBy(() -> TestSpecReader.discover(List.of(dir.resolve("nope"))))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void aFilterRunsOnlyTheCasesWhoseNameContainsIt() throws Exception {
    module(
        "keep.wat", "(module (func (export \"filter\") (param i64) (result i32) (i32.const 1)))");
    Path f = dir.resolve("tests.yaml");
    Files.writeString(
        f,
        "udf: keep.wat\ncases:\n  - {name: Alpha one, expect: true}\n  - {name: beta, expect: false}\n  - {name: alpha two, expect: true}\n");
    List<SuiteResult> seen = new java.util.ArrayList<>();
    TestReport r =
        new TestRunner(UdfRuntime.builder().build(), new UdfLoader(null, Compilers.standard()))
            .run(List.of(f), "ALPHA", seen::add);
    assertThat(r.suites().get(0).cases())
        .extracting(CaseResult::name)
        .containsExactly("Alpha one", "alpha two");
    assertThat(r.filteredOut()).isEqualTo(1);
    assertThat(r.allPassed()).isTrue();
    assertThat(ReportWriter.summary(r)).isEqualTo("2 passed, 0 failed, 0 errors, 1 filtered out");
    assertThat(seen).containsExactlyElementsOf(r.suites());
  }

  @Test
  void logsThatDifferFromTheExpectedOnesFailWithALineDiff() throws Exception {
    Path conformance =
        Path.of("../core/src/test/resources/conformance/logs/logs.wasm").toAbsolutePath();
    Files.copy(conformance, dir.resolve("logs.wasm"));
    TestReport r =
        run(
            "udf: logs.wasm\nfunction: levels\ncases:\n  - name: every level\n    expect: true\n"
                + "    expect_logs: [\"debug: checking\", \"info: hi\", \"warn: careful\"]\n");
    CaseResult c = r.suites().get(0).cases().get(0);
    assertThat(c.status()).isEqualTo(CaseResult.Status.FAIL);
    assertThat(c.diff())
        .containsExactly(
            "  debug: checking",
            "- info: hi",
            "+ info: hello",
            "  warn: careful",
            "+ error: bad ✓");
    String text = ReportWriter.render(r, ReportWriter.Format.TEXT);
    assertThat(text).contains("          - info: hi\n          + info: hello\n");
    assertThat(ReportWriter.render(r, ReportWriter.Format.JSON)).contains("\"diff\"");
  }

  @Test
  void theQuietReportShowsOnlyFailuresAndColourOnlyWhenAsked() throws Exception {
    module(
        "keep.wat", "(module (func (export \"filter\") (param i64) (result i32) (i32.const 1)))");
    TestReport r =
        run(
            "udf: keep.wat\ncases:\n  - {name: good, expect: true}\n  - {name: bad, expect: false}\n");
    String quiet = new TextReport(TextReport.Detail.QUIET, false).render(r);
    assertThat(quiet).contains("FAIL  bad").doesNotContain("good").doesNotContain("\u001b");
    String verbose = new TextReport(TextReport.Detail.VERBOSE, false).render(r);
    assertThat(verbose).contains("PASS  good").contains("expected true, got true");
    String coloured = new TextReport(TextReport.Detail.NORMAL, true).render(r);
    assertThat(coloured).contains("\u001b[32mPASS \u001b[0m good").contains("\u001b[31mFAIL ");
    module(
        "keep.wat", "(module (func (export \"filter\") (param i64) (result i32) (i32.const 1)))");
    TestReport passing = run("udf: keep.wat\ncases:\n  - {name: good, expect: true}\n");
    assertThat(new TextReport(TextReport.Detail.QUIET, false).render(passing))
        .isEqualTo("1 passed, 0 failed, 0 errors\n");
  }
}
