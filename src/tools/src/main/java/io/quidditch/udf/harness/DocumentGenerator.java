package io.quidditch.udf.harness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic synthetic documents for benchmarks: product-like records with text, numbers,
 * booleans, nested objects, arrays and a location, some fields now and then missing.
 */
public final class DocumentGenerator {
  private static final String[] WORDS = {
    "iphone", "ipad", "phone", "case", "charger", "wireless", "pro", "max", "mini", "cable",
    "laptop", "stand", "screen", "glass", "audio", "speaker", "watch", "band", "camera", "lens"
  };
  private static final String[] CATEGORIES = {"electronics", "accessories", "audio", "computers"};

  private DocumentGenerator() {}

  /** {@code count} documents from a fixed seed, so runs compare. */
  public static List<ObjectNode> generate(int count, long seed) {
    List<ObjectNode> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(document(i, seed));
    }
    return out;
  }

  /**
   * Document number {@code i} of the sequence from {@code seed}: each is made from its own number,
   * so any stretch of a long sequence can be made without the documents before it.
   */
  public static ObjectNode document(long i, long seed) {
    Random rnd = new Random(seed * 0x9E3779B97F4A7C15L + i);
    ObjectNode d = Json.MAPPER.createObjectNode();
    d.put("_id", "doc-" + i);
    d.put("_score", round(rnd.nextDouble() * 10));
    StringBuilder title = new StringBuilder();
    int words = 1 + rnd.nextInt(3);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        title.append(' ');
      }
      title.append(WORDS[rnd.nextInt(WORDS.length)]);
    }
    d.put("title", title.toString());
    d.put("category", CATEGORIES[rnd.nextInt(CATEGORIES.length)]);
    d.put("base_score", round(rnd.nextDouble()));
    if (rnd.nextInt(4) != 0) {
      d.put("boost", round(0.5 + rnd.nextDouble() * 2));
    }
    d.put("price", round(rnd.nextDouble() * 2000));
    d.put("count", rnd.nextInt(1000));
    d.put("in_stock", rnd.nextBoolean());
    d.putObject("location")
        .put("lat", round(-60 + rnd.nextDouble() * 120))
        .put("lon", round(-180 + rnd.nextDouble() * 360));
    d.putArray("tags").add(WORDS[rnd.nextInt(WORDS.length)]).add(WORDS[rnd.nextInt(WORDS.length)]);
    d.putObject("metadata").putObject("vendor").put("name", "vendor-" + rnd.nextInt(50));
    return d;
  }

  private static double round(double v) {
    return Math.round(v * 1e4) / 1e4;
  }
}
