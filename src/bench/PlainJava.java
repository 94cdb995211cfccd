// The string-distance filter written in plain Java, for bench/compare.sh: the same generated
// documents (DocumentGenerator, seed 42), the same byte-wise Levenshtein with the same cap.
//
//   java -cp target/quidudf.jar src/bench/PlainJava.java N TARGET MAX_DISTANCE SECONDS [NDJSON_OUT]
//
// Prints "ns_per_doc <value>" and, with NDJSON_OUT, writes the documents there for node.

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.harness.DocumentGenerator;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class PlainJava {
  static int[] prev = new int[4097];
  static int[] cur = new int[4097];

  static boolean keep(byte[] a, byte[] b, int max) {
    int n = a.length;
    int m = b.length;
    if (Math.abs(n - m) > max) {
      return false;
    }
    int[] p = prev;
    int[] c = cur;
    for (int j = 0; j <= m; j++) {
      p[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      c[0] = i;
      int best = i;
      byte ai = a[i - 1];
      for (int j = 1; j <= m; j++) {
        int cost = ai == b[j - 1] ? 0 : 1;
        int v = Math.min(Math.min(p[j] + 1, c[j - 1] + 1), p[j - 1] + cost);
        c[j] = v;
        if (v < best) {
          best = v;
        }
      }
      if (best > max) {
        return false;
      }
      int[] t = p;
      p = c;
      c = t;
    }
    return p[m] <= max;
  }

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    byte[] target = args[1].getBytes(StandardCharsets.UTF_8);
    int max = Integer.parseInt(args[2]);
    double seconds = Double.parseDouble(args[3]);
    List<ObjectNode> docs = DocumentGenerator.generate(n, 42);
    if (args.length > 4) {
      try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[4]))) {
        for (JsonNode d : docs) {
          w.write(Json.compact(d));
          w.write('\n');
        }
      }
    }
    JsonNode[] sources = docs.toArray(new JsonNode[0]);
    long kept = 0;
    // warm up, then measure: the title is read from the JSON tree and encoded per document,
    // as the host does for a UDF
    for (long end = System.nanoTime() + 2_000_000_000L; System.nanoTime() < end; ) {
      for (JsonNode d : sources) {
        kept += keep(target, d.get("title").asText().getBytes(StandardCharsets.UTF_8), max) ? 1 : 0;
      }
    }
    long calls = 0;
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    while (System.nanoTime() < end) {
      for (JsonNode d : sources) {
        kept += keep(target, d.get("title").asText().getBytes(StandardCharsets.UTF_8), max) ? 1 : 0;
      }
      calls += sources.length;
    }
    long elapsed = System.nanoTime() - start;
    System.out.printf("ns_per_doc %.1f%n", (double) elapsed / calls);
    System.out.println("kept " + kept);
  }
}
