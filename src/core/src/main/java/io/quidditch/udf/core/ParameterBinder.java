package io.quidditch.udf.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks call parameters (plain JSON values) against a manifest and applies declared defaults. */
public final class ParameterBinder {

  private ParameterBinder() {}

  /**
   * The parameters a request gives, by name: an object of plain JSON values, or of Quidditch's
   * typed values {@code {"type": "i64", "data": 5}} (the type is checked against the declaration
   * when they are bound, as a plain value's is). Null or absent gives none.
   *
   * @param where names the object in errors ("parameters", "query.wasm_udf.parameters")
   */
  public static Map<String, JsonNode> given(JsonNode parameters, String where) {
    Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
    if (parameters == null || parameters.isNull()) {
      return out;
    }
    if (!parameters.isObject()) {
      throw new BadInputException(
          where + " must be an object such as {\"target\": \"iphone\", \"max_distance\": 2}");
    }
    parameters
        .properties()
        .forEach(
            e -> {
              JsonNode v = e.getValue();
              if (v.isObject()) {
                if (v.size() != 2 || !v.has("type") || !v.has("data")) {
                  throw new BadInputException(
                      where
                          + "."
                          + e.getKey()
                          + " must be a plain value or {\"type\": \"i64\", \"data\": 5}");
                }
                ParamType declared = ParamType.parse(v.get("type").asText());
                v = coerce(e.getKey(), declared, v.get("data"));
              }
              out.put(e.getKey(), v);
            });
    return out;
  }

  /**
   * Binds given values to the manifest's declarations.
   *
   * <p>When the manifest declares parameters, an undeclared one is refused; when it declares none,
   * the given values pass through unchecked (a bare module reads whatever it asks for).
   */
  public static Map<String, JsonNode> bind(Manifest manifest, Map<String, JsonNode> given) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (manifest.parameters().isEmpty()) {
      out.putAll(given);
      return Collections.unmodifiableMap(out);
    }
    for (Map.Entry<String, JsonNode> e : given.entrySet()) {
      ParamSpec spec = manifest.parameter(e.getKey());
      if (spec == null) {
        throw new ParameterException(
            "unknown parameter '"
                + e.getKey()
                + "'; "
                + manifest.name()
                + " declares: "
                + manifest.parameters().stream()
                    .map(ParamSpec::name)
                    .collect(Collectors.joining(", ")));
      }
      if (e.getValue() != null && !e.getValue().isNull()) {
        out.put(spec.name(), coerce(spec.name(), spec.type(), e.getValue()));
      }
    }
    for (ParamSpec spec : manifest.parameters()) {
      if (!out.containsKey(spec.name())) {
        if (spec.defaultValue() != null) {
          out.put(spec.name(), spec.defaultValue());
        } else if (spec.required()) {
          throw new ParameterException(
              "missing required parameter '"
                  + spec.name()
                  + "' ("
                  + spec.type().yamlName()
                  + "); give it a value");
        }
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** Checks one JSON value against a declared type and returns it in canonical form. */
  public static JsonNode coerce(String name, ParamType type, JsonNode value) {
    switch (type) {
      case STRING:
        if (value.isTextual()) {
          return value;
        }
        break;
      case I64:
        if (value.isIntegralNumber() && value.canConvertToLong()) {
          return LongNode.valueOf(value.longValue());
        }
        if (value.isNumber()
            && value.doubleValue() == Math.rint(value.doubleValue())
            && Math.abs(value.doubleValue()) < 9.0e18) {
          return LongNode.valueOf((long) value.doubleValue());
        }
        break;
      case F64:
        if (value.isNumber()) {
          return DoubleNode.valueOf(value.doubleValue());
        }
        break;
      case BOOL:
        if (value.isBoolean()) {
          return value;
        }
        break;
      default:
        break;
    }
    throw new ParameterException(
        "parameter '" + name + "' must be " + describe(type) + ", got " + shown(value));
  }

  /** Reads a command-line value ({@code k=v}) by the declared type, or as JSON when undeclared. */
  public static JsonNode fromText(ParamSpec spec, String name, String raw) {
    if (spec == null) {
      try {
        JsonNode node = Json.MAPPER.readTree(raw);
        if (node != null && node.isValueNode()) {
          return node;
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        // not JSON: the text itself is the value
      }
      return TextNode.valueOf(raw);
    }
    try {
      switch (spec.type()) {
        case STRING:
          return TextNode.valueOf(raw);
        case I64:
          return LongNode.valueOf(Long.parseLong(raw.trim()));
        case F64:
          return DoubleNode.valueOf(Double.parseDouble(raw.trim()));
        case BOOL:
          if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
            return BooleanNode.valueOf(Boolean.parseBoolean(raw));
          }
          break;
        default:
          break;
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw new ParameterException(
        "parameter '" + name + "' must be " + describe(spec.type()) + ", got '" + raw + "'");
  }

  private static String describe(ParamType type) {
    switch (type) {
      case STRING:
        return "a string";
      case I64:
        return "an integer (i64)";
      case F64:
        return "a number (f64)";
      default:
        return "true or false (bool)";
    }
  }

  private static String shown(JsonNode value) {
    String text = Json.compact(value);
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }
}
