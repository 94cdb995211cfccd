package io.quidditch.udf.core;

/** The declared type of a UDF parameter. */
public enum ParamType {
  STRING("string"),
  I64("i64"),
  F64("f64"),
  BOOL("bool");

  private final String yamlName;

  ParamType(String yamlName) {
    this.yamlName = yamlName;
  }

  public String yamlName() {
    return yamlName;
  }

  /** Parses a type name, accepting the aliases {@code str}, {@code int} and {@code float}. */
  public static ParamType parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
    switch (t) {
      case "string":
      case "str":
        return STRING;
      case "i64":
      case "i32":
      case "int":
        return I64;
      case "f64":
      case "f32":
      case "float":
        return F64;
      case "bool":
      case "boolean":
        return BOOL;
      default:
        throw new BadInputException(
            "unknown parameter type '"
                + text
                + "'; use string, i64, f64 or bool (aliases str, int, i32, float, f32)");
    }
  }
}
