package io.quidditch.udf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: the core knows nothing of the CLI, HTTP or terminal libraries. */
class ArchitectureTest {
  private static final Path MAIN = Fixtures.root().resolve("src/main/java/io/quidditch/udf");

  private static List<String> violations(String pkgDir, List<String> forbidden, List<String> exempt)
      throws IOException {
    List<String> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(MAIN.resolve(pkgDir))) {
      files = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    }
    for (Path f : files) {
      String rel = MAIN.relativize(f).toString();
      if (exempt.stream().anyMatch(rel::startsWith)) {
        continue;
      }
      for (String line : Files.readAllLines(f)) {
        if (line.startsWith("import ") && forbidden.stream().anyMatch(line::contains)) {
          out.add(rel + ": " + line);
        }
      }
    }
    return out;
  }

  @Test
  void coreImportsNoUserInterfaceLibrary() throws IOException {
    assertThat(
            violations(
                "core",
                List.of(
                    "picocli",
                    "org.jline",
                    "io.javalin",
                    "org.eclipse.jetty",
                    "io.quidditch.udf.cli",
                    "io.quidditch.udf.server"),
                List.of()))
        .isEmpty();
  }

  @Test
  void securityImportsNoUserInterfaceLibraryAndNoRuntime() throws IOException {
    assertThat(
            violations(
                "security",
                List.of(
                    "picocli",
                    "org.jline",
                    "io.javalin",
                    "io.quidditch.udf.cli",
                    "com.dylibso",
                    "io.quidditch.udf.core.runtime"),
                List.of()))
        .isEmpty();
  }

  @Test
  void thePythonCompilerUsesOnlyTheCore() throws IOException {
    assertThat(
            violations(
                "python",
                List.of(
                    "picocli",
                    "org.jline",
                    "io.javalin",
                    "com.dylibso",
                    "io.quidditch.udf.cli",
                    "io.quidditch.udf.server",
                    "io.quidditch.udf.core.runtime",
                    "io.quidditch.udf.core.registry"),
                List.of()))
        .isEmpty();
    assertThat(
            violations(
                "core", List.of("io.quidditch.udf.python", "io.quidditch.udf.security"), List.of()))
        .isEmpty();
  }

  @Test
  void onlyTheRuntimePackageImportsChicory() throws IOException {
    assertThat(violations("core", List.of("com.dylibso"), List.of("core/runtime/"))).isEmpty();
    assertThat(violations("cli", List.of("com.dylibso"), List.of())).isEmpty();
  }

  @Test
  void theRegistryAndAbiStayBelowTheRuntime() throws IOException {
    assertThat(
            violations(
                "core/registry",
                List.of("io.quidditch.udf.core.runtime", "io.quidditch.udf.core.harness"),
                List.of()))
        .isEmpty();
    assertThat(
            violations(
                "core/abi",
                List.of(
                    "io.quidditch.udf.core.runtime",
                    "io.quidditch.udf.core.registry",
                    "io.quidditch.udf.core.harness"),
                List.of()))
        .isEmpty();
  }
}
