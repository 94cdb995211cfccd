package io.quidditch.udf.harness;

import static io.quidditch.udf.Fixtures.wat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.runtime.LoadedUdf;
import io.quidditch.udf.core.runtime.UdfRuntime;
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueryEngineTest {
  // keeps every document after a loop of 300,000 steps: about a millisecond a document
  private static final String SLOW =
      "(module (func (export \"filter\") (param i64) (result i32) (local $i i32)"
          + " (loop $l (local.set $i (i32.add (local.get $i) (i32.const 1)))"
          + "  (br_if $l (i32.lt_u (local.get $i) (i32.const 300000)))) (i32.const 1)))";

  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final LoadedUdf slow =
      UdfRuntime.builder().build().load(wat(SLOW), Manifest.anonymous("slow", null));
  private final QueryEngine engine = new QueryEngine((n, v) -> slow, pool, 2);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private static List<JsonNode> docs(int n) {
    List<JsonNode> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Json.MAPPER.createObjectNode().put("_id", "d" + i));
    }
    return out;
  }

  private static QueryEngine.Options timed(Duration deadline) {
    return new QueryEngine.Options(deadline, new QueryEngine.Cancellation(), false);
  }

  private static JsonNode udfQuery() {
    return Json.parse("{\"wasm_udf\": {\"name\": \"slow\"}}", "query");
  }

  @Test
  void aQueryStopsAtItsDeadline() {
    List<JsonNode> many = docs(5000); // seconds of work
    assertThatThrownBy(() -> engine.search(many, udfQuery(), 0, 10, timed(Duration.ofMillis(50))))
        .isInstanceOf(QuidudfException.class)
        .satisfies(e -> assertThat(((QuidudfException) e).kind()).isEqualTo(ErrorKind.TIMEOUT))
        .hasMessageContaining("query exceeded its deadline of 50 ms after")
        .hasMessageContaining("of 5000 documents");
  }

  /** Only a hang reaches it: the waits below are for events, never for an amount of time. */
  private static final long HANG_SECONDS = 120;

  /** Documents that count the engine's reads and run {@code onRead} before each. */
  private static List<JsonNode> watched(List<JsonNode> docs, IntConsumer onRead) {
    AtomicInteger reads = new AtomicInteger();
    return new AbstractList<>() {
      @Override
      public JsonNode get(int i) {
        onRead.accept(reads.getAndIncrement());
        return docs.get(i);
      }

      @Override
      public int size() {
        return docs.size();
      }
    };
  }

  private static void await(CountDownLatch latch, String what) {
    try {
      assertThat(latch.await(HANG_SECONDS, TimeUnit.SECONDS)).as("waited for " + what).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aSmallQueryIsAnsweredWhileALongOneRuns() throws Exception {
    // One pool thread, so the order of its queue alone decides what runs when. The long query's
    // first task is held at its first document until the short query's task is queued behind the
    // long query's second one. Each long task must then go to the back of the queue after its
    // chunk, so the short query runs after two chunks, not after the whole long query (which a
    // task looping over its chunks, or holding the thread, would make it wait for).
    CountDownLatch longStarted = new CountDownLatch(1);
    CountDownLatch threeQueued = new CountDownLatch(3); // long, long, short
    LinkedBlockingQueue<Runnable> queue =
        new LinkedBlockingQueue<>() {
          private static final long serialVersionUID = 1L;

          @Override
          public boolean offer(Runnable task) {
            boolean added = super.offer(task);
            threeQueued.countDown();
            return added;
          }
        };
    ThreadPoolExecutor one = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, queue);
    one.prestartAllCoreThreads(); // so every task goes through the queue and is counted there
    try {
      QueryEngine e = new QueryEngine((n, v) -> slow, one, 2);
      AtomicInteger longReads = new AtomicInteger();
      List<JsonNode> many =
          watched(
              docs(6000),
              read -> {
                longReads.incrementAndGet();
                if (read == 0) {
                  longStarted.countDown();
                  await(threeQueued, "the short query to be queued behind the long one");
                }
              });
      AtomicInteger longReadsBeforeShort = new AtomicInteger(-1);
      List<JsonNode> few =
          watched(docs(10), read -> longReadsBeforeShort.compareAndSet(-1, longReads.get()));
      // the callers run on the class's pool: neither query waits for the other's caller
      CompletableFuture<Long> big =
          CompletableFuture.supplyAsync(
              () -> e.search(many, udfQuery(), 0, 10, QueryEngine.Options.untimed()).total(), pool);
      await(longStarted, "the long query to start");
      CompletableFuture<Long> small =
          CompletableFuture.supplyAsync(
              () -> e.search(few, udfQuery(), 0, 10, QueryEngine.Options.untimed()).total(), pool);
      assertThat(small.get(HANG_SECONDS, TimeUnit.SECONDS)).isEqualTo(10);
      assertThat(big.get(HANG_SECONDS, TimeUnit.SECONDS)).isEqualTo(6000);
      assertThat(longReadsBeforeShort.get())
          .as("documents of the long query read before the short query ran")
          .isPositive()
          .isLessThan(6000);
    } finally {
      one.shutdownNow();
    }
  }

  @Test
  void aDocumentOnWhichTheUdfTrapsIsSkippedAndCountedUnlessAskedToFail() {
    // traps on documents whose n field is 3 (division by zero), keeps the others
    LoadedUdf picky =
        UdfRuntime.builder()
            .build()
            .load(
                wat(
                    "(module (import \"env\" \"get_field_i64\""
                        + " (func $f (param i64 i32 i32 i32) (result i32)))"
                        + " (memory (export \"memory\") 1) (data (i32.const 0) \"n\")"
                        + " (func (export \"filter\") (param $ctx i64) (result i32)"
                        + " (drop (call $f (local.get $ctx) (i32.const 0) (i32.const 1) (i32.const 8)))"
                        + " (drop (i64.div_s (i64.const 1) (i64.sub (i64.load (i32.const 8))"
                        + " (i64.const 3)))) (i32.const 1)))"),
                Manifest.anonymous("picky", null));
    QueryEngine e = new QueryEngine((n, v) -> picky, pool, 2);
    List<JsonNode> docs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      docs.add(Json.MAPPER.createObjectNode().put("_id", "d" + i).put("n", i));
    }
    JsonNode q = Json.parse("{\"wasm_udf\": {\"name\": \"picky\", \"params\": {}}}", "q");
    QueryEngine.Result r = e.search(docs, q, 0, 10, QueryEngine.Options.untimed());
    assertThat(r.total()).isEqualTo(5);
    assertThat(r.udfErrors()).isEqualTo(1);
    assertThat(r.firstUdfError().kind()).isEqualTo(ErrorKind.TRAP);
    assertThat(r.firstUdfError().getMessage()).contains("failed on document d3");
    // must_not of a failing UDF must not keep the document either
    JsonNode not =
        Json.parse("{\"bool\": {\"must_not\": [{\"wasm_udf\": {\"name\": \"picky\"}}]}}", "q");
    assertThat(e.search(docs, not, 0, 10, QueryEngine.Options.untimed()).total()).isZero();
    assertThatThrownBy(
            () ->
                e.search(
                    docs,
                    q,
                    0,
                    10,
                    new QueryEngine.Options(Duration.ZERO, new QueryEngine.Cancellation(), true)))
        .isInstanceOf(QuidudfException.class)
        .hasMessageContaining("failed on document d3");
  }
}
