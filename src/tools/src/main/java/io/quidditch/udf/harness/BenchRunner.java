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

  /** Told which phase a run is in and how far it has got in it (0 to 1). */
  @FunctionalInterface
  public interface Progress {
    void at(String phase, double fraction);
  }

  private BenchRunner() {}

  /** Runs one benchmark over documents in memory. */
  public static BenchResult run(
      UdfRuntime runtime,
      UdfSource source,
      List<? extends JsonNode> documents,
      Map<String, JsonNode> params,
      Options options,
      Progress progress) {
    return run(runtime, source, BenchDocuments.of(documents), params, options, progress);
  }

  /**
   * Runs one benchmark: the documents are decoded a block at a time outside the timed part (as an
   * engine holding the corpus would have them decoded), and only evaluation is timed.
   *
   * @param progress told of each phase; may be null
   */
  public static BenchResult run(
      UdfRuntime runtime,
      UdfSource source,
      BenchDocuments documents,
      Map<String, JsonNode> params,
      Options options,
      Progress progress) {
    Progress told = progress == null ? (phase, f) -> {} : progress;
    Manifest manifest = source.manifest();
    told.at("compiling", 0);
    long t0 = System.nanoTime();
    LoadedUdf udf = runtime.load(source.wasm(), manifest);
    double compileMillis = (System.nanoTime() - t0) / 1e6;
    BoundParams bound = udf.bind(params);
    double instantiateMicros = instantiateCost(udf, bound);
    // a corpus of one block is decoded once and shared; a larger one a block at a time per thread
    Corpus shared =
        documents.size() <= BenchDocuments.BLOCK
            ? Corpus.decode(documents.block(0, (int) documents.size()))
            : null;
    Blocks blocks = new Blocks(documents, shared);
    runFor(udf, blocks, bound, options.warmup(), 1, null, null, f -> told.at("warming up", f));
    AtomicLong errors = new AtomicLong();
    long[][] samples = new long[options.threads()][];
    Measured m =
        runFor(
            udf,
            blocks,
            bound,
            options.duration(),
            options.threads(),
            samples,
            errors,
            f -> told.at("measuring", f));
    long[] all = merge(samples);
    Arrays.sort(all);
    double perThreadNanos = (double) m.evalNanos / options.threads();
    return new BenchResult(
        manifest.name() + "@" + manifest.version(),
        runtime.engine().text(),
        options.threads(),
        (int) documents.size(),
        compileMillis,
        instantiateMicros,
        m.calls,
        errors.get(),
        (double) m.evalNanos / Math.max(1, m.calls),
        percentile(all, 0.50),
        percentile(all, 0.95),
        percentile(all, 0.99),
        m.calls * 1e9 / Math.max(1, perThreadNanos),
        udf.peakMemoryPages());
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

  /** Calls made, and the nanoseconds all threads together spent evaluating. */
  private record Measured(long calls, long evalNanos) {}

  private static Measured runFor(
      LoadedUdf udf,
      Blocks blocks,
      BoundParams bound,
      Duration duration,
      int threads,
      long[][] samples,
      AtomicLong errors,
      DoubleConsumer progress) {
    long deadline = System.nanoTime() + duration.toNanos();
    AtomicLong total = new AtomicLong();
    AtomicLong evalNanos = new AtomicLong();
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int id = t;
      workers[t] =
          new Thread(
              () -> {
                // every call runs in a tight batch; one in SAMPLE_EVERY is also timed alone,
                // so the percentiles come from real calls and the mean from the batch's time
                Evaluator batch = udf.evaluator();
                long[] mine = samples == null ? null : new long[MAX_SAMPLES_PER_THREAD];
                int taken = 0;
                long count = 0;
                long failed = 0;
                long spent = 0;
                boolean done = false;
                while (!done) {
                  Corpus docs = blocks.next(); // decoding is not timed
                  int i = blocks.shared != null ? id * 7919 % docs.size() : 0;
                  int left = docs.size();
                  long began = System.nanoTime();
                  while (left-- > 0) {
                    if ((count & 255) == 0 && System.nanoTime() >= deadline) {
                      done = true;
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
                  spent += System.nanoTime() - began;
                }
                batch.release();
                if (samples != null) {
                  samples[id] = Arrays.copyOf(mine, taken);
                }
                if (errors != null) {
                  errors.addAndGet(failed);
                }
                total.addAndGet(count);
                evalNanos.addAndGet(spent);
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
          return new Measured(total.get(), evalNanos.get());
        }
        if (progress != null) {
          progress.accept(
              Math.min(
                  1.0, (double) (System.nanoTime() - begin) / Math.max(1, duration.toNanos())));
        }
      }
    }
    return new Measured(total.get(), evalNanos.get());
  }

  /** Hands each thread the next block of the corpus, round-robin, or the one shared block. */
  private static final class Blocks {
    final BenchDocuments documents;
    final Corpus shared;
    final long count;
    final AtomicLong next = new AtomicLong();

    Blocks(BenchDocuments documents, Corpus shared) {
      this.documents = documents;
      this.shared = shared;
      this.count = (documents.size() + BenchDocuments.BLOCK - 1) / BenchDocuments.BLOCK;
    }

    Corpus next() {
      if (shared != null) {
        return shared;
      }
      long k = next.getAndIncrement() % count;
      long from = k * BenchDocuments.BLOCK;
      int n = (int) Math.min(BenchDocuments.BLOCK, documents.size() - from);
      return Corpus.decode(documents.block(from, n));
    }
  }

  /** Decoded documents: where each one's fields, id and score are. */
  private static final class Corpus {
    final JsonNode[] sources;
    final String[] ids;
    final double[] scores;

    private Corpus(JsonNode[] sources, String[] ids, double[] scores) {
      this.sources = sources;
      this.ids = ids;
      this.scores = scores;
    }

    static Corpus decode(List<JsonNode> documents) {
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
      return new Corpus(sources, ids, scores);
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
