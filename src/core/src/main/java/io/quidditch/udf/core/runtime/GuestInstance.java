package io.quidditch.udf.core.runtime;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.EvalResult;
import io.quidditch.udf.core.LogLine;
import io.quidditch.udf.core.ParamSpec;
import io.quidditch.udf.core.abi.FieldSource;
import io.quidditch.udf.core.abi.PlainDocument;
import io.quidditch.udf.core.abi.WasmType;
import java.util.List;

/** One instantiated module with its host state; not thread-safe, used by one caller at a time. */
final class GuestInstance {
  private static final String STACK_MESSAGE = "call stack exhausted (unbounded recursion?)";

  private final Instance instance;
  private final ExportFunction entry;
  private final EntryPoint entryPoint;
  private final CallState state;
  private final long timeoutNanos;
  // the entry's arguments, rewritten for each call: one caller at a time, and the machine copies
  // them into its locals before the guest runs
  private final long[] args;
  private boolean discarded;
  private long ctxCounter;
  private InstanceBudget.Charge charge;

  GuestInstance(Instance instance, EntryPoint entryPoint, CallState state) {
    this.instance = instance;
    this.entryPoint = entryPoint;
    this.entry = instance.export(entryPoint.name());
    this.state = state;
    this.timeoutNanos = state.limits.timeout().toNanos();
    this.args = new long[1 + entryPoint.positional().size()];
  }

  boolean discarded() {
    return discarded;
  }

  /** Ties this instance's budget charge to it: returned on discard, drop or collection. */
  void charged(InstanceBudget.Charge value) {
    this.charge = value;
    value.returnWhenCollected(this);
  }

  boolean isCharged() {
    return charge != null;
  }

  /** Returns this instance's charge now: nobody will call it again. */
  void drop() {
    if (charge != null) {
      charge.giveBack();
    }
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
   * result objects. Any failure discards this instance and is thrown as a {@link UdfCallException}.
   * The call's log lines stay in {@link #state()} until the next call.
   *
   * @param guard the calling thread's watchdog guard, or null to run without a time limit
   */
  long invoke(FieldSource doc, BoundParams params, CallWatchdog.Guard guard) {
    long[] args = arguments(params);
    boolean guarded = guard != null && timeoutNanos > 0;
    state.begin(doc, params, guarded ? guard : null);
    ErrorKind error = null;
    String message = null;
    long raw = 0;
    boolean interrupted = false;
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
        // a guest that logs MemoryError and traps ran out of memory: memory.grow was refused
        error = state.reportedOutOfMemory() ? ErrorKind.MEMORY : ErrorKind.TRAP;
        message = ModuleLoader.oneLine(m);
      }
    } finally {
      boolean fired = guarded && guard.disarm();
      if (fired && (error == null || interrupted)) {
        error = ErrorKind.TIMEOUT;
      } else if (interrupted && !fired) {
        // interrupted by someone else (a user's Ctrl-C): the call is cancelled
        Thread.interrupted();
        message = "call was cancelled";
      }
      state.document = null;
      state.guard = null;
      state.hostGuard = null;
    }
    if (error == null && !finite(raw)) {
      error = ErrorKind.TRAP;
      message = "UDF returned a non-finite score (" + asDouble(raw) + "); scores must be finite";
    }
    if (error != null) {
      discarded = true;
      drop();
      if (error == ErrorKind.TIMEOUT && message == null) {
        message = "call exceeded its time limit of " + state.limits.timeout().toMillis() + " ms";
      }
      throw new UdfCallException(error, message);
    }
    return raw;
  }

  /** Calls the entry function on one document, timed, with the result as a record. */
  EvalResult call(FieldSource doc, BoundParams params, CallWatchdog.Guard guard) {
    long start = System.nanoTime();
    JsonNode value = null;
    ErrorKind error = null;
    String message = null;
    try {
      value = toJson(invoke(doc, params, guard));
    } catch (UdfCallException f) {
      error = f.kind();
      message = f.getMessage();
    }
    long nanos = System.nanoTime() - start;
    List<LogLine> logs = state.finish();
    if ((error == ErrorKind.TRAP || error == ErrorKind.MEMORY)
        && !logs.isEmpty()
        && logs.get(logs.size() - 1).level() == 3) {
      // a UDF that logs an error and then traps (as compiled Python does) explains the trap;
      // when it chose to trap (unreachable), the engine's words add nothing to its own
      String own = logs.get(logs.size() - 1).message();
      message =
          message != null && message.contains("unreachable instruction")
              ? own
              : own + " (" + message + ")";
    }
    return new EvalResult(entryPoint.returns(), value, error, message, logs, nanos, memoryPages());
  }

  private long[] arguments(BoundParams params) {
    List<ParamSpec> positional = entryPoint.positional();
    args[0] = ++ctxCounter;
    for (int i = 0; i < positional.size(); i++) {
      ParamSpec spec = positional.get(i);
      Object v = params.get(spec.name());
      WasmType t = entryPoint.positionalTypes().get(i);
      if (v instanceof Boolean b) {
        args[i + 1] = b ? 1 : 0;
      } else if (!(v instanceof Number n)) {
        args[i + 1] = 0;
      } else if (t == WasmType.I32) {
        args[i + 1] = (int) PlainDocument.asLong(n);
      } else if (t == WasmType.I64) {
        args[i + 1] = PlainDocument.asLong(n);
      } else if (t == WasmType.F32) {
        args[i + 1] = Float.floatToRawIntBits(n.floatValue());
      } else {
        args[i + 1] = Double.doubleToRawLongBits(n.doubleValue());
      }
    }
    return args;
  }

  /** True unless the result is a NaN or infinite score. */
  boolean finite(long raw) {
    WasmType t = entryPoint.resultType();
    return t == WasmType.I32 || t == WasmType.I64 || Double.isFinite(asDouble(raw));
  }

  double asDouble(long raw) {
    return entryPoint.asDouble(raw);
  }

  JsonNode toJson(long raw) {
    return entryPoint.toJson(raw);
  }
}
