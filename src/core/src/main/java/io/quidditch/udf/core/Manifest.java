package io.quidditch.udf.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A UDF's manifest ({@code udf.yaml}).
 *
 * @param returns the declared result type, or null to take it from the entry signature
 * @param inputs what the UDF reads of a document, when the manifest declares it
 * @param returnLabel the name and description a {@code returns} list gave its one value, or null
 * @param abi the return codes the module expects of the host's string functions
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
    ManifestLimits limits,
    Inputs inputs,
    ReturnLabel returnLabel,
    HostDialect abi) {

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
    inputs = inputs == null ? Inputs.UNDECLARED : inputs;
    abi = abi == null ? HostDialect.DOCUMENTED : abi;
  }

  /** A manifest with no return label, for the documented ABI. */
  public Manifest(
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
      ManifestLimits limits,
      Inputs inputs) {
    this(
        name,
        version,
        description,
        category,
        author,
        language,
        functionName,
        parameters,
        returns,
        tags,
        permissions,
        limits,
        inputs,
        null,
        null);
  }

  /** A manifest for a bare module with no {@code udf.yaml}: no declared parameters. */
  public static Manifest anonymous(String name, String functionName) {
    return new Manifest(
        name,
        "0.0.0",
        "",
        "",
        "",
        "wasm",
        functionName,
        List.of(),
        null,
        List.of(),
        null,
        null,
        null);
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
        limits,
        inputs,
        keep == null ? null : returnLabel,
        abi);
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
        limits,
        inputs,
        returnLabel,
        abi);
  }

  /** The same UDF declaring what it reads. */
  public Manifest withInputs(Inputs value) {
    return new Manifest(
        name,
        version,
        description,
        category,
        author,
        language,
        functionName,
        parameters,
        returns,
        tags,
        permissions,
        limits,
        value,
        returnLabel,
        abi);
  }

  /**
   * What a UDF reads of a document ({@code fields}, {@code needs_score}, {@code needs_document_id}
   * in udf.yaml), so an engine can serve those fields from its own storage.
   *
   * @param fields the fields it reads with their types; empty when not declared
   */
  public record Inputs(List<FieldSpec> fields, boolean score, boolean documentId) {
    /** Nothing declared: an engine must be ready to serve any field. */
    public static final Inputs UNDECLARED = new Inputs(List.of(), false, false);

    public Inputs {
      fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** The declared field of that name, or null. */
    public FieldSpec field(String fieldName) {
      for (FieldSpec f : fields) {
        if (f.name().equals(fieldName)) {
          return f;
        }
      }
      return null;
    }
  }

  /**
   * What a {@code returns: [{name, type, description}]} list said of the value besides its type.
   */
  public record ReturnLabel(String name, String description) {}

  /** A document field a UDF reads, and the type it reads it as. */
  public record FieldSpec(String name, ParamType type) {}

  /** Per-UDF limits that may tighten the runtime's; null fields mean "not set". */
  public record ManifestLimits(Integer memoryPages, Long timeoutMs) {}
}
