package io.quidditch.udf.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The shared Jackson mappers and one-line parse errors. */
public final class Json {
  /** JSON mapper that keeps exact decimals out of the way and refuses trailing garbage. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          // a key given twice would silently mean its last value: refused instead
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /**
   * Writes the records that are request and response bodies (HTTP, {@code --format json}): one
   * naming policy, snake_case, for every one of them; absent (null) values are left out.
   */
  public static final ObjectMapper BODIES =
      MAPPER
          .copy()
          .setPropertyNamingStrategy(
              com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
          .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

  /** A body record as compact JSON text, with {@link #BODIES}' names. */
  public static String body(Object value) {
    try {
      return BODIES.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /** YAML mapper for specs and manifests; a key given twice is refused. */
  public static final ObjectMapper YAML =
      YAMLMapper.builder(new YAMLFactory())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(
              com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .build();

  private Json() {}

  /** Parses JSON text, naming {@code what} in a one-line error. */
  public static JsonNode parse(String text, String what) {
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw new BadInputException(what + " is empty; give a JSON value");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new BadInputException(what + " is not valid JSON (" + oneLine(e) + "); fix the JSON");
    }
  }

  /** Parses YAML text, naming {@code what} in a one-line error. */
  public static JsonNode parseYaml(String text, String what) {
    try {
      JsonNode node = YAML.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw new BadInputException(what + " is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new BadInputException(what + " is not valid YAML (" + oneLine(e) + "); fix the file");
    }
  }

  /** A parse error as a short single line with its position. */
  public static String oneLine(JsonProcessingException e) {
    String msg = e.getOriginalMessage();
    if (msg == null) {
      msg = e.getClass().getSimpleName();
    }
    msg = msg.replaceAll("\\s+", " ").trim();
    if (msg.length() > 160) {
      msg = msg.substring(0, 160) + "...";
    }
    if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      msg +=
          " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
    return msg;
  }

  /**
   * A plain Java value as a JSON value, without reflection (engines run us under a security
   * manager): null, {@link CharSequence}, {@link Boolean}, integral {@link Number}s as integers,
   * other numbers as doubles; anything else is a parameter error naming {@code name}.
   */
  public static JsonNode plainValue(String name, Object value) {
    if (value == null
        || value instanceof CharSequence
        || value instanceof Boolean
        || value instanceof Number) {
      return plainTree(value);
    }
    throw new ParameterException(
        "parameter '"
            + name
            + "' is a "
            + value.getClass().getSimpleName()
            + "; give a string, a number or a boolean");
  }

  /**
   * Plain Java values (maps, lists, strings, numbers, booleans, nulls) as a JSON tree, without
   * reflection; anything else becomes its {@code toString()} text.
   */
  public static JsonNode plainTree(Object value) {
    com.fasterxml.jackson.databind.node.JsonNodeFactory f =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
    if (value == null) {
      return f.nullNode();
    }
    if (value instanceof java.util.Map<?, ?> m) {
      com.fasterxml.jackson.databind.node.ObjectNode o = f.objectNode();
      m.forEach((k, v) -> o.set(String.valueOf(k), plainTree(v)));
      return o;
    }
    if (value instanceof Iterable<?> it) {
      com.fasterxml.jackson.databind.node.ArrayNode a = f.arrayNode();
      it.forEach(v -> a.add(plainTree(v)));
      return a;
    }
    if (value instanceof Boolean b) {
      return f.booleanNode(b);
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return f.numberNode(((Number) value).longValue());
    }
    if (value instanceof java.math.BigInteger b) {
      return f.numberNode(b);
    }
    if (value instanceof java.math.BigDecimal d) {
      return f.numberNode(d);
    }
    if (value instanceof Float x) {
      return f.numberNode(x);
    }
    if (value instanceof Number n) {
      return f.numberNode(n.doubleValue());
    }
    return f.textNode(value.toString());
  }

  /** A JSON object of string values, as compact text (nulls are left out). */
  public static String stringObject(java.util.Map<String, String> fields) {
    com.fasterxml.jackson.databind.node.ObjectNode n = MAPPER.createObjectNode();
    fields.forEach(
        (k, v) -> {
          if (v != null) {
            n.put(k, v);
          }
        });
    return compact(n);
  }

  /**
   * The string members of a JSON object ({@code what} names the text in errors); other members are
   * left out.
   */
  public static java.util.Map<String, String> stringMembers(String text, String what) {
    JsonNode n = parse(text, what);
    if (!n.isObject()) {
      throw new BadInputException(what + " must be a JSON object");
    }
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    n.properties()
        .forEach(
            e -> {
              if (e.getValue().isTextual()) {
                out.put(e.getKey(), e.getValue().textValue());
              }
            });
    return out;
  }

  /** Compact JSON text of a tree. */
  public static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new QuidudfException(ErrorKind.INTERNAL, "could not write JSON: " + e.getMessage());
    }
  }

  /** Indented JSON text of a tree. */
  public static String pretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new QuidudfException(ErrorKind.INTERNAL, "could not write JSON: " + e.getMessage());
    }
  }
}
