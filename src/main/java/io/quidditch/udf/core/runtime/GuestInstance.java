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
  private final Instance instance;
  private final ExportFunction entry;
  private final EntryPoint entryPoint;
  private final CallState state;
  private final long timeoutNanos;
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

  int memoryPages() {
    Memory mem = instance.memory();
    return mem == null ? 0 : mem.pages();
  }

  /** Calls the entry function on one document; any failure discards this instance. */
  EvalResult call(DocumentView doc, Map<String, JsonNode> params) {
    long[] args = arguments(params);
    state.begin(doc, params);
    CallWatchdog.Guard guard = CallWatchdog.guard();
    long start = System.nanoTime();
    long[] raw = null;
    ErrorKind error = null;
    String message = null;
    guard.arm(timeoutNanos);
    try {
      raw = entry.apply(args);
    } catch (ChicoryInterruptedException e) {
      error = ErrorKind.TIMEOUT;
    } catch (StackOverflowError e) {
      error = ErrorKind.STACK;
      message = "call stack exhausted (unbounded recursion?)";
    } catch (OutOfMemoryError e) {
      error = ErrorKind.MEMORY;
      message = "the host ran out of memory during the call";
    } catch (HostTrapException e) {
      error = ErrorKind.TRAP;
      message = "host call refused: " + e.getMessage();
    } catch (RuntimeException e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (m.contains("call stack exhausted")) {
        error = ErrorKind.STACK;
        message = "call stack exhausted (unbounded recursion?)";
      } else {
        error = ErrorKind.TRAP;
        message = ModuleLoader.oneLine(m);
      }
    } finally {
      if (guard.disarm()) {
        error = ErrorKind.TIMEOUT;
        message = null;
      }
    }
    long nanos = System.nanoTime() - start;
    if (error == ErrorKind.TIMEOUT) {
      message = "call exceeded its time limit of " + state.limits.timeout().toMillis() + " ms";
    }
    JsonNode value = null;
    if (error == null) {
      value = convert(raw);
      if (value == null) {
        error = ErrorKind.TRAP;
        message =
            "UDF returned a non-finite score ("
                + Double.longBitsToDouble(raw[0])
                + "); scores must be finite";
        if (entryPoint.resultType() == WasmType.F32) {
          message =
              "UDF returned a non-finite score ("
                  + Float.intBitsToFloat((int) raw[0])
                  + "); scores must be finite";
        }
      }
    }
    if (error != null) {
      discarded = true;
    }
    List<LogLine> logs = state.finish();
    return new EvalResult(entryPoint.returns(), value, error, message, logs, nanos, memoryPages());
  }

  private long[] arguments(Map<String, JsonNode> params) {
    List<ParamSpec> positional = entryPoint.positional();
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

  private JsonNode convert(long[] raw) {
    long r = raw[0];
    switch (entryPoint.resultType()) {
      case I32:
        return BooleanNode.valueOf((int) r != 0);
      case I64:
        return LongNode.valueOf(r);
      case F32:
        float f = Float.intBitsToFloat((int) r);
        return Float.isFinite(f) ? DoubleNode.valueOf(f) : null;
      default:
        double d = Double.longBitsToDouble(r);
        return Double.isFinite(d) ? DoubleNode.valueOf(d) : null;
    }
  }
}
