package io.quidditch.udf.python;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.Fixtures;
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
import org.junit.jupiter.api.TestFactory;

/**
 * Every program under src/tools/src/test/resources/python/programs runs under CPython (harness.py)
 * and as a compiled module on the same documents and parameters; results must be equal, floats to
 * the bit, and a Python exception must be a trap whose message names it.
 */
class PythonDifferentialTest {
  private static final Path DIR = Fixtures.root().resolve("src/tools/src/test/resources/python");
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
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
  }

  static void check(Path program) throws Exception {
    String source = Files.readString(program, StandardCharsets.UTF_8);
    List<JsonNode> expected = cpython(program);
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
