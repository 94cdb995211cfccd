package io.quidditch.udf.core;

import java.util.List;

/**
 * What a module imports and exports, without running it.
 *
 * @param memoryInitialPages null when the module defines no memory
 * @param memoryMaxPages null when the module declares no maximum
 * @param constantNames names the code passes as a constant (pointer, length) pair into text of a
 *     data segment, in code order: the field and parameter names a module reads, when they are
 *     constants (see {@link #inferredFields})
 * @param stringCodes the codes the module's code tests {@code get_field_string} and {@code
 *     get_document_id} answers against, when it can be told: it compares them with 1 (Quidditch's
 *     Go host) or with -1 or -2 (the documented ABI); null when it cannot be told
 */
public record ModuleInfo(
    String sha256,
    int size,
    List<ImportInfo> imports,
    List<ExportInfo> exports,
    Integer memoryInitialPages,
    Integer memoryMaxPages,
    List<String> customSections,
    List<String> constantNames,
    HostDialect stringCodes) {

  /** The ABI functions that read a document field by name. */
  private static final java.util.Set<String> FIELD_FUNCTIONS =
      java.util.Set.of(
          "has_field",
          "get_field_string",
          "get_field_i64",
          "get_field_f64",
          "get_field_bool",
          "get_field_int64",
          "get_field_float64");

  public ModuleInfo {
    constantNames = constantNames == null ? List.of() : List.copyOf(constantNames);
  }

  /**
   * The document fields the module seems to read: its constant names that are not parameters of the
   * manifest, when it imports a field function at all. A hint for manifests ({@code fields}), not a
   * guarantee: names built at run time are not seen.
   */
  public List<String> inferredFields(Manifest manifest) {
    boolean readsFields =
        imports.stream()
            .anyMatch(i -> i.module().equals("env") && FIELD_FUNCTIONS.contains(i.name()));
    if (!readsFields) {
      return List.of();
    }
    return constantNames.stream()
        .filter(n -> manifest == null || manifest.parameter(n) == null)
        .collect(java.util.stream.Collectors.toList());
  }

  /**
   * Where the manifest's declared {@code fields} and what the code seems to read disagree, one line
   * each; empty when the manifest declares no fields.
   */
  public List<String> fieldWarnings(Manifest manifest) {
    List<Manifest.FieldSpec> declared = manifest.inputs().fields();
    if (declared.isEmpty()) {
      return List.of();
    }
    List<String> seen = inferredFields(manifest);
    List<String> out = new java.util.ArrayList<>();
    for (String n : seen) {
      if (manifest.inputs().field(n) == null) {
        out.add(
            "the module seems to read field '" + n + "', which udf.yaml's fields do not declare");
      }
    }
    // a module whose names are not constant pairs at all (compiled Python) tells nothing here
    for (Manifest.FieldSpec f : seen.isEmpty() ? List.<Manifest.FieldSpec>of() : declared) {
      if (!seen.contains(f.name())) {
        out.add(
            "udf.yaml declares field '"
                + f.name()
                + "', but the module's code has no constant name for it (built at run time?)");
      }
    }
    return out;
  }

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
