package io.quidditch.udf.core;

import com.fasterxml.jackson.databind.JsonNode;

/** One declared UDF parameter; {@code defaultValue} is null when there is none. */
public record ParamSpec(
    String name, ParamType type, boolean required, JsonNode defaultValue, String description) {}
