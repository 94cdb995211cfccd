package io.quidditch.udf.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One audited operation.
 *
 * @param operation register, remove, verify, refuse, test, query
 * @param error the error code when it failed, else null
 * @param parameters the call's parameters, or null
 * @param detail a free-text note (the failure message, the signer)
 */
public record AuditEntry(
    Instant time,
    String udf,
    String version,
    String operation,
    boolean success,
    String error,
    double durationMs,
    JsonNode parameters,
    String detail) {}
