package io.quidditch.udf.core;

/** How a UDF's result is read: a keep/drop decision, a score or an integer. */
public enum ReturnType {
  FILTER("bool"),
  SCORE("f64"),
  INTEGER("i64");

  private final String yamlName;

  ReturnType(String yamlName) {
    this.yamlName = yamlName;
  }

  public String yamlName() {
    return yamlName;
  }

  /** Parses a manifest {@code returns} value. */
  public static ReturnType parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
    switch (t) {
      case "bool":
      case "boolean":
      case "filter":
        return FILTER;
      case "f64":
      case "float":
      case "f32":
      case "score":
        return SCORE;
      case "i64":
      case "i32":
      case "int":
      case "integer":
        return INTEGER;
      default:
        throw new BadInputException(
            "unknown return type '"
                + text
                + "'; use bool (filter), f64 or f32 (score), i64 or i32 (integer)");
    }
  }
}
