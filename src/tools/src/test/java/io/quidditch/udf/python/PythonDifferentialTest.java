package io.quidditch.udf.python;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.Fixtures;
import io.quidditch.udf.core.Digests;
import io.quidditch.udf.core.EvalResult;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.abi.DocumentView;
import io.quidditch.udf.core.runtime.LoadedUdf;
import io.quidditch.udf.core.runtime.UdfRuntime;
import io.quidditch.udf.core.runtime.wat.WatCompiler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program under src/tools/src/test/resources/python/programs runs as a compiled module on its
 * cases' documents and parameters, and its results must equal CPython's (floats to the bit, a
 * Python exception a trap whose message names it). CPython's results are committed beside the
 * program ({@code golden/NAME.cpython.json}, with the source's digest, so a changed program cannot
 * be checked against stale results), and so is the generated WebAssembly text ({@code
 * golden/NAME.wat}), so a code generator change shows as a diff. Both are rebuilt, running CPython
 * through harness.py, by {@code ./mvnw test -pl src/tools -Dtest=PythonDifferentialTest
 * -Dquidudf.regenerate=true}.
 */
class PythonDifferentialTest {
  private static final Path DIR = Fixtures.root().resolve("src/tools/src/test/resources/python");
  private static final Path GOLDEN = DIR.resolve("golden");
  private static final boolean REGENERATE = Boolean.getBoolean("quidudf.regenerate");
  private static final String HOW = "; regenerate with -Dquidudf.regenerate=true";
  private static final UdfRuntime RUNTIME = UdfRuntime.builder().build();
  private static final PythonCompiler COMPILER =
      new PythonCompiler((file, text) -> new WatCompiler().compile(file, text).wasm());

