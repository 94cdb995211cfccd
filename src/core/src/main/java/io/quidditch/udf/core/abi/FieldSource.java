package io.quidditch.udf.core.abi;

import java.nio.charset.StandardCharsets;

/**
 * The fields of one document, served by whoever holds the document: a JSON object ({@link
 * DocumentView}), a search engine's doc values or stored source, a row of a DataFrame.
 *
 * <p>The host ABI's field functions call these methods with the path the UDF asked for ({@code
 * price}, {@code metadata.vendor.name}, {@code tags[0]}); an implementation resolves it its own
 * way. {@link #i64}, {@link #f64} and {@link #bool} are only called after {@link #kind} said the
 * field holds that kind of value. One source serves one evaluation at a time; it need not be
 * thread-safe.
 */
public interface FieldSource {

  /** What a field holds, as the host ABI distinguishes it. */
  enum Kind {
    /** Not in the document. */
    ABSENT,
    /** Present and null: {@code has_field} says yes, typed reads say missing. */
    NULL,
    STRING,
    NUMBER,
    BOOLEAN,
    /** An object or an array: readable only as text (its compact JSON). */
    OTHER
  }

  /** What the field at this path holds. */
  Kind kind(String path);

  /**
   * Whether the field holds a value of this kind: what the typed reads ({@code get_field_f64}, ...)
   * ask. A host may answer it more cheaply than {@link #kind} (a search engine's doc values say "no
   * number here" without reading the stored document).
   */
  default boolean isKind(String path, Kind wanted) {
    return kind(path) == wanted;
  }

  /** Whether the field is present (a null value counts as present). */
  default boolean has(String path) {
    return kind(path) != Kind.ABSENT;
  }

  /**
   * The field as text: a string as itself, any other value as its JSON text ({@code 42}, {@code
   * true}); null when absent.
   */
  String text(String path);

  /** {@link #text} as UTF-8; implementations may cache the bytes for the document's lifetime. */
  default byte[] utf8(String path) {
    String t = text(path);
    return t == null ? null : t.getBytes(StandardCharsets.UTF_8);
  }

  /** A {@link Kind#NUMBER} field as an integer; fractions truncate toward zero. */
  long i64(String path);

  /** A {@link Kind#NUMBER} field as a double. */
  double f64(String path);

  /** A {@link Kind#BOOLEAN} field's value. */
  boolean bool(String path);

  /** The document's id, "" when it has none. */
  String id();

  /** The document's incoming score, 0.0 when it has none. */
  double score();

  /**
   * Whether a call's watchdog may interrupt the thread while one of these methods runs. A document
   * held in memory answers true. A host that reads storage through interruptible channels answers
   * false, the default: a search engine reading its index files through NIO, which an interrupt
   * closes. A deadline that passes during a host call then waits for the host call to return, at
   * the cost of two atomic operations per host call.
   */
  default boolean interruptible() {
    return false;
  }
}
