package io.quidditch.udf.opensearch;

import io.quidditch.udf.Fixtures;
import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ManifestCodec;
import io.quidditch.udf.core.abi.DocumentView;
import io.quidditch.udf.core.embed.UdfSpec;
import io.quidditch.udf.core.runtime.Evaluator;
import io.quidditch.udf.core.runtime.LoadedUdf;
import io.quidditch.udf.core.runtime.UdfRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The generated documents the OpenSearch tests index, the examples they run, and the answers
 * quidudf's own runtime gives on the same documents (what {@code quidudf test} and {@code bench}
 * compute), to compare the engine's hits against.
 */
final class Corpus {
  static final String INDEX = "docs";

  /** The index mapping: doc-value types that hold each value exactly. */
  static final String MAPPING =
      "{\"properties\":{"
          + "\"base_score\":{\"type\":\"double\"},"
          + "\"boost\":{\"type\":\"double\"},"
          + "\"title\":{\"type\":\"keyword\"},"
          + "\"debug\":{\"type\":\"boolean\"},"
          + "\"location\":{\"properties\":{\"lat\":{\"type\":\"double\"},\"lon\":{\"type\":\"double\"}}}"
          + "}}";

  private static final String[] WORDS = {
    "iphone", "iphnoe", "ipad", "kitten", "sitting", "phone", "pixel", "galaxy", "wasm", "runtime"
  };

  private Corpus() {}

  /** {@code n} documents from a fixed seed, as JSON text with their ids. */
  static Map<String, String> documents(int n) {
    Random rnd = new Random(20261201L);
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      StringBuilder d = new StringBuilder("{");
      d.append("\"base_score\":").append(rnd.nextInt(1000) / 1000.0);
      if (rnd.nextInt(4) != 0) {
        d.append(",\"boost\":").append(1 + rnd.nextInt(30) / 10.0);
      }
      String title = WORDS[rnd.nextInt(WORDS.length)];
      if (rnd.nextBoolean()) {
        title += " " + WORDS[rnd.nextInt(WORDS.length)];
      }
      d.append(",\"title\":\"").append(title).append('"');
      if (rnd.nextInt(10) != 0) {
        d.append(",\"location\":{\"lat\":")
            .append(String.format(Locale.ROOT, "%.4f", 40 + rnd.nextDouble() * 10))
            .append(",\"lon\":")
            .append(String.format(Locale.ROOT, "%.4f", -5 + rnd.nextDouble() * 10))
            .append('}');
      }
      d.append('}');
      out.put("d" + i, d.toString());
    }
    return out;
  }

  /** An example's module and manifest as the plugin's script source. */
  static UdfSpec example(String dir, String module) {
    Path root = Fixtures.root().resolve("examples").resolve(dir);
    try {
      return UdfSpec.of(
          Files.readAllBytes(root.resolve(module)), Files.readString(root.resolve("udf.yaml")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A stored script's body for a UDF. */
  static String storedScript(UdfSpec spec) {
    return Json.compact(
        Json.MAPPER
            .createObjectNode()
            .set(
                "script",
                Json.MAPPER
                    .createObjectNode()
                    .put("lang", WasmScriptEngine.LANG)
                    .put("source", spec.toJson())));
  }

  /** One document's answer from quidudf: kept or not, and its score. */
  record Answer(String id, boolean keep, double score) {}

  /**
   * Evaluates a UDF on every document with quidudf's runtime; each document is a search hit with
   * score 1.0, as under match_all.
   */
  static List<Answer> quidudf(UdfSpec spec, Map<String, ?> params, Map<String, String> docs) {
    Manifest manifest = ManifestCodec.parseYaml(spec.manifestYaml(), "udf.yaml");
    if (spec.function() != null) {
      manifest = manifest.withFunctionName(spec.function());
    }
    LoadedUdf udf = UdfRuntime.builder().build().load(spec.wasm(), manifest);
    BoundParams bound = BoundParams.bindValues(manifest, params);
    Evaluator e = udf.evaluator();
    List<Answer> out = new ArrayList<>();
    docs.forEach(
        (id, json) -> {
          DocumentView doc =
              DocumentView.of(
                  Json.parse(
                      "{\"_id\":\"" + id + "\",\"_score\":1.0,\"_source\":" + json + "}", id));
          long raw = e.call(doc, bound);
          out.add(new Answer(id, e.keeps(raw), e.asDouble(raw)));
        });
    return out;
  }

  /** The ids a filter keeps, sorted. */
  static List<String> kept(List<Answer> answers) {
    return answers.stream()
        .filter(Answer::keep)
        .map(Answer::id)
        .sorted()
        .collect(Collectors.toList());
  }

  /**
   * The top {@code n} by score as Lucene ranks them: scores as float32, ties by index order
   * (documents are indexed in id order into one segment).
   */
  static List<String> top(List<Answer> answers, int n) {
    List<Answer> sorted = new ArrayList<>(answers);
    Map<String, Integer> order = new LinkedHashMap<>();
    for (int i = 0; i < answers.size(); i++) {
      order.put(answers.get(i).id(), i);
    }
    sorted.sort(
        Comparator.comparingDouble((Answer a) -> -(float) a.score())
            .thenComparingInt(a -> order.get(a.id())));
    return sorted.subList(0, n).stream().map(Answer::id).collect(Collectors.toList());
  }
}
