package io.quidditch.udf.core.abi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.Json;
import java.nio.charset.StandardCharsets;

/**
 * A JSON document as a UDF sees it: its fields, its id and its incoming score.
 *
 * <p>A document is either a plain JSON object (its {@code _id} and {@code _score} keys, when
 * present, give the id and score) or a hit of the form {@code {_id, _score, _source}}. Field paths
 * are resolved lazily and remembered, so repeated host calls for the same field do not walk the
 * JSON again. Not thread-safe: one view per evaluation.
 */
public final class DocumentView implements FieldSource {
  private static final int CACHE_SLOTS = 8;

  // a raw document is unpacked ({_id, _score, _source}) only when a UDF first asks
  private JsonNode raw;
  private JsonNode source;
  private String id;
  private double score;
  // a small cache of resolved paths; names usually arrive as the same String instance
  private String[] paths;
  private JsonNode[] nodes;
  private byte[][] texts;
  private int cached;

  /** A view of fields in {@code source} with a known id and score (a search hit). */
  public DocumentView(JsonNode source, String id, double score) {
    this.source = source;
    this.id = id == null ? "" : id;
    this.score = score;
  }

  private DocumentView(JsonNode raw, double defaultScore) {
    this.raw = raw;
    this.score = defaultScore;
  }

  /** Wraps a document, reading {@code _id}, {@code _score} and {@code _source} when present. */
  public static DocumentView of(JsonNode doc) {
    return of(doc, 0.0);
  }

  /**
   * As {@link #of(JsonNode)}, with the incoming score a document without {@code _score} has (1.0
   * for a test document, as Quidditch's test endpoint gives it).
   */
  public static DocumentView of(JsonNode doc, double defaultScore) {
    if (doc == null || !doc.isObject()) {
      throw new BadInputException(
          "a document must be a JSON object, got " + (doc == null ? "nothing" : doc.getNodeType()));
    }
    return new DocumentView(doc, defaultScore);
  }

  private void unpackSource() {
    JsonNode src = raw.get("_source");
    source = src != null && src.isObject() ? src : raw;
  }

  private void unpackMeta() {
    JsonNode idNode = raw.get("_id");
    JsonNode scoreNode = raw.get("_score");
    id =
        idNode == null || idNode.isNull()
            ? ""
            : idNode.isTextual() ? idNode.asText() : Json.compact(idNode);
    if (scoreNode != null && scoreNode.isNumber()) {
      score = scoreNode.doubleValue();
    }
  }

  /** Parses JSON text into a view. */
  public static DocumentView parse(String json, String what) {
    return of(Json.parse(json, what));
  }

  /** The object the field paths are resolved in. */
  public JsonNode source() {
    if (source == null) {
      unpackSource();
    }
    return source;
  }

  @Override
  public String id() {
    if (id == null) {
      unpackMeta();
    }
    return id;
  }

  @Override
  public double score() {
    if (id == null) {
      unpackMeta();
    }
    return score;
  }

  /** A document in memory: the watchdog may interrupt while its fields are read. */
  @Override
  public boolean interruptible() {
    return true;
  }

  private int slot(String path) {
    for (int i = 0; i < cached; i++) {
      String p = paths[i];
      if (p == path || p.equals(path)) {
        return i;
      }
    }
    JsonNode found = FieldPath.resolve(source(), path);
    JsonNode node = found == null ? MissingNode.getInstance() : found;
    if (paths == null) {
      paths = new String[CACHE_SLOTS];
      nodes = new JsonNode[CACHE_SLOTS];
    }
    int i = cached < CACHE_SLOTS ? cached++ : CACHE_SLOTS - 1;
    paths[i] = path;
    nodes[i] = node;
    if (texts != null) {
      texts[i] = null;
    }
    return i;
  }

  /** The node at a path, or null when missing; a JSON null is present. */
  public JsonNode field(String path) {
    int i = slot(path); // first: slot() creates the arrays on a document's first lookup
    JsonNode node = nodes[i];
    return node.isMissingNode() ? null : node;
  }

  @Override
  public Kind kind(String path) {
    int i = slot(path); // first: slot() creates the arrays on a document's first lookup
    JsonNode node = nodes[i];
    if (node.isMissingNode()) {
      return Kind.ABSENT;
    }
    if (node.isNull()) {
      return Kind.NULL;
    }
    if (node.isTextual()) {
      return Kind.STRING;
    }
    if (node.isNumber()) {
      return Kind.NUMBER;
    }
    return node.isBoolean() ? Kind.BOOLEAN : Kind.OTHER;
  }

  /** The field as text: a string as itself, anything else as its compact JSON; null if missing. */
  @Override
  public String text(String path) {
    JsonNode node = field(path);
    if (node == null) {
      return null;
    }
    return node.isTextual() ? node.asText() : Json.compact(node);
  }

  /** {@link #text} as UTF-8 bytes, encoded once per document; null if missing. */
  @Override
  public byte[] utf8(String path) {
    int i = slot(path);
    if (texts == null) {
      texts = new byte[CACHE_SLOTS][];
    }
    if (texts[i] == null) {
      JsonNode node = nodes[i];
      if (node.isMissingNode()) {
        return null;
      }
      String text = node.isTextual() ? node.asText() : Json.compact(node);
      texts[i] = text.getBytes(StandardCharsets.UTF_8);
    }
    return texts[i];
  }

  @Override
  public long i64(String path) {
    int i = slot(path); // first: slot() creates the arrays on a document's first lookup
    JsonNode node = nodes[i];
    return node.isIntegralNumber() && node.canConvertToLong()
        ? node.longValue()
        : (long) node.doubleValue();
  }

  @Override
  public double f64(String path) {
    int i = slot(path);
    return nodes[i].doubleValue();
  }

  @Override
  public boolean bool(String path) {
    int i = slot(path);
    return nodes[i].booleanValue();
  }
}
