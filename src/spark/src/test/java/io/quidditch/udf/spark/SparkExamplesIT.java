package io.quidditch.udf.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.get_json_object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The examples over 10,000 generated documents in local[2]: every row's result from Spark, read
 * from a JSON column and from typed columns, equals what {@code quidudf test --docs} answers for
 * the same document.
 */
class SparkExamplesIT {
  private static final int DOCS = 10_000;
  private static SparkSession spark;
  private static Path dir;
  private static Path docs;
  private static Path examples;
  private static Dataset<Row> jsonRows;
  private static Dataset<Row> typedRows;

  @BeforeAll
  static void start() throws Exception {
    dir = Path.of("target", "spark-it").toAbsolutePath();
    Files.createDirectories(dir);
    docs = Corpus.write(dir.resolve("docs.ndjson"), DOCS, 17);
    examples = Fixtures.root().resolve("examples");
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("quidudf-examples-it")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate();
    jsonRows =
        spark
            .read()
            .text(docs.toString())
            .select(col("value").as("document"))
            .withColumn("_id", get_json_object(col("document"), "$._id"))
            .repartition(4)
            .cache();
    typedRows = spark.read().json(docs.toString()).repartition(4).cache();
    assertThat(jsonRows.count()).isEqualTo(DOCS);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Spark's result per _id: the UDF applied to the JSON column and to the typed columns. */
  private static void assertSameAsCli(
      SparkUdf udf, Column[] typedInputs, Map<String, JsonNode> expected) {
    assertThat(expected.values().stream().distinct().count())
        .as("distinct results of quidudf test (a comparison of constants proves nothing)")
        .isGreaterThan(1);
    UserDefinedFunction fromJson = QuidudfSpark.function(udf);
    Map<String, Object> viaJson =
        collect(jsonRows.select(col("_id"), fromJson.apply(col("document"))));
    assertThat(viaJson).hasSize(DOCS);
    assertMatches(viaJson, expected, "JSON column");
    if (typedInputs != null) {
      UserDefinedFunction typed = QuidudfSpark.function(udf.readingFields());
      Map<String, Object> viaColumns =
          collect(typedRows.select(col("_id"), typed.apply(typedInputs)));
      assertMatches(viaColumns, expected, "typed columns");
    }
  }

  private static Map<String, Object> collect(Dataset<Row> rows) {
    Map<String, Object> out = new HashMap<>();
    for (Row r : rows.collectAsList()) {
      out.put(r.getString(0), r.get(1));
    }
    return out;
  }

  private static void assertMatches(
      Map<String, Object> actual, Map<String, JsonNode> expected, String how) {
    assertThat(actual.keySet()).as(how).isEqualTo(expected.keySet());
    int differ = 0;
    String first = null;
    for (Map.Entry<String, JsonNode> e : expected.entrySet()) {
      JsonNode want = e.getValue();
      Object got = actual.get(e.getKey());
      boolean same =
          want.isBoolean()
              ? Boolean.valueOf(want.booleanValue()).equals(got)
              : got instanceof Double d && d == want.doubleValue();
      if (!same) {
        differ++;
        first = first == null ? e.getKey() + ": quidudf " + want + ", Spark " + got : first;
      }
    }
    assertThat(differ).as(how + " rows differing from quidudf test, first " + first).isZero();
  }

  private static Map<String, JsonNode> cli(Path module, Path manifest, Map<String, String> params)
      throws Exception {
    Map<String, JsonNode> r = Cli.results(module, manifest, docs, params, dir);
    assertThat(r).hasSize(DOCS);
    return r;
  }

  @Test
  void customScoreFilter() throws Exception {
    Path module = examples.resolve("custom-score/custom_score.wasm");
    Map<String, JsonNode> expected = cli(module, null, Map.of("min_score", "0.4"));
    assertThat(expected.values().stream().filter(JsonNode::asBoolean).count())
        .as("kept documents")
        .isBetween(1000L, 9000L);
    assertSameAsCli(
        SparkUdf.fromFiles(module).withParameters(Map.of("min_score", 0.4)),
        new Column[] {col("base_score"), col("boost")},
        expected);
  }

  @Test
  void customScoreScore() throws Exception {
    Path module = examples.resolve("custom-score/custom_score.wasm");
    String yaml =
        Files.readString(examples.resolve("custom-score/udf.yaml"))
            .replace("function_name: filter", "function_name: score")
            .replace("returns: bool", "returns: f64");
    Path manifest = Files.writeString(dir.resolve("custom-score-score.yaml"), yaml);
    assertSameAsCli(
        SparkUdf.fromFiles(module).withFunction("score"),
        new Column[] {col("base_score"), col("boost")},
        cli(module, manifest, Map.of()));
  }

  @Test
  void stringDistanceInRust() throws Exception {
    Path module = examples.resolve("string-distance/string_distance.wasm");
    Map<String, JsonNode> expected =
        cli(module, null, Map.of("target", "search", "max_distance", "2"));
    assertSameAsCli(
        SparkUdf.fromFiles(module).withParameters(Map.of("target", "search", "max_distance", 2)),
        new Column[] {col("title")},
        expected);
  }

  @Test
  void pythonFilter() throws Exception {
    Path module = examples.resolve("python-filter/text_similarity.wasm");
    Map<String, JsonNode> expected = cli(module, null, Map.of("query", "café", "threshold", "2"));
    assertSameAsCli(
        SparkUdf.fromFiles(module).withParameters(Map.of("query", "café", "threshold", 2)),
        new Column[] {col("title")},
        expected);
  }

  @Test
  void pythonScoreReadsNestedFields() throws Exception {
    Path module = examples.resolve("python-score/geo_decay.wasm");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("lat", 45.0);
    params.put("lon", 0.0);
    Map<String, String> cliParams = Map.of("lat", "45.0", "lon", "0.0");
    assertSameAsCli(
        SparkUdf.fromFiles(module).withParameters(params),
        // the declared fields in their order (a nested field's column is the nested value), then
        // the incoming score, which the UDF reads
        new Column[] {col("location.lat"), col("location.lon"), col("debug"), col("_score")},
        cli(module, null, cliParams));
  }

  @Test
  void thePartitionEvaluatorAgreesWithTheSqlFunction() throws Exception {
    Path module = examples.resolve("custom-score/custom_score.wasm");
    SparkUdf udf = SparkUdf.fromFiles(module).readingFields().withFunction("score");
    Map<String, Object> viaPartitions =
        collect(QuidudfSpark.evaluate(typedRows, udf, "score").select("_id", "score"));
    UserDefinedFunction f = QuidudfSpark.function(udf);
    Map<String, Object> viaFunction =
        collect(typedRows.select(col("_id"), f.apply(col("base_score"), col("boost"))));
    assertThat(viaPartitions).hasSize(DOCS).isEqualTo(viaFunction);
    List<String> lines = Files.readAllLines(docs, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(DOCS);
  }
}
