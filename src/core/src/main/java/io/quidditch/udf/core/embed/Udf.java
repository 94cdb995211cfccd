package io.quidditch.udf.core.embed;

import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ParameterException;
import io.quidditch.udf.core.ReturnType;
import io.quidditch.udf.core.abi.FieldSource;
import io.quidditch.udf.core.runtime.Evaluator;
import io.quidditch.udf.core.runtime.LoadedUdf;
import io.quidditch.udf.core.runtime.UdfCallException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A loaded UDF with its parameters bound, as an engine calls it: from any thread, per document,
 * with no instance to manage and nothing to close. Each thread evaluates on an instance of its own.
 * Results are primitives; a document on which the UDF fails throws {@link UdfCallException}, whose
 * kind says how (trap, timeout, memory, stack).
 */
public final class Udf {
  private final LoadedUdf udf;
  private final BoundParams params;
  private final ParameterException unbound;

  private Udf(LoadedUdf udf, BoundParams params, ParameterException unbound) {
    this.udf = udf;
    this.params = params;
    this.unbound = unbound;
  }

  /**
   * The UDF with these parameters; when they do not satisfy its manifest (a required one is
   * missing), the UDF still loads, and calling it throws that parameter error until {@link
   * #withParameters} gives complete ones.
   */
  static Udf of(LoadedUdf udf, Map<String, ?> values) {
    try {
      return new Udf(udf, BoundParams.bindValues(udf.manifest(), values), null);
    } catch (ParameterException e) {
      return new Udf(udf, null, e);
    }
  }

  /**
   * The same UDF with other parameters.
   *
   * @throws ParameterException when they do not match the manifest's declarations
   */
  public Udf withParameters(Map<String, ?> values) {
    return new Udf(udf, BoundParams.bindValues(udf.manifest(), values), null);
  }

  private BoundParams params() {
    if (params == null) {
      throw unbound;
    }
    return params;
  }

  public String name() {
    return udf.manifest().name();
  }

  public String version() {
    return udf.manifest().version();
  }

  /** What a call answers: a filter's decision, a score or an integer. */
  public ReturnType returns() {
    return udf.returns();
  }

  /** True for a filter (a yes/no per document), false for a score or an integer result. */
  public boolean isFilter() {
    return udf.returns() == ReturnType.FILTER;
  }

  /**
   * The fields the manifest says the UDF reads, with their types ({@code string, i64, f64, bool}).
   */
  public Map<String, String> declaredFields() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Manifest.FieldSpec f : udf.manifest().inputs().fields()) {
      out.put(f.name(), f.type().yamlName());
    }
    return out;
  }

  /** Whether the manifest declares fields, so a host may serve only those. */
  public boolean declaresFields() {
    return !udf.manifest().inputs().fields().isEmpty();
  }

  /** Whether the UDF reads the incoming score: its manifest says so, or it imports get_score. */
  public boolean needsScore() {
    return udf.manifest().inputs().score() || imports("get_score");
  }

  /** Whether the UDF reads the document id: its manifest says so, or it imports the function. */
  public boolean needsDocumentId() {
    return udf.manifest().inputs().documentId() || imports("get_document_id");
  }

  private boolean imports(String function) {
    return udf.info().imports().stream().anyMatch(i -> i.name().equals(function));
  }

  /** The declared type of a field, or null when the manifest does not declare it. */
  public String fieldType(String field) {
    Manifest.FieldSpec f = udf.manifest().inputs().field(field);
    return f == null ? null : f.type().yamlName();
  }

  /** A filter's decision for one document (a score UDF keeps every document). */
  public boolean filter(FieldSource doc) {
    return udf.threadEvaluator().filter(doc, params());
  }

  /** A score for one document (an integer result as a double, a filter's as 1.0 or 0.0). */
  public double score(FieldSource doc) {
    return udf.threadEvaluator().score(doc, params());
  }

  /** The result as a Java value: Boolean for a filter, Double for a score, Long for an integer. */
  public Object evaluate(FieldSource doc) {
    Evaluator e = udf.threadEvaluator();
    long raw = e.call(doc, params());
    switch (udf.returns()) {
      case FILTER:
        return (int) raw != 0;
      case INTEGER:
        return e.asLong(raw);
      default:
        return e.asDouble(raw);
    }
  }
}
