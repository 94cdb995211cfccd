package io.quidditch.udf.harness;

import static org.assertj.core.api.Assertions.assertThat;

import io.quidditch.udf.Fixtures;
import io.quidditch.udf.core.Engine;
import io.quidditch.udf.core.runtime.UdfRuntime;
import io.quidditch.udf.core.runtime.wat.WatCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ABI conformance suite: hand-written .wat fixtures with their built .wasm beside them, each
 * with a tests.yaml. Run with -Dquidudf.regenerate=true to rebuild the .wasm files.
 */
class ConformanceTest {

  @ParameterizedTest
  @EnumSource(Engine.class)
  void everyConformanceCasePasses(Engine engine) {
    List<Path> specs = TestSpecReader.discover(List.of(Fixtures.conformance()));
    assertThat(specs).hasSize(7);
    TestReport report =
        new TestRunner(
                UdfRuntime.builder().withEngine(engine).build(),
                new UdfLoader(null, Compilers.standard()))
            .run(specs);
    String failures =
        report.suites().stream()
            .flatMap(s -> s.cases().stream())
            .filter(c -> c.status() != CaseResult.Status.PASS)
            .map(c -> c.suite() + ": " + c.name() + ": " + c.message())
            .collect(Collectors.joining("\n"));
    assertThat(report.badSpecs()).isZero();
    assertThat(failures).isEmpty();
    assertThat(report.count(CaseResult.Status.PASS)).isEqualTo(99);
  }

  @Test
  void committedModulesMatchTheirSources() throws IOException {
    boolean regenerate = Boolean.getBoolean("quidudf.regenerate");
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(Fixtures.root())) {
      sources =
          walk.filter(p -> p.toString().endsWith(".wat"))
              .filter(p -> !p.toString().contains("/target/"))
              .filter(p -> !p.toString().contains("/src/main/"))
              // Quidditch's examples as their authors wrote them: built by their build.sh, with a
              // patch, and checked by CI's rebuild
              .filter(p -> !p.toString().contains("/src/compat/quidditch/"))
              // the Python compiler's golden text, its library functions elided: not a module
              .filter(p -> !p.toString().contains("/python/golden/"))
              .collect(Collectors.toList());
    }
    assertThat(sources).hasSizeGreaterThanOrEqualTo(7);
    for (Path wat : sources) {
      Path wasm = wat.resolveSibling(wat.getFileName().toString().replace(".wat", ".wasm"));
      byte[] built =
          new WatCompiler()
              .compile(wat.toString(), Files.readString(wat, StandardCharsets.UTF_8))
              .wasm();
      byte[] again =
          new WatCompiler()
              .compile(wat.toString(), Files.readString(wat, StandardCharsets.UTF_8))
              .wasm();
      assertThat(again).as("compiling twice gives identical bytes: " + wat).isEqualTo(built);
      if (regenerate) {
        Files.write(wasm, built);
      }
      assertThat(Files.exists(wasm)).as(wasm + " is committed").isTrue();
      assertThat(Files.readAllBytes(wasm))
          .as(wasm + " is stale; rebuild with -Dquidudf.regenerate=true")
          .isEqualTo(built);
    }
  }
}
