package io.quidditch.udf.core.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.Limits;
import io.quidditch.udf.core.LogLine;
import io.quidditch.udf.core.abi.DocumentView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The per-call state the host functions of one instance read: the document, parameters, logs. */
final class CallState {
  final Limits limits;
  DocumentView document;
  Map<String, JsonNode> params = Map.of();
  private List<LogLine> logs;
  private int dropped;

  /** Receives every host call when set (tracing); null otherwise. */
  HostCallListener listener;

  // UTF-8 of string parameters, kept while the same parameter map is in use
  private Map<String, JsonNode> encodedFor;
  private final java.util.IdentityHashMap<JsonNode, byte[]> encoded =
      new java.util.IdentityHashMap<>();

  CallState(Limits limits) {
    this.limits = limits;
  }

  void begin(DocumentView doc, Map<String, JsonNode> parameters) {
    this.document = doc;
    this.params = parameters;
    this.logs = null;
    this.dropped = 0;
  }

  /** A string parameter's UTF-8 bytes, encoded once per parameter map. */
  byte[] paramBytes(JsonNode value) {
    if (encodedFor != params) {
      encoded.clear();
      encodedFor = params;
    }
    byte[] b = encoded.get(value);
    if (b == null) {
      b = value.asText().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      encoded.put(value, b);
    }
    return b;
  }

  void log(int level, String message) {
    if (logs == null) {
      logs = new ArrayList<>();
    }
    if (logs.size() >= limits.maxLogLines()) {
      dropped++;
      return;
    }
    logs.add(new LogLine(level, message));
  }

  /** The lines of this call, with a note of how many were dropped over the limit. */
  List<LogLine> finish() {
    List<LogLine> out = logs == null ? new ArrayList<>() : logs;
    if (dropped > 0) {
      out.add(
          new LogLine(
              2,
              dropped + " more log line(s) dropped (limit " + limits.maxLogLines() + " per call)"));
    }
    document = null;
    logs = null;
    return out;
  }
}
