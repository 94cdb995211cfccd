package io.quidditch.udf.core.runtime;

import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.Limits;
import io.quidditch.udf.core.LogLine;
import io.quidditch.udf.core.abi.FieldSource;
import java.util.ArrayList;
import java.util.List;

/** The per-call state the host functions of one instance read: the document, parameters, logs. */
final class CallState {
  final Limits limits;
  FieldSource document;
  BoundParams params = BoundParams.none();

  /** The guard of the call in progress; null when calls run without a time limit. */
  CallWatchdog.Guard guard;

  /**
   * The guard host functions hold off interrupts with, or null: set only when the call is guarded
   * and its document may not be interrupted ({@link FieldSource#interruptible()} is false).
   */
  CallWatchdog.Guard hostGuard;

  private List<LogLine> logs;

  /** The call's last error-level log line, kept even when the line itself was dropped. */
  private String lastError;

  private int dropped;

  /** Where the last string parameter of this call was written, to catch a shared buffer. */
  String lastParamName;

  int lastParamPtr;
  int lastParamLen;
  boolean sharedBufferNoted;

  /** Receives every host call when set (tracing); null otherwise. */
  HostCallListener listener;

  CallState(Limits limits) {
    this.limits = limits;
  }

  void begin(FieldSource doc, BoundParams parameters, CallWatchdog.Guard callGuard) {
    this.document = doc;
    this.params = parameters;
    this.guard = callGuard;
    this.hostGuard = callGuard != null && (doc == null || !doc.interruptible()) ? callGuard : null;
    this.logs = null;
    this.lastError = null;
    this.dropped = 0;
    this.lastParamName = null;
    this.sharedBufferNoted = false;
  }

  void log(int level, String message) {
    if (level == 3) {
      lastError = message;
    }
    if (logs == null) {
      logs = new ArrayList<>();
    }
    if (logs.size() >= limits.maxLogLines()) {
      dropped++;
      return;
    }
    logs.add(new LogLine(level, message));
  }

  /**
   * Whether the guest said, in an error-level log line just before it trapped, that it ran out of
   * memory (as compiled Python does with {@code MemoryError: ...}).
   */
  boolean reportedOutOfMemory() {
    return lastError != null && lastError.startsWith("MemoryError:");
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
