package io.quidditch.udf.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.Fixtures;
import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.Engine;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.EvalResult;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.Limits;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.abi.DocumentView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutation of valid modules and documents: every case must end in a typed error or a
 * result, never an uncaught exception or a hang. The seed is printed, so a failure replays.
 */
class FuzzIT {
  private static final long SEED = Long.getLong("quidudf.fuzz.seed", 20261124L);
  private static final int MODULE_CASES = Integer.getInteger("quidudf.fuzz.modules", 3000);
  private static final int DOCUMENT_CASES = Integer.getInteger("quidudf.fuzz.documents", 3000);

  /**
   * A mutant may loop forever (the seeds include a spinning export), so a timeout is one right
   * answer; the limit is one only such a module reaches: the mutants that end take well under a
   * second, even on a first, cold call.
   */
  private final UdfRuntime runtime =
      UdfRuntime.builder()
          .withEngine(Engine.INTERPRETER)
          .withLimits(Limits.defaults().withTimeout(Duration.ofSeconds(5)).withMemoryPages(32))
          .build();

  /**
   * The document fuzz calls modules that never loop: a trap or a result is the only right answer,
   * so their time limit is one no loaded machine reaches (a timeout there would be the machine).
   */
  private final UdfRuntime documentsRuntime =
      UdfRuntime.builder()
          .withEngine(Engine.INTERPRETER)
          .withLimits(Limits.defaults().withTimeout(Duration.ofMinutes(10)).withMemoryPages(32))
          .build();

  private static List<byte[]> seeds() throws Exception {
    try (Stream<Path> walk =
        Files.walk(Fixtures.root().resolve("src/core/src/test/resources/conformance"))) {
      List<byte[]> out =
          walk.filter(p -> p.toString().endsWith(".wasm"))
              .sorted()
              .map(Fixtures::read)
              .collect(Collectors.toList());
      out.add(Fixtures.read(Fixtures.root().resolve("examples/custom-score/custom_score.wasm")));
      out.add(Fixtures.read(Fixtures.root().resolve("src/bench/fixtures/string_distance.wasm")));
      return out;
    }
  }

  private static final List<String> EXPORTS =
      List.of("filter", "has", "str_eq", "s_rc", "levels", "name_oob", "spin", "int64", "score");

  @Test
  void mutatedModulesNeverEscapeAsUntypedErrors() throws Exception {
    Random rnd = new Random(SEED);
    List<byte[]> seeds = seeds();
    int typed = 0;
    int ran = 0;
    int timedOut = 0;
    for (int i = 0; i < MODULE_CASES; i++) {
      byte[] seed = seeds.get(rnd.nextInt(seeds.size()));
      List<String> exported =
          runtime.inspect(seed).exports().stream()
              .filter(e -> e.kind().equals("function"))
              .map(e -> e.name())
              .collect(Collectors.toList());
      byte[] m = mutate(seed, rnd);
      String fn =
          rnd.nextInt(10) == 0
              ? EXPORTS.get(rnd.nextInt(EXPORTS.size()))
              : exported.get(rnd.nextInt(exported.size()));
      try {
        LoadedUdf udf = runtime.load(m, Manifest.anonymous("fuzz", fn));
        EvalResult r =
            udf.evaluator().evaluate(DocumentView.of(randomDoc(rnd, 3)), BoundParams.none());
        assertThat(r.ok() || r.error().isExecutionFailure())
            .as("case %d (seed %d)", i, SEED)
            .isTrue();
        ran++;
        if (r.error() == ErrorKind.TIMEOUT) {
          timedOut++;
        }
      } catch (QuidudfException e) {
        assertThat(e.kind())
            .as("case %d (seed %d): %s", i, SEED, e.getMessage())
            .isNotEqualTo(ErrorKind.INTERNAL);
        assertThat(e.getMessage()).doesNotContain("\n");
        typed++;
      }
    }
    System.out.printf(
        "fuzz modules: %d cases (seed %d): %d typed load errors, %d ran (%d timed out)%n",
        MODULE_CASES, SEED, typed, ran, timedOut);
    assertThat(typed + ran).isEqualTo(MODULE_CASES);
    assertThat(ran).as("some mutations still load and run").isPositive();
  }

