package io.quidditch.udf.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ParameterBinder;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.ReturnType;
import io.quidditch.udf.core.UdfRef;
import io.quidditch.udf.core.registry.AuditLog;
import io.quidditch.udf.core.registry.RegistryEntry;
import io.quidditch.udf.core.signing.ModuleVerifier;
import io.quidditch.udf.harness.Compilers;
import io.quidditch.udf.service.UdfService;
import java.util.List;

/** The UDF API's handlers: each reads its request, calls one use case and writes its record. */
final class UdfHandlers {
  private final UdfService udfs;
  private final Compilers compilers;
  private final long maxBodyBytes;

  UdfHandlers(UdfService udfs, Compilers compilers, long maxBodyBytes) {
    this.udfs = udfs;
    this.compilers = compilers;
    this.maxBodyBytes = maxBodyBytes;
  }

  void upload(Context ctx) {
    ObjectNode fields = Uploads.fields(ctx, maxBodyBytes);
    Uploads.Upload upload;
    try {
      upload = Uploads.read(ctx, fields, compilers, maxBodyBytes);
    } catch (QuidudfException e) {
      udfs.failed(
          fields.path("name").asText(null), fields.path("version").asText(null), "register", e);
      throw e;
    }
    RegistryEntry e = udfs.register(upload.manifest(), upload.wasm(), "HTTP");
    Http.json(ctx, 201, ApiBodies.Registered.of(e));
  }

  void list(Context ctx) {
    String page = ctx.queryParam("page");
    String size = ctx.queryParam("size");
    boolean paged = page != null || size != null;
    UdfService.ListQuery q =
        new UdfService.ListQuery(
            filter(ctx, "name"),
            filter(ctx, "category"),
            filter(ctx, "author"),
            filter(ctx, "tag"),
            Http.intParam(page, 1, 1, Integer.MAX_VALUE, "page"),
            paged ? Http.intParam(size, 20, 1, 1000, "size") : 0);
    Http.json(ctx, 200, ApiBodies.Listing.of(udfs.list(q), paged));
  }

  /** {@code GET /udfs/{name}} (with {@code ?version=}) and {@code GET /udfs/{name}/{version}}. */
  void describe(Context ctx) {
    RegistryEntry e = udfs.describe(ctx.pathParam("name"), version(ctx));
    io.quidditch.udf.core.runtime.LoadedUdf udf = udfs.load(e.name(), e.version());
    ReturnType returns = udf.returns();
    // the wasm type as declared: an integer or score of an i32 or f32 export says so
    String type = returns.yamlName();
    if (udf.entrySignature().endsWith("-> i32") && returns == ReturnType.INTEGER) {
      type = "i32";
    } else if (udf.entrySignature().endsWith("-> f32") && returns == ReturnType.SCORE) {
      type = "f32";
    }
    boolean signed = !ModuleVerifier.signerKeyIds(udfs.registry().readModule(e)).isEmpty();
    Http.json(ctx, 200, ApiBodies.Details.of(e, type, signed));
  }

  void versions(Context ctx) {
    String name = ctx.pathParam("name");
    List<String> versions = udfs.versions(name);
    Http.json(ctx, 200, new ApiBodies.Versions(name, versions, versions.size()));
  }

  void remove(Context ctx) {
    RegistryEntry gone = udfs.remove(ctx.pathParam("name"), ctx.pathParam("version"), "HTTP");
    Http.json(
        ctx,
        200,
        new ApiBodies.Removed(
            true,
            "UDF deleted successfully: " + gone.name() + "@" + gone.version(),
            gone.name(),
            gone.version()));
  }

  void test(Context ctx) {
    JsonNode req = Http.body(ctx);
    String name = ctx.pathParam("name");
    if (req.has("parameters") && req.has("params")) {
      throw new BadInputException("give the parameters once, as parameters or as params");
    }
    // no document is the empty one, as quidudf test without --doc evaluates
    JsonNode document = req.get("document");
    if (document == null || document.isNull()) {
      document = io.quidditch.udf.core.Json.MAPPER.createObjectNode();
    } else if (!document.isObject()) {
      throw new BadInputException(
          "document must be a JSON object, as in {\"document\": {\"title\": \"iPhone\"}}");
    }
    int runs = req.has("runs") ? Http.checked(req.get("runs"), 1, UdfService.MAX_RUNS, "runs") : 1;
    UdfService.Evaluation ev =
        udfs.test(
            name,
            version(req.path("version").asText(null)),
            document,
            ParameterBinder.given(
                req.has("params") ? req.get("params") : req.get("parameters"), "parameters"),
            req.path("trace").asBoolean(false),
            runs);
    UdfRef ref = ev.udf();
    if (!ev.result().ok()) {
      throw new QuidudfException(ev.result().error(), ref + ": " + ev.result().message());
    }
    String id = io.quidditch.udf.core.abi.DocumentView.of(document).id();
    Http.json(
        ctx,
        200,
        new ApiBodies.TestResult(
            ref.name(),
            ref.version(),
            ev.result().value(),
            ev.result().nanos() / 1e6,
            id.isEmpty() ? null : id,
            ev.result().logs().stream().map(Object::toString).toList(),
            ev.trace(),
            req.has("runs") ? ApiBodies.BenchStats.of(ev.nanos()) : null));
  }

  /**
   * {@code GET /udfs/{name}/stats} (with {@code ?version=}) and {@code /{name}/{version}/stats}.
   */
  void stats(Context ctx) {
    RegistryEntry e = udfs.describe(ctx.pathParam("name"), version(ctx));
    Http.json(
        ctx, 200, ApiBodies.Stats.of(udfs.stats().snapshot(new UdfRef(e.name(), e.version()))));
  }

  void resetStats(Context ctx) {
    RegistryEntry e = udfs.describe(ctx.pathParam("name"), version(ctx));
    udfs.stats().reset(new UdfRef(e.name(), e.version()));
    Http.json(
        ctx,
        200,
        new ApiBodies.StatsReset(true, "Statistics reset successfully", e.name(), e.version()));
  }

  void audit(Context ctx) {
    String udf = ctx.queryParam("udf");
    int limit = Http.intParam(ctx.queryParam("limit"), 100, 1, 10_000, "limit");
    List<JsonNode> entries =
        udfs.audit().read(udf, limit).stream().map(a -> (JsonNode) AuditLog.toJson(a)).toList();
    Http.json(ctx, 200, new ApiBodies.AuditPage(entries.size(), entries));
  }

  /** A listing filter from the query string; left blank ({@code ?tag=}) it filters nothing. */
  private static String filter(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v;
  }

  /** The version a request names: in the path, else {@code ?version=}; null or latest: highest. */
  private static String version(Context ctx) {
    String v = ctx.pathParamMap().get("version");
    return version(v != null ? v : ctx.queryParam("version"));
  }

  private static String version(String v) {
    return v == null || v.isBlank() || v.equals("latest") ? null : v;
  }
}
