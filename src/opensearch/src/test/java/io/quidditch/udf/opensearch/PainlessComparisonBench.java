package io.quidditch.udf.opensearch;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import io.quidditch.udf.core.embed.UdfSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.index.query.QueryBuilder;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.index.query.functionscore.ScriptScoreQueryBuilder;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.script.Script;
import org.opensearch.script.ScriptType;
import org.opensearch.test.OpenSearchSingleNodeTestCase;

/**
 * A benchmark, not part of the suite (its name matches no test pattern): the per-document cost of
 * the custom-score UDF inside OpenSearch, against Painless doing the same arithmetic on the same
 * index, as filter and as score, and of the UDF reading its fields from {@code _source}. Run it
 * with {@code src/bench/opensearch_vs_painless.sh}. Queries run in interleaved rounds; each figure
 * is the median over the rounds of (query time - match_all time) / documents.
 */
@ThreadLeakFilters(
    defaultFilters = true,
    filters = {WasmScriptSingleNodeTests.WatchdogFilter.class})
public class PainlessComparisonBench extends OpenSearchSingleNodeTestCase {
  private static final int DOCS = Integer.getInteger("bench.docs", 200_000);
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 25);

  private static final String PAINLESS_FILTER =
      "double b = doc['boost'].size() == 0 ? 1.0 : doc['boost'].value;"
          + " return doc['base_score'].value * b >= params.min_score;";
  private static final String PAINLESS_SCORE =
      "double b = doc['boost'].size() == 0 ? 1.0 : doc['boost'].value;"
          + " return doc['base_score'].value * b;";

  @Override
  protected Collection<Class<? extends Plugin>> getPlugins() {
    return pluginList(WasmScriptPlugin.class, PainlessPlugin.class);
  }

  private void index(String name, boolean docValues) {
    String dv = docValues ? "" : ",\"doc_values\":false";
    client()
        .admin()
        .indices()
        .prepareCreate(name)
        .setSettings(
            Settings.builder().put("index.number_of_shards", 1).put("index.number_of_replicas", 0))
        .setMapping(
            "{\"properties\":{\"base_score\":{\"type\":\"double\""
                + dv
                + "},\"boost\":{\"type\":\"double\""
                + dv
                + "}}}")
        .get();
    Random rnd = new Random(7);
    for (int start = 0; start < DOCS; start += 10_000) {
      BulkRequestBuilder bulk = client().prepareBulk();
      for (int i = start; i < Math.min(DOCS, start + 10_000); i++) {
        String boost = rnd.nextInt(4) == 0 ? "" : ",\"boost\":" + (1 + rnd.nextInt(30) / 10.0);
        bulk.add(
            client()
                .prepareIndex(name)
                .setId("d" + i)
                .setSource(
                    "{\"base_score\":" + rnd.nextInt(1000) / 1000.0 + boost + "}",
                    XContentType.JSON));
      }
      assertFalse(bulk.get().hasFailures());
    }
    client().admin().indices().prepareForceMerge(name).setMaxNumSegments(1).get();
    client().admin().indices().prepareRefresh(name).get();
  }

  private SearchResponse run(String index, QueryBuilder q) {
    // a size above 0 makes the score queries score every document (with 0 they only count)
    return client()
        .prepareSearch(index)
        .setQuery(q)
        .setSize(1)
        .setTrackTotalHits(true)
        .setRequestCache(false)
        .get();
  }

  private static Script stored(String id, Map<String, Object> params) {
    return new Script(ScriptType.STORED, null, id, params);
  }

  private static Script painless(String source, Map<String, Object> params) {
    return new Script(ScriptType.INLINE, "painless", source, params);
  }

  public void testCompare() throws Exception {
    index("dv", true);
    index("src", false);
    UdfSpec filter = Corpus.example("custom-score", "custom_score.wasm");
    for (Map.Entry<String, UdfSpec> e :
        Map.of("cs-filter", filter, "cs-score", filter.withFunction("score")).entrySet()) {
      client()
          .admin()
          .cluster()
          .preparePutStoredScript()
          .setId(e.getKey())
          .setContent(new BytesArray(Corpus.storedScript(e.getValue())), XContentType.JSON)
          .get();
    }
    Map<String, Object> p = Map.of("min_score", 0.9);
    Map<String, Supplier<SearchResponse>> queries = new LinkedHashMap<>();
    queries.put(
        "match_all (doc values)",
        () -> run("dv", QueryBuilders.boolQuery().filter(QueryBuilders.matchAllQuery())));
    queries.put(
        "match_all (_source index)",
        () -> run("src", QueryBuilders.boolQuery().filter(QueryBuilders.matchAllQuery())));
    queries.put(
        "filter wasm",
        () ->
            run(
                "dv",
                QueryBuilders.boolQuery()
                    .filter(QueryBuilders.scriptQuery(stored("cs-filter", p)))));
    queries.put(
        "filter painless",
        () ->
            run(
                "dv",
                QueryBuilders.boolQuery()
                    .filter(QueryBuilders.scriptQuery(painless(PAINLESS_FILTER, p)))));
    queries.put(
        "score wasm",
        () ->
            run(
                "dv",
                new ScriptScoreQueryBuilder(
                    QueryBuilders.matchAllQuery(), stored("cs-score", Map.of()))));
    queries.put(
        "score painless",
        () ->
            run(
                "dv",
                new ScriptScoreQueryBuilder(
                    QueryBuilders.matchAllQuery(), painless(PAINLESS_SCORE, Map.of()))));
    queries.put(
        "filter wasm from _source",
        () ->
            run(
                "src",
                QueryBuilders.boolQuery()
                    .filter(QueryBuilders.scriptQuery(stored("cs-filter", p)))));

    // the same answers first
    assertEquals(
        queries.get("filter painless").get().getHits().getTotalHits().value,
        queries.get("filter wasm").get().getHits().getTotalHits().value);
    assertEquals(
        queries.get("filter wasm").get().getHits().getTotalHits().value,
        queries.get("filter wasm from _source").get().getHits().getTotalHits().value);

    Map<String, long[]> nanos = new LinkedHashMap<>();
    queries.keySet().forEach(k -> nanos.put(k, new long[ROUNDS]));
    for (int warm = 0; warm < 5; warm++) {
      queries.values().forEach(Supplier::get);
    }
    for (int r = 0; r < ROUNDS; r++) {
      // a different order each round, so that no contender always follows the same one
      List<String> order = new ArrayList<>(queries.keySet());
      java.util.Collections.rotate(order, r);
      for (String k : order) {
        long t = System.nanoTime();
        queries.get(k).get();
        nanos.get(k)[r] = System.nanoTime() - t;
      }
    }
    Map<String, Double> median = new LinkedHashMap<>();
    nanos.forEach(
        (k, v) -> {
          long[] s = v.clone();
          Arrays.sort(s);
          median.put(k, (double) s[s.length / 2]);
        });
    double baseDv = median.get("match_all (doc values)");
    double baseSrc = median.get("match_all (_source index)");
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%,d documents, %d interleaved rounds, medians; ns per document above match_all%n",
            DOCS,
            ROUNDS));
    Map<String, Double> perDoc = new LinkedHashMap<>();
    for (String k : queries.keySet()) {
      if (k.startsWith("match_all")) {
        continue;
      }
      double base = k.endsWith("_source") ? baseSrc : baseDv;
      perDoc.put(k, (median.get(k) - base) / DOCS);
      out.append(String.format(Locale.ROOT, "  %-26s %8.1f ns/doc%n", k, perDoc.get(k)));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "  filter: wasm / painless = %.2fx; score: wasm / painless = %.2fx%n",
            perDoc.get("filter wasm") / perDoc.get("filter painless"),
            perDoc.get("score wasm") / perDoc.get("score painless")));
    System.out.print(out);
    Path report = Path.of(System.getProperty("bench.report", "target/opensearch-vs-painless.txt"));
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, out.toString());
  }
}
