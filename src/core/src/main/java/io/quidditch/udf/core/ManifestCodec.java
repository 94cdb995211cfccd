package io.quidditch.udf.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads and writes manifests as YAML or JSON trees, refusing unknown keys and bad values. */
public final class ManifestCodec {

  /** The keys a manifest may have. */
  public static final Set<String> KEYS =
      Set.of(
          "name",
          "version",
          "description",
          "category",
          "author",
          "language",
          "function_name",
          "parameters",
          "returns",
          "tags",
          "permissions",
          "limits",
          "fields",
          "needs_score",
          "needs_document_id",
          "abi",
          "source",
          "build");

  /**
   * The keys of a manifest that are for tools, not for running: the source the module is built from
   * and the command that builds it. They are checked here and read by the tools; they are not part
   * of {@link Manifest} (nor of what a signature covers).
   */
  public static final Set<String> BUILD_KEYS = Set.of("source", "build");

  private static final Set<String> PARAM_KEYS =
      Set.of("name", "type", "required", "default", "description");
  private static final Set<String> FIELD_KEYS = Set.of("name", "type");
  private static final Set<String> RETURN_KEYS = Set.of("name", "type", "description");
  private static final Set<String> LIMIT_KEYS = Set.of("memory_pages", "memory_mb", "timeout_ms");

