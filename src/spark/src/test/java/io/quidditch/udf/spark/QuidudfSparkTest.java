package io.quidditch.udf.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quidditch.udf.Fixtures;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.ParameterException;
import io.quidditch.udf.core.embed.EmbeddedRuntime;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Spark adapter on a local[2] session: SQL functions, the partition evaluator, errors. */
class QuidudfSparkTest {
  private static SparkSession spark;
  private static Path examples;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("quidudf-spark-test")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    examples = Fixtures.root().resolve("examples");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static SparkUdf customScore() {
    return SparkUdf.fromFiles(examples.resolve("custom-score/custom_score.wasm"));
  }

  private static Dataset<Row> scores() {
    return spark.sql(
        "SELECT * FROM VALUES ('a', 0.3D, 2.0D), ('b', 0.3D, 1.0D), ('c', CAST(NULL AS DOUBLE), 3.0D),"
            + " ('d', 0.9D, CAST(NULL AS DOUBLE)) AS t(_id, base_score, boost)");
  }

  @Test
  void typedColumnsAsASqlFilterAndScore() {
    scores().createOrReplaceTempView("scores");
    QuidudfSpark.register(spark, "quid_keep", customScore().readingFields());
    QuidudfSpark.register(spark, "quid_score", customScore().readingFields().withFunction("score"));
    List<Row> kept =
        spark
            .sql("SELECT _id FROM scores WHERE quid_keep(base_score, boost) ORDER BY _id")
            .collectAsList();
    // 0.3*2=0.6 and 0.9*1 (an absent boost reads as 1.0) reach 0.5; 0.3 does not; no base_score is
    // 0
    assertThat(kept).extracting(r -> r.getString(0)).containsExactly("a", "d");
    List<Row> scored =
        spark
            .sql("SELECT _id, quid_score(base_score, boost) FROM scores ORDER BY _id")
            .collectAsList();
    assertThat(scored).extracting(r -> r.getDouble(1)).containsExactly(0.6, 0.3, 0.0, 0.9);
  }

  @Test
  void aJsonDocumentColumnFromTheDataFrameApi() {
    Dataset<Row> docs =
        spark.sql(
            "SELECT * FROM VALUES ('{\"_id\":\"a\",\"base_score\":0.3,\"boost\":2}'),"
                + " ('{\"base_score\":0.1}'), (CAST(NULL AS STRING)) AS t(document)");
    UserDefinedFunction keep = QuidudfSpark.function(customScore());
    List<Row> out = docs.select(keep.apply(col("document"))).collectAsList();
    assertThat(out)
        .extracting(r -> r.isNullAt(0) ? null : r.getBoolean(0))
        .containsExactly(true, false, null);
  }

