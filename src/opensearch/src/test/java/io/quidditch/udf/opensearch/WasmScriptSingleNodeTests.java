package io.quidditch.udf.opensearch;

import com.carrotsearch.randomizedtesting.ThreadFilter;
import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import io.quidditch.udf.Fixtures;
import io.quidditch.udf.core.embed.UdfSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.search.SearchPhaseExecutionException;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.index.query.QueryBuilder;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.index.query.functionscore.ScriptScoreQueryBuilder;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.script.Script;
import org.opensearch.script.ScriptType;
import org.opensearch.search.SearchHit;
import org.opensearch.test.OpenSearchSingleNodeTestCase;

/**
 * The plugin inside a node of OpenSearch's own test framework: 10,000 generated documents, the
 * examples as filters and scores, and the hits and top 10 compared with what quidudf's runtime
 * answers on the same documents.
 */
@ThreadLeakFilters(
    defaultFilters = true,
    filters = {WasmScriptSingleNodeTests.WatchdogFilter.class})
public class WasmScriptSingleNodeTests extends OpenSearchSingleNodeTestCase {
  private static final int DOCS = 10_000;
  private static final Map<String, String> CORPUS = Corpus.documents(DOCS);

  /** quidudf's watchdog is one daemon thread for the whole JVM, by design. */
  public static final class WatchdogFilter implements ThreadFilter {
    @Override
    public boolean reject(Thread t) {
      return t.getName().equals("quidudf-watchdog");
    }
  }

  @Override
  protected Collection<Class<? extends Plugin>> getPlugins() {
    return pluginList(WasmScriptPlugin.class, PainlessPlugin.class);
  }

  @Override
  protected boolean resetNodeAfterTest() {
    return false;
  }

  private void index() {
    if (client().admin().indices().prepareExists(Corpus.INDEX).get().isExists()) {
      return;
    }
    client()
        .admin()
        .indices()
        .prepareCreate(Corpus.INDEX)
        .setSettings(
            org.opensearch.common.settings.Settings.builder()
                .put("index.number_of_shards", 1)
                .put("index.number_of_replicas", 0))
        .setMapping(Corpus.MAPPING)
        .get();
    BulkRequestBuilder bulk = client().prepareBulk();
    CORPUS.forEach(
        (id, json) ->
            bulk.add(
                client().prepareIndex(Corpus.INDEX).setId(id).setSource(json, XContentType.JSON)));
    bulk.setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
    assertFalse(bulk.get().buildFailureMessage(), bulk.get().hasFailures());
    client().admin().indices().prepareForceMerge(Corpus.INDEX).setMaxNumSegments(1).get();
    client().admin().indices().prepareRefresh(Corpus.INDEX).get();
  }

  private void store(String id, UdfSpec spec) {
    assertTrue(
        client()
            .admin()
            .cluster()
            .preparePutStoredScript()
            .setId(id)
            .setContent(new BytesArray(Corpus.storedScript(spec)), XContentType.JSON)
            .get()
            .isAcknowledged());
  }

  private SearchResponse search(QueryBuilder q, int size) {
    return client()
        .prepareSearch(Corpus.INDEX)
        .setQuery(q)
        .setSize(size)
        .setTrackTotalHits(true)
        .setRequestCache(false)
        .get();
  }

  private static List<String> ids(SearchResponse r) {
    List<String> out = new ArrayList<>();
    for (SearchHit h : r.getHits().getHits()) {
      out.add(h.getId());
    }
    return out;
  }

  private void assertFilterMatches(String id, UdfSpec spec, Map<String, Object> params) {
    store(id, spec);
    List<String> want = Corpus.kept(Corpus.quidudf(spec, params, CORPUS));
    SearchResponse r =
        search(
            QueryBuilders.boolQuery()
                .filter(QueryBuilders.scriptQuery(new Script(ScriptType.STORED, null, id, params))),
            DOCS);
    List<String> got = ids(r);
    got.sort(null);
    assertEquals(id + ": hit count", want.size(), r.getHits().getTotalHits().value);
    assertEquals(id + ": the same documents", want, got);
    assertTrue(id + " keeps some but not all documents", want.size() > 0 && want.size() < DOCS);
  }

