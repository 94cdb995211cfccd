package io.quidditch.udf.core.runtime;

import static io.quidditch.udf.Fixtures.wat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.Engine;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.EvalResult;
import io.quidditch.udf.core.Limits;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.abi.DocumentView;
import java.time.Duration;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile modules: each must end with its typed error, and the runtime must answer a well-behaved
 * call right after. Prints how long each took to be stopped.
 */
class AdversarialTest {
  /** The time limit of the modules that never end: a timeout is their right answer. */
  private static final Duration TIMEOUT = Duration.ofMillis(250);

  /**
   * The time limit of the others, whose right answer is never a timeout, and the bound on each
   * check: only a hang reaches it, however loaded the machine.
   */
  private static final Duration HANG = Duration.ofSeconds(60);

  private static final byte[] GOOD =
      wat("(module (func (export \"filter\") (param i64) (result i32) (i32.const 1)))");

  private UdfRuntime runaways;
  private UdfRuntime runtime;

  private void check(String name, ErrorKind expected, Supplier<ErrorKind> attempt) {
    check(runtime, name, expected, attempt);
  }

  private void check(UdfRuntime rt, String name, ErrorKind expected, Supplier<ErrorKind> attempt) {
    long start = System.nanoTime();
    ErrorKind got;
    try {
      got = attempt.get();
    } catch (QuidudfException e) {
      got = e.kind();
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "adversarial %-44s -> %-15s in %5d ms%n", name, got == null ? "ok" : got.code(), ms);
    assertThat(got).as(name).isEqualTo(expected);
    assertThat(ms).as(name + " ended (a hang, not a slow machine)").isLessThan(HANG.toMillis());
    EvalResult healthy =
        rt.load(GOOD, Manifest.anonymous("good", null))
            .evaluator()
            .evaluate(doc(), BoundParams.none());
    assertThat(healthy.value().asBoolean()).as("healthy after " + name).isTrue();
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  private static DocumentView doc() {
    return DocumentView.parse("{\"title\":\"x\"}", "doc");
  }

  private Supplier<ErrorKind> call(String watText) {
    return call(runtime, wat(watText));
  }

  private Supplier<ErrorKind> call(byte[] module) {
    return call(runtime, module);
  }

  private static Supplier<ErrorKind> call(UdfRuntime rt, byte[] module) {
    return () ->
        rt.load(module, Manifest.anonymous("bad", null))
            .evaluator()
            .evaluate(doc(), BoundParams.none())
            .error();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void hostileModulesAreStoppedWithTheirTypedError(Engine engine) {
    runaways =
        UdfRuntime.builder()
            .withEngine(engine)
            .withLimits(Limits.defaults().withTimeout(TIMEOUT).withMemoryPages(64))
            .build();
    runtime =
        UdfRuntime.builder()
            .withEngine(engine)
            .withLimits(Limits.defaults().withTimeout(HANG).withMemoryPages(64))
            .build();
    check(
        runaways,
        "infinite loop",
        ErrorKind.TIMEOUT,
        call(
            runaways,
            wat(
                "(module (func (export \"filter\") (param i64) (result i32) (loop $l (br $l)) (i32.const 0)))")));
    check(
        "memory bomb (grow until refused, then trap)",
        ErrorKind.TRAP,
        call(
            "(module (memory 1) (func (export \"filter\") (param i64) (result i32)"
                + " (block $d (loop $l (br_if $d (i32.eq (memory.grow (i32.const 1)) (i32.const -1))) (br $l))) unreachable))"));
    check(
        "minimum memory over the limit",
        ErrorKind.MEMORY,
        call(
            "(module (memory 65) (func (export \"filter\") (param i64) (result i32) (i32.const 1)))"));
    check(
        "unbounded recursion",
        ErrorKind.STACK,
        call(
            "(module (func $f (param i64) (result i32) (call $f (local.get 0))) (func (export \"filter\") (param i64) (result i32) (call $f (local.get 0))))"));
    check(
        "host string request of 2 GiB (capacity claim)",
        null,
        call(
            "(module (import \"env\" \"get_field_string\" (func $g (param i64 i32 i32 i32 i32) (result i32)))"
                + " (memory (export \"memory\") 1) (data (i32.const 0) \"title\")"
                + " (func (export \"filter\") (param i64) (result i32) (i32.store (i32.const 16) (i32.const 0x7fffffff))"
                + " (i32.eqz (call $g (local.get 0) (i32.const 0) (i32.const 5) (i32.const 64) (i32.const 16)))))"));
    check(
        "host string written past memory",
        ErrorKind.TRAP,
        call(
            "(module (import \"env\" \"get_field_string\" (func $g (param i64 i32 i32 i32 i32) (result i32)))"
                + " (memory (export \"memory\") 1) (data (i32.const 0) \"title\")"
                + " (func (export \"filter\") (param i64) (result i32) (i32.store (i32.const 16) (i32.const 0x7fffffff))"
                + " (i32.eqz (call $g (local.get 0) (i32.const 0) (i32.const 5) (i32.const 65536) (i32.const 16)))))"));
    check(
        "name pointer outside memory",
        ErrorKind.TRAP,
        call(
            "(module (import \"env\" \"has_field\" (func $h (param i64 i32 i32) (result i32))) (memory (export \"memory\") 1)"
                + " (func (export \"filter\") (param i64) (result i32) (call $h (local.get 0) (i32.const -1) (i32.const 100))))"));
    byte[] floodOut =
        wat(
            "(module (import \"wasi_snapshot_preview1\" \"fd_write\""
                + " (func $w (param i32 i32 i32 i32) (result i32))) (memory (export \"memory\") 64)"
                + " (func (export \"filter\") (param i64) (result i32) (local $i i32)"
                + "  (loop $l (i32.store (i32.add (i32.const 4096) (i32.mul (local.get $i) (i32.const 8))) (i32.const 65536))"
                + "   (i32.store (i32.add (i32.const 4100) (i32.mul (local.get $i) (i32.const 8))) (i32.const 4063232))"
                + "   (local.set $i (i32.add (local.get $i) (i32.const 1)))"
                + "   (br_if $l (i32.lt_u (local.get $i) (i32.const 4000))))"
                + "  (drop (call $w (i32.const 1) (i32.const 4096) (i32.const 4000) (i32.const 64))) (i32.const 1)))");
    check(
        runaways,
        "one fd_write of 4000 iovecs of 4 MiB (15 GiB)",
        ErrorKind.TIMEOUT,
        () -> {
          EvalResult r =
              runaways
                  .load(
                      floodOut,
                      io.quidditch.udf.core.ManifestCodec.parseYaml(
                          "name: flood\nversion: 1.0.0\npermissions: [write_log]\n", "udf.yaml"))
                  .evaluator()
                  .evaluate(doc(), BoundParams.none());
          assertThat(r.logs().size()).as("output kept in bounds").isLessThanOrEqualTo(101);
          return r.error();
        });
    check(
        "NaN score",
        ErrorKind.TRAP,
        call(
            "(module (func (export \"filter\") (param i64) (result f64) (f64.div (f64.const 0) (f64.const 0))))"));
    check(
        "infinite score",
        ErrorKind.TRAP,
        call(
            "(module (func (export \"filter\") (param i64) (result f32) (f32.div (f32.const 1) (f32.const 0))))"));
    check(
        "entry with the wrong signature",
        ErrorKind.INVALID_MODULE,
        call("(module (func (export \"filter\") (param f64) (result i32) (i32.const 1)))"));
    check("0-byte module", ErrorKind.INVALID_MODULE, call(new byte[0]));
    byte[] truncated = java.util.Arrays.copyOf(GOOD, GOOD.length - 5);
    check("truncated module", ErrorKind.INVALID_MODULE, call(truncated));
    byte[] random = new byte[4096];
    new Random(1).nextBytes(random);
    random[0] = 0;
    random[1] = 'a';
    random[2] = 's';
    random[3] = 'm';
    random[4] = 1;
    random[5] = random[6] = random[7] = 0;
    check("random bytes after a valid header", ErrorKind.INVALID_MODULE, call(random));
    StringBuilder many = new StringBuilder("(module");
    for (int i = 0; i < 12_000; i++) {
      many.append(" (import \"env\" \"get_score\" (func (param i64) (result f64)))");
    }
    many.append(" (func (export \"filter\") (param i64) (result i32) (i32.const 1)))");
    byte[] tooMany = wat(many.toString());
    check("12,000 imports", ErrorKind.LINK, call(tooMany));
    // refused on the count, before any import is looked up: the work does not grow with the list
    assertThatThrownBy(() -> runtime.load(tooMany, Manifest.anonymous("bad", null)))
        .hasMessageStartingWith("module has 12000 imports;");
    StringBuilder thousands = new StringBuilder("(module");
    for (int i = 0; i < 3_000; i++) {
      thousands.append(" (import \"env\" \"get_score\" (func (param i64) (result f64)))");
    }
    thousands.append(" (func (export \"filter\") (param i64) (result i32) (i32.const 1)))");
    check("3,000 valid imports", null, call(thousands.toString()));
  }
}
