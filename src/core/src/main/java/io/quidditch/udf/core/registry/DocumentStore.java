package io.quidditch.udf.core.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.NotFoundException;
import io.quidditch.udf.core.UdfRef;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Named document collections kept under the registry home as NDJSON ({@code indexes/NAME.ndjson}),
 * appended to durably and loaded into memory on first use. Thread-safe.
 */
public final class DocumentStore {
  private final Path dir;
  private final Map<String, List<JsonNode>> loaded = new HashMap<>();

  public DocumentStore(Path home) {
    this.dir = home.toAbsolutePath().resolve("indexes");
  }

  /** An index name is a file name here: the same rule as a UDF's name, said of an index. */
  private static void checkIndex(String index) {
    if (!UdfRef.isValidName(index)) {
      throw new io.quidditch.udf.core.BadInputException(
          "invalid index name '"
              + io.quidditch.udf.core.Text.printable(String.valueOf(index))
              + "'; use up to 64 lower-case letters, digits, _ and -, starting with a letter or"
              + " digit");
    }
  }

  /** The documents of an index, as an immutable snapshot. */
  public synchronized List<JsonNode> documents(String index) {
    checkIndex(index);
    List<JsonNode> docs = load(index);
    if (docs == null) {
      throw new NotFoundException(
          "no index named '"
              + index
              + "'; add documents with POST /api/v1/indexes/"
              + index
              + "/documents");
    }
    return Collections.unmodifiableList(new ArrayList<>(docs));
  }

  /** How many documents an index holds; -1 when it does not exist. */
  public synchronized int count(String index) {
    checkIndex(index);
    List<JsonNode> docs = load(index);
    return docs == null ? -1 : docs.size();
  }

  /** Adds documents, giving each without an {@code _id} a sequential one; returns the new total. */
  public synchronized int add(String index, List<ObjectNode> docs) {
    checkIndex(index);
    List<JsonNode> current = load(index);
    if (current == null) {
      current = new ArrayList<>();
      loaded.put(index, current);
    }
    StringBuilder lines = new StringBuilder();
    int next = current.size();
    for (ObjectNode d : docs) {
      next++;
      if (!d.hasNonNull("_id")) {
        ObjectNode withId = Json.MAPPER.createObjectNode();
        withId.put("_id", String.valueOf(next));
        withId.setAll(d);
        d = withId;
      }
      lines.append(Json.compact(d)).append('\n');
      current.add(d);
    }
    try {
      Files.createDirectories(dir);
      try (FileChannel ch =
          FileChannel.open(
              file(index),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        ByteBuffer buf = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(false);
      }
    } catch (IOException e) {
      loaded.remove(index);
      throw new BadInputException(
          "cannot store documents of index " + index + ": " + e.getMessage());
    }
    return current.size();
  }

  /** The names of the stored indexes. */
  public synchronized List<String> indexes() {
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.ndjson")) {
      for (Path p : s) {
        String n = p.getFileName().toString().replace(".ndjson", "");
        if (UdfRef.isValidName(n)) {
          out.add(n);
        }
      }
    } catch (IOException e) {
      return out;
    }
    Collections.sort(out);
    return out;
  }

  private Path file(String index) {
    return dir.resolve(index + ".ndjson");
  }

  private List<JsonNode> load(String index) {
    List<JsonNode> docs = loaded.get(index);
    if (docs != null) {
      return docs;
    }
    Path f = file(index);
    if (!Files.isRegularFile(f)) {
      return null;
    }
    docs = new ArrayList<>();
    try {
      repairTornTail(f);
      int n = 0;
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          docs.add(Json.MAPPER.readTree(line));
        } catch (IOException e) {
          throw new BadInputException(f + " line " + n + " is not JSON; fix or remove it");
        }
      }
    } catch (IOException e) {
      throw new BadInputException("cannot read index " + index + ": " + e.getMessage());
    }
    loaded.put(index, docs);
    return docs;
  }

  /**
   * Every record ends with a newline, written and synced before it is acknowledged: bytes after the
   * last newline are a record a crash cut short, never acknowledged. They are cut off (and the cut
   * synced), so the next append starts a line of its own instead of gluing onto them.
   */
  private static void repairTornTail(Path f) throws IOException {
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = ch.size();
      long keep = size;
      ByteBuffer one = ByteBuffer.allocate(1);
      while (keep > 0) {
        one.clear();
        ch.read(one, keep - 1);
        if (one.get(0) == '\n') {
          break;
        }
        keep--;
      }
      if (keep < size) {
        ch.truncate(keep);
        ch.force(true);
      }
    }
  }

  /** Parses a request body of NDJSON or a JSON array into documents. */
  public static List<ObjectNode> parseBody(String body) {
    String t = body.strip();
    List<ObjectNode> out = new ArrayList<>();
    if (t.isEmpty()) {
      throw new BadInputException(
          "no documents in the body; send NDJSON or a JSON array of objects");
    }
    if (t.startsWith("[")) {
      JsonNode arr = Json.parse(t, "request body");
      for (JsonNode d : arr) {
        if (!d.isObject()) {
          throw new BadInputException("every document must be a JSON object");
        }
        out.add((ObjectNode) d);
      }
      return out;
    }
    int n = 0;
    List<Integer> bad = new ArrayList<>();
    int badCount = 0;
    String first = null;
    for (String line : t.split("\n")) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      String problem = null;
      try {
        JsonNode d = Json.parse(line, "line " + n);
        if (d.isObject()) {
          out.add((ObjectNode) d);
        } else {
          problem = "line " + n + " is not a JSON object";
        }
      } catch (BadInputException e) {
        problem = e.getMessage();
      }
      if (problem != null) {
        badCount++;
        first = first == null ? problem : first;
        if (bad.size() < MAX_BAD_LINES_NAMED) {
          bad.add(n);
        }
      }
    }
    if (badCount > 0) {
      // every bad line named (up to a cap), so one round of fixes is enough
      throw new BadInputException(
          (badCount == 1 ? "1 line is bad" : badCount + " lines are bad")
              + " (line"
              + (badCount == 1 ? " " : "s ")
              + bad.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
              + (badCount > bad.size() ? ", ..." : "")
              + "); nothing was stored. The first: "
              + first);
    }
    return out;
  }

  /** The most bad lines one error names. */
  static final int MAX_BAD_LINES_NAMED = 20;
}
