package io.quidditch.udf.spark;

import io.quidditch.udf.core.BadInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF10;
import org.apache.spark.sql.api.java.UDF11;
import org.apache.spark.sql.api.java.UDF12;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.api.java.UDF7;
import org.apache.spark.sql.api.java.UDF8;
import org.apache.spark.sql.api.java.UDF9;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * quidudf UDFs in Spark: as SQL functions ({@link #register}) and over whole partitions ({@link
 * #evaluate}).
 *
 * <pre>{@code
 * SparkUdf score = SparkUdf.fromFiles(Path.of("custom_score.wasm")).readingFields();
 * QuidudfSpark.register(spark, "quid_keep", score.withParameters(Map.of("min_score", 0.5)));
 * spark.sql("SELECT id FROM docs WHERE quid_keep(base_score, boost)");
 * }</pre>
 */
public final class QuidudfSpark {
  private QuidudfSpark() {}

  /**
   * Registers the UDF as a SQL function of this session: a filter answers boolean, a score double,
   * an integer result bigint. Its arguments are {@link SparkUdf#inputColumns()}, in that order.
   *
   * @return the function, also for the DataFrame API ({@code df.filter(f.apply(col("doc")))})
   * @throws io.quidditch.udf.core.QuidudfException when the module, manifest or bound parameters
   *     are bad (checked here, on the driver)
   */
  public static UserDefinedFunction register(SparkSession spark, String name, SparkUdf udf) {
    RowEvaluator evaluator = new RowEvaluator(udf);
    UserDefinedFunction f = function(evaluator).withName(name);
    return spark.udf().register(name, f);
  }

  /**
   * The UDF as a function for the DataFrame API, without registering a name.
   *
   * @throws io.quidditch.udf.core.QuidudfException as {@link #register} does
   */
  public static UserDefinedFunction function(SparkUdf udf) {
    return function(new RowEvaluator(udf));
  }

  private static UserDefinedFunction function(RowEvaluator evaluator) {
    RowCall call = new RowCall(evaluator);
    DataType type = evaluator.resultType();
    int arity = evaluator.columns().size();
    switch (arity) {
      case 1:
        return functions.udf((UDF1<?, ?>) call, type);
      case 2:
        return functions.udf((UDF2<?, ?, ?>) call, type);
      case 3:
        return functions.udf((UDF3<?, ?, ?, ?>) call, type);
      case 4:
        return functions.udf((UDF4<?, ?, ?, ?, ?>) call, type);
      case 5:
        return functions.udf((UDF5<?, ?, ?, ?, ?, ?>) call, type);
      case 6:
        return functions.udf((UDF6<?, ?, ?, ?, ?, ?, ?>) call, type);
      case 7:
        return functions.udf((UDF7<?, ?, ?, ?, ?, ?, ?, ?>) call, type);
      case 8:
        return functions.udf((UDF8<?, ?, ?, ?, ?, ?, ?, ?, ?>) call, type);
      case 9:
        return functions.udf((UDF9<?, ?, ?, ?, ?, ?, ?, ?, ?, ?>) call, type);
      case 10:
        return functions.udf((UDF10<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?>) call, type);
      case 11:
        return functions.udf((UDF11<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?>) call, type);
      case 12:
        return functions.udf((UDF12<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?>) call, type);
      default:
        throw new BadInputException(
            "the UDF takes "
                + arity
                + " columns "
                + evaluator.columns()
                + ", more than a SQL function's "
                + RowCall.MAX_ARGUMENTS
                + ": read a JSON document column instead, or use QuidudfSpark.evaluate");
    }
  }

  /**
   * Evaluates the UDF over every row of {@code rows}, a partition at a time (one UDF instance per
   * task), and appends the result as a column. The input columns are those {@link
   * SparkUdf#inputColumns()} names; a column {@code _id} or {@code id}, when present, names a
   * failing row in the error.
   *
   * @param resultColumn the name of the appended column (boolean, double or bigint)
   * @throws BadInputException when an input column is missing
   */
  public static Dataset<Row> evaluate(Dataset<Row> rows, SparkUdf udf, String resultColumn) {
    RowEvaluator evaluator = new RowEvaluator(udf);
    StructType schema = rows.schema();
    List<String> names = Arrays.asList(schema.fieldNames());
    List<String> missing = new ArrayList<>();
    int[] at = new int[evaluator.columns().size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = names.indexOf(evaluator.columns().get(i));
      if (at[i] < 0) {
        missing.add(evaluator.columns().get(i));
      }
    }
    if (!missing.isEmpty()) {
      throw new BadInputException(
          "the rows have no column "
              + String.join(", ", missing)
              + " (the UDF reads "
              + evaluator.columns()
              + "; the rows have "
              + names
              + ")");
    }
    int idAt = names.indexOf(SparkUdf.ID_COLUMN);
    if (idAt < 0) {
      idAt = names.indexOf("id");
    }
    StructType out =
        schema.add(
            new StructField(
                resultColumn,
                evaluator.resultType(),
                true,
                org.apache.spark.sql.types.Metadata.empty()));
    return rows.mapPartitions(new PartitionEvaluator(evaluator, at, idAt), Encoders.row(out));
  }

  /** The partition loop of {@link #evaluate}: one argument array per task, reused row to row. */
  private static final class PartitionEvaluator implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final RowEvaluator evaluator;
    private final int[] at;
    private final int idAt;

    PartitionEvaluator(RowEvaluator evaluator, int[] at, int idAt) {
      this.evaluator = evaluator;
      this.at = at;
      this.idAt = idAt;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      Object[] args = new Object[at.length];
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          for (int i = 0; i < at.length; i++) {
            args[i] = row.get(at[i]);
          }
          Object result = evaluator.evaluate(args, idAt < 0 ? null : row.get(idAt));
          Object[] values = new Object[row.length() + 1];
          for (int i = 0; i < row.length(); i++) {
            values[i] = row.get(i);
          }
          values[row.length()] = result;
          return RowFactory.create(values);
        }
      };
    }
  }
}
