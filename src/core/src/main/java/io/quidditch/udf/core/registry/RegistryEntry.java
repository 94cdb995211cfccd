package io.quidditch.udf.core.registry;

import io.quidditch.udf.core.Manifest;
import java.nio.file.Path;
import java.time.Instant;

/** One registered UDF version: its manifest and the facts stored beside the module. */
public record RegistryEntry(
    Manifest manifest, String digest, long size, Instant registeredAt, Path directory) {

  public String name() {
    return manifest.name();
  }

  public String version() {
    return manifest.version();
  }

  public Path modulePath() {
    return directory.resolve(Registry.MODULE_FILE);
  }
}
