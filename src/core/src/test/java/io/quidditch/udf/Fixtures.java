package io.quidditch.udf;

import io.quidditch.udf.core.runtime.wat.WatCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helpers: compile inline WAT, find the repository's files. */
public final class Fixtures {
  private Fixtures() {}

  /** Compiles WebAssembly text with the project's own wat2wasm. */
  public static byte[] wat(String text) {
    return new WatCompiler().compile("inline.wat", text).wasm();
  }

  /** The repository root (the directory holding mvnw and the parent pom.xml). */
  public static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("mvnw"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
    }
    return p;
  }

  public static Path conformance() {
    return root().resolve("src/core/src/test/resources/conformance");
  }

  public static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
