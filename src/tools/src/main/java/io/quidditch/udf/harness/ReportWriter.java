package io.quidditch.udf.harness;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.Json;
import java.util.Locale;

/** Renders a {@link TestReport} as text, JSON, JUnit XML or TAP. */
public final class ReportWriter {

  /** The report formats. */
  public enum Format {
    TEXT,
    JSON,
    JUNIT,
    TAP
  }

  private ReportWriter() {}

  public static String render(TestReport report, Format format) {
    switch (format) {
      case JSON:
        return Json.pretty(json(report)) + "\n";
      case JUNIT:
        return junit(report);
      case TAP:
        return tap(report);
      default:
        return text(report);
    }
  }

  /** The closing summary line, in the form CI tools read. */
  public static String summary(TestReport report) {
    String line =
        report.count(CaseResult.Status.PASS)
            + " passed, "
            + report.count(CaseResult.Status.FAIL)
            + " failed, "
            + report.count(CaseResult.Status.ERROR)
            + " errors";
    if (report.badSpecs() > 0) {
      line += ", " + report.badSpecs() + " bad spec(s)";
    }
    return report.filteredOut() > 0 ? line + ", " + report.filteredOut() + " filtered out" : line;
  }

  static String text(TestReport report) {
    return TextReport.PLAIN.render(report);
  }

  static ObjectNode json(TestReport report) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("passed", report.count(CaseResult.Status.PASS));
    root.put("failed", report.count(CaseResult.Status.FAIL));
    root.put("errors", report.count(CaseResult.Status.ERROR));
    ArrayNode bad = root.putArray("bad_specs");
    ArrayNode cases = root.putArray("cases");
    for (SuiteResult s : report.suites()) {
      if (s.error() != null) {
        bad.addObject().put("spec", s.spec()).put("message", s.error());
      }
      for (CaseResult c : s.cases()) {
        ObjectNode n = cases.addObject();
        n.put("suite", s.spec());
        n.put("udf", s.udf());
        n.put("name", c.name());
        n.put("status", c.status().text());
        n.set("expected", c.expected());
        n.set("actual", c.actual());
        n.put("error_kind", c.errorKind());
        n.put("message", c.message());
        n.put("duration_ms", c.nanos() / 1e6);
        if (!c.diff().isEmpty()) {
          ArrayNode diff = n.putArray("diff");
          c.diff().forEach(diff::add);
        }
        ArrayNode logs = n.putArray("logs");
        c.logs()
            .forEach(l -> logs.addObject().put("level", l.levelName()).put("message", l.message()));
      }
    }
    return root;
  }

  static String junit(TestReport report) {
    StringBuilder out =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
    for (SuiteResult s : report.suites()) {
      long failures = s.cases().stream().filter(c -> c.status() == CaseResult.Status.FAIL).count();
      long errors =
          s.cases().stream().filter(c -> c.status() == CaseResult.Status.ERROR).count()
              + (s.error() == null ? 0 : 1);
      double secs = s.cases().stream().mapToLong(CaseResult::nanos).sum() / 1e9;
      out.append(
          String.format(
              Locale.ROOT,
              "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" time=\"%.6f\">%n",
              xml(s.spec()),
              s.cases().size() + (s.error() == null ? 0 : 1),
              failures,
              errors,
              secs));
      if (s.error() != null) {
        out.append("    <testcase name=\"(spec)\" classname=\"")
            .append(xml(s.spec()))
            .append("\">\n")
            .append("      <error message=\"")
            .append(xml(s.error()))
            .append("\"/>\n    </testcase>\n");
      }
      for (CaseResult c : s.cases()) {
        out.append(
            String.format(
                Locale.ROOT,
                "    <testcase name=\"%s\" classname=\"%s\" time=\"%.6f\"",
                xml(c.name()),
                xml(s.udf()),
                c.nanos() / 1e9));
        if (c.status() == CaseResult.Status.PASS) {
          out.append("/>\n");
          continue;
        }
        String tag = c.status() == CaseResult.Status.FAIL ? "failure" : "error";
        out.append(">\n      <")
            .append(tag)
            .append(" message=\"")
            .append(xml(c.message()))
            .append("\"");
        if (c.errorKind() != null) {
          out.append(" type=\"").append(xml(c.errorKind())).append("\"");
        }
        out.append("/>\n");
        if (!c.logs().isEmpty()) {
          out.append("      <system-out>");
          c.logs().forEach(l -> out.append(xml(l.toString())).append('\n'));
          out.append("</system-out>\n");
        }
        out.append("    </testcase>\n");
      }
      out.append("  </testsuite>\n");
    }
    return out.append("</testsuites>\n").toString();
  }

  static String tap(TestReport report) {
    StringBuilder out = new StringBuilder("TAP version 13\n");
    int n = 0;
    StringBuilder body = new StringBuilder();
    for (SuiteResult s : report.suites()) {
      if (s.error() != null) {
        n++;
        body.append("not ok ")
            .append(n)
            .append(" - ")
            .append(s.spec())
            .append(" (bad spec)\n")
            .append("  ---\n  message: ")
            .append(yamlScalar(s.error()))
            .append("\n  ...\n");
      }
      for (CaseResult c : s.cases()) {
        n++;
        boolean ok = c.status() == CaseResult.Status.PASS;
        body.append(ok ? "ok " : "not ok ")
            .append(n)
            .append(" - ")
            .append(s.udf())
            .append(": ")
            .append(io.quidditch.udf.core.Text.printable(c.name()).replace("#", "\\#"))
            .append('\n');
        if (!ok) {
          body.append("  ---\n  status: ")
              .append(c.status().text())
              .append("\n  message: ")
              .append(yamlScalar(c.message()))
              .append("\n  ...\n");
        }
      }
    }
    return out.append("1..").append(n).append('\n').append(body).toString();
  }

  private static String yamlScalar(String s) {
    return s == null
        ? "null"
        : Json.compact(com.fasterxml.jackson.databind.node.TextNode.valueOf(s));
  }

  private static String xml(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        default:
          if (ch < 0x20 && ch != '\n' && ch != '\t') {
            out.append(' ');
          } else {
            out.append(ch);
          }
      }
    }
    return out.toString();
  }
}
