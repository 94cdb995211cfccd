package io.quidditch.udf.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;

import io.quidditch.udf.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.junit.jupiter.api.Test;

/**
 * Not part of the suite (run by src/bench/spark.sh): custom-score in Spark, ns per row above a
 * plain count, for the UDF reading a JSON column, the UDF reading typed columns, and Spark's own
 * expression doing the same arithmetic; as a filter and as a score. Each contender runs once per
 * round, in turns, and the report gives medians over the rounds.
 */
class SparkBench {
  @Test
  void customScoreInSpark() throws Exception {
    long rows = Long.getLong("bench.rows", 2_000_000);
    int rounds = Integer.getInteger("bench.rounds", 9);
    SparkSession spark =
        SparkSession.builder()
            .master("local[1]")
            .appName("quidudf-bench")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate();
    try {
      Dataset<Row> typed =
          spark
              .range(rows)
              .select(
                  col("id").mod(1000).divide(1000.0).as("base_score"),
                  lit(0.5).plus(col("id").mod(6).multiply(0.25)).as("boost"))
              .cache();
      Dataset<Row> json =
          typed.select(to_json(struct(col("base_score"), col("boost"))).as("document")).cache();
      typed.count();
      json.count();

      Path module = Fixtures.root().resolve("examples/custom-score/custom_score.wasm");
      SparkUdf keep = SparkUdf.fromFiles(module);
      UserDefinedFunction keepJson = QuidudfSpark.function(keep);
      UserDefinedFunction keepTyped = QuidudfSpark.function(keep.readingFields());
      UserDefinedFunction scoreTyped =
          QuidudfSpark.function(keep.readingFields().withFunction("score"));
      UserDefinedFunction scoreJson = QuidudfSpark.function(keep.withFunction("score"));
      // Spark's own cost of calling a Java UDF on two typed columns: the floor of any UDF
      UserDefinedFunction javaUdf =
          org.apache.spark.sql.functions.udf(
              (org.apache.spark.sql.api.java.UDF2<Double, Double, Boolean>)
                  (a, b) -> a != null && a * (b == null ? 1.0 : b) >= 0.5,
              org.apache.spark.sql.types.DataTypes.BooleanType);
      Column boosted = col("base_score").multiply(coalesce(col("boost"), lit(1.0)));

      Map<String, LongSupplier> contenders = new LinkedHashMap<>();
      contenders.put("count (typed rows)", typed::count);
      contenders.put("count (JSON rows)", json::count);
      contenders.put("filter: Spark expression", () -> typed.filter(boosted.geq(0.5)).count());
      contenders.put(
          "filter: Java UDF (Spark's floor)",
          () -> typed.filter(javaUdf.apply(col("base_score"), col("boost"))).count());
      contenders.put(
          "filter: UDF, typed columns",
          () -> typed.filter(keepTyped.apply(col("base_score"), col("boost"))).count());
      contenders.put(
          "filter: UDF, JSON column", () -> json.filter(keepJson.apply(col("document"))).count());
      contenders.put(
          "sum (typed rows)", () -> (long) typed.agg(sum(col("base_score"))).first().getDouble(0));
      contenders.put(
          "score: Spark expression", () -> (long) typed.agg(sum(boosted)).first().getDouble(0));
      contenders.put(
          "score: UDF, typed columns",
          () ->
              (long)
                  typed
                      .agg(sum(scoreTyped.apply(col("base_score"), col("boost"))))
                      .first()
                      .getDouble(0));
      contenders.put(
          "score: UDF, JSON column",
          () -> (long) json.agg(sum(scoreJson.apply(col("document")))).first().getDouble(0));

      String only = System.getProperty("bench.only"); // profiling one contender
      if (only != null) {
        contenders.keySet().removeIf(k -> !k.contains(only));
      }
      Map<String, List<Double>> nsPerRow = new LinkedHashMap<>();
      Map<String, Long> answers = new LinkedHashMap<>();
      for (int round = -2; round < rounds; round++) { // two warm-up rounds
        for (Map.Entry<String, LongSupplier> c : contenders.entrySet()) {
          long t0 = System.nanoTime();
          long answer = c.getValue().getAsLong();
          long t1 = System.nanoTime();
          answers.put(c.getKey(), answer);
          if (round >= 0) {
            nsPerRow
                .computeIfAbsent(c.getKey(), k -> new ArrayList<>())
                .add((t1 - t0) / (double) rows);
          }
        }
      }
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "custom-score in Spark %s local[1], %d rows, %d rounds (medians, ns per row)%n",
              spark.version(),
              rows,
              rounds));
      Map<String, Double> med = new LinkedHashMap<>();
      nsPerRow.forEach((k, v) -> med.put(k, median(v)));
      for (String k : med.keySet()) {
        String base =
            k.startsWith("filter")
                ? (k.contains("JSON") ? "count (JSON rows)" : "count (typed rows)")
                : k.startsWith("score") ? "sum (typed rows)" : null;
        double above =
            base == null || !med.containsKey(base) ? Double.NaN : med.get(k) - med.get(base);
        out.append(
            String.format(
                Locale.ROOT,
                "  %-28s %8.1f ns/row%s   (answer %d; spread %.1f-%.1f)%n",
                k,
                med.get(k),
                base == null ? "" : String.format(Locale.ROOT, "  %7.1f above %s", above, base),
                answers.get(k),
                min(nsPerRow.get(k)),
                max(nsPerRow.get(k))));
      }
      for (String kind : only != null ? List.<String>of() : List.of("filter", "score")) {
        String baseline = kind.equals("filter") ? "count (typed rows)" : "sum (typed rows)";
        double expr = med.get(kind + ": Spark expression") - med.get(baseline);
        double typedUdf = med.get(kind + ": UDF, typed columns") - med.get(baseline);
        double jsonUdf =
            med.get(kind + ": UDF, JSON column")
                - med.get(kind.equals("filter") ? "count (JSON rows)" : baseline);
        out.append(
            String.format(
                Locale.ROOT,
                "  %s: typed columns / Spark expression = %.2fx; JSON column / typed columns = %.2fx%n",
                kind,
                typedUdf / expr,
                jsonUdf / typedUdf));
      }
      System.out.print(out);
      String report = System.getProperty("bench.report");
      if (report != null) {
        Files.writeString(Path.of(report), out.toString(), StandardCharsets.UTF_8);
      }
    } finally {
      spark.stop();
    }
  }

  private static double median(List<Double> v) {
    List<Double> s = new ArrayList<>(v);
    s.sort(null);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static double min(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double max(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }
}
