package io.quidditch.udf.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.ReturnType;
import io.quidditch.udf.core.abi.DocumentView;
import io.quidditch.udf.core.abi.FieldSource;
import io.quidditch.udf.core.embed.Udf;
import io.quidditch.udf.core.runtime.UdfCallException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Evaluates a {@link SparkUdf} on one row's arguments, as the SQL function and the partition
 * evaluator both do. Serializable as its definition only; on an executor, each thread gets its own
 * state (the loaded UDF, a reused document view, the last per-call parameters).
 */
final class RowEvaluator implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int ID_PREVIEW = 80;

  private final SparkUdf def;
  private final List<String> columns;
  private final ReturnType returns;
  private transient volatile ThreadLocal<State> state;

  /** Loads the UDF on the driver: a bad module, manifest or parameter fails here, early. */
  RowEvaluator(SparkUdf def) {
    this.def = def;
    Udf udf = def.load();
    this.columns = List.copyOf(def.inputColumns(udf));
    this.returns = udf.returns();
    udf.withParameters(def.spec().parameters()); // parameter errors now, not on every row
  }

  /** The columns a call takes, in order. */
  List<String> columns() {
    return columns;
  }

  private String udfRef() {
    Udf udf = state().udf;
    return udf.name() + "@" + udf.version();
  }

  /**
   * The Spark type of a result: boolean for a filter, double for a score, bigint for an integer.
   */
  DataType resultType() {
    switch (returns) {
      case FILTER:
        return DataTypes.BooleanType;
      case INTEGER:
        return DataTypes.LongType;
      default:
        return DataTypes.DoubleType;
    }
  }

  private final class State {
    final Udf udf = def.load();
    final ColumnDocument fields;
    final int idAt;
    final int scoreAt;
    final int paramsAt;
    String lastParams;
    Udf lastParamsUdf;

    State() {
      idAt = columns.indexOf(SparkUdf.ID_COLUMN);
      scoreAt = columns.indexOf(SparkUdf.SCORE_COLUMN);
      paramsAt = def.callParameters() ? columns.size() - 1 : -1;
      if (def.input() == SparkUdf.Input.FIELDS) {
        fields = new ColumnDocument(udf.declaredFields().keySet().toArray(String[]::new));
      } else {
        fields = null;
      }
    }

    Udf withCallParameters(Object text) {
      if (text == null) {
        return udf;
      }
      String t = text.toString();
      if (!t.equals(lastParams)) {
        Map<String, Object> merged = new LinkedHashMap<>(def.spec().parameters());
        JsonNode given = Json.parse(t, "the parameters argument");
        if (!given.isObject()) {
          throw new BadInputException(
              "the parameters argument must be a JSON object, got " + given.getNodeType());
        }
        given
            .fields()
            .forEachRemaining(
                e -> merged.put(e.getKey(), Json.MAPPER.convertValue(e.getValue(), Object.class)));
        lastParamsUdf = udf.withParameters(merged);
        lastParams = t;
      }
      return lastParamsUdf;
    }
  }

  private State state() {
    ThreadLocal<State> s = state;
    if (s == null) {
      synchronized (this) {
        if (state == null) {
          state = ThreadLocal.withInitial(State::new);
        }
        s = state;
      }
    }
    return s.get();
  }

  /**
   * The result for one row, or null (a null document; a failing row under {@link
   * SparkUdf#nullOnError}).
   *
   * @param args the row's values for {@link #columns()}
   * @param rowId the row's id for messages when the arguments have none, or null
   * @throws QuidudfSparkException when the row fails and the task should too
   */
  Object evaluate(Object[] args, Object rowId) {
    State s = state();
    Udf udf;
    try {
      udf = s.paramsAt < 0 ? s.udf : s.withCallParameters(args[s.paramsAt]);
    } catch (QuidudfException e) {
      throw fail(e.kind(), e.getMessage(), null, rowId);
    }
    FieldSource doc;
    DocumentView json = null;
    if (s.fields != null) {
      Object id = s.idAt >= 0 ? args[s.idAt] : null;
      Object score = s.scoreAt >= 0 ? args[s.scoreAt] : null;
      doc =
          s.fields.reset(
              args,
              id == null ? null : id.toString(),
              score instanceof Number n ? n.doubleValue() : 0.0);
    } else {
      Object text = args[0];
      if (text == null) {
        return null;
      }
      try {
        json = DocumentView.parse(text.toString(), "the document column");
      } catch (BadInputException e) {
        return failed(e.kind(), e.getMessage(), null, rowId == null ? preview(text) : rowId);
      }
      doc = json;
    }
    try {
      switch (returns) {
        case FILTER:
          return udf.filter(doc);
        case SCORE:
          return udf.score(doc);
        default:
          return udf.evaluate(doc);
      }
    } catch (UdfCallException e) {
      return failed(e.kind(), e.getMessage(), doc, rowId);
    } catch (QuidudfException e) {
      throw fail(e.kind(), e.getMessage(), doc, rowId);
    }
  }

  private Object failed(ErrorKind kind, String message, FieldSource doc, Object rowId) {
    if (def.errorCounter() != null) {
      def.errorCounter().add(1);
      return null;
    }
    throw fail(kind, message, doc, rowId);
  }

  private QuidudfSparkException fail(
      ErrorKind kind, String message, FieldSource doc, Object rowId) {
    String id = doc == null ? null : doc.id();
    if ((id == null || id.isEmpty()) && doc instanceof DocumentView v && v.has("id")) {
      id = v.text("id");
    }
    if (id == null || id.isEmpty()) {
      id = rowId == null ? null : rowId.toString();
    }
    TaskContext task = TaskContext.get();
    String where =
        (id == null ? "a row with no id" : id.startsWith(PREVIEW) ? id : "row " + quote(id))
            + (task == null ? "" : " (partition " + task.partitionId() + ")");
    return new QuidudfSparkException(kind, udfRef() + " failed on " + where + ": " + message);
  }

  private static String quote(String id) {
    return "'" + (id.length() > ID_PREVIEW ? id.substring(0, ID_PREVIEW) + "…" : id) + "'";
  }

  private static final String PREVIEW = "the row whose document is ";

  private static String preview(Object document) {
    String text = document.toString();
    return PREVIEW + (text.length() > ID_PREVIEW ? text.substring(0, ID_PREVIEW) + "…" : text);
  }
}
