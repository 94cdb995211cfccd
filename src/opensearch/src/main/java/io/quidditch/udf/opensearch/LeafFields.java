package io.quidditch.udf.opensearch;

import io.quidditch.udf.core.abi.FieldSource;
import io.quidditch.udf.core.abi.PlainDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.opensearch.index.fielddata.ScriptDocValues;
import org.opensearch.index.mapper.MappedFieldType;
import org.opensearch.index.mapper.MapperService;
import org.opensearch.search.lookup.FieldLookup;
import org.opensearch.search.lookup.LeafSearchLookup;

/**
 * The fields of the current document of one index segment, as a UDF reads them.
 *
 * <p>A field that is mapped with doc values of a type that holds the document's exact value ({@code
 * keyword} without a normalizer, {@code long}, {@code integer}, {@code short}, {@code byte}, {@code
 * double}, {@code boolean}) and has exactly one value in this document is read from the doc values.
 * Anything else (text fields, dates, floats stored in 32 bits, arrays, nested paths, nulls) comes
 * from {@code _source}, parsed once per document when first needed, so the UDF sees what the same
 * document gives it as JSON under {@code quidudf test}. Not thread-safe: one per script instance.
 */
final class LeafFields implements FieldSource {
  private enum Type {
    LONG,
    DOUBLE,
    BOOLEAN,
    KEYWORD,
    SOURCE
  }

  /** How one field name is read in this segment. */
  private static final class Slot {
    final Type type;
    final ScriptDocValues<?> values;
    int doc = -1;
    int count;

    Slot(Type type, ScriptDocValues<?> values) {
      this.type = type;
      this.values = values;
    }
  }

  private static final Slot FROM_SOURCE = new Slot(Type.SOURCE, null);

  private final LeafSearchLookup leaf;
  private final MapperService mappers;
  private final DoubleSupplier score;
  private final Map<String, Slot> slots = new HashMap<>();
  private String lastPath;
  private Slot lastSlot;
  private final PlainDocument source = new PlainDocument(Map.of(), "", 0.0);
  private int doc = -1;
  private boolean sourceLoaded;
  private String id;

  LeafFields(LeafSearchLookup leaf, DoubleSupplier score) {
    this.leaf = leaf;
    this.mappers = leaf.doc().mapperService();
    this.score = score;
  }

  void setDocument(int docId) {
    doc = docId;
    leaf.setDocument(docId);
    sourceLoaded = false;
    id = null;
  }

  private Slot slot(String path) {
    // a UDF asks for the same name (the same String from the host's name cache) several times
    if (path == lastPath) {
      return lastSlot;
    }
    Slot s = slots.get(path);
    if (s == null) {
      s = resolve(path);
      slots.put(path, s);
    }
    lastPath = path;
    lastSlot = s;
    return s;
  }

  private Slot resolve(String path) {
    if (path.indexOf('[') >= 0) {
      return FROM_SOURCE;
    }
    MappedFieldType ft = mappers.fieldType(path);
    if (ft == null || !ft.hasDocValues()) {
      return FROM_SOURCE;
    }
    Type t;
    switch (ft.typeName()) {
      case "long":
      case "integer":
      case "short":
      case "byte":
        t = Type.LONG;
        break;
      case "double":
        t = Type.DOUBLE;
        break;
      case "boolean":
        t = Type.BOOLEAN;
        break;
      case "keyword":
        t = plainKeyword(ft) ? Type.KEYWORD : Type.SOURCE;
        break;
      default:
        t = Type.SOURCE;
    }
    if (t == Type.SOURCE) {
      return FROM_SOURCE;
    }
    // the lookup positions the values on the current document
    Slot s = new Slot(t, leaf.doc().get(path));
    s.doc = doc;
    s.count = s.values.size();
    return s;
  }

  /** A keyword whose doc values are its text unchanged (no normalizer). */
  private static boolean plainKeyword(MappedFieldType ft) {
    var analyzer = ft.getTextSearchInfo().getSearchAnalyzer();
    return analyzer == null
        || analyzer.name().startsWith("_keyword")
        || analyzer.name().equals("keyword");
  }

  /** The slot positioned on the current document, or null when the value must come from source. */
  private Slot docValues(String path) {
    Slot s = positioned(path);
    return s != null && s.count == 1 ? s : null;
  }

  /** A doc-values slot positioned on the current document (any count), or null for source. */
  private Slot positioned(String path) {
    Slot s = slot(path);
    if (s.type == Type.SOURCE) {
      return null;
    }
    if (s.doc != doc) {
      try {
        s.values.setNextDocId(doc);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      s.doc = doc;
      s.count = s.values.size();
    }
    return s;
  }

  private PlainDocument source() {
    if (!sourceLoaded) {
      source.reset(leaf.source().loadSourceIfNeeded(), "", 0.0);
      sourceLoaded = true;
    }
    return source;
  }

  /**
   * A typed read on a doc-valued field with no value in this document needs no source: absent, null
   * or an empty array, none of them is a number or a boolean. Text (a keyword or an ignored
   * malformed value) still looks at the source.
   */
  @Override
  public boolean isKind(String path, Kind wanted) {
    Slot s = positioned(path);
    if (s != null && s.count == 1) {
      return kindOf(s) == wanted;
    }
    if (s != null && s.count == 0 && (wanted == Kind.NUMBER || wanted == Kind.BOOLEAN)) {
      return false;
    }
    return source().kind(path) == wanted;
  }

  @Override
  public Kind kind(String path) {
    Slot s = docValues(path);
    return s == null ? source().kind(path) : kindOf(s);
  }

  private static Kind kindOf(Slot s) {
    switch (s.type) {
      case KEYWORD:
        return Kind.STRING;
      case BOOLEAN:
        return Kind.BOOLEAN;
      default:
        return Kind.NUMBER;
    }
  }

  @Override
  public String text(String path) {
    Slot s = docValues(path);
    if (s == null) {
      return source().text(path);
    }
    switch (s.type) {
      case KEYWORD:
        return ((ScriptDocValues.Strings) s.values).getValue();
      case BOOLEAN:
        return String.valueOf(((ScriptDocValues.Booleans) s.values).getValue());
      case LONG:
        return String.valueOf(((ScriptDocValues.Longs) s.values).getValue());
      default:
        return PlainDocument.textOf(((ScriptDocValues.Doubles) s.values).getValue());
    }
  }

  @Override
  public long i64(String path) {
    Slot s = docValues(path);
    if (s == null) {
      return source().i64(path);
    }
    return s.type == Type.LONG
        ? ((ScriptDocValues.Longs) s.values).getValue()
        : (long) ((ScriptDocValues.Doubles) s.values).getValue();
  }

  @Override
  public double f64(String path) {
    Slot s = docValues(path);
    if (s == null) {
      return source().f64(path);
    }
    return s.type == Type.LONG
        ? ((ScriptDocValues.Longs) s.values).getValue()
        : ((ScriptDocValues.Doubles) s.values).getValue();
  }

  @Override
  public boolean bool(String path) {
    Slot s = docValues(path);
    return s == null ? source().bool(path) : ((ScriptDocValues.Booleans) s.values).getValue();
  }

  @Override
  public String id() {
    if (id == null) {
      Object f = leaf.fields().get("_id");
      Object v = f instanceof FieldLookup l ? l.getValue() : null;
      id = v == null ? "" : v.toString();
    }
    return id;
  }

  @Override
  public double score() {
    return score.getAsDouble();
  }
}
