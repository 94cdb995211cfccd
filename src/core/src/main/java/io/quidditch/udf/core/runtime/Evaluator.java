package io.quidditch.udf.core.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.EvalResult;
import io.quidditch.udf.core.LogLine;
import io.quidditch.udf.core.ReturnType;
import io.quidditch.udf.core.abi.FieldSource;
import java.util.List;

/**
 * Evaluates documents with one UDF, the one way to call it: {@link #evaluate} for a timed result
 * record with logs, {@link #filter}, {@link #score} and {@link #call} for the hot path (no records;
 * a failed call throws {@link UdfCallException}).
 *
 * <p>Not thread-safe: one evaluator serves one thread at a time. It needs no closing; {@link
 * #release()} only hands its instance back to the UDF's pool sooner.
 */
public final class Evaluator {
  private final LoadedUdf udf;
  private final boolean fresh;
  private GuestInstance guest;
  private HostCallListener listener;
  // the guard of the thread that called last: a thread-local lookup only when the thread changes
  private CallWatchdog.Guard guard;

  Evaluator(LoadedUdf udf, boolean fresh) {
    this.udf = udf;
    this.fresh = fresh;
  }

  /** Reports every host call of later calls to {@code value} (the REPL's :explain). */
  public Evaluator traced(HostCallListener value) {
    this.listener = value;
    if (guest != null) {
      guest.state().listener = value;
    }
    return this;
  }

  /** The UDF this evaluator calls. */
  public LoadedUdf udf() {
    return udf;
  }

  private GuestInstance instance() {
    if (fresh) {
      if (guest != null) {
        guest.drop();
      }
      guest = udf.newInstance();
      guest.state().listener = listener;
    } else if (guest == null || guest.discarded()) {
      guest = udf.takeInstance();
      guest.state().listener = listener;
    }
    return guest;
  }

  private CallWatchdog.Guard guard() {
    if (!udf.timed()) {
      return null;
    }
    CallWatchdog.Guard g = guard;
    if (g == null || !g.ownedByCurrentThread()) {
      g = CallWatchdog.guard();
      guard = g;
    }
    return g;
  }

  /** Evaluates one document, timed, with its result, error and log lines as a record. */
  public EvalResult evaluate(FieldSource doc, BoundParams params) {
    GuestInstance g = instance();
    EvalResult r = g.call(doc, params, guard());
    udf.notePages(r.memoryPages());
    return r;
  }

  /**
   * Calls the UDF and returns the raw result bits (see {@link #filter}, {@link #score}).
   *
   * @throws UdfCallException when the call trapped or hit a limit
   */
  public long call(FieldSource doc, BoundParams params) {
    return instance().invoke(doc, params, guard());
  }

  /** {@link #call} for loops that only count failures (benchmarks): false when the call failed. */
  public boolean succeeds(FieldSource doc, BoundParams params) {
    try {
      call(doc, params);
      return true;
    } catch (UdfCallException e) {
      return false;
    }
  }

  /** A filter's decision (a score UDF keeps every document it scores). */
  public boolean filter(FieldSource doc, BoundParams params) {
    return keeps(call(doc, params));
  }

  /** Raw result bits from {@link #call} as a filter's decision. */
  public boolean keeps(long raw) {
    return udf.returns() != ReturnType.FILTER || (int) raw != 0;
  }

  /** A score, an integer result as a double, or a filter's decision as 1.0 or 0.0. */
  public double score(FieldSource doc, BoundParams params) {
    return asDouble(call(doc, params));
  }

  /** Raw result bits from {@link #call} as a double. */
  public double asDouble(long raw) {
    return udf.entry().asDouble(raw);
  }

  /** Raw result bits from {@link #call} as an integer (a score truncated toward zero). */
  public long asLong(long raw) {
    return udf.entry().asLong(raw);
  }

  /** Raw result bits from {@link #call} as JSON ({@code true}, {@code 0.75}, {@code 42}). */
  public JsonNode asJson(long raw) {
    return udf.entry().toJson(raw);
  }

  /** The log lines of the last {@link #call} (taking them clears them). */
  public List<LogLine> takeLogs() {
    return guest == null ? List.of() : guest.state().finish();
  }

  /** Hands the instance back to the UDF's pool; the next call takes one again. */
  public void release() {
    if (fresh) {
      if (guest != null) {
        guest.drop();
      }
    } else {
      udf.giveBack(guest);
    }
    guest = null;
  }
}
