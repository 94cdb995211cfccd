package io.quidditch.udf.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generated search documents for the Spark tests: the fields the examples read (scores, a title
 * with accented and non-Latin words, a location, a flag), some of them absent, with an {@code _id}.
 * The same seed gives the same file.
 */
final class Corpus {
  static final String[] WORDS = {
    "hello", "help", "world", "word", "café", "naïve", "spark", "sparks", "quidditch", "quidich",
    "Ελλάδα", "日本", "data", "date", "search", "serach", "engine", "engines", "😀 emoji", "ab"
  };

  private Corpus() {}

  /** Writes {@code n} documents as NDJSON. */
  static Path write(Path file, int n, long seed) throws IOException {
    Random r = new Random(seed);
    Files.createDirectories(file.getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        ObjectNode d = Json.MAPPER.createObjectNode();
        d.put("_id", "doc-" + i);
        if (r.nextInt(10) != 0) {
          d.put("_score", 0.5 + r.nextInt(100) / 50.0);
        }
        if (r.nextInt(10) != 0) {
          d.put("base_score", Math.round(r.nextDouble() * 1000) / 1000.0);
        }
        if (r.nextInt(5) != 0) {
          d.put("boost", 0.5 + r.nextInt(6) * 0.25);
        }
        if (r.nextInt(20) != 0) {
          String title = WORDS[r.nextInt(WORDS.length)];
          if (r.nextBoolean()) {
            title = title + " " + WORDS[r.nextInt(WORDS.length)];
          }
          d.put("title", title);
        }
        if (r.nextInt(8) != 0) {
          ObjectNode loc = d.putObject("location");
          loc.put("lat", 40 + r.nextDouble() * 10);
          loc.put("lon", -5 + r.nextDouble() * 10);
        }
        d.put("debug", r.nextInt(50) == 0);
        w.write(Json.MAPPER.writeValueAsString(d));
        w.write('\n');
      }
    }
    return file;
  }
}
