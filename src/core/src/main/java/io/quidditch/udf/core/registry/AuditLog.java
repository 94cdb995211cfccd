package io.quidditch.udf.core.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.AuditEntry;
import io.quidditch.udf.core.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The durable audit log: JSON lines appended to {@code HOME/audit/audit.jsonl} under a file lock,
 * so concurrent writers (threads or processes) never interleave lines; rotated by size into {@code
 * audit.jsonl.1} … {@code .N}. Recent entries are also kept in memory for quick queries. Writing
 * the log never fails the audited operation: an I/O error is counted and reported.
 */
public final class AuditLog {
  private final Path dir;
  private final long maxBytes;
  private final int keep;
  private final Deque<AuditEntry> recent = new ArrayDeque<>();
  private final int recentCapacity;
  private final java.util.concurrent.atomic.AtomicInteger writeFailures =
      new java.util.concurrent.atomic.AtomicInteger();

  public AuditLog(Path home) {
    this(home, 10L * 1024 * 1024, 5, 1000);
  }

  public AuditLog(Path home, long maxBytes, int keep, int recentCapacity) {
    this.dir = home.toAbsolutePath().resolve("audit");
    this.maxBytes = maxBytes;
    this.keep = keep;
    this.recentCapacity = recentCapacity;
  }

  public Path file() {
    return dir.resolve("audit.jsonl");
  }

  /** How many entries could not be written to disk. */
  public int writeFailures() {
    return writeFailures.get();
  }

  /** Records one entry, in memory and on disk. */
  public void append(AuditEntry e) {
    synchronized (recent) {
      recent.addLast(e);
      while (recent.size() > recentCapacity) {
        recent.removeFirst();
      }
    }
    byte[] line = (Json.compact(toJson(e)) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      DirectoryLock.withLock(
          dir,
          () -> {
            rotateIfNeeded(line.length);
            try (FileChannel ch =
                FileChannel.open(
                    file(),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
              ByteBuffer buf = ByteBuffer.wrap(line);
              while (buf.hasRemaining()) {
                ch.write(buf);
              }
              ch.force(false);
            }
            return null;
          });
    } catch (IOException ex) {
      writeFailures.incrementAndGet();
    }
  }

  private void rotateIfNeeded(int adding) throws IOException {
    Path f = file();
    if (!Files.exists(f) || Files.size(f) + adding <= maxBytes) {
      return;
    }
    Files.deleteIfExists(dir.resolve("audit.jsonl." + keep));
    for (int i = keep - 1; i >= 1; i--) {
      Path from = dir.resolve("audit.jsonl." + i);
      if (Files.exists(from)) {
        Files.move(from, dir.resolve("audit.jsonl." + (i + 1)), StandardCopyOption.ATOMIC_MOVE);
      }
    }
    Files.move(f, dir.resolve("audit.jsonl.1"), StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * The most recent entries, newest last, read from disk (the current file, then older ones as
   * needed), so other processes' entries are included.
   */
  public List<AuditEntry> read(String udf, int limit) {
    List<AuditEntry> out = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    files.add(file());
    for (int i = 1; i <= keep; i++) {
      files.add(dir.resolve("audit.jsonl." + i));
    }
    for (Path f : files) {
      if (out.size() >= limit || !Files.exists(f)) {
        continue;
      }
      List<String> lines;
      try {
        lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      } catch (IOException e) {
        continue;
      }
      List<AuditEntry> chunk = new ArrayList<>();
      for (String line : lines) {
        AuditEntry e = parse(line);
        if (e != null && (udf == null || udf.equals(e.udf()))) {
          chunk.add(e);
        }
      }
      int take = Math.min(limit - out.size(), chunk.size());
      out.addAll(0, chunk.subList(chunk.size() - take, chunk.size()));
    }
    return out;
  }

  /** The most recent entries this process recorded, newest last. */
  public List<AuditEntry> recent(String udf, int limit) {
    List<AuditEntry> all;
    synchronized (recent) {
      all = new ArrayList<>(recent);
    }
    List<AuditEntry> out = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0 && out.size() < limit; i--) {
      if (udf == null || udf.equals(all.get(i).udf())) {
        out.add(0, all.get(i));
      }
    }
    return out;
  }

  /** An entry as JSON. */
  public static ObjectNode toJson(AuditEntry e) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("time", e.time().toString());
    n.put("udf", e.udf());
    n.put("version", e.version());
    n.put("operation", e.operation());
    n.put("success", e.success());
    n.put("error", e.error());
    n.put("duration_ms", e.durationMs());
    n.set("parameters", e.parameters());
    n.put("detail", e.detail());
    return n;
  }

  private static AuditEntry parse(String line) {
    try {
      JsonNode n = Json.MAPPER.readTree(line);
      return new AuditEntry(
          Instant.parse(n.path("time").asText()),
          n.path("udf").isNull() ? null : n.path("udf").asText(null),
          n.path("version").isNull() ? null : n.path("version").asText(null),
          n.path("operation").asText(),
          n.path("success").asBoolean(),
          n.path("error").isNull() ? null : n.path("error").asText(null),
          n.path("duration_ms").asDouble(),
          n.get("parameters") == null || n.get("parameters").isNull() ? null : n.get("parameters"),
          n.path("detail").isNull() ? null : n.path("detail").asText(null));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
