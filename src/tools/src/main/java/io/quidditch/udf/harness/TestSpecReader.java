package io.quidditch.udf.harness;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.UserFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads {@code tests.yaml} files, with one-line errors that name the file and the bad key. */
public final class TestSpecReader {
  /** The file name a directory search looks for. */
  public static final String SPEC_FILE = "tests.yaml";

  /** The per-case timeout when a spec gives none (shared/ABI.md: 1 s in test cases). */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);

  private static final Set<String> SPEC_KEYS =
      Set.of(
          "udf",
          "manifest",
          "function",
          "parameters",
          "timeout_ms",
          "cases",
          "description",
          "document");
  private static final Set<String> CASE_KEYS =
      Set.of(
          "name",
          "document",
          "document_file",
          "parameters",
          "expect",
          "tolerance",
          "expect_error",
          "function",
          "description",
          "expect_logs");

  private TestSpecReader() {}

  /**
   * Every spec file under the given paths: files as they are, directories searched for tests.yaml.
   */
  public static List<Path> discover(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          out.addAll(
              walk.filter(f -> f.getFileName().toString().equals(SPEC_FILE))
                  .filter(f -> !f.toString().contains("/target/"))
                  .sorted()
                  .collect(Collectors.toList()));
        } catch (IOException e) {
          throw new BadInputException("cannot search " + p + ": " + e.getMessage());
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new BadInputException(p + ": no such file or directory; check the path");
      }
    }
    return out;
  }

  /** Parses one spec file. */
  public static TestSpec read(Path file) {
    String text = UserFiles.readString(file);
    String where = file.toString();
    JsonNode root = Json.parseYaml(text, where);
    if (!root.isObject()) {
      throw new BadInputException(where + ": a test spec must be a mapping with 'udf' and 'cases'");
    }
    checkKeys(root, SPEC_KEYS, where);
    JsonNode udf = root.get("udf");
    if (udf == null || !udf.isTextual() || udf.asText().isBlank()) {
      throw new BadInputException(
          where + ": missing 'udf' (a .wasm or source path, or name@version)");
    }
    Path dir = file.toAbsolutePath().getParent();
    Path manifest = root.hasNonNull("manifest") ? dir.resolve(root.get("manifest").asText()) : null;
    Duration timeout = DEFAULT_TIMEOUT;
    if (root.hasNonNull("timeout_ms")) {
      JsonNode t = root.get("timeout_ms");
      if (!t.canConvertToLong() || t.asLong() < 1 || t.asLong() > 3_600_000) {
        throw new BadInputException(
            where + ": 'timeout_ms' must be a whole number of milliseconds (1..3600000)");
      }
      timeout = Duration.ofMillis(t.asLong());
    }
    JsonNode cases = root.get("cases");
    if (cases == null || !cases.isArray() || cases.isEmpty()) {
      throw new BadInputException(where + ": 'cases' must be a non-empty list");
    }
    JsonNode defaultDoc = root.get("document");
    if (defaultDoc != null && !defaultDoc.isNull() && !defaultDoc.isObject()) {
      throw new BadInputException(
          where + ": 'document' must be a JSON object (the default for cases without one)");
    }
    List<TestSpec.Case> list = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int index = 0;
    for (JsonNode c : cases) {
      index++;
      TestSpec.Case tc = readCase(c, index, dir, where, defaultDoc);
      if (!names.add(tc.name())) {
        throw new BadInputException(
            where + ": two cases are named '" + tc.name() + "'; names must be unique");
      }
      list.add(tc);
    }
    return new TestSpec(
        file,
        udf.asText(),
        manifest,
        root.hasNonNull("function") ? root.get("function").asText() : null,
        params(root.get("parameters"), where),
        timeout,
        list);
  }

  private static TestSpec.Case readCase(
      JsonNode c, int index, Path dir, String where, JsonNode defaultDoc) {
    if (!c.isObject()) {
      throw new BadInputException(where + ": case " + index + " must be a mapping");
    }
    checkKeys(c, CASE_KEYS, where + ": case " + index);
    String name = c.hasNonNull("name") ? c.get("name").asText() : "case " + index;
    String at = where + ": case '" + name + "'";
    JsonNode doc = c.get("document");
    if (c.hasNonNull("document_file")) {
      Path docFile = dir.resolve(c.get("document_file").asText());
      doc = Json.parse(UserFiles.readString(docFile), docFile.toString());
    }
    if (doc == null || doc.isNull()) {
      doc =
          defaultDoc != null && !defaultDoc.isNull() ? defaultDoc : Json.MAPPER.createObjectNode();
    }
    if (!doc.isObject()) {
      throw new BadInputException(at + ": 'document' must be a JSON object");
    }
    JsonNode expect = c.get("expect");
    ErrorKind expectError = null;
    if (c.hasNonNull("expect_error")) {
      String code = c.get("expect_error").asText();
      expectError = ErrorKind.fromCode(code);
      if (expectError == null) {
        throw new BadInputException(
            at
                + ": unknown expect_error '"
                + code
                + "'; use one of timeout, memory, stack, trap, link, invalid_module, parameter");
      }
    }
    if ((expect == null || expect.isNull()) == (expectError == null)) {
      throw new BadInputException(at + ": give exactly one of 'expect' and 'expect_error'");
    }
    if (expect != null && !expect.isNull() && !expect.isBoolean() && !expect.isNumber()) {
      throw new BadInputException(
          at + ": 'expect' must be true/false (filter) or a number (score, integer)");
    }
    double tolerance = 1e-9;
    if (c.hasNonNull("tolerance")) {
      if (!c.get("tolerance").isNumber() || c.get("tolerance").asDouble() < 0) {
        throw new BadInputException(at + ": 'tolerance' must be a non-negative number");
      }
      tolerance = c.get("tolerance").asDouble();
    }
    return new TestSpec.Case(
        name,
        doc,
        params(c.get("parameters"), at),
        expect == null || expect.isNull() ? null : expect,
        tolerance,
        expectError,
        c.hasNonNull("function") ? c.get("function").asText() : null,
        logs(c.get("expect_logs"), at));
  }

  private static List<String> logs(JsonNode node, String at) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isArray()) {
      throw new BadInputException(
          at + ": 'expect_logs' must be a list of \"level: message\" lines");
    }
    List<String> out = new ArrayList<>();
    node.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Map<String, JsonNode> params(JsonNode node, String where) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      throw new BadInputException(where + ": 'parameters' must be a mapping of names to values");
    }
    node.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static void checkKeys(JsonNode node, Set<String> allowed, String where) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw new BadInputException(
            where
                + ": unknown key '"
                + key
                + "'; known keys: "
                + String.join(", ", new TreeSet<>(allowed)));
      }
    }
  }
}
