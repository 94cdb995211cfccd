package io.quidditch.udf.core.runtime;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.EvalResult;
import io.quidditch.udf.core.LogLine;
import io.quidditch.udf.core.ParamSpec;
import io.quidditch.udf.core.abi.DocumentView;
import io.quidditch.udf.core.abi.WasmType;
import java.util.List;
import java.util.Map;

/** One instantiated module with its host state; not thread-safe, used by one caller at a time. */
final class GuestInstance {
  private static final String STACK_MESSAGE = "call stack exhausted (unbounded recursion?)";

  private final Instance instance;
  private final ExportFunction entry;
  private final EntryPoint entryPoint;
  private final CallState state;
  private final long timeoutNanos;
  private final long[] ctxOnly = new long[1];
  private boolean discarded;
  private long ctxCounter;

  GuestInstance(Instance instance, EntryPoint entryPoint, CallState state) {
    this.instance = instance;
    this.entryPoint = entryPoint;
    this.entry = instance.export(entryPoint.name());
    this.state = state;
    this.timeoutNanos = state.limits.timeout().toNanos();
  }

  boolean discarded() {
    return discarded;
  }

  CallState state() {
    return state;
  }

  EntryPoint entryPoint() {
    return entryPoint;
  }

  int memoryPages() {
    Memory mem = instance.memory();
    return mem == null ? 0 : mem.pages();
  }

  /**
   * Calls the entry function and returns the raw result bits; the hot path, with no timing and no
   * result objects. Any failure discards this instance and is thrown as a {@link CallFailure}. The
   * call's log lines stay in {@link #state()} until the next call.
   */
  long invoke(DocumentView doc, Map<String, JsonNode> params, CallWatchdog.Guard guard) {
    long[] args = arguments(params);
    state.begin(doc, params);
    ErrorKind error = null;
    String message = null;
    long raw = 0;
    boolean interrupted = false;
    boolean guarded = timeoutNanos > 0;
    if (guarded) {
      guard.arm(timeoutNanos);
    }
    try {
      raw = entry.apply(args)[0];
    } catch (ChicoryInterruptedException e) {
      error = ErrorKind.TIMEOUT;
      interrupted = true;
    } catch (StackOverflowError e) {
      error = ErrorKind.STACK;
      message = STACK_MESSAGE;
    } catch (OutOfMemoryError e) {
      error = ErrorKind.MEMORY;
      message = "the host ran out of memory during the call";
    } catch (HostTrapException e) {
      error = ErrorKind.TRAP;
      message = "host call refused: " + e.getMessage();
    } catch (AssertionError e) {
      // only with -ea: Chicory's own consistency checks on a malformed module
      error = ErrorKind.TRAP;
      message = "runtime consistency check failed: " + e.getMessage();
    } catch (RuntimeException e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (m.contains("call stack exhausted")) {
        error = ErrorKind.STACK;
        message = STACK_MESSAGE;
      } else {
        error = ErrorKind.TRAP;
        message = ModuleLoader.oneLine(m);
      }
    } finally {
      if (guarded && guard.disarm()) {
        error = ErrorKind.TIMEOUT;
      } else if (interrupted) {
        // interrupted by someone else (a user's Ctrl-C): the call is cancelled
        Thread.interrupted();
        message = "call was cancelled";
      }
      state.document = null;
    }
    if (error == null && !finite(raw)) {
      error = ErrorKind.TRAP;
      message = "UDF returned a non-finite score (" + asDouble(raw) + "); scores must be finite";
    }
    if (error != null) {
      discarded = true;
      if (error == ErrorKind.TIMEOUT && message == null) {
        message = "call exceeded its time limit of " + state.limits.timeout().toMillis() + " ms";
      }
      throw new CallFailure(error, message);
    }
    return raw;
  }

  /** Calls the entry function on one document, timed, with the result as a record. */
  EvalResult call(DocumentView doc, Map<String, JsonNode> params) {
    CallWatchdog.Guard guard = CallWatchdog.guard();
    long start = System.nanoTime();
    JsonNode value = null;
    ErrorKind error = null;
    String message = null;
    try {
      value = toJson(invoke(doc, params, guard));
    } catch (CallFailure f) {
      error = f.kind;
      message = f.getMessage();
    }
    long nanos = System.nanoTime() - start;
    List<LogLine> logs = state.finish();
    if (error == ErrorKind.TRAP && !logs.isEmpty() && logs.get(logs.size() - 1).level() == 3) {
      // a UDF that logs an error and then traps (as compiled Python does) explains the trap
      message = logs.get(logs.size() - 1).message() + " (" + message + ")";
    }
    return new EvalResult(entryPoint.returns(), value, error, message, logs, nanos, memoryPages());
  }

  private long[] arguments(Map<String, JsonNode> params) {
    List<ParamSpec> positional = entryPoint.positional();
    if (positional.isEmpty()) {
      ctxOnly[0] = ++ctxCounter;
      return ctxOnly;
    }
    long[] args = new long[1 + positional.size()];
    args[0] = ++ctxCounter;
    for (int i = 0; i < positional.size(); i++) {
      ParamSpec spec = positional.get(i);
      JsonNode v = params.get(spec.name());
      WasmType t = entryPoint.positionalTypes().get(i);
      if (v == null) {
        args[i + 1] = 0;
      } else if (t == WasmType.I32) {
        args[i + 1] = v.isBoolean() ? (v.booleanValue() ? 1 : 0) : (int) v.asLong();
      } else if (t == WasmType.I64) {
        args[i + 1] = v.asLong();
      } else if (t == WasmType.F32) {
        args[i + 1] = Float.floatToRawIntBits((float) v.asDouble());
      } else {
        args[i + 1] = Double.doubleToRawLongBits(v.asDouble());
      }
    }
    return args;
  }

  /** True unless the result is a NaN or infinite score. */
  boolean finite(long raw) {
    WasmType t = entryPoint.resultType();
    return t == WasmType.I32 || t == WasmType.I64 || Double.isFinite(asDouble(raw));
  }

  /** A score's raw bits as a double (f32 widened). */
  double asDouble(long raw) {
    return entryPoint.resultType() == WasmType.F32
        ? Float.intBitsToFloat((int) raw)
        : Double.longBitsToDouble(raw);
  }

  JsonNode toJson(long raw) {
    switch (entryPoint.resultType()) {
      case I32:
        return BooleanNode.valueOf((int) raw != 0);
      case I64:
        return LongNode.valueOf(raw);
      default:
        return DoubleNode.valueOf(asDouble(raw));
    }
  }
}
