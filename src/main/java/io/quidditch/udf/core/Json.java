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
          .build();

  /** YAML mapper for specs and manifests. */
  public static final ObjectMapper YAML = new YAMLMapper(new YAMLFactory());

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
