package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.AuditEntry;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.registry.AuditLog;
import java.time.Instant;
import java.util.Map;

/** Writes audit entries for the CLI's operations. */
final class Audit {
  private Audit() {}

  static void record(
      RegistryOptions registry,
      String udf,
      String version,
      String operation,
      boolean ok,
      String error,
      double ms,
      Map<String, JsonNode> params,
      String detail) {
    ObjectNode p = null;
    if (params != null && !params.isEmpty()) {
      p = Json.MAPPER.createObjectNode();
      params.forEach(p::set);
    }
    new AuditLog(registry.home())
        .append(new AuditEntry(Instant.now(), udf, version, operation, ok, error, ms, p, detail));
  }

  /** Records a refusal or failure of an operation, from its exception. */
  static void failure(
      RegistryOptions registry, String udf, String version, String operation, QuidudfException e) {
    String op = e.kind() == io.quidditch.udf.core.ErrorKind.SIGNATURE ? "refuse" : operation;
    record(registry, udf, version, op, false, e.kind().code(), 0, null, e.getMessage());
  }
}
