package io.quidditch.udf.harness;

import static org.assertj.core.api.Assertions.assertThat;

import io.quidditch.udf.core.LogLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportWriterTest {
  @Test
  void namesAndGuestTextCannotInjectLinesOrDriveTheTerminal() {
    CaseResult c =
        new CaseResult(
            "s",
            "first\nok 99 - injected",
            CaseResult.Status.FAIL,
            null,
            null,
            null,
            "wrong\u001b[2J answer",
            1000,
            List.of(new LogLine(2, "clear\u001b[2J\u0000screen")));
    TestReport report =
        new TestReport(
            List.of(new SuiteResult("tests.yaml", "u@1.0.0", List.of(c), null, "u", "1.0.0")));
    String tap = ReportWriter.render(report, ReportWriter.Format.TAP);
    assertThat(tap.lines()).noneMatch(l -> l.startsWith("ok 99"));
    assertThat(tap).contains("not ok 1 - u@1.0.0: first\\nok 99 - injected");
    String text = ReportWriter.render(report, ReportWriter.Format.TEXT);
    assertThat(text).doesNotContain("\u001b").doesNotContain("\u0000");
    assertThat(text).contains("wrong\\x1b[2J answer").contains("clear\\x1b[2J\\x00screen");
  }
}
