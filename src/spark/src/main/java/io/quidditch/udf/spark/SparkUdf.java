package io.quidditch.udf.spark;

import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.UserFiles;
import io.quidditch.udf.core.embed.EmbeddedRuntime;
import io.quidditch.udf.core.embed.Udf;
import io.quidditch.udf.core.embed.UdfSpec;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.util.LongAccumulator;

/**
 * A UDF as a Spark job uses it: the module and manifest ({@link UdfSpec}), the parameters bound for
 * the job, where each row's input comes from, and what a failing row does. Immutable and
 * serializable: Spark ships it to the executors with the task, and each executor JVM compiles the
 * module once ({@link EmbeddedRuntime}).
 *
 * <p>Input is either one JSON text column holding the document ({@link #readingJson}, the default,
 * column {@code document}) or typed columns, one per field that the manifest's {@code fields}
 * declares, in its order ({@link #readingFields}): no JSON is parsed then, which is much cheaper.
 */
public final class SparkUdf implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Where a row's document comes from. */
  public enum Input {
    /** One string column with the document as JSON ({@code _id} and {@code _score} honoured). */
    JSON_DOCUMENT,
    /** One typed column per declared field, then {@code _id} and {@code _score} when read. */
    FIELDS
  }

  /** The column a per-call parameters argument is named in {@link #inputColumns()}. */
  public static final String PARAMETERS_COLUMN = "parameters";

  /** The id column, read when the UDF needs the document id (and named in row errors). */
  public static final String ID_COLUMN = "_id";

  /** The incoming-score column, read when the UDF needs the score. */
  public static final String SCORE_COLUMN = "_score";

  private final UdfSpec spec;
  private final Input input;
  private final String documentColumn;
  private final boolean callParameters;
  private final LongAccumulator errorCounter;

  private SparkUdf(
      UdfSpec spec,
      Input input,
      String documentColumn,
      boolean callParameters,
      LongAccumulator errorCounter) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.input = input;
    this.documentColumn = documentColumn;
    this.callParameters = callParameters;
    this.errorCounter = errorCounter;
  }

  /** A UDF from a module's bytes and the text of its {@code udf.yaml}. */
  public static SparkUdf of(byte[] wasm, String manifestYaml) {
    return of(UdfSpec.of(wasm, manifestYaml));
  }

  /** A UDF from a spec (a module, its manifest and bound parameters). */
  public static SparkUdf of(UdfSpec spec) {
    return new SparkUdf(spec, Input.JSON_DOCUMENT, "document", false, null);
  }

  /**
   * A UDF from files on the driver: the module and the {@code udf.yaml} beside it.
   *
   * @throws BadInputException when either file cannot be read
   */
  public static SparkUdf fromFiles(Path module) {
    Path dir = module.toAbsolutePath().getParent();
    return fromFiles(module, dir.resolve("udf.yaml"));
  }

  /**
   * A UDF from a module file and a manifest file.
   *
   * @throws BadInputException when either file cannot be read
   */
  public static SparkUdf fromFiles(Path module, Path manifest) {
    return of(UserFiles.read(module), UserFiles.readString(manifest));
  }

  /** The same UDF with these parameters bound for every row (checked against the manifest). */
  public SparkUdf withParameters(Map<String, ?> values) {
    return new SparkUdf(
        spec.withParameters(values), input, documentColumn, callParameters, errorCounter);
  }

  /** The same UDF calling another export than the manifest's {@code function_name}. */
  public SparkUdf withFunction(String name) {
    return new SparkUdf(
        spec.withFunction(name), input, documentColumn, callParameters, errorCounter);
  }

  /**
   * Rows give the document as JSON text in this column (the name is for {@link
   * QuidudfSpark#evaluate}).
   */
  public SparkUdf readingJson(String column) {
    return new SparkUdf(spec, Input.JSON_DOCUMENT, column, callParameters, errorCounter);
  }

  /** Rows give the manifest's declared fields as typed columns of the same names. */
  public SparkUdf readingFields() {
    return new SparkUdf(spec, Input.FIELDS, documentColumn, callParameters, errorCounter);
  }

  /**
   * Calls take one more, last argument: a JSON object of parameters for that row (a literal in SQL,
   * usually), over the bound ones; null means the bound ones.
   */
  public SparkUdf withCallParameters() {
    return new SparkUdf(spec, input, documentColumn, true, errorCounter);
  }

  /**
   * A row on which the UDF fails (a trap, a timeout, too much memory, an unreadable document)
   * yields null and adds one to this counter, instead of failing the task. Parameter and module
   * errors still fail it.
   */
  public SparkUdf nullOnError(LongAccumulator counter) {
    return new SparkUdf(
        spec, input, documentColumn, callParameters, Objects.requireNonNull(counter, "counter"));
  }

  public UdfSpec spec() {
    return spec;
  }

  public Input input() {
    return input;
  }

  public boolean callParameters() {
    return callParameters;
  }

  /** The counter of rows that yielded null, or null when a failing row fails the task. */
  public LongAccumulator errorCounter() {
    return errorCounter;
  }

  /**
   * The columns a call takes, in order: the document column, or the declared fields (then {@code
   * _id}, {@code _score} when the UDF reads them), then {@code parameters} with {@link
   * #withCallParameters}.
   *
   * @throws io.quidditch.udf.core.QuidudfException when the UDF does not load, or reads fields but
   *     declares none
   */
  public List<String> inputColumns() {
    return inputColumns(load());
  }

  /** {@link #inputColumns()} of this UDF, already loaded. */
  List<String> inputColumns(Udf udf) {
    List<String> out = new ArrayList<>();
    if (input == Input.JSON_DOCUMENT) {
      out.add(documentColumn);
    } else {
      if (!udf.declaresFields()) {
        throw new BadInputException(
            "udf.yaml of "
                + udf.name()
                + " declares no fields, so typed columns cannot be matched to them: declare them"
                + " (fields: [{name, type}]) or read a JSON document column");
      }
      out.addAll(udf.declaredFields().keySet());
      if (udf.needsDocumentId()) {
        out.add(ID_COLUMN);
      }
      if (udf.needsScore()) {
        out.add(SCORE_COLUMN);
      }
    }
    if (callParameters) {
      out.add(PARAMETERS_COLUMN);
    }
    return out;
  }

  /** The UDF loaded in this JVM (compiled the first time only). */
  Udf load() {
    return EmbeddedRuntime.get().load(spec);
  }
}
