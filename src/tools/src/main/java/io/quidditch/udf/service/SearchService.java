package io.quidditch.udf.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.AuditEntry;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.NotFoundException;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.UdfRef;
import io.quidditch.udf.core.registry.DocumentStore;
import io.quidditch.udf.harness.QueryEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The search use case: a query over one collection of documents (or all of them), with UDF clauses
 * loaded through {@link UdfService}, counted and audited.
 */
public final class SearchService {
  /** The collection of documents posted without an index name. */
  public static final String DEFAULT_INDEX = "default";

  /** Every collection, as OpenSearch's {@code _all} and {@code POST /_search} mean. */
  public static final String ALL = "_all";

  private final UdfService udfs;
  private final DocumentStore documents;
  private final QueryEngine engine;

  public SearchService(
      UdfService udfs, DocumentStore documents, ExecutorService pool, int workers) {
    this.udfs = udfs;
    this.documents = documents;
    this.engine = new QueryEngine(udfs::load, pool, workers);
  }

  public DocumentStore documents() {
    return documents;
  }

  /**
   * One search.
   *
   * @param index a collection, {@link #ALL}, or null for the default one (see {@link #resolve})
   */
  public record Request(
      String index, JsonNode query, int from, int size, QueryEngine.Options options) {}

  /**
   * What a search found.
   *
   * @param index the collection searched ({@link #ALL} for every one)
   * @param sources the documents of the page's hits, in order
   * @param hitIndexes the collection of each of those hits
   */
  public record Response(
      String index,
      double tookMs,
      QueryEngine.Result result,
      List<JsonNode> sources,
      List<String> hitIndexes) {}

  /**
   * The collection a request without an index searches: the default one when documents were posted
   * to it, else the only one there is.
   */
  public String resolve(String index) {
    if (index != null) {
      return index;
    }
    List<String> all = documents.indexes();
    if (all.contains(DEFAULT_INDEX)) {
      return DEFAULT_INDEX;
    }
    if (all.size() == 1) {
      return all.get(0);
    }
    throw new BadInputException(
        all.isEmpty()
            ? "there are no documents to search; post some to /api/v1/indexes/{index}/documents"
                + " or start the server with --docs FILE"
            : "name the index to search (\"index\": ...), one of " + String.join(", ", all));
  }

  public Response search(Request req) {
    long start = System.nanoTime();
    String index = resolve(req.index());
    List<String> owners = new ArrayList<>();
    List<JsonNode> docs = documentsOf(index, owners);
    QueryEngine.Result result;
    try {
      result =
          udfs.runtime()
              .withSlot(
                  () -> engine.search(docs, req.query(), req.from(), req.size(), req.options()));
    } catch (QuidudfException e) {
      udfs.audit()
          .append(
              new AuditEntry(
                  Instant.now(),
                  null,
                  null,
                  "query",
                  false,
                  e.kind().code(),
                  (System.nanoTime() - start) / 1e6,
                  req.query(),
                  e.getMessage()));
      throw e;
    }
    double took = (System.nanoTime() - start) / 1e6;
    result
        .udfCalls()
        .forEach(
            (label, calls) -> {
              UdfRef ref = UdfRef.parse(label);
              // per call, as Quidditch counts: a query over 7 documents is 7 calls
              udfs.stats()
                  .record(
                      ref,
                      calls,
                      result.udfFailures().getOrDefault(label, 0L),
                      took,
                      result.firstUdfError() == null ? null : result.firstUdfError().getMessage());
              udfs.audit()
                  .append(
                      new AuditEntry(
                          Instant.now(),
                          ref.name(),
                          ref.version(),
                          "query",
                          true,
                          null,
                          took,
                          req.query(),
                          calls
                              + " call(s) over index "
                              + index
                              + (result.udfErrors() == 0
                                  ? ""
                                  : ", " + result.udfErrors() + " document(s) skipped")));
            });
    List<JsonNode> sources = new ArrayList<>();
    List<String> hitIndexes = new ArrayList<>();
    for (QueryEngine.Hit h : result.hits()) {
      sources.add(docs.get(h.index()));
      hitIndexes.add(owners.isEmpty() ? index : owners.get(h.index()));
    }
    return new Response(index, took, result, sources, hitIndexes);
  }

  /** The documents to search; for every collection, {@code owners} gets each one's collection. */
  private List<JsonNode> documentsOf(String index, List<String> owners) {
    if (index.equals(ALL)) {
      List<JsonNode> all = new ArrayList<>();
      for (String i : documents.indexes()) {
        List<JsonNode> some = documents.documents(i);
        all.addAll(some);
        some.forEach(d -> owners.add(i));
      }
      return all;
    }
    if (documents.count(index) < 0) {
      throw new NotFoundException("no index named '" + index + "'");
    }
    return documents.documents(index);
  }
}
