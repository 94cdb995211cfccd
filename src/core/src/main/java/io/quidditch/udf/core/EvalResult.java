package io.quidditch.udf.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The outcome of one UDF call on one document.
 *
 * @param value the result ({@code true}/{@code false}, a number) or null when the call failed
 * @param error the failure kind, or null on success
 * @param message the failure message, or null
 * @param logs lines the UDF logged during this call
 * @param nanos wall-clock duration of the call
 * @param memoryPages pages of memory the instance had after the call
 */
public record EvalResult(
    ReturnType type,
    JsonNode value,
    ErrorKind error,
    String message,
    List<LogLine> logs,
    long nanos,
    int memoryPages) {

  public boolean ok() {
    return error == null;
  }

  /** For filters: whether the document is kept. */
  public boolean keep() {
    return ok() && (type != ReturnType.FILTER || value.asBoolean());
  }
}
