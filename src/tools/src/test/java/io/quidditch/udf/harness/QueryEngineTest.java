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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

  @Test
  void aSmallQueryIsAnsweredWhileALongOneRuns() throws Exception {
    List<JsonNode> many = docs(6000);
    long t0 = System.nanoTime();
    CompletableFuture<Long> big =
        CompletableFuture.supplyAsync(
            () -> {
              assertThat(
                      engine.search(many, udfQuery(), 0, 10, QueryEngine.Options.untimed()).total())
                  .isEqualTo(6000);
              return System.nanoTime() - t0;
            });
    QueryEngine.Result small =
        engine.search(docs(10), udfQuery(), 0, 10, QueryEngine.Options.untimed());
    long smallTook = System.nanoTime() - t0;
    assertThat(small.total()).isEqualTo(10);
    long bigTook = big.get();
    // the long query's tasks yield the pool after each chunk: the short one waits for a chunk,
    // not for the whole long query (which holding both threads would make it do); both times
    // scale alike with the machine's load, so their ratio is what is checked
    assertThat(smallTook).as("short query vs long query, ns").isLessThan(bigTook / 2);
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