  /** Writes manifests (readable, no document marker); {@link Json#YAML} reads them. */
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .build());

  private ManifestCodec() {}

  /** Parses YAML (a superset of JSON) text; {@code source} names the file in errors. */
  public static Manifest parseYaml(String text, String source) {
    JsonNode tree;
    try {
      tree = Json.YAML.readTree(text); // the reading mapper: it refuses a key given twice
    } catch (JsonProcessingException e) {
      throw new BadInputException(
          source + ": not valid YAML (" + Json.oneLine(e) + "); fix the manifest");
    }
    return fromTree(tree, source);
  }

  /** Builds a manifest from a parsed tree, with one-line errors naming the bad key. */
  public static Manifest fromTree(JsonNode tree, String source) {
    if (tree == null || !tree.isObject()) {
      throw new BadInputException(source + ": a manifest must be a mapping of keys to values");
    }
    checkKeys(tree, KEYS, source, "manifest");
    try {
      String name = text(tree, "name", source, true);
      String version = text(tree, "version", source, true);
      List<ParamSpec> params = new ArrayList<>();
      JsonNode ps = tree.get("parameters");
      if (ps != null && !ps.isNull()) {
        if (!ps.isArray()) {
          throw new BadInputException(source + ": 'parameters' must be a list");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode p : ps) {
          ParamSpec spec = param(p, source);
          if (!seen.add(spec.name())) {
            throw new BadInputException(
                source + ": parameter '" + spec.name() + "' is declared twice");
          }
          params.add(spec);
        }
      }
      JsonNode returnsNode = tree.get("returns");
      ReturnType returns = null;
      Manifest.ReturnLabel label = null;
      if (returnsNode != null && returnsNode.isArray()) {
        // Quidditch's form: a list of {name?, type, description?}; a UDF returns one value
        if (returnsNode.size() > 1) {
          throw new BadInputException(
              source
                  + ": 'returns' lists "
                  + returnsNode.size()
                  + " values, but a UDF returns one; keep one entry");
        }
        if (returnsNode.isEmpty()) {
          throw new BadInputException(
              source + ": 'returns' is an empty list; give its one value, as [{type: bool}]");
        }
        if (returnsNode.size() == 1) {
          JsonNode r = returnsNode.get(0);
          if (!r.isObject()) {
            throw new BadInputException(
                source + ": each entry of 'returns' must be a mapping such as {type: bool}");
          }
          checkKeys(r, RETURN_KEYS, source, "returns entry");
          returns = ReturnType.parse(text(r, "type", source, true));
          String rn = text(r, "name", source, false);
          String rd = text(r, "description", source, false);
          label = rn == null && rd == null ? null : new Manifest.ReturnLabel(rn, rd);
        }
      } else {
        String text = text(tree, "returns", source, false);
        returns = text == null ? null : ReturnType.parse(text);
      }
      String abi = text(tree, "abi", source, false);
      for (String key : BUILD_KEYS) {
        text(tree, key, source, false); // a plain value when present
      }
      return new Manifest(
          name,
          version,
          text(tree, "description", source, false),
          text(tree, "category", source, false),
          text(tree, "author", source, false),
          text(tree, "language", source, false),
          text(tree, "function_name", source, false),
          params,
          returns,
          stringList(tree, "tags", source),
          permissions(tree, source),
          limits(tree.get("limits"), source),
          inputs(tree, source),
          label,
          abi == null ? null : HostDialect.parse(abi));
    } catch (BadInputException e) {
      if (e.getMessage().startsWith(source)) {
        throw e;
      }
      throw new BadInputException(source + ": " + e.getMessage(), e);
    }
  }

  private static ParamSpec param(JsonNode p, String source) {
    if (!p.isObject()) {
      throw new BadInputException(source + ": each parameter must be a mapping with name and type");
    }
    checkKeys(p, PARAM_KEYS, source, "parameter");
    String name = text(p, "name", source, true);
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
      throw new BadInputException(
          source + ": parameter name '" + name + "' must be an identifier (letters, digits, _)");
    }
    ParamType type = ParamType.parse(text(p, "type", source, true));
    JsonNode def = p.get("default");
    if (def != null && !def.isNull()) {
      def = ParameterBinder.coerce(name, type, def);
    } else {
      def = null;
    }
    JsonNode req = p.get("required");
    // as in Quidditch: a parameter is optional unless it says required: true
    boolean required = req != null && req.asBoolean();
    if (req != null && !req.isBoolean()) {
      throw new BadInputException(source + ": 'required' of '" + name + "' must be true or false");
    }
    return new ParamSpec(name, type, required, def, text(p, "description", source, false));
  }

  private static Set<Permission> permissions(JsonNode tree, String source) {
    List<String> names = stringList(tree, "permissions", source);
    if (tree.get("permissions") == null) {
      return null;
    }
    Set<Permission> out = EnumSet.noneOf(Permission.class);
    for (String n : names) {
      out.add(Permission.parse(n));
    }
    return out;
  }

  private static Manifest.Inputs inputs(JsonNode tree, String source) {
    List<Manifest.FieldSpec> fields = new ArrayList<>();
    JsonNode fs = tree.get("fields");
    if (fs != null && !fs.isNull()) {
      if (!fs.isArray()) {
        throw new BadInputException(
            source
                + ": 'fields' must be a list of {name, type}, for example [{name: price, type: f64}]");
      }
      Set<String> seen = new LinkedHashSet<>();
      for (JsonNode f : fs) {
        if (!f.isObject()) {
          throw new BadInputException(
              source + ": each of 'fields' must be a mapping with name and type");
        }
        checkKeys(f, FIELD_KEYS, source, "field");
        String name = text(f, "name", source, true);
        if (name.isEmpty() || name.length() > 4096) {
          throw new BadInputException(source + ": a field name must have 1 to 4096 characters");
        }
        if (!seen.add(name)) {
          throw new BadInputException(source + ": field '" + name + "' is declared twice");
        }
        fields.add(new Manifest.FieldSpec(name, ParamType.parse(text(f, "type", source, true))));
      }
    }
    return new Manifest.Inputs(
        fields, flag(tree, "needs_score", source), flag(tree, "needs_document_id", source));
  }

  private static boolean flag(JsonNode tree, String key, String source) {
    JsonNode v = tree.get(key);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw new BadInputException(source + ": '" + key + "' must be true or false");
    }
    return v.booleanValue();
  }

  private static Manifest.ManifestLimits limits(JsonNode node, String source) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw new BadInputException(source + ": 'limits' must be a mapping");
    }
    checkKeys(node, LIMIT_KEYS, source, "limits");
    Integer pages = null;
    if (node.has("memory_pages")) {
      pages = (int) positive(node.get("memory_pages"), "limits.memory_pages", source, 65536);
    }
    if (node.has("memory_mb")) {
      pages = (int) positive(node.get("memory_mb"), "limits.memory_mb", source, 4096) * 16;
    }
    Long timeout = null;
    if (node.has("timeout_ms")) {
      timeout = positive(node.get("timeout_ms"), "limits.timeout_ms", source, 3_600_000);
    }
    return new Manifest.ManifestLimits(pages, timeout);
  }

  private static long positive(JsonNode v, String key, String source, long max) {
    if (!v.canConvertToLong() || !v.isIntegralNumber() && !v.isTextual()) {
      throw new BadInputException(source + ": '" + key + "' must be a whole number");
    }
    long value = v.isTextual() ? parseLong(v.asText(), key, source) : v.asLong();
    if (value < 1 || value > max) {
      throw new BadInputException(source + ": '" + key + "' must be between 1 and " + max);
    }
    return value;
  }

  private static long parseLong(String s, String key, String source) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      throw new BadInputException(source + ": '" + key + "' must be a whole number");
    }
  }

  private static void checkKeys(JsonNode node, Set<String> allowed, String source, String what) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String key = names.next();
      if (!allowed.contains(key)) {
        throw new BadInputException(
            source
                + ": unknown "
                + what
                + " key '"
                + key
                + "'; known keys: "
                + String.join(", ", new TreeSet<>(allowed)));
      }
    }
  }

  private static String text(JsonNode node, String key, String source, boolean required) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      if (required) {
        throw new BadInputException(source + ": missing required key '" + key + "'");
      }
      return null;
    }
    if (!v.isValueNode()) {
      throw new BadInputException(source + ": '" + key + "' must be a plain value");
    }
    if (v.isBoolean()) {
      throw new BadInputException(
          source
              + ": '"
              + key
              + "' is the boolean "
              + v.asText()
              + " (YAML reads yes, no, on, off, true and false as booleans); quote it");
    }
    return v.asText();
  }

  private static List<String> stringList(JsonNode node, String key, String source) {
    JsonNode v = node.get(key);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isTextual()) {
      for (String part : v.asText().split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
      return out;
    }
    if (!v.isArray()) {
      throw new BadInputException(source + ": '" + key + "' must be a list");
    }
    for (JsonNode item : v) {
      if (!item.isValueNode()) {
        throw new BadInputException(source + ": '" + key + "' must be a list of strings");
      }
      out.add(item.asText());
    }
    return out;
  }

  /** The manifest as a tree with YAML key names, for writing or JSON output. */
  public static ObjectNode toTree(Manifest m) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("name", m.name());
    root.put("version", m.version());
    root.put("description", m.description());
    root.put("category", m.category());
    root.put("author", m.author());
    root.put("language", m.language());
    root.put("function_name", m.functionName());
    ArrayNode params = root.putArray("parameters");
    for (ParamSpec p : m.parameters()) {
      ObjectNode pn = params.addObject();
      pn.put("name", p.name());
      pn.put("type", p.type().yamlName());
      pn.put("required", p.required());
      if (p.defaultValue() != null) {
        pn.set("default", p.defaultValue());
      }
      if (p.description() != null && !p.description().isEmpty()) {
        pn.put("description", p.description());
      }
    }
    if (m.returns() != null && m.returnLabel() == null) {
      root.put("returns", m.returns().yamlName());
    } else if (m.returns() != null) {
      ObjectNode r = root.putArray("returns").addObject();
      if (m.returnLabel().name() != null) {
        r.put("name", m.returnLabel().name());
      }
      r.put("type", m.returns().yamlName());
      if (m.returnLabel().description() != null) {
        r.put("description", m.returnLabel().description());
      }
    }
    ArrayNode tags = root.putArray("tags");
    m.tags().forEach(tags::add);
    ArrayNode perms = root.putArray("permissions");
    new TreeSet<>(m.permissions()).forEach(p -> perms.add(p.yamlName()));
    if (m.limits() != null) {
      ObjectNode ln = root.putObject("limits");
      if (m.limits().memoryPages() != null) {
        ln.put("memory_pages", m.limits().memoryPages());
      }
      if (m.limits().timeoutMs() != null) {
        ln.put("timeout_ms", m.limits().timeoutMs());
      }
    }
    Manifest.Inputs in = m.inputs();
    if (!in.fields().isEmpty()) {
      ArrayNode fields = root.putArray("fields");
      for (Manifest.FieldSpec field : in.fields()) {
        fields.addObject().put("name", field.name()).put("type", field.type().yamlName());
      }
    }
    if (in.score()) {
      root.put("needs_score", true);
    }
    if (in.documentId()) {
      root.put("needs_document_id", true);
    }
    if (m.abi() != HostDialect.DOCUMENTED) {
      root.put("abi", m.abi().yamlName());
    }
    return root;
  }

  /**
   * The SHA-256 of the manifest's canonical form (compact JSON of {@link #toTree}): equal for two
   * files that say the same thing in other words, and what a signature over a module and its
   * manifest covers.
   */
  public static String digest(Manifest m) {
    return Digests.sha256(
        Json.compact(toTree(m)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The manifest as YAML text. */
  public static String toYaml(Manifest m) {
    try {
      return YAML.writeValueAsString(toTree(m));
    } catch (JsonProcessingException e) {
      throw new QuidudfException(ErrorKind.INTERNAL, "could not write manifest: " + e.getMessage());
    }
  }
}
