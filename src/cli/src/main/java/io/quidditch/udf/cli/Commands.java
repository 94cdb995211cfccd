package io.quidditch.udf.cli;

import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.UserFiles;
import io.quidditch.udf.harness.Compilers;
import io.quidditch.udf.harness.UdfLoader;
import io.quidditch.udf.python.PythonCompiler;
import io.quidditch.udf.service.UdfService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Small pieces the commands share. */
final class Commands {
  private Commands() {}

  static UdfLoader loader(RegistryOptions registry) {
    return new UdfLoader(registry.open(), compilers());
  }

  static UdfLoader loader(RegistryOptions registry, PolicyOptions policy) {
    return new UdfLoader(registry.open(), compilers(), policy.policy());
  }

  /**
   * The manifest that goes with a module: {@code explicit} when given, else the {@code udf.yaml}
   * beside it when there is one; null for a bare module (or when {@code none} says so).
   */
  static Path manifestBeside(Path module, Path explicit, boolean none) {
    if (none) {
      if (explicit != null) {
        throw new BadInputException("--manifest and --no-manifest contradict; give one of them");
      }
      return null;
    }
    if (explicit != null) {
      return explicit;
    }
    Path beside = module.toAbsolutePath().getParent().resolve("udf.yaml");
    return java.nio.file.Files.isRegularFile(beside) ? beside : null;
  }

  /** The use cases on the registry the options name, under their runtime and module policy. */
  static UdfService service(RegistryOptions registry, EngineOptions engine, PolicyOptions policy) {
    return new UdfService(
        registry.open(),
        engine.runtime(registry),
        policy.policy(),
        new io.quidditch.udf.core.registry.AuditLog(registry.home()));
  }

  /** Every source front end: WebAssembly text, and Python compiled through it. */
  static Compilers compilers() {
    Compilers base = Compilers.standard();
    return base.with(new PythonCompiler((file, text) -> base.wat().compile(file, text).wasm()));
  }

  /** The text itself, or a file's contents when it starts with {@code @}. */
  static String textOrFile(String value, String option) {
    if (value.equals("-")) {
      try {
        return new String(System.in.readNBytes(64 * 1024 * 1024), StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new BadInputException(
            option + " -: cannot read standard input (" + e.getMessage() + ")");
      }
    }
    if (value.startsWith("@")) {
      if (value.length() == 1) {
        throw new BadInputException(option + " @ needs a file name after the @");
      }
      return new String(UserFiles.read(Path.of(value.substring(1))), StandardCharsets.UTF_8);
    }
    return value;
  }
}
