package io.quidditch.udf.spark.it;

import io.quidditch.udf.spark.QuidudfSpark;
import io.quidditch.udf.spark.SparkUdf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;

/**
 * The job of the spark-submit test, as a user would write one: the UDF comes from files on the
 * driver, quidudf from the bundle given to {@code --jars}. Writes the ids the filter keeps.
 *
 * <p>Arguments: MODULE DOCS.ndjson OUT
 */
public final class SubmitJob {
  private SubmitJob() {}

  public static void main(String[] args) throws Exception {
    SparkSession spark = SparkSession.builder().appName("quidudf-submit").getOrCreate();
    try {
      SparkUdf keep =
          SparkUdf.fromFiles(Path.of(args[0]))
              .readingFields()
              .withParameters(Map.of("min_score", 0.5));
      QuidudfSpark.register(spark, "quid_keep", keep);
      spark.read().json(args[1]).createOrReplaceTempView("docs");
      List<String> ids =
          spark
              .sql("SELECT _id FROM docs WHERE quid_keep(base_score, boost) ORDER BY _id")
              .collectAsList()
              .stream()
              .map(r -> r.getString(0))
              .collect(Collectors.toList());
      Files.write(Path.of(args[2]), ids, StandardCharsets.UTF_8);
    } finally {
      spark.stop();
    }
  }
}