  private void assertScoreMatches(String id, UdfSpec spec, Map<String, Object> params) {
    store(id, spec);
    List<Corpus.Answer> answers = Corpus.quidudf(spec, params, CORPUS);
    SearchResponse r =
        search(
            new ScriptScoreQueryBuilder(
                QueryBuilders.matchAllQuery(), new Script(ScriptType.STORED, null, id, params)),
            10);
    assertEquals(id + ": top 10", Corpus.top(answers, 10), ids(r));
    Map<String, Double> byId = new java.util.HashMap<>();
    answers.forEach(a -> byId.put(a.id(), a.score()));
    for (SearchHit h : r.getHits().getHits()) {
      assertEquals(
          id + " score of " + h.getId(), (float) (double) byId.get(h.getId()), h.getScore(), 0f);
    }
  }

  public void testExamplesAsFiltersGiveQuidudfsHits() {
    index();
    assertFilterMatches(
        "custom-score",
        Corpus.example("custom-score", "custom_score.wasm"),
        Map.of("min_score", 0.9));
    assertFilterMatches(
        "string-distance",
        Corpus.example("string-distance", "string_distance.wasm"),
        Map.of("target", "iphone", "max_distance", 2));
    assertFilterMatches(
        "python-filter",
        Corpus.example("python-filter", "text_similarity.wasm"),
        Map.of("query", "kitten", "threshold", 3));
  }

  public void testExamplesAsScoresGiveQuidudfsTopTen() {
    index();
    assertScoreMatches(
        "custom-score-score",
        Corpus.example("custom-score", "custom_score.wasm").withFunction("score"),
        Map.of());
    assertScoreMatches(
        "python-score",
        Corpus.example("python-score", "geo_decay.wasm"),
        Map.of("lat", 45.0, "lon", 0.0, "scale_km", 100.0));
  }

  public void testARunawayUdfFailsItsRequestWithTimeoutAndTheNodeKeepsServing() {
    index();
    byte[] spin =
        Fixtures.wat(
            "(module (func (export \"filter\") (param i64) (result i32) (loop $l (br $l)) (i32.const 0)))");
    store(
        "spin",
        UdfSpec.of(
            spin,
            "{\"name\": \"spin\", \"version\": \"1.0.0\", \"limits\": {\"timeout_ms\": 200}}"));
    SearchPhaseExecutionException e =
        expectThrows(
            SearchPhaseExecutionException.class,
            () ->
                search(
                    QueryBuilders.scriptQuery(
                        new Script(ScriptType.STORED, null, "spin", Map.of())),
                    10));
    assertTrue(e.getDetailedMessage(), e.getDetailedMessage().contains("[timeout]"));
    assertTrue(e.getDetailedMessage(), e.getDetailedMessage().contains("time limit of 200 ms"));
    // the same node answers the next query
    assertFilterMatches(
        "custom-score",
        Corpus.example("custom-score", "custom_score.wasm"),
        Map.of("min_score", 0.9));
  }

  public void testATrapIsReportedWithItsKindAndABadParameterIsTheClientsError() {
    index();
    byte[] trap =
        Fixtures.wat("(module (func (export \"filter\") (param i64) (result i32) unreachable))");
    store("trap", UdfSpec.of(trap, "{\"name\": \"trap\", \"version\": \"1.0.0\"}"));
    SearchPhaseExecutionException e =
        expectThrows(
            SearchPhaseExecutionException.class,
            () ->
                search(
                    QueryBuilders.scriptQuery(
                        new Script(ScriptType.STORED, null, "trap", Map.of())),
                    10));
    assertTrue(e.getDetailedMessage(), e.getDetailedMessage().contains("[trap]"));
    store("string-distance", Corpus.example("string-distance", "string_distance.wasm"));
    Exception bad =
        expectThrows(
            Exception.class,
            () ->
                search(
                    QueryBuilders.scriptQuery(
                        new Script(ScriptType.STORED, null, "string-distance", Map.of())),
                    10));
    assertTrue(
        bad.toString() + " " + detail(bad),
        detail(bad).contains("missing required parameter 'target'"));
  }

  public void testAModuleThatIsNotWebAssemblyFailsItsQueryClearly() {
    index();
    UdfSpec junk =
        UdfSpec.fromJson(
            "{\"module_base64\": \""
                + Base64.getEncoder().encodeToString("not wasm".getBytes())
                + "\", \"manifest\": \"{name: junk, version: 1.0.0}\"}");
    store("junk", junk);
    Exception e =
        expectThrows(
            Exception.class,
            () ->
                search(
                    QueryBuilders.scriptQuery(
                        new Script(ScriptType.STORED, null, "junk", Map.of())),
                    10));
    assertTrue(detail(e), detail(e).contains("[invalid_module]"));
  }

  private static String detail(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      out.append(t.getMessage()).append(" | ");
    }
    if (e instanceof SearchPhaseExecutionException s) {
      out.append(s.getDetailedMessage());
    }
    return out.toString();
  }
}
