package io.quidditch.udf.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quidditch.udf.core.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStoreTest {
  @TempDir Path home;

  @Test
  void aRecordTornByACrashIsCutOffAndTheNextAppendIsKept() throws Exception {
    Path file = home.resolve("indexes/p.ndjson");
    Files.createDirectories(file.getParent());
    // two whole records, then a third cut short mid-write (never acknowledged)
    Files.writeString(
        file, "{\"_id\":\"1\"}\n{\"_id\":\"2\"}\n{\"_id\":\"3\",\"tit", StandardCharsets.UTF_8);
    DocumentStore store = new DocumentStore(home);
    assertThat(store.count("p")).isEqualTo(2);
    assertThat(Files.readString(file)).endsWith("{\"_id\":\"2\"}\n");
    assertThat(store.add("p", DocumentStore.parseBody("{\"_id\":\"4\",\"title\":\"kept\"}")))
        .isEqualTo(3);
    // a fresh process reads every acknowledged record, the new one included
    DocumentStore again = new DocumentStore(home);
    assertThat(again.documents("p"))
        .extracting(d -> d.path("_id").asText())
        .containsExactly("1", "2", "4");
  }

  @Test
  void aBadRecordInTheMiddleIsReportedNotSkipped() throws Exception {
    Path file = home.resolve("indexes/q.ndjson");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"_id\":\"1\"}\nnot json\n{\"_id\":\"3\"}\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new DocumentStore(home).count("q"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("q.ndjson line 2 is not JSON");
  }

  @Test
  void everyBadLineOfAnUploadIsNamed() {
    String body = "{\"a\":1}\nnope\n{\"a\":2}\n[1]\n{bad\n";
    assertThatThrownBy(() -> DocumentStore.parseBody(body))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(
            "3 lines are bad (lines 2, 4, 5); nothing was stored. The first: line 2");
  }
}
