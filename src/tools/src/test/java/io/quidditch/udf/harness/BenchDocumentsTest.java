package io.quidditch.udf.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchDocumentsTest {
  @TempDir Path dir;

  @Test
  void anNdjsonFileIsReadBackABlockAtATimeInOrder() throws Exception {
    // more than two blocks, with CRLF endings, blank lines and non-ASCII text in between
    int n = BenchDocuments.BLOCK * 2 + 17;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append("{\"i\": ").append(i).append(", \"t\": \"Café ✓ ").append(i).append("\"}");
      text.append(i % 3 == 0 ? "\r\n" : "\n");
      if (i % 1000 == 0) {
        text.append("\n  \n");
      }
    }
    Path f = dir.resolve("docs.ndjson");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    List<Double> progress = new ArrayList<>();
    BenchDocuments docs = BenchDocuments.ndjson(f, progress::add);
    assertThat(docs.size()).isEqualTo(n);
    assertThat(progress).isNotEmpty().allMatch(p -> p >= 0 && p <= 1);
    for (long from = 0; from < n; from += BenchDocuments.BLOCK) {
      int count = (int) Math.min(BenchDocuments.BLOCK, n - from);
      List<JsonNode> block = docs.block(from, count);
      assertThat(block).hasSize(count);
      assertThat(block.get(0).path("i").asLong()).isEqualTo(from);
      assertThat(block.get(count - 1).path("t").asText()).isEqualTo("Café ✓ " + (from + count - 1));
    }
  }

  @Test
  void aBadLineIsNamedBeforeAnythingRuns() throws Exception {
    Path f = dir.resolve("bad.ndjson");
    Files.writeString(f, "{\"a\": 1}\n[1, 2]\n");
    assertThatThrownBy(() -> BenchDocuments.ndjson(f, null))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("line 2: each line must be a JSON object");
    Path empty = dir.resolve("empty.ndjson");
    Files.writeString(empty, "\n\n");
    assertThatThrownBy(() -> BenchDocuments.ndjson(empty, null))
        .hasMessageContaining("holds no documents");
  }

  @Test
  void generatedDocumentsAreTheSameWhicheverBlockMakesThem() {
    BenchDocuments docs = BenchDocuments.generated(1_000_000, 42);
    JsonNode late = docs.block(999_990, 10).get(5);
    assertThat(late.path("_id").asText()).isEqualTo("doc-999995");
    assertThat(late).isEqualTo(DocumentGenerator.document(999_995, 42));
    assertThat(DocumentGenerator.generate(3, 42).get(2)).isEqualTo(docs.block(0, 3).get(2));
  }
}
