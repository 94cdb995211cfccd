package io.quidditch.udf.harness;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.Engine;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.abi.DocumentView;
import io.quidditch.udf.core.runtime.Evaluator;
import io.quidditch.udf.core.runtime.LoadedUdf;
import io.quidditch.udf.core.runtime.UdfRuntime;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;

/**
 * Measures the cost of a UDF per document: warm up, then evaluate the corpus round-robin for a
 * fixed time on N threads, timing every call.
 */
public final class BenchRunner {
  private static final int MAX_SAMPLES_PER_THREAD = 1_000_000;
  private static final int SAMPLE_EVERY = 8;

  /** What to measure and for how long. */
  public record Options(Duration warmup, Duration duration, int threads) {}

  private BenchRunner() {}

  /**
   * Runs one benchmark.
   *
   * @param progress receives the fraction done (0..1) now and then; may be null
   */
  public static BenchResult run(
      UdfRuntime runtime,
      UdfSource source,
      List<? extends JsonNode> documents,
      Map<String, JsonNode> params,
      Options options,
      DoubleConsumer progress) {
    Manifest manifest = source.manifest();
    long t0 = System.nanoTime();
    LoadedUdf udf = runtime.load(source.wasm(), manifest);
    double compileMillis = (System.nanoTime() - t0) / 1e6;
    BoundParams bound = udf.bind(params);
    double instantiateMicros = instantiateCost(udf, bound);

    // decoding a document (where its fields, id and score are) is done once, as an engine
    // holding the corpus would; each call gets a fresh view with its own field cache
    int n = documents.size();
    JsonNode[] sources = new JsonNode[n];
    String[] ids = new String[n];
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      DocumentView v = DocumentView.of(documents.get(i));
      sources[i] = v.source();
      ids[i] = v.id();
      scores[i] = v.score();
    }
    Corpus docs = new Corpus(sources, ids, scores);
    runFor(udf, docs, bound, options.warmup(), 1, null, null, p -> report(progress, p * 0.2));
    AtomicLong errors = new AtomicLong();
    long[][] samples = new long[options.threads()][];
    long start = System.nanoTime();
    long calls =
        runFor(
            udf,
            docs,
            bound,
            options.duration(),
            options.threads(),
            samples,
            errors,
            p -> report(progress, 0.2 + p * 0.8));
    long elapsed = System.nanoTime() - start;
    long[] all = merge(samples);
    Arrays.sort(all);
    return new BenchResult(
        manifest.name() + "@" + manifest.version(),
        runtime.engine().text(),
        options.threads(),
        n,
        compileMillis,
        instantiateMicros,
        calls,
        errors.get(),
        (double) elapsed * options.threads() / Math.max(1, calls),
        percentile(all, 0.50),
        percentile(all, 0.95),
        percentile(all, 0.99),
        calls * 1e9 / elapsed,
        udf.peakMemoryPages());
  }

  private static void report(DoubleConsumer progress, double fraction) {
    if (progress != null) {
      progress.accept(Math.min(1.0, fraction));
    }
  }

  /** Instantiating plus one call on an empty document, averaged: what a cold instance costs. */
  private static double instantiateCost(LoadedUdf udf, BoundParams bound) {
    DocumentView empty = DocumentView.of(io.quidditch.udf.core.Json.MAPPER.createObjectNode());
    int n = 20;
    long t = System.nanoTime();
    Evaluator fresh = udf.freshEvaluator();
    for (int i = 0; i < n; i++) {
      fresh.evaluate(empty, bound);
    }
    return (System.nanoTime() - t) / 1e3 / n;
  }

  private static long runFor(
      LoadedUdf udf,
      Corpus docs,
      BoundParams bound,
      Duration duration,
      int threads,
      long[][] samples,
      AtomicLong errors,
      DoubleConsumer progress) {
    long deadline = System.nanoTime() + duration.toNanos();
    AtomicLong total = new AtomicLong();
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int id = t;
      workers[t] =
          new Thread(
              () -> {
                // every call runs in a tight batch; one in SAMPLE_EVERY is also timed alone,
                // so the percentiles come from real calls and the mean from wall-clock time
                Evaluator batch = udf.evaluator();
                long[] mine = samples == null ? null : new long[MAX_SAMPLES_PER_THREAD];
                int taken = 0;
                long count = 0;
                long failed = 0;
                int i = id * 7919 % docs.size();
                while (true) {
                  if ((count & 255) == 0 && System.nanoTime() >= deadline) {
                    break;
                  }
                  DocumentView view = docs.view(i);
                  if (mine != null && (count & (SAMPLE_EVERY - 1)) == 0 && taken < mine.length) {
                    long s = System.nanoTime();
                    boolean ok = batch.succeeds(view, bound);
                    mine[taken++] = System.nanoTime() - s;
                    failed += ok ? 0 : 1;
                  } else if (!batch.succeeds(view, bound)) {
                    failed++;
                  }
                  count++;
                  if (++i == docs.size()) {
                    i = 0;
                  }
                }
                batch.release();
                if (samples != null) {
                  samples[id] = Arrays.copyOf(mine, taken);
                }
                if (errors != null) {
                  errors.addAndGet(failed);
                }
                total.addAndGet(count);
              },
              "quidudf-bench-" + t);
      workers[t].start();
    }
    long begin = System.nanoTime();
    for (Thread w : workers) {
      while (w.isAlive()) {
        try {
          w.join(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return total.get();
        }
        if (progress != null) {
          progress.accept((double) (System.nanoTime() - begin) / Math.max(1, duration.toNanos()));
        }
      }
    }
    return total.get();
  }

  /** Decoded documents. */
  private static final class Corpus {
    final JsonNode[] sources;
    final String[] ids;
    final double[] scores;

    Corpus(JsonNode[] sources, String[] ids, double[] scores) {
      this.sources = sources;
      this.ids = ids;
      this.scores = scores;
    }

    int size() {
      return sources.length;
    }

    DocumentView view(int i) {
      return new DocumentView(sources[i], ids[i], scores[i]);
    }
  }

  private static long[] merge(long[][] parts) {
    int n = 0;
    for (long[] p : parts) {
      n += p == null ? 0 : p.length;
    }
    long[] out = new long[n];
    int at = 0;
    for (long[] p : parts) {
      if (p != null) {
        System.arraycopy(p, 0, out, at, p.length);
        at += p.length;
      }
    }
    return out;
  }

  private static double percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int idx = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(0, idx)];
  }

  /** The engines a {@code --engine all} run measures. */
  public static List<Engine> allEngines() {
    return List.of(Engine.COMPILED, Engine.INTERPRETER);
  }
}
