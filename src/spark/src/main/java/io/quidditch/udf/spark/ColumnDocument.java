package io.quidditch.udf.spark;

import io.quidditch.udf.core.abi.FieldSource;
import io.quidditch.udf.core.abi.PlainDocument;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * One row's typed columns as the fields a UDF reads: column {@code i} holds declared field {@code
 * i}. A SQL null is an absent field. Reused from row to row by {@link #reset}.
 */
final class ColumnDocument implements FieldSource {
  private final String[] fields;
  private final Object[] values;
  private final byte[][] utf8;
  private String id;
  private double score;
  // UDFs ask a field's kind and then its value: the last name looked up, and where it was
  private String lastPath;
  private int lastIndex;

  ColumnDocument(String[] fields) {
    this.fields = fields;
    this.values = new Object[fields.length];
    this.utf8 = new byte[fields.length][];
  }

  /** Points the view at the next row: {@code args[0..fields)} are the field values. */
  ColumnDocument reset(Object[] args, String newId, double newScore) {
    for (int i = 0; i < fields.length; i++) {
      values[i] = args[i];
      utf8[i] = null;
    }
    this.id = newId == null ? "" : newId;
    this.score = newScore;
    return this;
  }

  private int index(String path) {
    if (path == lastPath) {
      return lastIndex;
    }
    int i = find(path);
    lastPath = path;
    lastIndex = i;
    return i;
  }

  private int find(String path) {
    for (int i = 0; i < fields.length; i++) {
      if (fields[i] == path) {
        return i;
      }
    }
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].equals(path)) {
        fields[i] = path; // the host passes the same String for a name each time: next time, ==
        return i;
      }
    }
    return -1;
  }

  private Object value(String path) {
    int i = index(path);
    return i < 0 ? null : values[i];
  }

  @Override
  public Kind kind(String path) {
    return PlainDocument.kindOf(value(path)); // a column's null is Java null: absent
  }

  @Override
  public String text(String path) {
    Object v = value(path);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    if (v instanceof Number || v instanceof Boolean) {
      return PlainDocument.textOf(v instanceof BigDecimal d ? d.stripTrailingZeros() : v);
    }
    return String.valueOf(v);
  }

  @Override
  public byte[] utf8(String path) {
    int i = index(path);
    if (i < 0 || values[i] == null) {
      return null;
    }
    byte[] b = utf8[i];
    if (b == null) {
      b = text(path).getBytes(StandardCharsets.UTF_8);
      utf8[i] = b;
    }
    return b;
  }

  @Override
  public long i64(String path) {
    return PlainDocument.asLong((Number) value(path));
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
}