  @Test
  void randomDocumentsAndParametersNeverBreakTheHost() throws Exception {
    Random rnd = new Random(SEED + 1);
    byte[] fields =
        Fixtures.read(
            Fixtures.root().resolve("src/core/src/test/resources/conformance/fields/fields.wasm"));
    List<LoadedUdf> udfs = new ArrayList<>();
    for (String fn :
        List.of("has", "str_rc", "str_len", "i64_val", "f64_val", "bool_val", "id_rc", "score")) {
      udfs.add(documentsRuntime.load(fields, Manifest.anonymous("fields", fn)));
    }
    String[] paths = {
      "a",
      "a.b",
      "a[0]",
      "a.b[1].c",
      "",
      ".",
      "[",
      "a]",
      "x".repeat(5000),
      "é",
      "a..b",
      "a[99999999999]"
    };
    int ok = 0;
    for (int i = 0; i < DOCUMENT_CASES; i++) {
      LoadedUdf udf = udfs.get(rnd.nextInt(udfs.size()));
      ObjectNode params = Json.MAPPER.createObjectNode();
      params.put("field", paths[rnd.nextInt(paths.length)]);
      if (rnd.nextBoolean()) {
        params.put("cap", rnd.nextInt(64) - 8);
      }
      Map<String, JsonNode> bound = new java.util.LinkedHashMap<>();
      params.properties().forEach(e -> bound.put(e.getKey(), e.getValue()));
      EvalResult r = udf.evaluator().evaluate(DocumentView.of(randomDoc(rnd, 4)), udf.bind(bound));
      assertThat(r.ok() || r.error() == ErrorKind.TRAP).as("case %d: %s", i, r.message()).isTrue();
      ok++;
    }
    System.out.printf("fuzz documents: %d cases (seed %d)%n", ok, SEED + 1);
  }

  private static byte[] mutate(byte[] in, Random rnd) {
    byte[] m = in.clone();
    int kind = rnd.nextInt(5);
    switch (kind) {
      case 0: // flip bytes
        for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
          m[8 + rnd.nextInt(m.length - 8)] ^= (byte) (1 << rnd.nextInt(8));
        }
        return m;
      case 1: // random byte values
        for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
          m[8 + rnd.nextInt(m.length - 8)] = (byte) rnd.nextInt(256);
        }
        return m;
      case 2: // truncate
        return java.util.Arrays.copyOf(m, 8 + rnd.nextInt(m.length - 8));
      case 3:
        { // insert junk
          int at = 8 + rnd.nextInt(m.length - 8);
          byte[] junk = new byte[1 + rnd.nextInt(16)];
          rnd.nextBytes(junk);
          byte[] out = new byte[m.length + junk.length];
          System.arraycopy(m, 0, out, 0, at);
          System.arraycopy(junk, 0, out, at, junk.length);
          System.arraycopy(m, at, out, at + junk.length, m.length - at);
          return out;
        }
      default:
        { // delete a run
          int at = 8 + rnd.nextInt(m.length - 8);
          int len = Math.min(m.length - at, 1 + rnd.nextInt(8));
          byte[] out = new byte[m.length - len];
          System.arraycopy(m, 0, out, 0, at);
          System.arraycopy(m, at + len, out, at, m.length - at - len);
          return out;
        }
    }
  }

  private static ObjectNode randomDoc(Random rnd, int depth) {
    ObjectNode d = Json.MAPPER.createObjectNode();
    int n = rnd.nextInt(6);
    String[] keys = {"a", "b", "c", "title", "_id", "_score", "_source", "é"};
    for (int i = 0; i < n; i++) {
      d.set(keys[rnd.nextInt(keys.length)], randomValue(rnd, depth));
    }
    return d;
  }

  private static JsonNode randomValue(Random rnd, int depth) {
    switch (rnd.nextInt(depth > 0 ? 9 : 6)) {
      case 0:
        return Json.MAPPER.getNodeFactory().nullNode();
      case 1:
        return Json.MAPPER.getNodeFactory().booleanNode(rnd.nextBoolean());
      case 2:
        return Json.MAPPER.getNodeFactory().numberNode(rnd.nextLong());
      case 3:
        return Json.MAPPER.getNodeFactory().numberNode(rnd.nextGaussian() * 1e6);
      case 4:
        return Json.MAPPER.getNodeFactory().textNode("x".repeat(rnd.nextInt(3000)));
      case 5:
        return Json.MAPPER
            .getNodeFactory()
            .textNode(new String(Character.toChars(0x1F600 + rnd.nextInt(50))));
      case 6:
      case 7:
        {
          ArrayNode a = Json.MAPPER.createArrayNode();
          for (int i = 0; i < rnd.nextInt(4); i++) {
            a.add(randomValue(rnd, depth - 1));
          }
          return a;
        }
      default:
        return randomDoc(rnd, depth - 1);
    }
  }
}
