package io.quidditch.udf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.Fixtures;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.ManifestCodec;
import io.quidditch.udf.core.ParamType;
import io.quidditch.udf.core.ReturnType;
import io.quidditch.udf.core.SemVer;
import io.quidditch.udf.core.UdfRef;
import io.quidditch.udf.harness.TestSpecReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quidudf schema}: the schemas parse, name exactly the keys their readers take, and accept
 * every example the readers accept. There is no JSON Schema library in the build: {@link #errors}
 * checks the keywords these schemas use, and the first test fails if they start using another.
 */
class SchemaTest {
  @TempDir Path tmp;

  private static JsonNode schema(String file) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "schema", file);
    assertThat(code).as(err.toString()).isZero();
    return Json.MAPPER.readTree(out.toString());
  }

  /** The draft 2020-12 keywords {@link #errors} knows. */
  private static final Set<String> KEYWORDS =
      Set.of(
          "$schema",
          "title",
          "description",
          "type",
          "properties",
          "required",
          "additionalProperties",
          "items",
          "enum",
          "anyOf",
          "oneOf",
          "$ref",
          "$defs",
          "pattern",
          "minimum",
          "maximum",
          "minItems",
          "maxItems",
          "minLength",
          "maxLength",
          "default",
          "examples");

  @Test
  void bothSchemasParseAreDraft2020AndClosedAtTheTop() throws Exception {
    for (String file : List.of("udf.yaml", "tests.yaml")) {
      JsonNode s = schema(file);
      assertThat(s.path("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(s.path("type").asText()).isEqualTo("object");
      assertThat(s.path("additionalProperties").isBoolean()).isTrue();
      assertThat(s.path("additionalProperties").asBoolean()).isFalse();
      assertThat(keywords(s)).as(file).isSubsetOf(KEYWORDS);
    }
    StringWriter err = new StringWriter();
    int code =
        Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "schema", "x.yml");
    assertThat(code).isEqualTo(3);
    assertThat(err.toString().strip())
        .isEqualTo(
            "quidudf schema: no schema for 'x.yml'; there are schemas for udf.yaml and tests.yaml");
  }

  @Test
  void theSchemasNameExactlyTheKeysTheReadersTake() throws Exception {
    JsonNode manifest = schema("udf.yaml");
    assertThat(keys(manifest.path("properties")))
        .isEqualTo(new TreeSet<>(ManifestCodec.KEYS))
        .isEqualTo(manifestKeys("zz_unknown: 1"));
    JsonNode defs = manifest.path("$defs");
    assertThat(keys(defs.path("parameter").path("properties")))
        .isEqualTo(manifestKeys("parameters: [{zz_unknown: 1}]"));
    assertThat(keys(defs.path("field").path("properties")))
        .isEqualTo(manifestKeys("fields: [{zz_unknown: 1}]"));
    assertThat(keys(defs.path("returned").path("properties")))
        .isEqualTo(manifestKeys("returns: [{zz_unknown: 1}]"));
    assertThat(keys(defs.path("limits").path("properties")))
        .isEqualTo(manifestKeys("limits: {zz_unknown: 1}"));
    for (String closed : List.of("parameter", "field", "returned", "limits")) {
      assertThat(defs.path(closed).path("additionalProperties").asBoolean(true))
          .as(closed)
          .isFalse();
    }

    JsonNode spec = schema("tests.yaml");
    assertThat(keys(spec.path("properties"))).isEqualTo(specKeys("zz_unknown: 1\n"));
    assertThat(keys(spec.path("$defs").path("case").path("properties")))
        .isEqualTo(specKeys("udf: m.wasm\ncases:\n  - {zz_unknown: 1}\n"));
    assertThat(spec.path("$defs").path("case").path("additionalProperties").asBoolean(true))
        .isFalse();
  }

  @Test
  void everyExampleTheReadersAcceptValidates() throws Exception {
    JsonNode manifest = schema("udf.yaml");
    JsonNode spec = schema("tests.yaml");
    Path root = Fixtures.root();
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("examples", "src/compat/quidditch")) {
      try (Stream<Path> walk = Files.walk(root.resolve(dir))) {
        walk.filter(
                p ->
                    p.getFileName().toString().equals("udf.yaml")
                        || p.getFileName().toString().equals("tests.yaml"))
            .sorted()
            .forEach(files::add);
      }
    }
    int checked = 0;
    for (Path f : files) {
      boolean isManifest = f.getFileName().toString().equals("udf.yaml");
      try {
        if (isManifest) {
          ManifestCodec.parseYaml(Files.readString(f), f.toString());
        } else {
          TestSpecReader.read(f);
        }
      } catch (BadInputException e) {
        continue; // a file its own reader refuses says nothing of the schema
      }
      JsonNode tree = Json.YAML.readTree(Files.readString(f));
      JsonNode s = isManifest ? manifest : spec;
      assertThat(errors(s, s, tree, "")).as(root.relativize(f).toString()).isEmpty();
      checked++;
    }
    assertThat(checked)
        .as("examples/*/udf.yaml and tests.yaml at least")
        .isGreaterThanOrEqualTo(10);
  }

  @Test
  void whatTheReadersRefuseTheSchemasRefuse() throws Exception {
    JsonNode manifest = schema("udf.yaml");
    JsonNode spec = schema("tests.yaml");
    String base = "name: a\nversion: 1.0.0\n";
    for (String bad :
        List.of(
            "nmae: a\nversion: 1.0.0\n",
            "version: 1.0.0\n",
            "name: A b\nversion: 1.0.0\n",
            "name: a\nversion: '1.0'\n",
            base + "parameters: [{name: x, type: integer}]\n",
            base + "parameters: [{name: x}]\n",
            base + "returns: text\n",
            base + "returns: []\n",
            base + "permissions: [read_everything]\n",
            base + "limits: {timeout_ms: 0}\n",
            base + "limits: {memory: 2}\n",
            base + "abi: go\n",
            base + "needs_score: yes please\n")) {
      assertThatThrownBy(() -> ManifestCodec.parseYaml(bad, "m"))
          .as(bad)
          .isInstanceOf(BadInputException.class);
      assertThat(errors(manifest, manifest, Json.YAML.readTree(bad), "")).as(bad).isNotEmpty();
    }
    for (String bad :
        List.of(
            "udf: m.wasm\n",
            "udf: m.wasm\ncases: []\n",
            "udf: m.wasm\ncases: [{name: a}]\n",
            "udf: m.wasm\ncases: [{name: a, expect: true, expect_error: trap}]\n",
            "udf: m.wasm\ncases: [{name: a, expect_error: oops}]\n",
            "udf: m.wasm\ncases: [{name: a, expect: yes please}]\n",
            "udf: m.wasm\ntimeout_ms: 0\ncases: [{name: a, expect: true}]\n")) {
      Path f = tmp.resolve("tests.yaml");
      Files.writeString(f, bad);
      assertThatThrownBy(() -> TestSpecReader.read(f))
          .as(bad)
          .isInstanceOf(BadInputException.class);
      assertThat(errors(spec, spec, Json.YAML.readTree(bad), "")).as(bad).isNotEmpty();
    }
  }

  @Test
  void thePatternsAndNamesAreTheCodes() {
    for (String name : List.of("a", "custom-score", "x_1", "A", "-a", "a b", "a".repeat(65))) {
      assertThat(Pattern.compile(Schemas.NAME_PATTERN).matcher(name).find())
          .as(name)
          .isEqualTo(UdfRef.isValidName(name));
    }
    for (String v : List.of("1.0.0", "0.1.2-rc.1+build.5", "01.0.0", "1.0", "v1.0.0", "1.0.0-")) {
      boolean parses;
      try {
        SemVer.parse(v);
        parses = true;
      } catch (BadInputException e) {
        parses = false;
      }
      assertThat(Pattern.compile(Schemas.VERSION_PATTERN).matcher(v).find())
          .as(v)
          .isEqualTo(parses);
    }
    Schemas.PARAM_TYPES.forEach(ParamType::parse);
    Schemas.RETURN_TYPES.forEach(ReturnType::parse);
    for (ParamType t : ParamType.values()) {
      assertThat(Schemas.PARAM_TYPES).contains(t.yamlName());
    }
    for (ReturnType t : ReturnType.values()) {
      assertThat(Schemas.RETURN_TYPES).contains(t.yamlName());
    }
  }

  /** The known keys a reader lists when it refuses the unknown key zz_unknown. */
  private static Set<String> manifestKeys(String extra) {
    try {
      ManifestCodec.parseYaml("name: a\nversion: 1.0.0\n" + extra, "m");
    } catch (BadInputException e) {
      return knownKeys(e);
    }
    throw new AssertionError("the manifest reader took zz_unknown in " + extra);
  }

  private Set<String> specKeys(String text) throws Exception {
    Path f = tmp.resolve("tests.yaml");
    Files.writeString(f, text);
    try {
      TestSpecReader.read(f);
    } catch (BadInputException e) {
      return knownKeys(e);
    }
    throw new AssertionError("the spec reader took zz_unknown in " + text);
  }

  private static Set<String> knownKeys(BadInputException e) {
    String m = e.getMessage();
    assertThat(m).contains("'zz_unknown'; known keys: ");
    return new TreeSet<>(Arrays.asList(m.substring(m.indexOf("known keys: ") + 12).split(", ")));
  }

  private static Set<String> keys(JsonNode object) {
    Set<String> out = new TreeSet<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** Every keyword used in a schema, in the places a keyword stands. */
  private static Set<String> keywords(JsonNode schema) {
    Set<String> out = new TreeSet<>();
    schema
        .fields()
        .forEachRemaining(
            e -> {
              out.add(e.getKey());
              JsonNode v = e.getValue();
              switch (e.getKey()) {
                case "properties", "$defs" -> v.forEach(sub -> out.addAll(keywords(sub)));
                case "items", "additionalProperties" -> {
                  if (v.isObject()) {
                    out.addAll(keywords(v));
                  }
                }
                case "anyOf", "oneOf" -> v.forEach(sub -> out.addAll(keywords(sub)));
                default -> {}
              }
            });
    return out;
  }

  /** What is wrong with {@code value} under {@code schema}, for the keywords of KEYWORDS. */
  private static List<String> errors(JsonNode root, JsonNode schema, JsonNode value, String at) {
    List<String> out = new ArrayList<>();
    if (schema.has("$ref")) {
      String def = schema.get("$ref").asText().replace("#/$defs/", "");
      out.addAll(errors(root, root.path("$defs").path(def), value, at));
    }
    if (schema.has("type")) {
      boolean ok = false;
      JsonNode type = schema.get("type");
      for (JsonNode t : type.isArray() ? type : Json.MAPPER.createArrayNode().add(type)) {
        ok |= isA(t.asText(), value);
      }
      if (!ok) {
        out.add(at + ": not " + type);
        return out;
      }
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.equals(value);
      }
      if (!found) {
        out.add(at + ": " + value + " not in " + schema.get("enum"));
      }
    }
    if (schema.has("pattern")
        && value.isTextual()
        && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
      out.add(at + ": '" + value.asText() + "' does not match " + schema.get("pattern"));
    }
    if (value.isNumber()) {
      if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
        out.add(at + ": below " + schema.get("minimum"));
      }
      if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
        out.add(at + ": above " + schema.get("maximum"));
      }
    }
    if (value.isTextual()) {
      int n = value.asText().codePointCount(0, value.asText().length());
      if (schema.has("minLength") && n < schema.get("minLength").asInt()) {
        out.add(at + ": shorter than " + schema.get("minLength"));
      }
      if (schema.has("maxLength") && n > schema.get("maxLength").asInt()) {
        out.add(at + ": longer than " + schema.get("maxLength"));
      }
    }
    if (value.isArray()) {
      if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
        out.add(at + ": fewer than " + schema.get("minItems") + " items");
      }
      if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
        out.add(at + ": more than " + schema.get("maxItems") + " items");
      }
      if (schema.has("items")) {
        for (int i = 0; i < value.size(); i++) {
          out.addAll(errors(root, schema.get("items"), value.get(i), at + "[" + i + "]"));
        }
      }
    }
    if (value.isObject()) {
      JsonNode props = schema.path("properties");
      for (JsonNode r : schema.path("required")) {
        if (!value.has(r.asText())) {
          out.add(at + ": missing " + r.asText());
        }
      }
      value
          .fields()
          .forEachRemaining(
              e -> {
                if (props.has(e.getKey())) {
                  out.addAll(
                      errors(root, props.get(e.getKey()), e.getValue(), at + "." + e.getKey()));
                } else if (schema.has("additionalProperties")
                    && !schema.get("additionalProperties").asBoolean(true)) {
                  out.add(at + ": unknown key " + e.getKey());
                }
              });
    }
    if (schema.has("anyOf")) {
      boolean any = false;
      for (JsonNode s : schema.get("anyOf")) {
        any |= errors(root, s, value, at).isEmpty();
      }
      if (!any) {
        out.add(at + ": matches none of anyOf");
      }
    }
    if (schema.has("oneOf")) {
      int matches = 0;
      for (JsonNode s : schema.get("oneOf")) {
        matches += errors(root, s, value, at).isEmpty() ? 1 : 0;
      }
      if (matches != 1) {
        out.add(at + ": matches " + matches + " of oneOf, not one");
      }
    }
    return out;
  }

  private static boolean isA(String type, JsonNode v) {
    return switch (type) {
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      case "string" -> v.isTextual();
      case "boolean" -> v.isBoolean();
      case "number" -> v.isNumber();
      case "integer" ->
          v.isIntegralNumber() || v.isNumber() && v.asDouble() == Math.rint(v.asDouble());
      case "null" -> v.isNull();
      default -> throw new AssertionError("unknown type " + type);
    };
  }
}
