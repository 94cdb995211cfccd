package io.quidditch.udf.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A UDF's manifest ({@code udf.yaml}).
 *
 * @param returns the declared result type, or null to take it from the entry signature
 */
public record Manifest(
    String name,
    String version,
    String description,
    String category,
    String author,
    String language,
    String functionName,
    List<ParamSpec> parameters,
    ReturnType returns,
    List<String> tags,
    Set<Permission> permissions,
    ManifestLimits limits) {

  /** The entry function used when a manifest names none. */
  public static final String DEFAULT_FUNCTION = "filter";

  public Manifest {
    UdfRef.checkName(name);
    SemVer.parse(version);
    functionName = functionName == null || functionName.isBlank() ? DEFAULT_FUNCTION : functionName;
    parameters = parameters == null ? List.of() : List.copyOf(parameters);
    tags = tags == null ? List.of() : List.copyOf(tags);
    permissions =
        permissions == null
            ? EnumSet.of(Permission.READ_DOCUMENT, Permission.WRITE_LOG)
            : Set.copyOf(permissions);
    description = description == null ? "" : description;
    category = category == null ? "" : category;
    author = author == null ? "" : author;
    language = language == null ? "wasm" : language;
  }

  /** A manifest for a bare module with no {@code udf.yaml}: no declared parameters. */
  public static Manifest anonymous(String name, String functionName) {
    return new Manifest(
        name, "0.0.0", "", "", "", "wasm", functionName, List.of(), null, List.of(), null, null);
  }

  /** The declared parameter of that name, or null. */
  public ParamSpec parameter(String paramName) {
    for (ParamSpec p : parameters) {
      if (p.name().equals(paramName)) {
        return p;
      }
    }
    return null;
  }

  /** The same UDF with another entry function; a declared result type applies only to its own. */
  public Manifest withFunctionName(String value) {
    ReturnType keep = value.equals(functionName) ? returns : null;
    return new Manifest(
        name,
        version,
        description,
        category,
        author,
        language,
        value,
        parameters,
        keep,
        tags,
        permissions,
        limits);
  }

  public Manifest withNameAndVersion(String newName, String newVersion) {
    return new Manifest(
        newName,
        newVersion,
        description,
        category,
        author,
        language,
        functionName,
        parameters,
        returns,
        tags,
        permissions,
        limits);
  }

  /** Per-UDF limits that may tighten the runtime's; null fields mean "not set". */
  public record ManifestLimits(Integer memoryPages, Long timeoutMs) {}
}
