package io.quidditch.udf.core;

import java.util.List;

/**
 * What a module imports and exports, without running it.
 *
 * @param memoryInitialPages null when the module defines no memory
 * @param memoryMaxPages null when the module declares no maximum
 */
public record ModuleInfo(
    String sha256,
    int size,
    List<ImportInfo> imports,
    List<ExportInfo> exports,
    Integer memoryInitialPages,
    Integer memoryMaxPages,
    List<String> customSections) {

  /** One import; {@code signature} is set for functions. */
  public record ImportInfo(String module, String name, String kind, String signature) {}

  /** One export; {@code signature} is set for functions. */
  public record ExportInfo(String name, String kind, String signature) {}

  /** The exported function of that name, or null. */
  public ExportInfo function(String name) {
    for (ExportInfo e : exports) {
      if (e.kind().equals("function") && e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** True when the module exports a memory named {@code memory}. */
  public boolean exportsMemory() {
    return exports.stream().anyMatch(e -> e.kind().equals("memory") && e.name().equals("memory"));
  }
}
