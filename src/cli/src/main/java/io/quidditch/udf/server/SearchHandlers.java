package io.quidditch.udf.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.NotFoundException;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.registry.DocumentStore;
import io.quidditch.udf.harness.QueryEngine;
import io.quidditch.udf.service.SearchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Documents and search: collections of documents, {@code POST /api/v1/query}, and the
 * OpenSearch-style {@code POST /{index}/_search} and {@code POST /_search} that Quidditch serves.
 */
final class SearchHandlers {
  /** A query's deadline unless it asks for another ({@code timeout_ms}), and the longest. */
  static final Duration DEFAULT_QUERY_TIME = Duration.ofSeconds(30);

  static final Duration MAX_QUERY_TIME = Duration.ofMinutes(10);

  private static final Set<String> QUERY_KEYS =
      Set.of("index", "query", "size", "from", "timeout_ms", "on_udf_error");

  private final SearchService search;
  private final Hangups hangups;

  SearchHandlers(SearchService search, Hangups hangups) {
    this.search = search;
    this.hangups = hangups;
  }

  void indexes(Context ctx) {
    DocumentStore docs = search.documents();
    List<ApiBodies.IndexInfo> out = new ArrayList<>();
    for (String i : docs.indexes()) {
      out.add(new ApiBodies.IndexInfo(i, docs.count(i)));
    }
    Http.json(ctx, 200, new ApiBodies.Indexes(out));
  }

  /** {@code POST /indexes/{index}/documents}, or {@code POST /documents} for the default one. */
  void addDocuments(Context ctx) {
    String index = ctx.pathParamMap().getOrDefault("index", SearchService.DEFAULT_INDEX);
    int total = search.documents().add(index, DocumentStore.parseBody(ctx.body()));
    Http.json(ctx, 201, new ApiBodies.Added(index, total));
  }

  void index(Context ctx) {
    String index = ctx.pathParam("index");
    int count = search.documents().count(index);
    if (count < 0) {
      throw new NotFoundException("no index named '" + index + "'");
    }
    Http.json(ctx, 200, new ApiBodies.IndexInfo(index, count));
  }

  void indexDocuments(Context ctx) {
    String index = ctx.pathParam("index");
    if (search.documents().count(index) < 0) {
      throw new NotFoundException("no index named '" + index + "'");
    }
    int from = Http.intParam(ctx.queryParam("from"), 0, 0, Integer.MAX_VALUE, "from");
    int size = Http.intParam(ctx.queryParam("size"), 20, 0, 1000, "size");
    List<JsonNode> all = search.documents().documents(index);
    Http.json(
        ctx,
        200,
        new ApiBodies.Documents(index, all.size(), all.stream().skip(from).limit(size).toList()));
  }

  /** {@code POST /api/v1/query}: {@code {index?, query, size, from, timeout_ms, on_udf_error}}. */
  void query(Context ctx) {
    JsonNode req = Http.body(ctx);
    checkKeys(req);
    String index = req.hasNonNull("index") ? req.get("index").asText() : null;
    SearchService.Response r = run(ctx, req, index, 10);
    QueryEngine.Result result = r.result();
    List<JsonNode> hits = new ArrayList<>();
    for (int i = 0; i < result.hits().size(); i++) {
      hits.add(QueryEngine.hitJson(r.sources().get(i), result.hits().get(i).score()));
    }
    Http.json(
        ctx,
        200,
        new ApiBodies.QueryResult(
            r.index(),
            r.tookMs(),
            result.total(),
            hits,
            result.udfErrors() == 0 ? null : result.udfErrors(),
            udfError(result)));
  }

  /** {@code POST /{index}/_search} and {@code POST /_search}, answered in OpenSearch's shape. */
  void openSearch(Context ctx) {
    JsonNode req =
        ctx.body().isBlank()
            ? io.quidditch.udf.core.Json.MAPPER.createObjectNode()
            : Http.body(ctx);
    checkKeys(req);
    if (req.has("index")) {
      throw new BadInputException("_search takes its index in the path, not in the body");
    }
    String index = ctx.pathParamMap().getOrDefault("index", SearchService.ALL);
    if (ctx.queryParam("size") != null || ctx.queryParam("from") != null) {
      com.fasterxml.jackson.databind.node.ObjectNode copy =
          ((com.fasterxml.jackson.databind.node.ObjectNode) req).deepCopy();
      if (ctx.queryParam("size") != null) {
        copy.put("size", Http.intParam(ctx.queryParam("size"), 10, 0, 10_000, "size"));
      }
      if (ctx.queryParam("from") != null) {
        copy.put("from", Http.intParam(ctx.queryParam("from"), 0, 0, 10_000_000, "from"));
      }
      req = copy;
    }
    SearchService.Response r = run(ctx, req, index, 10);
    QueryEngine.Result result = r.result();
    List<JsonNode> hits = new ArrayList<>();
    for (int i = 0; i < result.hits().size(); i++) {
      // as OpenSearch's hits: the collection first
      com.fasterxml.jackson.databind.node.ObjectNode hit =
          io.quidditch.udf.core.Json.MAPPER.createObjectNode().put("_index", r.hitIndexes().get(i));
      hit.setAll(QueryEngine.hitJson(r.sources().get(i), result.hits().get(i).score()));
      hits.add(hit);
    }
    Http.json(
        ctx,
        200,
        new ApiBodies.SearchResult(
            Math.round(r.tookMs()),
            false,
            new ApiBodies.Shards(1, 1, 0, 0),
            new ApiBodies.Hits(
                new ApiBodies.Total(result.total(), "eq"),
                Double.isNaN(result.maxScore()) ? null : result.maxScore(),
                hits),
            result.udfErrors() == 0 ? null : result.udfErrors(),
            udfError(result)));
  }

  private static ApiBodies.UdfError udfError(QueryEngine.Result result) {
    QuidudfException e = result.firstUdfError();
    return e == null ? null : new ApiBodies.UdfError(e.kind().code(), e.getMessage());
  }

  private static void checkKeys(JsonNode req) {
    for (var it = req.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!QUERY_KEYS.contains(k)) {
        throw new BadInputException(
            "unknown key '"
                + k
                + "' in the query request; use index, query, size, from, timeout_ms, on_udf_error");
      }
    }
  }

  private SearchService.Response run(Context ctx, JsonNode req, String index, int defaultSize) {
    int size = req.has("size") ? Http.checked(req.get("size"), 0, 10_000, "size") : defaultSize;
    int from = req.has("from") ? Http.checked(req.get("from"), 0, 10_000_000, "from") : 0;
    Duration deadline =
        req.has("timeout_ms")
            ? Duration.ofMillis(
                Http.checked(
                    req.get("timeout_ms"), 1, (int) MAX_QUERY_TIME.toMillis(), "timeout_ms"))
            : DEFAULT_QUERY_TIME;
    String onError = req.path("on_udf_error").asText("skip");
    if (!onError.equals("skip") && !onError.equals("fail")) {
      throw new BadInputException(
          "on_udf_error must be skip (the default: count the document and go on) or fail");
    }
    QueryEngine.Cancellation cancellation = new QueryEngine.Cancellation();
    try (Hangups.Watch watch =
        hangups.watch(ctx, () -> cancellation.cancel("the client closed the connection"))) {
      SearchService.Response r =
          search.search(
              new SearchService.Request(
                  index,
                  req.get("query"),
                  from,
                  size,
                  new QueryEngine.Options(deadline, cancellation, onError.equals("fail"))));
      if (watch.mustClose()) {
        ctx.header("Connection", "close");
      }
      return r;
    }
  }
}
