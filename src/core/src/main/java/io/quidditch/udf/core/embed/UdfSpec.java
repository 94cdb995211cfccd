package io.quidditch.udf.core.embed;

import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.Json;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A UDF as an engine ships it to its workers: the module's bytes, the text of its {@code udf.yaml}
 * and the parameters bound for this use. Serializable and self-contained, so an engine can send it
 * to every node or executor; nothing else (no registry, no files) is needed there.
 */
public final class UdfSpec implements Serializable {
  private static final long serialVersionUID = 1L;

  private final byte[] wasm;
  private final String manifestYaml;
  private final LinkedHashMap<String, Object> parameters;
  private final String function;

  private UdfSpec(byte[] wasm, String manifestYaml, Map<String, ?> parameters, String function) {
    this.wasm = Objects.requireNonNull(wasm, "wasm").clone();
    this.manifestYaml = Objects.requireNonNull(manifestYaml, "manifestYaml");
    this.parameters = new LinkedHashMap<>(parameters);
    this.function = function;
  }

  /** A module and its manifest (the text of udf.yaml, or the same keys as JSON). */
  public static UdfSpec of(byte[] wasm, String manifestYaml) {
    return new UdfSpec(wasm, manifestYaml, Map.of(), null);
  }

  /**
   * The same UDF with these parameters: strings, numbers and booleans by name, checked against the
   * manifest when the UDF is loaded.
   */
  public UdfSpec withParameters(Map<String, ?> values) {
    return new UdfSpec(wasm, manifestYaml, values, function);
  }

  /** The same UDF calling another export than the manifest's {@code function_name}. */
  public UdfSpec withFunction(String name) {
    return new UdfSpec(wasm, manifestYaml, parameters, name);
  }

  /** The export to call instead of the manifest's {@code function_name}, or null. */
  public String function() {
    return function;
  }

  /**
   * The spec as one JSON text, the form a UDF travels in through an engine that stores scripts as
   * strings (an OpenSearch stored script's {@code source}): {@code {"module_base64", "manifest",
   * "function"?}}. Parameters are not part of it; they come with each query.
   */
  public String toJson() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("module_base64", Base64.getEncoder().encodeToString(wasm));
    fields.put("manifest", manifestYaml);
    fields.put("function", function);
    return Json.stringObject(fields);
  }

  /**
   * Reads {@link #toJson()}'s form.
   *
   * @throws BadInputException naming what is wrong with the text
   */
  public static UdfSpec fromJson(String text) {
    Map<String, String> n = Json.stringMembers(text, "the UDF source");
    if (!n.containsKey("module_base64") || !n.containsKey("manifest")) {
      throw new BadInputException(
          "the UDF source must be a JSON object with module_base64 and manifest (the text of"
              + " udf.yaml); 'quidudf register --opensearch' writes it");
    }
    byte[] module;
    try {
      module = Base64.getDecoder().decode(n.get("module_base64"));
    } catch (IllegalArgumentException e) {
      throw new BadInputException("module_base64 is not valid base64 (" + e.getMessage() + ")");
    }
    return new UdfSpec(module, n.get("manifest"), Map.of(), n.get("function"));
  }

  public byte[] wasm() {
    return wasm.clone();
  }

  byte[] wasmUnsafe() {
    return wasm;
  }

  public String manifestYaml() {
    return manifestYaml;
  }

  public Map<String, Object> parameters() {
    return Collections.unmodifiableMap(parameters);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UdfSpec other
        && Arrays.equals(wasm, other.wasm)
        && manifestYaml.equals(other.manifestYaml)
        && parameters.equals(other.parameters)
        && Objects.equals(function, other.function);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(wasm), manifestYaml, parameters, function);
  }
}
