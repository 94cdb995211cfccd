package io.quidditch.udf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point inward: the core knows nothing of the CLI, HTTP, terminal, crypto or engine
 * libraries, and the embedding API has no Jackson types. Every Maven module's sources are read; a
 * name counts whether it is imported or written out in full in the code (comments and string
 * literals do not count).
 */
class ArchitectureTest {
  private static final Path SRC = Fixtures.root().resolve("src");
  private static final String PKG = "io/quidditch/udf/";

  private static final List<String> USER_INTERFACES =
      List.of("picocli", "org.jline", "io.javalin", "org.eclipse.jetty");
  private static final List<String> ENGINES = List.of("org.opensearch", "org.apache.spark");
  private static final List<String> OUTER_RINGS =
      List.of(
          "io.quidditch.udf.cli",
          "io.quidditch.udf.server",
          "io.quidditch.udf.harness",
          "io.quidditch.udf.python",
          "io.quidditch.udf.security",
          "io.quidditch.udf.opensearch",
          "io.quidditch.udf.spark");

  /** The sources of one Maven module under src/, below one package directory. */
  private static List<Path> sources(String module, String pkgDir) {
    Path dir = SRC.resolve(module).resolve("src/main/java").resolve(PKG + pkgDir);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(dir + " is missing: update ArchitectureTest's map");
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Java text without comments, string and character literals. */
  static String code(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        out.append(' ');
      } else if (c == '"' || c == '\'') {
        boolean block = c == '"' && text.startsWith("\"\"\"", i);
        String close = block ? "\"\"\"" : String.valueOf(c);
        i += close.length();
        while (i < n && !text.startsWith(close, i)) {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        i += close.length();
        out.append("\"\"");
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Each use of a forbidden package (as an import or a qualified name) in these files. */
  static List<String> uses(List<Path> files, List<String> forbidden, List<String> exempt) {
    List<String> out = new ArrayList<>();
    for (Path f : files) {
      String rel = SRC.relativize(f).toString();
      if (exempt.stream().anyMatch(rel::contains)) {
        continue;
      }
      String code;
      try {
        code = code(Files.readString(f));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (String pkg : forbidden) {
        Matcher m = Pattern.compile("(?<![\\w.])" + Pattern.quote(pkg) + "\\b").matcher(code);
        if (m.find()) {
          out.add(rel + " uses " + pkg);
        }
      }
    }
    return out;
  }

  private static List<String> all(List<String> a, List<String> b, String... more) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    out.addAll(List.of(more));
    return out;
  }

  @Test
  void theScannerSeesImportsAndQualifiedNamesButNotCommentsOrStrings(
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path f = dir.resolve("A.java");
    Files.writeString(
        f,
        "// picocli in a comment\n/* io.javalin */ class A { String s = \"org.jline.Terminal\";"
            + " Object o = new io.javalin.Javalin(); }");
    assertThat(uses(List.of(f), USER_INTERFACES, List.of()))
        .singleElement()
        .asString()
        .endsWith("uses io.javalin");
  }

  @Test
  void theCoreUsesNoUserInterfaceCryptoEngineOrOuterRing() {
    List<String> forbidden = all(all(USER_INTERFACES, ENGINES, "org.bouncycastle"), OUTER_RINGS);
    assertThat(uses(sources("core", ""), forbidden, List.of())).isEmpty();
  }

  @Test
  void onlyTheRuntimePackageUsesChicory() {
    assertThat(uses(sources("core", ""), List.of("com.dylibso"), List.of("core/runtime/")))
        .isEmpty();
    for (String module : List.of("tools", "cli", "opensearch", "spark")) {
      assertThat(uses(sources(module, ""), List.of("com.dylibso"), List.of())).isEmpty();
    }
  }

  @Test
  void theEmbeddingApiHasNoJacksonTypes() {
    List<Path> api = new ArrayList<>(sources("core", "core/embed"));
    api.add(SRC.resolve("core/src/main/java/" + PKG + "core/abi/FieldSource.java"));
    assertThat(uses(api, List.of("com.fasterxml"), List.of())).isEmpty();
  }

  @Test
  void theRegistryAndAbiStayBelowTheRuntime() {
    assertThat(
            uses(
                sources("core", "core/registry"),
                List.of("io.quidditch.udf.core.runtime", "io.quidditch.udf.core.embed"),
                List.of()))
        .isEmpty();
    assertThat(
            uses(
                sources("core", "core/abi"),
                List.of(
                    "io.quidditch.udf.core.runtime",
                    "io.quidditch.udf.core.registry",
                    "io.quidditch.udf.core.embed"),
                List.of()))
        .isEmpty();
  }

  @Test
  void theFrontEndsAndUseCasesUseNoAdapter() {
    List<String> adapters =
        all(
            USER_INTERFACES,
            ENGINES,
            "io.quidditch.udf.cli",
            "io.quidditch.udf.server",
            "io.quidditch.udf.opensearch",
            "io.quidditch.udf.spark");
    assertThat(uses(sources("tools", ""), adapters, List.of())).isEmpty();
    assertThat(
            uses(
                sources("tools", "python"),
                List.of(
                    "io.quidditch.udf.core.runtime",
                    "io.quidditch.udf.core.registry",
                    "io.quidditch.udf.harness",
                    "io.quidditch.udf.security"),
                List.of()))
        .isEmpty();
    assertThat(
            uses(
                sources("tools", "security"),
                List.of("io.quidditch.udf.core.runtime", "io.quidditch.udf.harness"),
                List.of()))
        .isEmpty();
  }

  @Test
  void theOpenSearchPluginUsesOnlyTheCore() {
    assertThat(
            uses(
                sources("opensearch", "opensearch"),
                all(
                    USER_INTERFACES,
                    List.of("org.apache.spark", "org.bouncycastle"),
                    "io.quidditch.udf.cli",
                    "io.quidditch.udf.server",
                    "io.quidditch.udf.harness",
                    "io.quidditch.udf.python",
                    "io.quidditch.udf.security",
                    "io.quidditch.udf.spark",
                    "io.quidditch.udf.core.registry"),
                List.of()))
        .isEmpty();
  }

  @Test
  void theSparkAdapterUsesOnlyTheCore() {
    assertThat(
            uses(
                sources("spark", "spark"),
                all(
                    USER_INTERFACES,
                    List.of("org.opensearch", "org.bouncycastle"),
                    "io.quidditch.udf.cli",
                    "io.quidditch.udf.server",
                    "io.quidditch.udf.harness",
                    "io.quidditch.udf.python",
                    "io.quidditch.udf.security",
                    "io.quidditch.udf.opensearch",
                    "io.quidditch.udf.core.registry"),
                List.of()))
        .isEmpty();
  }
}
