package io.quidditch.udf.core.abi;

import io.quidditch.udf.core.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A document held as plain Java values, as engines parse JSON: maps, lists, strings, numbers,
 * booleans and nulls. Fields resolve as in a JSON document ({@link DocumentView}), so a UDF gives
 * the same answers on either. Not thread-safe; {@link #reset} reuses it for the next document.
 */
public final class PlainDocument implements FieldSource {
  private Map<String, ?> source;
  private String id;
  private double score;
  // the last path looked up: UDFs usually ask kind() and then the value of the same field
  private String lastPath;
  private Object lastValue;

  public PlainDocument(Map<String, ?> source, String id, double score) {
    reset(source, id, score);
  }

  /** Points this view at another document. */
  public PlainDocument reset(Map<String, ?> newSource, String newId, double newScore) {
    this.source = newSource == null ? Map.of() : newSource;
    this.id = newId == null ? "" : newId;
    this.score = newScore;
    this.lastPath = null;
    this.lastValue = null;
    return this;
  }

  private Object value(String path) {
    if (path.equals(lastPath)) {
      return lastValue;
    }
    Object v = FieldPath.resolvePlain(source, path);
    lastPath = path;
    lastValue = v;
    return v;
  }

  /** The kind of a plain value ({@link FieldPath#NULL} for null, Java null for absent). */
  public static Kind kindOf(Object v) {
    if (v == null) {
      return Kind.ABSENT;
    }
    if (v == FieldPath.NULL) {
      return Kind.NULL;
    }
    if (v instanceof CharSequence) {
      return Kind.STRING;
    }
    if (v instanceof Number) {
      return Kind.NUMBER;
    }
    if (v instanceof Boolean) {
      return Kind.BOOLEAN;
    }
    return Kind.OTHER;
  }

  /** A plain number as the ABI's i64: integers exactly, fractions truncated toward zero. */
  public static long asLong(Number n) {
    if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return n.longValue();
    }
    if (n instanceof BigInteger b && b.bitLength() < 64) {
      return b.longValue();
    }
    if (n instanceof BigDecimal d) {
      return (long) d.doubleValue();
    }
    return (long) n.doubleValue();
  }

  /** A plain value as the ABI's text: a string as itself, anything else as its compact JSON. */
  public static String textOf(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof CharSequence s) {
      return s.toString();
    }
    return Json.compact(Json.plainTree(v == FieldPath.NULL ? null : v));
  }

  @Override
  public Kind kind(String path) {
    return kindOf(value(path));
  }

  @Override
  public String text(String path) {
    return textOf(value(path));
  }

  @Override
  public long i64(String path) {
    return asLong((Number) value(path));
  }

  @Override
  public double f64(String path) {
    return ((Number) value(path)).doubleValue();
  }

  @Override
  public boolean bool(String path) {
    return (Boolean) value(path);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public double score() {
    return score;
  }

  /** A document in memory: the watchdog may interrupt while its fields are read. */
  @Override
  public boolean interruptible() {
    return true;
  }

  /** For tests and messages. */
  @Override
  public String toString() {
    return "PlainDocument" + (source instanceof Map ? source.keySet() : List.of());
  }
}