  @TestFactory
  Stream<DynamicTest> compiledProgramsAgreeWithCPython() throws Exception {
    List<Path> programs;
    try (Stream<Path> s = Files.list(DIR.resolve("programs"))) {
      programs = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
    }
    assertThat(programs).hasSizeGreaterThanOrEqualTo(40);
    return programs.stream()
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> checkGolden(p)));
  }

  /** Every golden file belongs to a program, so a renamed or deleted program leaves none behind. */
  @Test
  void everyGoldenFileHasItsProgram() throws Exception {
    try (Stream<Path> s = Files.list(GOLDEN)) {
      List<Path> orphans =
          s.filter(
                  g -> {
                    String name =
                        g.getFileName().toString().replaceAll("\\.(wat|cpython\\.json)$", "");
                    return !Files.exists(DIR.resolve("programs").resolve(name + ".py"));
                  })
              .collect(Collectors.toList());
      if (REGENERATE) {
        for (Path orphan : orphans) {
          Files.delete(orphan);
        }
      } else {
        assertThat(orphans).as("golden files without a program" + HOW).isEmpty();
      }
    }
  }

  /** A program of the corpus, against its committed CPython results and generated text. */
  static void checkGolden(Path program) throws Exception {
    String source = Files.readString(program, StandardCharsets.UTF_8);
    String name = program.getFileName().toString().replaceAll("\\.py$", "");
    List<JsonNode> expected = expected(program, name, source);
    String wat = withoutLibrary(COMPILER.generatedText(program.getFileName().toString(), source));
    Path goldenWat = GOLDEN.resolve(name + ".wat");
    if (REGENERATE) {
      Files.writeString(goldenWat, wat, StandardCharsets.UTF_8);
    } else {
      assertThat(goldenWat).as(goldenWat + " is missing" + HOW).exists();
      assertThat(wat)
          .as(goldenWat + ": the generated text changed" + HOW)
          .isEqualTo(Files.readString(goldenWat, StandardCharsets.UTF_8));
    }
    agree(program, source, expected);
  }

  /**
   * The generated text with each linked runtime library function replaced by a line naming it: the
   * golden files show what the code generator wrote, and a change to the library does not rewrite
   * all of them.
   */
  static String withoutLibrary(String wat) {
    for (Map.Entry<String, String> f : RuntimeLibrary.functions().entrySet()) {
      wat = wat.replace(f.getValue(), "  ;; linked: $" + f.getKey() + "\n");
    }
    return wat;
  }

  /** A generated program (the fuzz tests'), against CPython run now. */
  static void check(Path program) throws Exception {
    agree(program, Files.readString(program, StandardCharsets.UTF_8), cpython(program));
  }

  private static void agree(Path program, String source, List<JsonNode> expected) throws Exception {
    List<JsonNode> cases = new ArrayList<>();
    long ulps = 0; // "# ulps: N": float results may differ from CPython's libm by N units
    for (String line : source.split("\n")) {
      if (line.strip().startsWith("# case:")) {
        cases.add(Json.parse(line.substring(line.indexOf("# case:") + 7), "case"));
      } else if (line.strip().startsWith("# ulps:")) {
        ulps = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
      }
    }
    assertThat(expected).hasSameSizeAs(cases);
    var compiled = COMPILER.compile(program.getFileName().toString(), source);
    byte[] again = COMPILER.compile(program.getFileName().toString(), source).wasm();
    assertThat(again).as("compiling twice gives the same bytes").isEqualTo(compiled.wasm());
    Manifest manifest = compiled.manifest();
    LoadedUdf udf = RUNTIME.load(compiled.wasm(), manifest);
    for (int i = 0; i < cases.size(); i++) {
      JsonNode c = cases.get(i);
      Map<String, JsonNode> params = new LinkedHashMap<>();
      c.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue()));
      EvalResult r =
          udf.evaluator()
              .evaluate(
                  DocumentView.of(c.has("doc") ? c.get("doc") : Json.MAPPER.createObjectNode()),
                  udf.bind(params));
      JsonNode want = expected.get(i);
      String where = program.getFileName() + " case " + (i + 1) + " " + c;
      if (want.has("error")) {
        assertThat(r.ok())
            .as(
                where
                    + ": CPython raised "
                    + want.get("error").asText()
                    + " but we returned "
                    + r.value())
            .isFalse();
        assertThat(r.message()).as(where).contains(want.get("error").asText());
        continue;
      }
      assertThat(r.ok()).as(where + ": " + r.message()).isTrue();
      JsonNode w = want.get("result");
      if (w.isBoolean()) {
        assertThat(r.value().asBoolean()).as(where).isEqualTo(w.asBoolean());
      } else if (w.isIntegralNumber()) {
        assertThat(r.value().asLong()).as(where).isEqualTo(w.asLong());
      } else if (w.isNumber()) {
        assertThat(ulpDistance(r.value().asDouble(), w.asDouble()))
            .as(where + ": " + r.value() + " vs " + w + " (ulps allowed: " + ulps + ")")
            .isLessThanOrEqualTo(ulps);
      }
      // programs that build strings log them (a UDF cannot return a str): the lines must match
      List<String> logs = new ArrayList<>();
      r.logs().forEach(l -> logs.add(l.message()));
      List<String> wantLogs = new ArrayList<>();
      want.path("logs").forEach(l -> wantLogs.add(l.asText()));
      assertThat(logs).as(where).isEqualTo(wantLogs);
    }
  }

  /** How many doubles lie between a and b (0 when their bits are equal). */
  static long ulpDistance(double a, double b) {
    long x = Double.doubleToLongBits(a);
    long y = Double.doubleToLongBits(b);
    if (x == y) {
      return 0;
    }
    if (Double.isNaN(a) || Double.isNaN(b) || (x < 0) != (y < 0)) {
      return Long.MAX_VALUE;
    }
    return Math.abs(x - y);
  }

  /** CPython's results, as committed: regenerated from harness.py when asked. */
  record CPythonResults(String sourceSha256, List<JsonNode> results) {}

  private static List<JsonNode> expected(Path program, String name, String source)
      throws Exception {
    Path golden = GOLDEN.resolve(name + ".cpython.json");
    String digest = Digests.sha256(source.getBytes(StandardCharsets.UTF_8));
    if (REGENERATE) {
      Files.createDirectories(GOLDEN);
      CPythonResults fresh = new CPythonResults(digest, cpython(program));
      Files.writeString(
          golden,
          Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(fresh) + "\n",
          StandardCharsets.UTF_8);
      return fresh.results();
    }
    assertThat(golden).as(golden + " is missing" + HOW).exists();
    CPythonResults committed = Json.MAPPER.readValue(golden.toFile(), CPythonResults.class);
    assertThat(committed.sourceSha256())
        .as(
            golden
                + " holds CPython's results for another version of "
                + program.getFileName()
                + HOW)
        .isEqualTo(digest);
    return committed.results();
  }

  private static List<JsonNode> cpython(Path program) throws Exception {
    Process p =
        new ProcessBuilder("python3", DIR.resolve("harness.py").toString(), program.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    List<JsonNode> results = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        results.add(Json.parse(line, "harness output"));
      }
    }
    return results;
  }
}
