package io.quidditch.udf.core.runtime;

import com.fasterxml.jackson.databind.JsonNode;
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
  private final AtomicInteger peakPages = new AtomicInteger();

  LoadedUdf(
      Manifest manifest,
      ModuleInfo info,
      EntryPoint entry,
      Limits limits,
      Supplier<GuestInstance> factory,
      GuestInstance first) {
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

  /** Evaluates one document on a pooled instance; parameters must come from {@link #bind}. */
  public EvalResult evaluate(DocumentView doc, Map<String, JsonNode> bound) {
    GuestInstance guest = pool.pollFirst();
    if (guest == null) {
      guest = factory.get();
    }
    EvalResult result = guest.call(doc, bound);
    notePages(result);
    if (!guest.discarded() && pool.size() < MAX_POOLED) {
      pool.offerFirst(guest);
    }
    return result;
  }

  /** Evaluates one document on a brand-new instance that is thrown away afterwards. */
  public EvalResult evaluateFresh(DocumentView doc, Map<String, JsonNode> bound) {
    EvalResult result = factory.get().call(doc, bound);
    notePages(result);
    return result;
  }

  /** A session that keeps evaluating on one instance, as a server worker does. */
  public Session session() {
    return new Session();
  }

  private void notePages(EvalResult result) {
    peakPages.accumulateAndGet(result.memoryPages(), Math::max);
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
