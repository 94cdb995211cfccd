package io.quidditch.udf.core.runtime;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import io.quidditch.udf.core.InvalidModuleException;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ParamSpec;
import io.quidditch.udf.core.ParamType;
import io.quidditch.udf.core.ReturnType;
import io.quidditch.udf.core.abi.WasmType;
import java.util.List;

/**
 * The entry function of a UDF and how to call it: {@code (ctx i64, positional...) -> R}.
 *
 * @param positional the declared parameters passed after {@code ctx}, in order (empty for the
 *     standard form)
 * @param positionalTypes the wasm type of each positional argument
 * @param resultType the wasm type of the single result
 */
record EntryPoint(
    String name,
    List<ParamSpec> positional,
    List<WasmType> positionalTypes,
    WasmType resultType,
    ReturnType returns) {

  /** Resolves and checks the entry function against the ABI and the manifest. */
  static EntryPoint resolve(WasmModule module, Manifest manifest) {
    String name = manifest.functionName();
    Export export = null;
    var exports = module.exportSection();
    for (int i = 0; i < exports.exportCount(); i++) {
      Export e = exports.getExport(i);
      if (e.exportType() == ExternalType.FUNCTION && e.name().equals(name)) {
        export = e;
      }
    }
    if (export == null) {
      throw new InvalidModuleException(
          "module exports no function '" + name + "'; export it, or set function_name in udf.yaml");
    }
    FunctionType type = ModuleLoader.functionType(module, export.index());
    List<WasmType> params = ModuleLoader.types(type.params());
    List<WasmType> results = ModuleLoader.types(type.returns());
    String shown = ModuleLoader.signature(type);
    if (params.isEmpty() || params.get(0) != WasmType.I64) {
      throw new InvalidModuleException(
          "entry function '"
              + name
              + "' has signature "
              + shown
              + "; the ABI needs (ctx i64, ...) -> i32|i64|f32|f64");
    }
    if (results.size() != 1 || results.get(0) == null) {
      throw new InvalidModuleException(
          "entry function '"
              + name
              + "' has signature "
              + shown
              + "; it must return exactly one of i32 (filter), f64/f32 (score), i64 (integer)");
    }
    WasmType result = results.get(0);
    ReturnType returns =
        result == WasmType.I32
            // an i32 is a keep/drop decision unless the manifest declares it an integer
            ? manifest.returns() == ReturnType.INTEGER ? ReturnType.INTEGER : ReturnType.FILTER
            : result == WasmType.I64 ? ReturnType.INTEGER : ReturnType.SCORE;
    if (manifest.returns() != null && manifest.returns() != returns) {
      throw new InvalidModuleException(
          "udf.yaml declares returns: "
              + manifest.returns().yamlName()
              + " but '"
              + name
              + "' returns "
              + result.text()
              + "; make them agree");
    }
    List<WasmType> positionalTypes = params.subList(1, params.size());
    List<ParamSpec> positional = List.of();
    if (!positionalTypes.isEmpty()) {
      positional = manifest.parameters();
      if (positional.size() != positionalTypes.size()) {
        throw new InvalidModuleException(
            "entry function '"
                + name
                + "' takes "
                + positionalTypes.size()
                + " positional parameter(s) after ctx but udf.yaml declares "
                + positional.size()
                + "; declare them in order");
      }
      for (int i = 0; i < positional.size(); i++) {
        checkPositional(name, positional.get(i), positionalTypes.get(i));
      }
    }
    return new EntryPoint(name, positional, List.copyOf(positionalTypes), result, returns);
  }

  private static void checkPositional(String fn, ParamSpec spec, WasmType type) {
    boolean ok;
    if (spec.type() == ParamType.STRING) {
      throw new InvalidModuleException(
          "parameter '"
              + spec.name()
              + "' is a string, which cannot be passed positionally to '"
              + fn
              + "'; read it with get_param_string and take only ctx");
    } else if (spec.type() == ParamType.BOOL) {
      ok = type == WasmType.I32;
    } else if (spec.type() == ParamType.I64) {
      ok = type == WasmType.I64 || type == WasmType.I32;
    } else {
      ok = type == WasmType.F64 || type == WasmType.F32;
    }
    if (!ok) {
      throw new InvalidModuleException(
          "parameter '"
              + spec.name()
              + "' is declared "
              + spec.type().yamlName()
              + " but '"
              + fn
              + "' takes "
              + (type == null ? "a reference" : type.text())
              + " in its place");
    }
  }

  /** A result's raw bits as a double: a score (f32 widened), an integer, a filter as 1 or 0. */
  double asDouble(long raw) {
    switch (resultType) {
      case I32:
        if (returns == ReturnType.INTEGER) {
          return (int) raw;
        }
        return (int) raw != 0 ? 1.0 : 0.0;
      case I64:
        return raw;
      case F32:
        return Float.intBitsToFloat((int) raw);
      default:
        return Double.longBitsToDouble(raw);
    }
  }

  /** A result's raw bits as an integer. */
  long asLong(long raw) {
    switch (resultType) {
      case I32:
        return (int) raw;
      case I64:
        return raw;
      default:
        return (long) asDouble(raw);
    }
  }

  /** A result's raw bits as JSON. */
  JsonNode toJson(long raw) {
    switch (resultType) {
      case I32:
        if (returns == ReturnType.INTEGER) {
          return LongNode.valueOf((int) raw);
        }
        return BooleanNode.valueOf((int) raw != 0);
      case I64:
        return LongNode.valueOf(raw);
      default:
        return DoubleNode.valueOf(asDouble(raw));
    }
  }
}
