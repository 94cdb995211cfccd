package io.quidditch.udf.harness;

import io.quidditch.udf.core.LogLine;
import io.quidditch.udf.core.Text;
import java.util.Locale;

/**
 * The human-readable test report, one suite at a time so a run can print each as it finishes.
 *
 * @param detail how much to show of each suite
 * @param colour whether to colour the status words with ANSI escapes
 */
public record TextReport(Detail detail, boolean colour) {

  /** How much of a passing run is shown. */
  public enum Detail {
    /** failing cases and the summary only */
    QUIET,
    /** every case, with the message and logs of failing ones */
    NORMAL,
    /** every case with its expectation, result and logs */
    VERBOSE
  }

  /** The plain report: every case, no colour. */
  public static final TextReport PLAIN = new TextReport(Detail.NORMAL, false);

  private static final String GREEN = "\u001b[32m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String DIM = "\u001b[2m";
  private static final String RESET = "\u001b[0m";

  /** The lines of one suite (possibly none, when quiet and all passed). */
  public String suite(SuiteResult s) {
    StringBuilder out = new StringBuilder();
    if (s.error() != null) {
      out.append(paint(RED, "BAD SPEC")).append(' ').append(s.spec()).append('\n');
      s.error().lines().forEach(l -> out.append("  ").append(l).append('\n'));
      return out.toString();
    }
    boolean header = false;
    for (CaseResult c : s.cases()) {
      boolean pass = c.status() == CaseResult.Status.PASS;
      if (pass && detail == Detail.QUIET) {
        continue;
      }
      if (!header) {
        out.append(s.spec()).append("  [").append(s.udf()).append("]\n");
        header = true;
      }
      String status = String.format(Locale.ROOT, "%-5s", c.status().name());
      out.append("  ")
          .append(paint(colourOf(c.status()), status))
          .append(' ')
          .append(Text.printable(c.name()))
          .append("  ")
          .append(paint(DIM, String.format(Locale.ROOT, "(%.3f ms)", c.nanos() / 1e6)))
          .append('\n');
      if (!pass) {
        out.append("        ").append(Text.printable(c.message())).append('\n');
        c.diff().forEach(l -> out.append("          ").append(diffLine(l)).append('\n'));
      } else if (detail == Detail.VERBOSE) {
        out.append("        expected ")
            .append(c.expected())
            .append(", got ")
            .append(c.actual() == null ? "error " + c.errorKind() : c.actual())
            .append('\n');
      }
      if (!pass || detail == Detail.VERBOSE) {
        for (LogLine l : c.logs()) {
          out.append("        log ").append(l).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** The closing summary line. */
  public String summary(TestReport report) {
    String line = ReportWriter.summary(report);
    return (colour ? paint(report.allPassed() ? GREEN : RED, line) : line) + '\n';
  }

  /** The whole report. */
  public String render(TestReport report) {
    StringBuilder out = new StringBuilder();
    report.suites().forEach(s -> out.append(suite(s)));
    return out.append(summary(report)).toString();
  }

  private String diffLine(String line) {
    String printable = Text.printable(line);
    if (line.startsWith("- ")) {
      return paint(RED, printable);
    }
    if (line.startsWith("+ ")) {
      return paint(GREEN, printable);
    }
    return printable;
  }

  private static String colourOf(CaseResult.Status s) {
    switch (s) {
      case PASS:
        return GREEN;
      case FAIL:
        return RED;
      default:
        return YELLOW;
    }
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
