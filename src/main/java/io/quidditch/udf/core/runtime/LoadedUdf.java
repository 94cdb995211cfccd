package io.quidditch.udf.core.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.EvalResult;
import io.quidditch.udf.core.Limits;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ModuleInfo;
import io.quidditch.udf.core.ParameterBinder;
import io.quidditch.udf.core.ReturnType;
import io.quidditch.udf.core.abi.DocumentView;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A validated, linked and (in compiled mode) compiled UDF, ready to evaluate documents.
 *
 * <p>Thread-safe: each evaluation borrows an instance from a pool (instances themselves are not
 * thread-safe) and returns it afterwards unless the call failed, in which case the instance is
 * dropped and a fresh one is made next time.
 */
public final class LoadedUdf {
  private static final int MAX_POOLED = 2 * Runtime.getRuntime().availableProcessors() + 2;

  private final Manifest manifest;
  private final ModuleInfo info;
  private final EntryPoint entry;
  private final Limits limits;
  private final Supplier<GuestInstance> factory;
  private final ConcurrentLinkedDeque<GuestInstance> pool = new ConcurrentLinkedDeque<>();
  private final ThreadLocal<GuestInstance> mine = new ThreadLocal<>();
  private final ExecutionSlots slots;
  private final AtomicInteger peakPages = new AtomicInteger();

  LoadedUdf(
      Manifest manifest,
      ModuleInfo info,
      EntryPoint entry,
      Limits limits,
      Supplier<GuestInstance> factory,
      GuestInstance first,
      ExecutionSlots slots) {
    this.slots = slots;
    this.manifest = manifest;
    this.info = info;
    this.entry = entry;
    this.limits = limits;
    this.factory = factory;
    pool.add(first);
    peakPages.set(first.memoryPages());
  }

  public Manifest manifest() {
    return manifest;
  }

  public ModuleInfo info() {
    return info;
  }

  public ReturnType returns() {
    return entry.returns();
  }

  /** The limits in force for this UDF: the runtime's, tightened by the manifest's. */
  public Limits limits() {
    return limits;
  }

  /** The entry function's signature as the module declares it. */
  public String entrySignature() {
    return info.function(entry.name()).signature();
  }

  /** The most memory pages any instance of this UDF has had after a call. */
  public int peakMemoryPages() {
    return peakPages.get();
  }

  /** Checks given parameters against the manifest and applies defaults. */
  public Map<String, JsonNode> bind(Map<String, JsonNode> given) {
    return ParameterBinder.bind(manifest, given);
  }

  /**
   * Evaluates one document on this thread's instance; parameters must come from {@link #bind}. Each
   * thread keeps one instance of each UDF it calls, taken from a shared pool on first use.
   */
  public EvalResult evaluate(DocumentView doc, Map<String, JsonNode> bound) {
    slots.enter();
    try {
      GuestInstance guest = acquire();
      EvalResult result = guest.call(doc, bound);
      notePages(result);
      if (guest.discarded()) {
        mine.remove();
      }
      return result;
    } finally {
      slots.leave();
    }
  }

  /**
   * A tight loop over many documents on the calling thread: no timing, no result records. Use it
   * from one thread only; make one per worker.
   */
  public Batch batch(Map<String, JsonNode> bound) {
    return new Batch(bound);
  }

  /** Drops the calling thread's instance back into the shared pool (for short-lived threads). */
  public void release() {
    GuestInstance guest = mine.get();
    mine.remove();
    if (guest != null && !guest.discarded() && pool.size() < MAX_POOLED) {
      pool.offerFirst(guest);
    }
  }

  private GuestInstance acquire() {
    GuestInstance guest = mine.get();
    if (guest == null || guest.discarded()) {
      guest = pool.pollFirst();
      if (guest == null) {
        guest = factory.get();
      }
      mine.set(guest);
    }
    return guest;
  }

  /** Evaluates one document on a brand-new instance that is thrown away afterwards. */
  public EvalResult evaluateFresh(DocumentView doc, Map<String, JsonNode> bound) {
    slots.enter();
    try {
      EvalResult result = factory.get().call(doc, bound);
      notePages(result);
      return result;
    } finally {
      slots.leave();
    }
  }

  /** Evaluates on a fresh instance, reporting every host call to {@code listener}. */
  public EvalResult evaluateTraced(
      DocumentView doc, Map<String, JsonNode> bound, HostCallListener listener) {
    slots.enter();
    try {
      GuestInstance guest = factory.get();
      guest.state().listener = listener;
      EvalResult result = guest.call(doc, bound);
      notePages(result);
      return result;
    } finally {
      slots.leave();
    }
  }

  /** A session that keeps evaluating on one instance, as a server worker does. */
  public Session session() {
    return new Session();
  }

  private void notePages(EvalResult result) {
    peakPages.accumulateAndGet(result.memoryPages(), Math::max);
  }

  /** Evaluation of many documents on one thread; the result of the last call stays readable. */
  public final class Batch implements AutoCloseable {
    private final Map<String, JsonNode> bound;
    private final CallWatchdog.Guard guard = CallWatchdog.guard();
    private GuestInstance guest = acquire();
    private long raw;
    private ErrorKind error;
    private String message;

    private boolean open = true;

    Batch(Map<String, JsonNode> bound) {
      slots.enter();
      this.bound = bound;
    }

    /** Gives the batch's execution slot back; the batch cannot run after this. */
    @Override
    public void close() {
      if (open) {
        open = false;
        slots.leave();
      }
    }

    /** Evaluates one document; false when the call failed ({@link #error()} says how). */
    public boolean run(DocumentView doc) {
      if (!open) {
        throw new IllegalStateException("batch is closed");
      }
      if (guest.discarded()) {
        mine.remove();
        guest = acquire();
      }
      try {
        raw = guest.invoke(doc, bound, guard);
        error = null;
        return true;
      } catch (CallFailure f) {
        error = f.kind;
        message = f.getMessage();
        return false;
      }
    }

    /** A filter's decision. */
    public boolean keep() {
      return guest.entryPoint().returns() != ReturnType.FILTER || (int) raw != 0;
    }

    /** A score (or an integer result as a double). */
    public double score() {
      return guest.entryPoint().returns() == ReturnType.INTEGER ? raw : guest.asDouble(raw);
    }

    /** The last result as JSON. */
    public JsonNode value() {
      return guest.toJson(raw);
    }

    public ErrorKind error() {
      return error;
    }

    public String message() {
      return message;
    }

    /** The log lines of the last call (taking them clears them). */
    public java.util.List<io.quidditch.udf.core.LogLine> logs() {
      return guest.state().finish();
    }
  }

  /** Repeated evaluation on one instance, replaced only when a call fails; not thread-safe. */
  public final class Session {
    private GuestInstance guest = factory.get();

    public EvalResult evaluate(DocumentView doc, Map<String, JsonNode> bound) {
      if (guest.discarded()) {
        guest = factory.get();
      }
      EvalResult result = guest.call(doc, bound);
      notePages(result);
      return result;
    }
  }
}
