package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.HostDialect;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.ManifestCodec;
import io.quidditch.udf.core.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * JSON Schemas (draft 2020-12) of {@code udf.yaml} and {@code tests.yaml}, for editors to check the
 * files as they are typed. The manifest's keys are {@link ManifestCodec#KEYS}, the list its reader
 * refuses other keys with; the nested keys and the test spec's are written here, and SchemaTest
 * holds them to the lists their readers name when they refuse a key.
 */
final class Schemas {
  static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  /** UdfRef's names. */
  static final String NAME_PATTERN = "^[a-z0-9][a-z0-9_-]{0,63}$";

  /** SemVer's versions: MAJOR.MINOR.PATCH, a pre-release and build metadata. */
  static final String VERSION_PATTERN =
      "^(0|[1-9]\\d{0,17})\\.(0|[1-9]\\d{0,17})\\.(0|[1-9]\\d{0,17})"
          + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
          + "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
          + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$";

  /** ParamType's names with their aliases. */
  static final List<String> PARAM_TYPES =
      List.of("string", "str", "i64", "i32", "int", "f64", "f32", "float", "bool", "boolean");

  /** ReturnType's names with their aliases. */
  static final List<String> RETURN_TYPES =
      List.of(
          "bool", "boolean", "filter", "f64", "f32", "float", "score", "i64", "i32", "int",
          "integer");

  private Schemas() {}

  /** The schema of a manifest, {@code udf.yaml}. */
  static ObjectNode manifest() {
    ObjectNode root =
        root(
            "quidudf manifest (udf.yaml)",
            "A UDF's name, version, entry function, parameters, result and limits.");
    root.putArray("required").add("name").add("version");
    ObjectNode p = Json.MAPPER.createObjectNode();
    p.set("name", text("UDF name: 1-64 of a-z, 0-9, '_', '-'.").put("pattern", NAME_PATTERN));
    p.set(
        "version",
        text("Semantic version, as 1.0.0; \"latest\" is the highest registered.")
            .put("pattern", VERSION_PATTERN));
    p.set("description", text("What the UDF does."));
    p.set("category", text("A category to list by, as scoring or geo."));
    p.set("author", text("Who wrote it."));
    ObjectNode language = text("The source language (default: wasm).");
    language.putArray("examples").add("wasm").add("wat").add("python").add("c").add("rust");
    p.set("language", language);
    p.set("function_name", text("The exported entry function.").put("default", "filter"));
    p.set("parameters", list("The parameters a caller may pass.", ref("parameter")));
    ObjectNode returns =
        describe("bool (filter), f64/f32 (score), i64/i32 (integer); or [{type}].");
    ArrayNode forms = returns.putArray("anyOf");
    forms.add(ref("returnType"));
    forms.add(
        list("Quidditch's form: a list of one value.", ref("returned"))
            .put("minItems", 1)
            .put("maxItems", 1));
    p.set("returns", returns);
    p.set("tags", stringsOrCommaText("Tags to list by.", null));
    List<String> permissions = new ArrayList<>();
    for (Permission perm : Permission.values()) {
      permissions.add(perm.yamlName());
    }
    p.set(
        "permissions",
        stringsOrCommaText(
            "Capabilities asked for; read_document and write_log are granted by default.",
            permissions));
    p.set("limits", ref("limits"));
    p.set("fields", list("What the UDF reads of a document.", ref("field")));
    p.set("needs_score", describe("It reads the document's score.").put("type", "boolean"));
    p.set("needs_document_id", describe("It reads the document's id.").put("type", "boolean"));
    ObjectNode abi = describe("The host's string return codes the module expects.");
    ArrayNode dialects = abi.putArray("enum");
    for (HostDialect d : HostDialect.values()) {
      dialects.add(d.yamlName());
    }
    abi.put("default", HostDialect.DOCUMENTED.yamlName());
    p.set("abi", abi);
    p.set(
        "source",
        describe("The file the module is built from; test warns when the module is older.")
            .put("type", "string"));
    p.set(
        "build",
        describe("The shell command that builds the module, run in this folder by quidudf build.")
            .put("type", "string"));
    root.set("properties", onlyTheReadersKeys(p));

    ObjectNode defs = root.putObject("$defs");
    ObjectNode param = closed("A parameter.", "name", "type");
    ObjectNode pp = param.putObject("properties");
    pp.set(
        "name",
        text("An identifier: letters, digits, '_'.")
            .put("pattern", "^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    pp.set("type", paramType());
    pp.set(
        "required",
        describe("Whether a caller must give it.").put("type", "boolean").put("default", false));
    pp.set("default", describe("The value when a caller gives none, of the declared type."));
    pp.set("description", text("What it means."));
    defs.set("parameter", param);

    ObjectNode returnType = describe("How the result is read.");
    enumOf(returnType, RETURN_TYPES);
    defs.set("returnType", returnType);

    ObjectNode returned = closed("The one value the UDF returns.", "type");
    ObjectNode rp = returned.putObject("properties");
    rp.set("name", text("A name for the result."));
    rp.set("type", ref("returnType"));
    rp.set("description", text("What the result means."));
    defs.set("returned", returned);

    ObjectNode limits = closed("Limits for this UDF; they may only tighten the runtime's.");
    ObjectNode lp = limits.putObject("properties");
    lp.set("memory_pages", whole("Largest memory, in 64 KiB pages.", 65536));
    lp.set("memory_mb", whole("Largest memory, in MiB (16 pages each).", 4096));
    lp.set("timeout_ms", whole("Longest call, in milliseconds.", 3_600_000));
    defs.set("limits", limits);

    ObjectNode field = closed("A document field the UDF reads.", "name", "type");
    ObjectNode fp = field.putObject("properties");
    fp.set(
        "name",
        text("The field's path, as location.lat.").put("minLength", 1).put("maxLength", 4096));
    fp.set("type", paramType());
    defs.set("field", field);
    return root;
  }

  /** The schema of a test spec, {@code tests.yaml}. */
  static ObjectNode testSpec() {
    ObjectNode root =
        root("quidudf test spec (tests.yaml)", "Cases that call a UDF and say what it returns.");
    root.putArray("required").add("udf").add("cases");
    ObjectNode p = root.putObject("properties");
    p.set("udf", text("A .wasm or source beside this file, or name@version.").put("minLength", 1));
    p.set("manifest", text("The manifest, relative to this file (default: udf.yaml beside udf)."));
    p.set("function", text("The entry function of every case (default: the manifest's)."));
    p.set("parameters", open("Parameter values for every case, by name."));
    p.set("timeout_ms", whole("Per call, in milliseconds (default 1000).", 3_600_000));
    p.set("cases", list("The cases, run in order.", ref("case")).put("minItems", 1));
    p.set("description", text("What these tests are about."));
    p.set("document", open("The document of cases that give none."));

    ObjectNode defs = root.putObject("$defs");
    ObjectNode c = closed("One call and what it should return.");
    ObjectNode cp = c.putObject("properties");
    cp.set("name", text("Unique within the file (default: case N)."));
    cp.set("document", open("The document, a JSON object."));
    cp.set("document_file", text("A JSON file holding the document, relative to this file."));
    cp.set("parameters", open("Parameter values, by name, over the spec's."));
    ObjectNode expect = describe("true/false (filter) or a number (score, integer).");
    expect.putArray("type").add("boolean").add("number");
    cp.set("expect", expect);
    cp.set(
        "tolerance",
        describe("How far a score may be from expect (default 1e-9).")
            .put("type", "number")
            .put("minimum", 0));
    ObjectNode error = describe("The error the call should end with.");
    List<String> codes = new ArrayList<>();
    for (ErrorKind k : ErrorKind.values()) {
      codes.add(k.code());
    }
    enumOf(error, codes);
    cp.set("expect_error", error);
    cp.set("function", text("Another export of the same module."));
    cp.set("description", text("What the case checks."));
    cp.set(
        "expect_logs",
        list(
            "The log lines, as \"info: hello\".",
            Json.MAPPER.createObjectNode().put("type", "string")));
    ArrayNode exactlyOne = c.putArray("oneOf");
    exactlyOne.addObject().putArray("required").add("expect");
    exactlyOne.addObject().putArray("required").add("expect_error");
    defs.set("case", c);
    return root;
  }

  /**
   * The properties of exactly the keys the manifest reader takes: a key described here that it does
   * not take is left out, and one it takes that is not described here is there, unchecked.
   */
  private static ObjectNode onlyTheReadersKeys(ObjectNode described) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    described
        .fields()
        .forEachRemaining(
            e -> {
              if (ManifestCodec.KEYS.contains(e.getKey())) {
                out.set(e.getKey(), e.getValue());
              }
            });
    for (String key : new TreeSet<>(ManifestCodec.KEYS)) {
      if (!out.has(key)) {
        out.set(key, describe("A key this version of quidudf reads; see its README."));
      }
    }
    return out;
  }

  private static ObjectNode root(String title, String description) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("$schema", DRAFT);
    n.put("title", title);
    n.put("description", description);
    n.put("type", "object");
    n.put("additionalProperties", false);
    return n;
  }

