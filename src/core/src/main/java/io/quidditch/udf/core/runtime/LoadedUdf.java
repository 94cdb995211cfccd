package io.quidditch.udf.core.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.Limits;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ModuleInfo;
import io.quidditch.udf.core.ReturnType;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A validated, linked and (in compiled mode) compiled UDF, ready to evaluate documents.
 *
 * <p>Thread-safe. Documents are evaluated through an {@link Evaluator}: {@link #evaluator()} for a
 * caller that keeps it (one instance, reused), {@link #freshEvaluator()} for a new instance on
 * every call (tests), {@link #threadEvaluator()} for hosts that call from their own thread pools
 * and have no hook to close anything. Idle instances wait in a small shared pool.
 */
public final class LoadedUdf {
  private static final int MAX_POOLED = 2 * Runtime.getRuntime().availableProcessors() + 2;

  private final Manifest manifest;
  private final ModuleInfo info;
  private final EntryPoint entry;
  private final Limits limits;
  private final Supplier<GuestInstance> factory;
  private final boolean timed;
  private final ConcurrentLinkedDeque<GuestInstance> pool = new ConcurrentLinkedDeque<>();
  private final ThreadLocal<Evaluator> perThread = ThreadLocal.withInitial(this::evaluator);
  private final AtomicInteger peakPages = new AtomicInteger();

  LoadedUdf(
      Manifest manifest,
      ModuleInfo info,
      EntryPoint entry,
      Limits limits,
      Supplier<GuestInstance> factory,
      GuestInstance first,
      boolean timed) {
    this.manifest = manifest;
    this.info = info;
    this.entry = entry;
    this.limits = limits;
    this.factory = factory;
    this.timed = timed;
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

  /**
   * Whether a query keeps a document on a non-zero result and drops it on zero: a filter, and an
   * i32 declared an integer too (as Quidditch's data nodes read an i32), rather than scoring it.
   */
  public boolean keepsOrDrops() {
    return entry.returns() == ReturnType.FILTER
        || entry.resultType() == io.quidditch.udf.core.abi.WasmType.I32;
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

  /** Checks given parameters (plain JSON values) against the manifest and applies defaults. */
  public BoundParams bind(Map<String, JsonNode> given) {
    return BoundParams.bind(manifest, given);
  }

  /** An evaluator that keeps one instance for its calls (replaced after a failed call). */
  public Evaluator evaluator() {
    return new Evaluator(this, false);
  }

  /** An evaluator that makes a brand-new instance for every call and throws it away after. */
  public Evaluator freshEvaluator() {
    return new Evaluator(this, true);
  }

  /**
   * The calling thread's own evaluator, made on its first call: for hosts that evaluate from a
   * fixed pool of threads and never tell us when they are done. It needs no closing.
   */
  public Evaluator threadEvaluator() {
    return perThread.get();
  }

  EntryPoint entry() {
    return entry;
  }

  boolean timed() {
    return timed;
  }

  GuestInstance newInstance() {
    return factory.get();
  }

  GuestInstance takeInstance() {
    GuestInstance g = pool.pollFirst();
    return g != null ? g : factory.get();
  }

  /** Drops the idle pooled instances that hold budget (all but one uncharged first instance). */
  void dropIdle() {
    int n = pool.size();
    for (int i = 0; i < n; i++) {
      GuestInstance g = pool.pollLast();
      if (g == null) {
        return;
      }
      if (g.isCharged()) {
        g.drop();
      } else {
        pool.offerFirst(g);
      }
    }
  }

  void giveBack(GuestInstance g) {
    if (g == null) {
      return;
    }
    if (!g.discarded() && pool.size() < MAX_POOLED) {
      pool.offerFirst(g);
    } else {
      g.drop();
    }
  }

  void notePages(int pages) {
    peakPages.accumulateAndGet(pages, Math::max);
  }
}
