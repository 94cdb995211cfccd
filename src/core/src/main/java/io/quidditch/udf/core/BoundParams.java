package io.quidditch.udf.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parameters checked against a manifest, with defaults applied, as plain Java values: {@link
 * String}, {@link Long}, {@link Double}, {@link Boolean}, or {@link #OTHER} for an array or object
 * passed to a module that declares no parameters. Immutable, so one binding serves every thread of
 * a query; string values are encoded to UTF-8 once, here.
 */
public final class BoundParams {
  /** The value of a parameter that is neither a string, a number nor a boolean. */
  public static final Object OTHER = new Object();

  private static final BoundParams NONE = new BoundParams(Map.of(), Map.of());

  private final Map<String, Object> values;
  private final Map<String, byte[]> utf8;

  private BoundParams(Map<String, Object> values, Map<String, byte[]> utf8) {
    this.values = values;
    this.utf8 = utf8;
  }

  /** No parameters. */
  public static BoundParams none() {
    return NONE;
  }

  /** Binds JSON values to a manifest's declarations (see {@link ParameterBinder}). */
  public static BoundParams bind(Manifest manifest, Map<String, JsonNode> given) {
    return of(ParameterBinder.bind(manifest, given));
  }

  /**
   * Binds plain Java values ({@link CharSequence}, any {@link Number}, {@link Boolean}) to a
   * manifest's declarations; anything else is a parameter error.
   */
  public static BoundParams bindValues(Manifest manifest, Map<String, ?> given) {
    Map<String, JsonNode> json = new LinkedHashMap<>();
    given.forEach((k, v) -> json.put(k, Json.plainValue(k, v)));
    return bind(manifest, json);
  }

  /** Already-checked JSON values, as they are. */
  static BoundParams of(Map<String, JsonNode> checked) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, byte[]> utf8 = new HashMap<>();
    checked.forEach(
        (k, v) -> {
          Object plain = plain(v);
          values.put(k, plain);
          if (plain instanceof String s) {
            utf8.put(k, s.getBytes(StandardCharsets.UTF_8));
          }
        });
    return new BoundParams(Collections.unmodifiableMap(values), utf8);
  }

  private static Object plain(JsonNode v) {
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return v.longValue();
    }
    if (v.isNumber()) {
      return v.doubleValue();
    }
    return OTHER;
  }

  /** A parameter's value, or null when it is not bound. */
  public Object get(String name) {
    return values.get(name);
  }

  /** A string parameter's UTF-8 bytes, or null when it is not a bound string. */
  public byte[] utf8(String name) {
    return utf8.get(name);
  }

  /** Every bound value by name, in declaration order. */
  public Map<String, Object> values() {
    return values;
  }

  /** The values as JSON, for reports and audit entries. */
  public Map<String, JsonNode> toJson() {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, Json.plainValue(k, v == OTHER ? null : v)));
    return out;
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
