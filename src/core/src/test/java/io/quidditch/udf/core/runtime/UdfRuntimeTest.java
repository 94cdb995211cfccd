package io.quidditch.udf.core.runtime;

import static io.quidditch.udf.Fixtures.wat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.Engine;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.EvalResult;
import io.quidditch.udf.core.InvalidModuleException;
import io.quidditch.udf.core.Limits;
import io.quidditch.udf.core.LinkException;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ManifestCodec;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.abi.DocumentView;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UdfRuntimeTest {
  private static final String KEEP_ALL =
      "(module (func (export \"filter\") (param i64) (result i32) (i32.const 1)))";

  private static Manifest anon() {
    return Manifest.anonymous("t", null);
  }

  private static DocumentView doc(String json) {
    return DocumentView.parse(json, "doc");
  }

  private static UdfRuntime runtime(Engine engine) {
    return UdfRuntime.builder().withEngine(engine).build();
  }

  @Test
  void malformedModulesAreInvalidModuleErrors() {
    UdfRuntime rt = runtime(Engine.COMPILED);
    byte[] good = wat(KEEP_ALL);
    byte[] truncated = Arrays.copyOf(good, good.length - 3);
    byte[] random = new byte[200];
    new Random(7).nextBytes(random);
    byte[] randomWithHeader = Arrays.copyOf(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, 200);
    new Random(8).nextBytes(random);
    System.arraycopy(random, 0, randomWithHeader, 8, 192);
    for (byte[] bad :
        new byte[][] {new byte[0], truncated, random, randomWithHeader, "hello".getBytes()}) {
      assertThatThrownBy(() -> rt.load(bad, anon()))
          .isInstanceOf(InvalidModuleException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }

  @Test
  void instancesPastTheBudgetAreRefusedAsBusyAndTheirChargeComesBack() {
    // each instance may grow to 64 pages (4 MiB) and is charged that: 10 MiB holds two besides
    // the UDF's first instance, which loading made
    UdfRuntime rt =
        UdfRuntime.builder()
            .withInstanceBudget(10L << 20)
            .withLimits(Limits.defaults().withMemoryPages(64))
            .build();
    byte[] module =
        wat(
            "(module (memory (export \"memory\") 1)"
                + " (func (export \"filter\") (param i64) (result i32) (i32.const 1)))");
    LoadedUdf udf = rt.load(module, anon());
    DocumentView doc = DocumentView.parse("{}", "doc");
    assertThat(rt.instanceBytes()).isZero();
    Evaluator a = udf.evaluator();
    Evaluator b = udf.evaluator();
    Evaluator c = udf.evaluator();
    assertThat(a.evaluate(doc, BoundParams.none()).ok()).isTrue(); // the first instance
    assertThat(b.evaluate(doc, BoundParams.none()).ok()).isTrue(); // a second one
    long one = rt.instanceBytes();
    assertThat(one).isGreaterThanOrEqualTo(4L << 20);
    assertThat(c.evaluate(doc, BoundParams.none()).ok()).isTrue(); // a third
    assertThat(rt.instanceBytes()).isEqualTo(2 * one);
    Evaluator d = udf.evaluator();
    assertThatThrownBy(() -> d.evaluate(doc, BoundParams.none()))
        .isInstanceOf(QuidudfException.class)
        .satisfies(e -> assertThat(((QuidudfException) e).kind()).isEqualTo(ErrorKind.BUSY))
        .hasMessageContaining("MiB budget; retry when calls finish");
    b.release(); // back to the pool: d takes it
    assertThat(d.evaluate(doc, BoundParams.none()).ok()).isTrue();
    // a fresh instance per call hands each one back when it makes the next
    a.release();
    c.release();
    d.release();
    Evaluator fresh = udf.freshEvaluator();
    for (int i = 0; i < 50; i++) {
      assertThat(fresh.evaluate(doc, BoundParams.none()).ok()).isTrue();
    }
    fresh.release();
    // (the fresh instances took the budget of the two idle pooled ones, which were dropped)
    assertThat(rt.instanceBytes()).isLessThanOrEqualTo(2 * one);
    // another UDF short of budget takes it from the idle pooled instances of this one
    LoadedUdf trapping =
        rt.load(
            wat(
                "(module (memory (export \"memory\") 1)"
                    + " (func (export \"filter\") (param i64) (result i32) unreachable))"),
            anon());
    for (int i = 0; i < 5; i++) {
      // each trap discards its instance and returns its charge; the next call makes another
      Evaluator t = trapping.evaluator();
      assertThat(t.evaluate(doc, BoundParams.none()).error()).isEqualTo(ErrorKind.TRAP);
    }
    assertThat(rt.instanceBytes()).isLessThanOrEqualTo(one);
  }

  @Test
  void whatLoadingMayCostIsBounded() {
    byte[] manyFunctions =
        wat(
            "(module "
                + "(func)".repeat(ModuleLoader.MAX_FUNCTIONS + 1)
                + " (func (export \"filter\") (param i64) (result i32) (i32.const 1)))");
    assertThatThrownBy(() -> runtime(Engine.COMPILED).load(manyFunctions, anon()))
        .isInstanceOf(InvalidModuleException.class)
        .hasMessageContaining("module defines 20002 functions, over the limit of 20000");
    byte[] big = Arrays.copyOf(wat(KEEP_ALL), ModuleLoader.MAX_MODULE_BYTES + 1);
    assertThatThrownBy(() -> runtime(Engine.COMPILED).load(big, anon()))
        .isInstanceOf(InvalidModuleException.class)
        .hasMessageContaining("over the 8 MiB limit");
  }

  @Test
  void hugeTablesAreRefusedBeforeAnInstanceAllocatesThem() {
    byte[] tenMillion =
        wat(
            "(module (table 10000000 funcref)"
                + " (func (export \"filter\") (param i64) (result i32) (i32.const 1)))");
    assertThatThrownBy(() -> runtime(Engine.COMPILED).load(tenMillion, anon()))
        .isInstanceOf(QuidudfException.class)
        .hasMessageContaining("tables start with 10000000 entries, over the limit of 100000");
  }

  @Test
  void aTableThatGrowsIsBoundedByItsDeclaredMaximum() {
    // table.grow at run time would take a one-entry table to ten million entries per instance
    String grow =
        "(func (export \"filter\") (param i64) (result i32)"
            + " (drop (table.grow 0 (ref.null func) (i32.const 10000000))) (i32.const 1)))";
    for (Engine engine : Engine.values()) {
      assertThatThrownBy(
              () -> runtime(engine).load(wat("(module (table 1 funcref) " + grow), anon()))
          .isInstanceOf(QuidudfException.class)
          .hasMessageContaining("grows a table (table.grow) that declares no maximum")
          .hasMessageContaining("declare one of at most 100000 entries");
      assertThatThrownBy(
              () -> runtime(engine).load(wat("(module (table 1 200000 funcref) " + grow), anon()))
          .isInstanceOf(QuidudfException.class)
          .hasMessageContaining("tables may grow to 200000 entries, over the limit of 100000");
      // with a maximum in bounds the grow fails inside the guest (-1) and the call goes on
      LoadedUdf bounded =
          runtime(engine).load(wat("(module (table 1 1000 funcref) " + grow), anon());
      assertThat(bounded.evaluator().evaluate(doc("{}"), BoundParams.none()).ok()).isTrue();
    }
    // what an instance is charged counts the table's maximum, not its first size
    UdfRuntime rt = UdfRuntime.builder().withInstanceBudget(1L << 30).build();
    LoadedUdf charged = rt.load(wat("(module (table 1 100000 funcref) " + grow), anon());
    Evaluator first = charged.evaluator();
    Evaluator second = charged.evaluator();
    first.evaluate(doc("{}"), BoundParams.none());
    second.evaluate(doc("{}"), BoundParams.none());
    assertThat(rt.instanceBytes()).isGreaterThanOrEqualTo(100_000L * 16);
  }

  @Test
  void anI32ResultDeclaredAnIntegerStaysAnInteger() {
    byte[] five = wat("(module (func (export \"filter\") (param i64) (result i32) (i32.const 5)))");
    Manifest integer =
        ManifestCodec.parseYaml("name: n\nversion: 1.0.0\nreturns: [{type: i32}]", "udf.yaml");
    EvalResult r =
        runtime(Engine.COMPILED)
            .load(five, integer)
            .evaluator()
            .evaluate(doc("{}"), BoundParams.none());
    assertThat(r.value().isIntegralNumber()).isTrue();
    assertThat(r.value().asLong()).isEqualTo(5);
    EvalResult kept =
        runtime(Engine.COMPILED)
            .load(five, anon())
            .evaluator()
            .evaluate(doc("{}"), BoundParams.none());
    assertThat(kept.value().isBoolean()).isTrue();
  }

  @Test
  void theQuidditchGoDialectAnswersWithTheGoHostsCodesAndKeepsTheCapacity() {
    // rc * 1000 + the byte just past a 4-byte buffer (which nothing may write)
    byte[] probe =
        wat(
            "(module (import \"env\" \"get_field_string\""
                + " (func $gfs (param i64 i32 i32 i32 i32) (result i32)))"
                + " (memory (export \"memory\") 1) (data (i32.const 0) \"title\")"
                + " (func (export \"filter\") (param $ctx i64) (result i64)"
                + " (i32.store (i32.const 100) (i32.const 4))"
                + " (i64.extend_i32_s (i32.add (i32.mul (i32.const 1000)"
                + " (call $gfs (local.get $ctx) (i32.const 0) (i32.const 5) (i32.const 200)"
                + " (i32.const 100))) (i32.load8_u (i32.const 204))))))");
    String[] docs = {"{\"title\": \"ab\"}", "{}", "{\"title\": \"abcdef\"}"};
    long[] documented = {0, -1000, -2000};
    long[] go = {1000, 0, 0};
    for (String abi : new String[] {"documented", "quidditch-go"}) {
      Manifest m = ManifestCodec.parseYaml("name: p\nversion: 1.0.0\nabi: " + abi, "udf.yaml");
      LoadedUdf udf = runtime(Engine.COMPILED).load(probe, m);
      for (int i = 0; i < docs.length; i++) {
        long got = udf.evaluator().evaluate(doc(docs[i]), BoundParams.none()).value().asLong();
        assertThat(got)
            .as(abi + " " + docs[i])
            .isEqualTo(abi.equals("documented") ? documented[i] : go[i]);
      }
    }
  }

  @Test
  void inspectTellsWhichStringCodesTheCodeTestsFor() {
    java.util.function.Function<String, byte[]> testing =
        test ->
            wat(
                "(module (import \"env\" \"get_field_string\""
                    + " (func $gfs (param i64 i32 i32 i32 i32) (result i32)))"
                    + " (memory (export \"memory\") 1)"
                    + " (func (export \"filter\") (param $ctx i64) (result i32) (local $rc i32)"
                    + " (local.set $rc (call $gfs (local.get $ctx) (i32.const 0) (i32.const 1)"
                    + " (i32.const 8) (i32.const 4)))"
                    + test
                    + "))");
    UdfRuntime rt = runtime(Engine.COMPILED);
    assertThat(rt.inspect(testing.apply(" (i32.eq (local.get $rc) (i32.const 1))")).stringCodes())
        .isEqualTo(io.quidditch.udf.core.HostDialect.QUIDDITCH_GO);
    assertThat(rt.inspect(testing.apply(" (i32.ne (local.get $rc) (i32.const -1))")).stringCodes())
        .isEqualTo(io.quidditch.udf.core.HostDialect.DOCUMENTED);
    // a test against zero is one both dialects have: nothing can be told
    assertThat(rt.inspect(testing.apply(" (i32.eqz (local.get $rc))")).stringCodes()).isNull();
  }

  @Test
  void aStartFunctionIsRefusedWithoutRunningIt() {
    // the start function never returns: running it (at validation or instantiation) would hang
    byte[] spinAtStart =
        wat(
            "(module (func $spin (loop $l (br $l))) (start $spin)"
                + " (func (export \"filter\") (param i64) (result i32) (i32.const 1)))");
    for (Engine engine : Engine.values()) {
      assertThatThrownBy(() -> runtime(engine).load(spinAtStart, anon()))
          .isInstanceOf(InvalidModuleException.class)
          .hasMessageContaining("module has a start function (function 0)");
      assertThatThrownBy(() -> runtime(engine).inspect(spinAtStart))
          .isInstanceOf(InvalidModuleException.class);
    }
  }

  @Test
  void invalidFunctionBodiesAreRefusedAtLoad() {
    // valid structure, but the body leaves an i64 where an i32 is declared
    byte[] bad =
        new byte[] {
          0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 126, 1, 127, 3, 2, 1, 0, 7, 10, 1, 6, 102,
          105, 108, 116, 101, 114, 0, 0, 10, 6, 1, 4, 0, 32, 0, 11
        };
    assertThatThrownBy(() -> runtime(Engine.COMPILED).load(bad, anon()))
        .isInstanceOf(InvalidModuleException.class);
  }

  @Test
  void entryFunctionMustExistAndFollowTheAbi() {
    UdfRuntime rt = runtime(Engine.COMPILED);
    assertThatThrownBy(
            () ->
                rt.load(
                    wat(
                        "(module (func (export \"other\") (param i64) (result i32) (i32.const 1)))"),
                    anon()))
        .isInstanceOf(InvalidModuleException.class)
        .hasMessageContaining("exports no function 'filter'");
    assertThatThrownBy(
            () ->
                rt.load(
                    wat(
                        "(module (func (export \"filter\") (param i32) (result i32) (i32.const 1)))"),
                    anon()))
        .hasMessageContaining("has signature (i32) -> i32");
    assertThatThrownBy(
            () -> rt.load(wat("(module (func (export \"filter\") (param i64)))"), anon()))
        .hasMessageContaining("must return exactly one");
    Manifest declaresScore = ManifestCodec.parseYaml("name: t\nversion: 1.0.0\nreturns: f64", "m");
    assertThatThrownBy(() -> rt.load(wat(KEEP_ALL), declaresScore))
        .hasMessageContaining("declares returns: f64");
  }

  @Test
  void importsOutsideTheAbiAreRefusedByName() {
    UdfRuntime rt = runtime(Engine.COMPILED);
    assertThatThrownBy(
            () ->
                rt.load(
                    wat(
                        "(module (import \"env\" \"open_socket\" (func (param i32) (result i32))) (memory (export \"memory\") 1)"
                            + KEEP_ALL.substring(7)),
                    anon()))
        .isInstanceOf(LinkException.class)
        .hasMessageContaining("env.open_socket");
    assertThatThrownBy(
            () ->
                rt.load(
                    wat(
                        "(module (import \"env\" \"get_score\" (func (param i32) (result f64)))"
                            + KEEP_ALL.substring(7)),
                    anon()))
        .isInstanceOf(LinkException.class)
        .hasMessageContaining("env.get_score has signature (i32) -> f64")
        .hasMessageContaining("(i64) -> f64");
    assertThatThrownBy(
            () ->
                rt.load(
                    wat(
                        "(module (import \"env\" \"has_field\" (func (param i64 i32 i32) (result i32)))"
                            + KEEP_ALL.substring(7)),
                    anon()))
        .isInstanceOf(LinkException.class)
        .hasMessageContaining("exports no 'memory'");
    assertThatThrownBy(
            () ->
                rt.load(
                    wat("(module (import \"env\" \"memory\" (memory 1))" + KEEP_ALL.substring(7)),
                    anon()))
        .isInstanceOf(LinkException.class)
        .hasMessageContaining("imports memory env.memory");
  }

  @Test
  void logImportNeedsTheWriteLogPermission() {
    byte[] module =
        wat(
            "(module (import \"env\" \"log\" (func (param i32 i32 i32))) (memory (export \"memory\") 1)"
                + KEEP_ALL.substring(7));
    Manifest noLog =
        ManifestCodec.parseYaml("name: t\nversion: 1.0.0\npermissions: [read_document]", "m");
    assertThatThrownBy(() -> runtime(Engine.COMPILED).load(module, noLog))
        .isInstanceOf(LinkException.class)
        .hasMessageContaining("env.log needs permission write_log");
    Manifest withLog =
        ManifestCodec.parseYaml(
            "name: t\nversion: 1.0.0\npermissions: [read_document, write_log]", "m");
    assertThat(runtime(Engine.COMPILED).load(module, withLog)).isNotNull();
  }

  @Test
  void memoryIsClampedAndAnOversizedMinimumIsRefused() {
    UdfRuntime rt = UdfRuntime.builder().withLimits(Limits.defaults().withMemoryPages(4)).build();
    assertThatThrownBy(
            () ->
                rt.load(
                    wat("(module (memory (export \"memory\") 5)" + KEEP_ALL.substring(7)), anon()))
        .isInstanceOf(QuidudfException.class)
        .hasMessageContaining("needs 5 memory pages")
        .extracting(e -> ((QuidudfException) e).kind())
        .isEqualTo(ErrorKind.MEMORY);
    LoadedUdf udf =
        rt.load(
            wat(
                "(module (memory (export \"memory\") 1 100) (func (export \"filter\") (param i64) (result i64) (i64.extend_i32_s (memory.grow (i32.const 4)))))"),
            anon());
    EvalResult r = udf.evaluator().evaluate(doc("{}"), BoundParams.none());
    assertThat(r.value().asLong()).isEqualTo(-1);
    LoadedUdf ok =
        rt.load(
            wat(
                "(module (memory (export \"memory\") 1 100) (func (export \"filter\") (param i64) (result i64) (i64.extend_i32_s (memory.grow (i32.const 3)))))"),
            anon());
    assertThat(ok.evaluator().evaluate(doc("{}"), BoundParams.none()).value().asLong())
        .isEqualTo(1);
    assertThat(ok.peakMemoryPages()).isEqualTo(4);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aTimedOutCallIsInterruptedAndTheThreadStaysUsable(Engine engine) {
    UdfRuntime rt =
        UdfRuntime.builder()
            .withEngine(engine)
            .withLimits(Limits.defaults().withTimeout(Duration.ofMillis(100)))
            .build();
    LoadedUdf spin =
        rt.load(
            wat(
                "(module (func (export \"filter\") (param i64) (result i32) (loop $l (br $l)) (i32.const 0)))"),
            anon());
    long start = System.nanoTime();
    EvalResult r = spin.evaluator().evaluate(doc("{}"), BoundParams.none());
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.error()).isEqualTo(ErrorKind.TIMEOUT);
    assertThat(r.message()).contains("time limit of 100 ms");
    // a time limit cannot fire early; how late it fires is the machine's load, so the upper bound
    // only catches a watchdog that fires far too late, which no load explains
    assertThat(ms).as("elapsed ms").isBetween(90L, 60_000L);
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
    LoadedUdf keep = rt.load(wat(KEEP_ALL), anon());
    assertThat(keep.evaluator().evaluate(doc("{}"), BoundParams.none()).value().asBoolean())
        .isTrue();
  }

  @Test
  void executionsPerRuntimeAreBoundedAndWaitersGiveUpClearly() throws Exception {
    UdfRuntime rt =
        UdfRuntime.builder()
            .withLimits(Limits.defaults().withConcurrency(1, Duration.ofMillis(150)))
            .build();
    LoadedUdf udf = rt.load(wat(KEEP_ALL), anon());
    java.util.concurrent.atomic.AtomicReference<Throwable> seen =
        new java.util.concurrent.atomic.AtomicReference<>();
    boolean kept =
        rt.withSlot(
            () -> {
              Thread other =
                  new Thread(
                      () -> {
                        try {
                          rt.withSlot(
                              () -> udf.evaluator().evaluate(doc("{}"), BoundParams.none()));
                        } catch (Throwable t) {
                          seen.set(t);
                        }
                      });
              other.start();
              try {
                other.join();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
              return udf.evaluator().evaluate(doc("{}"), BoundParams.none()).keep();
            });
    assertThat(kept).isTrue();
    assertThat(seen.get())
        .isInstanceOf(QuidudfException.class)
        .hasMessageContaining("execution slots stayed busy for 150 ms");
    assertThat(rt.withSlot(() -> udf.evaluator().evaluate(doc("{}"), BoundParams.none())).keep())
        .as("free again once the first holder left")
        .isTrue();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void deepRecursionIsAStackError(Engine engine) {
    LoadedUdf udf =
        runtime(engine)
            .load(
                wat(
                    "(module (func $f (param i64) (result i32) (call $f (local.get 0))) (func (export \"filter\") (param i64) (result i32) (call $f (local.get 0))))"),
                anon());
    EvalResult r = udf.evaluator().evaluate(doc("{}"), BoundParams.none());
    assertThat(r.error()).isEqualTo(ErrorKind.STACK);
    assertThat(udf.evaluator().evaluate(doc("{}"), BoundParams.none()).error())
        .isEqualTo(ErrorKind.STACK);
  }

  @Test
  void logsAreCappedPerCallAndInvalidUtf8IsReplaced() {
    LoadedUdf udf =
        runtime(Engine.COMPILED)
            .load(
                wat(
                    "(module (import \"env\" \"log\" (func $log (param i32 i32 i32))) (memory (export \"memory\") 1)"
                        + " (data (i32.const 0) \"ok\\ff\\fe\")"
                        + " (func (export \"filter\") (param i64) (result i32) (local $i i32)"
                        + "  (block $d (loop $l (br_if $d (i32.ge_u (local.get $i) (i32.const 500)))"
                        + "   (call $log (i32.const 1) (i32.const 0) (i32.const 4)) (local.set $i (i32.add (local.get $i) (i32.const 1))) (br $l)))"
                        + "  (i32.const 1)))"),
                anon());
    EvalResult r = udf.evaluator().evaluate(doc("{}"), BoundParams.none());
    assertThat(r.logs()).hasSize(101);
    assertThat(r.logs().get(0).message()).isEqualTo("ok\uFFFD\uFFFD");
    assertThat(r.logs().get(100).message()).contains("400 more log line(s) dropped");
    assertThat(udf.evaluator().evaluate(doc("{}"), BoundParams.none()).logs()).hasSize(101);
  }

  @Test
  void positionalParametersArePassedAfterCtxInDeclarationOrder() {
    Manifest m =
        ManifestCodec.parseYaml(
            "name: t\nversion: 1.0.0\nfunction_name: f\nparameters: [{name: a, type: int}, {name: b, type: float, default: 0.5}, {name: c, type: bool, default: true}]",
            "m");
    LoadedUdf udf =
        runtime(Engine.COMPILED)
            .load(
                wat(
                    "(module (func (export \"f\") (param i64 i64 f64 i32) (result f64)"
                        + " (f64.add (f64.add (f64.convert_i64_s (local.get 1)) (local.get 2)) (f64.convert_i32_s (local.get 3)))))"),
                m);
    assertThat(
            udf.evaluator()
                .evaluate(
                    doc("{}"), udf.bind(Map.of("a", io.quidditch.udf.core.Json.parse("3", "v"))))
                .value()
                .asDouble())
        .isEqualTo(4.5);
    Manifest strings =
        ManifestCodec.parseYaml(
            "name: t\nversion: 1.0.0\nfunction_name: f\nparameters: [{name: a, type: str}]", "m");
    assertThatThrownBy(
            () ->
                runtime(Engine.COMPILED)
                    .load(
                        wat(
                            "(module (func (export \"f\") (param i64 i32) (result i32) (i32.const 1)))"),
                        strings))
        .isInstanceOf(InvalidModuleException.class)
        .hasMessageContaining("cannot be passed positionally");
  }

  @Test
  void aFailedInstanceIsDiscardedAndStatefulModulesLeakOnlyOnReuse() {
    LoadedUdf counter =
        runtime(Engine.COMPILED)
            .load(
                wat(
                    "(module (global $n (mut i64) (i64.const 0)) (func (export \"filter\") (param i64) (result i64)"
                        + " (global.set $n (i64.add (global.get $n) (i64.const 1))) (global.get $n)))"),
                anon());
    assertThat(counter.freshEvaluator().evaluate(doc("{}"), BoundParams.none()).value().asLong())
        .isEqualTo(1);
    assertThat(counter.freshEvaluator().evaluate(doc("{}"), BoundParams.none()).value().asLong())
        .isEqualTo(1);
    Evaluator s = counter.evaluator();
    assertThat(s.evaluate(doc("{}"), BoundParams.none()).value().asLong()).isEqualTo(1);
    assertThat(s.evaluate(doc("{}"), BoundParams.none()).value().asLong()).isEqualTo(2);

    LoadedUdf trapsOnOdd =
        runtime(Engine.COMPILED)
            .load(
                wat(
                    "(module (global $n (mut i64) (i64.const 0)) (func (export \"filter\") (param i64) (result i64)"
                        + " (global.set $n (i64.add (global.get $n) (i64.const 1)))"
                        + " (if (i64.eq (global.get $n) (i64.const 2)) (then unreachable)) (global.get $n)))"),
                anon());
    Evaluator t = trapsOnOdd.evaluator();
    assertThat(t.evaluate(doc("{}"), BoundParams.none()).value().asLong()).isEqualTo(1);
    assertThat(t.evaluate(doc("{}"), BoundParams.none()).error()).isEqualTo(ErrorKind.TRAP);
    assertThat(t.evaluate(doc("{}"), BoundParams.none()).value().asLong())
        .as("a new instance after the trap")
        .isEqualTo(1);
  }

  @Test
  void wasiModulesRunWithStdoutCapturedAsLogs() {
    LoadedUdf udf =
        runtime(Engine.COMPILED)
            .load(
                wat(
                    "(module (import \"wasi_snapshot_preview1\" \"fd_write\" (func $w (param i32 i32 i32 i32) (result i32)))"
                        + " (memory (export \"memory\") 1) (data (i32.const 100) \"from wasi\\n\")"
                        + " (func (export \"filter\") (param i64) (result i32)"
                        + "  (i32.store (i32.const 0) (i32.const 100)) (i32.store (i32.const 4) (i32.const 10))"
                        + "  (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))) (i32.const 1)))"),
                anon());
    EvalResult r = udf.evaluator().evaluate(doc("{}"), BoundParams.none());
    assertThat(r.value().asBoolean()).isTrue();
    assertThat(r.logs()).extracting(Object::toString).containsExactly("info: from wasi");
  }
}
