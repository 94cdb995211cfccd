package io.quidditch.udf.core.embed;

import io.quidditch.udf.core.Digests;
import io.quidditch.udf.core.Limits;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ManifestCodec;
import io.quidditch.udf.core.runtime.LoadedUdf;
import io.quidditch.udf.core.runtime.UdfRuntime;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one runtime of a JVM that embeds quidudf (a search node, a Spark executor): it compiles each
 * module once and keeps it for every later query or task that ships the same module and manifest.
 * Configure it before the first {@link #load}, or take the defaults.
 */
public final class EmbeddedRuntime {
  private static final int MAX_LOADED = 256;
  private static volatile EmbeddedRuntime shared;

  private final UdfRuntime runtime;
  private final Map<String, LoadedUdf> loaded = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong compilations =
      new java.util.concurrent.atomic.AtomicLong();

  private EmbeddedRuntime(UdfRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * A runtime of its own, for a host that keeps one per JVM itself (a search node's script engine).
   *
   * @param limits the base limits every UDF's manifest may tighten
   * @param timeLimits false when the host bounds call time itself (no watchdog thread)
   */
  public static EmbeddedRuntime create(Limits limits, boolean timeLimits) {
    return new EmbeddedRuntime(
        UdfRuntime.builder().withLimits(unbounded(limits)).withTimeLimits(timeLimits).build());
  }

  /**
   * Sets the shared runtime's limits; only before anything was loaded.
   *
   * @param limits the base limits every UDF's manifest may tighten
   * @param timeLimits false when the host bounds call time itself (no watchdog thread)
   * @throws IllegalStateException when the shared runtime is already in use
   */
  public static synchronized void configure(Limits limits, boolean timeLimits) {
    if (shared != null) {
      throw new IllegalStateException("the embedded quidudf runtime is already in use");
    }
    shared =
        new EmbeddedRuntime(
            UdfRuntime.builder().withLimits(unbounded(limits)).withTimeLimits(timeLimits).build());
  }

  /** The shared runtime, made with the default limits on first use. */
  public static EmbeddedRuntime get() {
    EmbeddedRuntime r = shared;
    if (r == null) {
      synchronized (EmbeddedRuntime.class) {
        if (shared == null) {
          shared =
              new EmbeddedRuntime(
                  UdfRuntime.builder().withLimits(unbounded(Limits.defaults())).build());
        }
        r = shared;
      }
    }
    return r;
  }

  /** Engines bound concurrency with their own thread pools: no execution slots here. */
  private static Limits unbounded(Limits l) {
    return new Limits(
        l.memoryPages(),
        l.timeout(),
        l.maxLogLines(),
        l.maxLogLineBytes(),
        l.maxHostStringBytes(),
        0,
        l.queueTimeout());
  }

  /**
   * How many modules this runtime has compiled: each distinct module, manifest and function once,
   * however many queries or tasks load it (unless more than 256 distinct ones pushed it out).
   */
  public long compilations() {
    return compilations.get();
  }

  /** The limits in force. */
  public Limits limits() {
    return runtime.limits();
  }

  /**
   * Loads a UDF (compiling its module only the first time this JVM sees it) and binds the spec's
   * parameters.
   *
   * @throws io.quidditch.udf.core.QuidudfException with the kind of the problem: an invalid module
   *     or manifest, a link error, a parameter error
   */
  public Udf load(UdfSpec spec) {
    return load(spec, io.quidditch.udf.core.ModulePolicy.none());
  }

  /**
   * As {@link #load(UdfSpec)}, refusing a module the policy refuses (a signature policy, say)
   * before anything of it is compiled.
   */
  public Udf load(UdfSpec spec, io.quidditch.udf.core.ModulePolicy policy) {
    Manifest declared = ManifestCodec.parseYaml(spec.manifestYaml(), "udf.yaml");
    policy.check(spec.wasmUnsafe(), declared, "the module");
    String key =
        Digests.sha256(spec.wasmUnsafe())
            + "/"
            + Digests.sha256(spec.manifestYaml().getBytes(StandardCharsets.UTF_8))
            + "/"
            + spec.function();
    LoadedUdf udf = loaded.get(key);
    if (udf == null) {
      Manifest manifest = declared;
      if (spec.function() != null) {
        manifest = manifest.withFunctionName(spec.function());
      }
      udf = runtime.load(spec.wasmUnsafe(), manifest);
      compilations.incrementAndGet();
      if (loaded.size() >= MAX_LOADED) {
        loaded.clear();
      }
      LoadedUdf raced = loaded.putIfAbsent(key, udf);
      udf = raced != null ? raced : udf;
    }
    return Udf.of(udf, spec.parameters());
  }
}