  @Test
  void parametersBoundAtRegistrationOrGivenPerCall() {
    scores().createOrReplaceTempView("scores2");
    QuidudfSpark.register(
        spark,
        "quid_strict",
        customScore().readingFields().withParameters(Map.of("min_score", 0.8)));
    QuidudfSpark.register(
        spark, "quid_per_call", customScore().readingFields().withCallParameters());
    assertThat(
            spark
                .sql("SELECT _id FROM scores2 WHERE quid_strict(base_score, boost)")
                .collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly("d");
    assertThat(
            spark
                .sql(
                    "SELECT _id FROM scores2 WHERE quid_per_call(base_score, boost,"
                        + " '{\"min_score\": 0.25}') ORDER BY _id")
                .collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly("a", "b", "d");
    assertThat(
            spark
                .sql(
                    "SELECT _id FROM scores2 WHERE quid_per_call(base_score, boost, NULL) ORDER BY _id")
                .collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly("a", "d");
  }

  @Test
  void thePartitionEvaluatorAppendsTheResult() {
    SparkUdf udf = customScore().readingFields().withFunction("score");
    List<Row> out =
        QuidudfSpark.evaluate(scores().repartition(3), udf, "score").orderBy("_id").collectAsList();
    assertThat(out.get(0).schema().fieldNames())
        .containsExactly("_id", "base_score", "boost", "score");
    assertThat(out).extracting(r -> r.getDouble(3)).containsExactly(0.6, 0.3, 0.0, 0.9);
    assertThatThrownBy(() -> QuidudfSpark.evaluate(scores().drop("boost"), udf, "score"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("no column boost");
  }

  @Test
  void theModuleIsCompiledOncePerJvmNotPerTaskOrRow() {
    String wat =
        "(module (func (export \"filter\") (param i64) (result i32) i32.const 1)"
            + " (memory (export \"memory\") 1))";
    SparkUdf udf = SparkUdf.of(Fixtures.wat(wat), "name: always\nversion: 1.0.0\nreturns: bool\n");
    long before = EmbeddedRuntime.get().compilations();
    UserDefinedFunction f = QuidudfSpark.function(udf);
    long kept =
        spark
            .range(0, 20_000, 1, 8)
            .selectExpr("'{}' AS document")
            .filter(f.apply(col("document")))
            .count();
    assertThat(kept).isEqualTo(20_000);
    assertThat(EmbeddedRuntime.get().compilations() - before).isEqualTo(1);
  }

  @Test
  void aRunawayRowFailsTheTaskWithKindTimeoutAndTheRowsId() {
    String wat =
        "(module (import \"env\" \"get_field_i64\" (func $f (param i64 i32 i32 i32) (result i32)))"
            + " (memory (export \"memory\") 1) (data (i32.const 0) \"spin\")"
            + " (func (export \"filter\") (param $ctx i64) (result i32)"
            + "  (if (i32.eqz (call $f (local.get $ctx) (i32.const 0) (i32.const 4) (i32.const 16)))"
            + "   (then (if (i64.eq (i64.load (i32.const 16)) (i64.const 1)) (then (loop $l (br $l))))))"
            + "  i32.const 1))";
    String manifest =
        "name: runaway\nversion: 1.0.0\nreturns: bool\nlimits: {timeout_ms: 200}\n"
            + "fields: [{name: spin, type: i64}]\n";
    SparkUdf udf = SparkUdf.of(Fixtures.wat(wat), manifest);
    Dataset<Row> rows =
        spark.sql(
            "SELECT * FROM VALUES ('ok-1', 0L), ('stuck-7', 1L), ('ok-2', 0L) AS t(_id, spin)");
    UserDefinedFunction f = QuidudfSpark.function(udf.readingFields());
    assertThatThrownBy(() -> rows.filter(f.apply(col("spin"))).count())
        .satisfies(
            e -> {
              QuidudfSparkException cause = find(e);
              assertThat(cause.kind()).isEqualTo(ErrorKind.TIMEOUT);
              assertThat(cause.getMessage())
                  .startsWith("[timeout] runaway@1.0.0 failed on ")
                  .contains("time limit of 200 ms");
            });
    // the partition evaluator knows the row's id from its _id column
    assertThatThrownBy(() -> QuidudfSpark.evaluate(rows, udf.readingFields(), "ok").count())
        .satisfies(e -> assertThat(find(e).getMessage()).contains("row 'stuck-7'"));
  }

  @Test
  void nullOnErrorCountsTheFailingRowsAndKeepsGoing() {
    String wat =
        "(module (import \"env\" \"get_field_i64\" (func $f (param i64 i32 i32 i32) (result i32)))"
            + " (memory (export \"memory\") 1) (data (i32.const 0) \"n\")"
            + " (func (export \"filter\") (param $ctx i64) (result i32)"
            + "  (drop (call $f (local.get $ctx) (i32.const 0) (i32.const 1) (i32.const 16)))"
            + "  (if (i64.eq (i64.rem_u (i64.load (i32.const 16)) (i64.const 3)) (i64.const 0))"
            + "   (then unreachable))"
            + "  i32.const 1))";
    LongAccumulator bad = spark.sparkContext().longAccumulator("bad rows");
    SparkUdf udf =
        SparkUdf.of(
                Fixtures.wat(wat),
                "name: thirds\nversion: 1.0.0\nreturns: bool\n"
                    + "fields: [{name: n, type: i64}]\n")
            .readingFields()
            .nullOnError(bad);
    UserDefinedFunction f = QuidudfSpark.function(udf);
    List<Row> out = spark.range(1, 10).select(f.apply(col("id").as("n")).as("r")).collectAsList();
    assertThat(out)
        .extracting(r -> r.isNullAt(0) ? "null" : String.valueOf(r.getBoolean(0)))
        .containsExactly("true", "true", "null", "true", "true", "null", "true", "true", "null");
    assertThat(bad.value()).isEqualTo(3);
    // a document that is not JSON is a failing row too
    LongAccumulator unreadable = spark.sparkContext().longAccumulator("unreadable");
    UserDefinedFunction json = QuidudfSpark.function(customScore().nullOnError(unreadable));
    assertThat(spark.range(1).select(json.apply(lit("{not json"))).first().isNullAt(0)).isTrue();
    assertThat(unreadable.value()).isEqualTo(1);
  }

  @Test
  void badDefinitionsFailOnTheDriverWithOneLine() {
    String wat =
        "(module (func (export \"filter\") (param i64) (result i32) i32.const 1)"
            + " (memory (export \"memory\") 1))";
    SparkUdf noFields = SparkUdf.of(Fixtures.wat(wat), "name: bare\nversion: 1.0.0\n");
    assertThatThrownBy(() -> QuidudfSpark.function(noFields.readingFields()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("declares no fields");
    assertThatThrownBy(
            () ->
                QuidudfSpark.function(
                    SparkUdf.fromFiles(examples.resolve("string-distance/string_distance.wasm"))))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("target");
    assertThatThrownBy(() -> SparkUdf.fromFiles(Path.of("/nonexistent/x.wasm")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("/nonexistent/x.wasm");
  }

  static QuidudfSparkException find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof QuidudfSparkException q) {
        return q;
      }
    }
    throw new AssertionError("no QuidudfSparkException in the cause chain", e);
  }
}
