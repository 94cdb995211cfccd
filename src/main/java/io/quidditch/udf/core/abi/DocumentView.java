package io.quidditch.udf.core.abi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.Json;
import java.util.HashMap;
import java.util.Map;

/**
 * A document as a UDF sees it: its fields, its id and its incoming score.
 *
 * <p>A document is either a plain JSON object (its {@code _id} and {@code _score} keys, when
 * present, give the id and score) or a hit of the form {@code {_id, _score, _source}}. Field paths
 * are resolved lazily and remembered, so repeated host calls for the same field do not walk the
 * JSON again. Not thread-safe: one view per evaluation.
 */
public final class DocumentView {
  private final JsonNode source;
  private final String id;
  private final double score;
  private final Map<String, JsonNode> resolved = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();

  public DocumentView(JsonNode source, String id, double score) {
    this.source = source;
    this.id = id == null ? "" : id;
    this.score = score;
  }

  /** Wraps a document, reading {@code _id}, {@code _score} and {@code _source} when present. */
  public static DocumentView of(JsonNode doc) {
    if (doc == null || !doc.isObject()) {
      throw new BadInputException(
          "a document must be a JSON object, got " + (doc == null ? "nothing" : doc.getNodeType()));
    }
    JsonNode idNode = doc.get("_id");
    JsonNode scoreNode = doc.get("_score");
    JsonNode src = doc.get("_source");
    JsonNode fields = src != null && src.isObject() ? src : doc;
    String id =
        idNode == null || idNode.isNull()
            ? ""
            : idNode.isTextual() ? idNode.asText() : Json.compact(idNode);
    double score = scoreNode != null && scoreNode.isNumber() ? scoreNode.doubleValue() : 0.0;
    return new DocumentView(fields, id, score);
  }

  /** Parses JSON text into a view. */
  public static DocumentView parse(String json, String what) {
    return of(Json.parse(json, what));
  }

  public JsonNode source() {
    return source;
  }

  public String id() {
    return id;
  }

  public double score() {
    return score;
  }

  /** The node at a path, or null when missing; a JSON null is present. */
  public JsonNode field(String path) {
    JsonNode node = resolved.get(path);
    if (node == null) {
      JsonNode found = FieldPath.resolve(source, path);
      node = found == null ? MissingNode.getInstance() : found;
      resolved.put(path, node);
    }
    return node.isMissingNode() ? null : node;
  }

  /** The field as text: a string as itself, anything else as its compact JSON; null if missing. */
  public String text(String path) {
    String cached = texts.get(path);
    if (cached != null) {
      return cached;
    }
    JsonNode node = field(path);
    if (node == null) {
      return null;
    }
    String text = node.isTextual() ? node.asText() : Json.compact(node);
    texts.put(path, text);
    return text;
  }

  /** The field as an i64 (fractions truncate toward zero), or null when missing or not a number. */
  public Long i64(String path) {
    JsonNode node = field(path);
    if (node == null || !node.isNumber()) {
      return null;
    }
    return node.isIntegralNumber() && node.canConvertToLong()
        ? node.longValue()
        : (long) node.doubleValue();
  }

  /** The field as an f64, or null when missing or not a number. */
  public Double f64(String path) {
    JsonNode node = field(path);
    return node == null || !node.isNumber() ? null : node.doubleValue();
  }

  /** The field as a bool, or null when missing or not a boolean. */
  public Boolean bool(String path) {
    JsonNode node = field(path);
    return node == null || !node.isBoolean() ? null : node.booleanValue();
  }
}
