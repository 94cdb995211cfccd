package io.quidditch.udf.core;

/**
 * Which return codes a module expects of {@code get_field_string} and {@code get_document_id}
 * ({@code abi} in udf.yaml). Both dialects never write past the capacity the module gives.
 */
public enum HostDialect {
  /** As ../shared/ABI.md documents them: 0 written, -1 missing, -2 buffer too small. */
  DOCUMENTED("documented"),
  /**
   * As Quidditch's Go host answers: 1 written (truncated to the capacity when the value is longer,
   * with the full length reported), 0 missing.
   */
  QUIDDITCH_GO("quidditch-go");

  private final String yamlName;

  HostDialect(String yamlName) {
    this.yamlName = yamlName;
  }

  public String yamlName() {
    return yamlName;
  }

  /** Parses a manifest {@code abi} value. */
  public static HostDialect parse(String text) {
    for (HostDialect d : values()) {
      if (d.yamlName.equals(text)) {
        return d;
      }
    }
    throw new BadInputException(
        "unknown abi '" + text + "'; use documented (the default) or quidditch-go");
  }
}
