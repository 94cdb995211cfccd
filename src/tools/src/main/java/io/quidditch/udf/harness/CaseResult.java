package io.quidditch.udf.harness;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.LogLine;
import java.util.List;

/**
 * The outcome of one test case.
 *
 * @param expected the expected value, or the expected error code as text
 * @param actual the result value, or null when the call failed
 * @param errorKind the error code the call ended with, or null
 * @param diff for a mismatch of structured expectations (the log lines), the lines that differ:
 *     {@code "- expected"}, {@code "+ actual"} and {@code " common"}; empty otherwise
 */
public record CaseResult(
    String suite,
    String name,
    Status status,
    JsonNode expected,
    JsonNode actual,
    String errorKind,
    String message,
    long nanos,
    List<LogLine> logs,
    List<String> diff) {

  public CaseResult {
    logs = List.copyOf(logs);
    diff = diff == null ? List.of() : List.copyOf(diff);
  }

  /** A result with no diff. */
  public CaseResult(
      String suite,
      String name,
      Status status,
      JsonNode expected,
      JsonNode actual,
      String errorKind,
      String message,
      long nanos,
      List<LogLine> logs) {
    this(suite, name, status, expected, actual, errorKind, message, nanos, logs, List.of());
  }

  /** Pass, fail (wrong answer) or error (the UDF could not produce an answer). */
  public enum Status {
    PASS,
    FAIL,
    ERROR;

    public String text() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  CaseResult withFailure(String why) {
    return withFailure(why, diff);
  }

  CaseResult withFailure(String why, List<String> diff) {
    return new CaseResult(
        suite,
        name,
        Status.FAIL,
        expected,
        actual,
        errorKind,
        message == null ? why : message + "; " + why,
        nanos,
        logs,
        diff);
  }
}
