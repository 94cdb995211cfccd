package io.quidditch.udf.cli;

import io.quidditch.udf.core.Engine;
import io.quidditch.udf.core.Limits;
import io.quidditch.udf.core.runtime.UdfRuntime;
import picocli.CommandLine.Option;

/** {@code --engine compiled|interpreter} and the limits every call runs under. */
public final class EngineOptions {
  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      defaultValue = "compiled",
      description = "compiled (default) or interpreter.")
  Engine engine;

  @Option(
      names = "--memory-pages",
      paramLabel = "N",
      description = "Most 64 KiB memory pages a UDF may use (default: 256, i.e. 16 MiB).")
  Integer memoryPages;

  @Option(
      names = "--no-compile-cache",
      description = "Do not keep compiled modules under the registry home.")
  boolean noCompileCache;

  /** A runtime with this engine and the default limits, adjusted by the flags. */
  public UdfRuntime runtime(RegistryOptions registry) {
    Limits limits = Limits.defaults();
    if (memoryPages != null) {
      if (memoryPages < 1 || memoryPages > 65536) {
        throw new io.quidditch.udf.core.BadInputException(
            "--memory-pages must be between 1 and 65536");
      }
      limits = limits.withMemoryPages(memoryPages);
    }
    UdfRuntime.Builder b = UdfRuntime.builder().withEngine(engine).withLimits(limits);
    if (!noCompileCache) {
      b.withCompileCache(registry.home().resolve("cache").resolve("compiled"));
    }
    return b.build();
  }
}
