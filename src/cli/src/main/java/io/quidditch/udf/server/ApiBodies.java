package io.quidditch.udf.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ParamSpec;
import io.quidditch.udf.core.registry.RegistryEntry;
import io.quidditch.udf.service.CallStats;
import io.quidditch.udf.service.UdfService;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The response bodies of the HTTP API, as records that {@link io.quidditch.udf.core.Json#BODIES}
 * writes with snake_case names (absent values left out). Where Quidditch's documents and its Go
 * handler disagree, the shapes follow the seed's status report.
 */
final class ApiBodies {
  private ApiBodies() {}

  private static String time(Instant t) {
    return t == null ? null : t.toString();
  }

  record Health(String status, int udfs, int inFlight, int queriesRunning) {}

  record ErrorBody(ErrorInfo error) {}

  record ErrorInfo(String code, String message, List<String> diagnostics) {}

  record Registered(
      boolean success,
      String message,
      String name,
      String version,
      String digest,
      long wasmSize,
      String registeredAt) {
    static Registered of(RegistryEntry e) {
      return new Registered(
          true,
          "UDF registered successfully",
          e.name(),
          e.version(),
          "sha256:" + e.digest(),
          e.size(),
          time(e.registeredAt()));
    }
  }

  record Parameter(
      String name,
      String type,
      boolean required,
      @JsonProperty("default") JsonNode defaultValue,
      String description) {
    static Parameter of(ParamSpec p) {
      return new Parameter(
          p.name(),
          p.type().yamlName(),
          p.required(),
          p.defaultValue(),
          p.description() == null || p.description().isEmpty() ? null : p.description());
    }
  }

  /** One entry of {@code returns}, a list as Quidditch writes it. */
  record Returned(String name, String type, String description) {}

  record Field(String name, String type) {}

  record Summary(
      String name,
      String version,
      String description,
      String category,
      String author,
      String functionName,
      List<String> tags,
      long wasmSize,
      String registeredAt) {
    static Summary of(RegistryEntry e) {
      Manifest m = e.manifest();
      return new Summary(
          e.name(),
          e.version(),
          m.description(),
          m.category(),
          m.author(),
          m.functionName(),
          m.tags(),
          e.size(),
          time(e.registeredAt()));
    }
  }

  record Listing(long total, Integer page, Integer size, List<Summary> udfs) {
    static Listing of(UdfService.Page p, boolean paged) {
      return new Listing(
          p.total(),
          paged ? p.page() : null,
          paged ? p.size() : null,
          p.entries().stream().map(Summary::of).toList());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Details(
      String name,
      String version,
      String description,
      String category,
      String author,
      String language,
      String functionName,
      List<Parameter> parameters,
      List<Returned> returns,
      List<String> tags,
      List<String> permissions,
      Manifest.ManifestLimits limits,
      List<Field> fields,
      Boolean needsScore,
      Boolean needsDocumentId,
      String abi,
      long wasmSize,
      String digest,
      boolean signed,
      String registeredAt) {
    /**
     * @param returns what the entry function returns: declared, or read from its signature
     */
    static Details of(RegistryEntry e, String returns, boolean signed) {
      Manifest m = e.manifest();
      Manifest.ReturnLabel label = m.returnLabel();
      List<String> permissions = new java.util.ArrayList<>();
      new TreeSet<>(m.permissions()).forEach(p -> permissions.add(p.yamlName()));
      return new Details(
          e.name(),
          e.version(),
          m.description(),
          m.category(),
          m.author(),
          m.language(),
          m.functionName(),
          m.parameters().stream().map(Parameter::of).toList(),
          List.of(
              new Returned(
                  label == null ? null : label.name(),
                  returns,
                  label == null ? null : label.description())),
          m.tags(),
          permissions,
          m.limits(),
          m.inputs().fields().stream().map(f -> new Field(f.name(), f.type().yamlName())).toList(),
          m.inputs().score() ? true : null,
          m.inputs().documentId() ? true : null,
          m.abi().yamlName(),
          e.size(),
          "sha256:" + e.digest(),
          signed,
          time(e.registeredAt()));
    }
  }

  record Versions(String name, List<String> versions, int total) {}

  record Removed(boolean success, String message, String name, String version) {}

  record TestResult(
      String name,
      String version,
      JsonNode result,
      double executionTimeMs,
      String documentId,
      List<String> logs,
      List<UdfService.TraceCall> trace,
      BenchStats bench) {}

  /** The latencies of a test's runs, in microseconds. */
  record BenchStats(
      int runs,
      double minUs,
      double p50Us,
      double p95Us,
      double p99Us,
      double maxUs,
      double meanUs,
      double[] latenciesUs) {
    static BenchStats of(long[] nanos) {
      double[] us = new double[nanos.length];
      for (int i = 0; i < nanos.length; i++) {
        us[i] = nanos[i] / 1e3;
      }
      double[] sorted = us.clone();
      Arrays.sort(sorted);
      return new BenchStats(
          us.length,
          sorted[0],
          rank(sorted, 0.50),
          rank(sorted, 0.95),
          rank(sorted, 0.99),
          sorted[sorted.length - 1],
          Arrays.stream(us).average().orElse(0),
          us);
    }

    private static double rank(double[] sorted, double q) {
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Stats(
      String name,
      String version,
      long callCount,
      long errorCount,
      double avgExecutionTimeMs,
      double p50Ms,
      double p95Ms,
      double p99Ms,
      String lastCalledAt,
      String lastError,
      String lastErrorAt) {
    static Stats of(CallStats.Snapshot s) {
      return new Stats(
          s.name(),
          s.version(),
          s.callCount(),
          s.errorCount(),
          s.avgExecutionTimeMs(),
          s.p50Ms(),
          s.p95Ms(),
          s.p99Ms(),
          time(s.lastCalledAt()),
          s.lastError(),
          time(s.lastErrorAt()));
    }
  }

  record StatsReset(boolean success, String message, String name, String version) {}

  /** The first document a UDF failed on, when a query skipped some. */
  record UdfError(String code, String message) {}

  record QueryResult(
      String index,
      double tookMs,
      long total,
      List<JsonNode> hits,
      Long udfErrors,
      UdfError udfError) {}

  /** {@code POST /{index}/_search}, in OpenSearch's shape. */
  record SearchResult(
      long took,
      boolean timedOut,
      @JsonProperty("_shards") Shards shards,
      Hits hits,
      Long udfErrors,
      UdfError udfError) {}

  record Shards(int total, int successful, int skipped, int failed) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Hits(Total total, Double maxScore, List<JsonNode> hits) {}

  record Total(long value, String relation) {}

  record IndexInfo(String index, int count) {}

  record Indexes(List<IndexInfo> indexes) {}

  record Documents(String index, long total, List<JsonNode> documents) {}

  record Added(String index, int count) {}

  record AuditPage(int total, List<JsonNode> entries) {}
}