  private static ObjectNode describe(String description) {
    return Json.MAPPER.createObjectNode().put("description", description);
  }

  private static ObjectNode text(String description) {
    return describe(description).put("type", "string");
  }

  /** A mapping of the given keys only (its reader refuses others). */
  private static ObjectNode closed(String description, String... required) {
    ObjectNode n = open(description).put("additionalProperties", false);
    if (required.length > 0) {
      ArrayNode r = n.putArray("required");
      for (String k : required) {
        r.add(k);
      }
    }
    return n;
  }

  /** A mapping of any keys: parameter values, a document. */
  private static ObjectNode open(String description) {
    return describe(description).put("type", "object");
  }

  private static ObjectNode list(String description, ObjectNode items) {
    ObjectNode n = describe(description).put("type", "array");
    n.set("items", items);
    return n;
  }

  private static ObjectNode whole(String description, long max) {
    return describe(description).put("type", "integer").put("minimum", 1).put("maximum", max);
  }

  private static ObjectNode ref(String def) {
    return Json.MAPPER.createObjectNode().put("$ref", "#/$defs/" + def);
  }

  private static ObjectNode paramType() {
    ObjectNode n = describe("string, i64, f64 or bool (aliases str, int, i32, float, f32).");
    enumOf(n, PARAM_TYPES);
    return n;
  }

  private static void enumOf(ObjectNode n, List<String> values) {
    ArrayNode e = n.putArray("enum");
    values.forEach(e::add);
  }

  /** A list of strings, or the same as one comma-separated string. */
  private static ObjectNode stringsOrCommaText(String description, List<String> allowed) {
    ObjectNode item = Json.MAPPER.createObjectNode().put("type", "string");
    if (allowed != null) {
      enumOf(item, allowed);
    }
    ObjectNode n = describe(description);
    ArrayNode forms = n.putArray("anyOf");
    forms.add(list("As a list.", item));
    forms.add(text("As one comma-separated string."));
    return n;
  }
}
