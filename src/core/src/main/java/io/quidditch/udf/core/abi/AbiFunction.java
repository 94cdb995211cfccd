package io.quidditch.udf.core.abi;

import static io.quidditch.udf.core.abi.WasmType.F64;
import static io.quidditch.udf.core.abi.WasmType.I32;
import static io.quidditch.udf.core.abi.WasmType.I64;

import io.quidditch.udf.core.Permission;
import java.util.List;
import java.util.stream.Collectors;

/** Every host function of shared/ABI.md, one constant per signature variant. */
public enum AbiFunction {
  HAS_FIELD("has_field", List.of(I64, I32, I32), List.of(I32), Permission.READ_DOCUMENT),
  GET_FIELD_STRING(
      "get_field_string", List.of(I64, I32, I32, I32, I32), List.of(I32), Permission.READ_DOCUMENT),
  GET_FIELD_I64(
      "get_field_i64", List.of(I64, I32, I32, I32), List.of(I32), Permission.READ_DOCUMENT),
  GET_FIELD_F64(
      "get_field_f64", List.of(I64, I32, I32, I32), List.of(I32), Permission.READ_DOCUMENT),
  GET_FIELD_BOOL(
      "get_field_bool", List.of(I64, I32, I32, I32), List.of(I32), Permission.READ_DOCUMENT),
  GET_DOCUMENT_ID(
      "get_document_id", List.of(I64, I32, I32), List.of(I32), Permission.READ_DOCUMENT),
  GET_SCORE("get_score", List.of(I64), List.of(F64), Permission.READ_DOCUMENT),
  /** Quidditch Go-host variant returning the value directly. */
  GET_FIELD_INT64(
      "get_field_int64", List.of(I64, I32, I32), List.of(I64), Permission.READ_DOCUMENT),
  /** Quidditch Go-host variant returning the value directly. */
  GET_FIELD_FLOAT64(
      "get_field_float64", List.of(I64, I32, I32), List.of(F64), Permission.READ_DOCUMENT),
  /** Quidditch Go-host variant: 1 when the field is {@code true}. */
  GET_FIELD_BOOL_DIRECT(
      "get_field_bool", List.of(I64, I32, I32), List.of(I32), Permission.READ_DOCUMENT),
  GET_PARAM_STRING("get_param_string", List.of(I32, I32, I32, I32), List.of(I32), null),
  GET_PARAM_I64("get_param_i64", List.of(I32, I32, I32), List.of(I32), null),
  GET_PARAM_F64("get_param_f64", List.of(I32, I32, I32), List.of(I32), null),
  GET_PARAM_BOOL("get_param_bool", List.of(I32, I32, I32), List.of(I32), null),
  LOG("log", List.of(I32, I32, I32), List.of(), Permission.WRITE_LOG),
  /** Quidditch Go-host variant, logged at info. */
  LOG_MESSAGE("log", List.of(I32, I32), List.of(), Permission.WRITE_LOG);

  /** The import module every ABI function lives in. */
  public static final String MODULE = "env";

  private final String importName;
  private final List<WasmType> params;
  private final List<WasmType> results;
  private final Permission permission;

  AbiFunction(String importName, List<WasmType> params, List<WasmType> results, Permission p) {
    this.importName = importName;
    this.params = params;
    this.results = results;
    this.permission = p;
  }

  public String importName() {
    return importName;
  }

  public List<WasmType> params() {
    return params;
  }

  public List<WasmType> results() {
    return results;
  }

  /** The permission needed to link this function, or null when none is needed. */
  public Permission permission() {
    return permission;
  }

  /**
   * What a result code of this function means, as shared/ABI.md says (for traces: the REPL's {@code
   * :explain}, the playground), or null when the result is a value rather than a code.
   */
  public String meaning(long result) {
    int code = (int) result;
    switch (this) {
      case HAS_FIELD:
        return code == 1 ? "the field is present" : "the document has no such field";
      case GET_FIELD_BOOL_DIRECT:
        return code == 1 ? "the field is true" : "the field is false, absent or not a boolean";
      case GET_FIELD_STRING:
      case GET_DOCUMENT_ID:
      case GET_FIELD_I64:
      case GET_FIELD_F64:
      case GET_FIELD_BOOL:
        if (code == AbiCodes.OK) {
          return "ok: the value was written to the output buffer";
        }
        if (code == AbiCodes.FIELD_MISSING) {
          return this == GET_DOCUMENT_ID
              ? "missing: the document has no id"
              : this == GET_FIELD_STRING
                  ? "missing: the document has no such field (or it is null)"
                  : "missing: no such field, or it does not hold a "
                      + (this == GET_FIELD_BOOL ? "boolean" : "number");
        }
        if (code == AbiCodes.FIELD_BUFFER_TOO_SMALL) {
          return "buffer too small: the value needs more bytes than the capacity given";
        }
        return "unknown code " + code;
      case GET_PARAM_STRING:
      case GET_PARAM_I64:
      case GET_PARAM_F64:
      case GET_PARAM_BOOL:
        switch (code) {
          case AbiCodes.OK:
            return "ok: the value was written to the output buffer";
          case AbiCodes.PARAM_NOT_FOUND:
            return "not found: the parameter was not given and has no default";
          case AbiCodes.PARAM_WRONG_TYPE:
            return "wrong type: the parameter is declared with another type";
          case AbiCodes.PARAM_BUFFER_TOO_SMALL:
            return "buffer too small: the value needs more bytes than the capacity given";
          default:
            return "unknown code " + code;
        }
      default:
        return null;
    }
  }

  /** True when the function reads or writes guest memory, so the module must export it. */
  public boolean takesPointers() {
    return this != GET_SCORE;
  }

  /** The variant matching an import's module, name and signature, or null. */
  public static AbiFunction find(
      String module, String name, List<WasmType> params, List<WasmType> results) {
    if (!MODULE.equals(module)) {
      return null;
    }
    for (AbiFunction f : values()) {
      if (f.importName.equals(name) && f.params.equals(params) && f.results.equals(results)) {
        return f;
      }
    }
    return null;
  }

  /** True when some variant has this name (so a mismatch is a signature problem). */
  public static boolean knowsName(String name) {
    for (AbiFunction f : values()) {
      if (f.importName.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The signatures the ABI offers under this name, for error messages. */
  public static String signaturesOf(String name) {
    return java.util.Arrays.stream(values())
        .filter(f -> f.importName.equals(name))
        .map(AbiFunction::signature)
        .collect(Collectors.joining(" or "));
  }

  /** This variant's signature as {@code (i64, i32) -> i32}. */
  public String signature() {
    return signature(params, results);
  }

  /** Formats a signature as {@code (i64, i32) -> i32}. */
  public static String signature(List<WasmType> params, List<WasmType> results) {
    String p =
        params.stream().map(t -> t == null ? "ref" : t.text()).collect(Collectors.joining(", "));
    String r =
        results.isEmpty()
            ? "()"
            : results.stream()
                .map(t -> t == null ? "ref" : t.text())
                .collect(Collectors.joining(", "));
    return "(" + p + ") -> " + r;
  }
}
