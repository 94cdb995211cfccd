package io.quidditch.udf.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.quidditch.udf.core.AuditEntry;
import io.quidditch.udf.core.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
  @TempDir Path home;

  private static AuditEntry entry(int i) {
    return new AuditEntry(
        Instant.now(),
        "u" + (i % 3),
        "1.0.0",
        "test",
        i % 2 == 0,
        i % 2 == 0 ? null : "trap",
        1.5,
        Json.parse("{\"k\":\"" + "x".repeat(i % 50) + "\"}", "p"),
        "entry " + i);
  }

  @Test
  void concurrentWritersNeverInterleaveLines() throws Exception {
    AuditLog log = new AuditLog(home);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int base = t * 1000;
      threads.add(
          new Thread(
              () -> {
                for (int i = 0; i < 100; i++) {
                  new AuditLog(home).append(entry(base + i));
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    List<String> lines = Files.readAllLines(log.file());
    assertThat(lines).hasSize(800);
    for (String line : lines) {
      assertThat(Json.parse(line, "audit line").path("operation").asText()).isEqualTo("test");
    }
    assertThat(log.read("u1", 10_000))
        .hasSize((int) lines.stream().filter(l -> l.contains("\"udf\":\"u1\"")).count());
  }

  @Test
  void theLogRotatesBySizeAndReadsAcrossFiles() throws Exception {
    AuditLog log = new AuditLog(home, 2_000, 3, 100);
    for (int i = 0; i < 100; i++) {
      log.append(entry(i));
    }
    assertThat(Files.exists(home.resolve("audit/audit.jsonl.1"))).isTrue();
    assertThat(Files.exists(home.resolve("audit/audit.jsonl.4")))
        .as("only 3 rotated files kept")
        .isFalse();
    assertThat(Files.size(log.file())).isLessThanOrEqualTo(2_000);
    List<AuditEntry> last = log.read(null, 5);
    assertThat(last).hasSize(5);
    assertThat(last.get(4).detail()).isEqualTo("entry 99");
    assertThat(log.recent("u0", 2))
        .extracting(AuditEntry::detail)
        .containsExactly("entry 96", "entry 99");
  }
}
