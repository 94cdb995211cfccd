package io.quidditch.udf.harness;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.UserFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * The documents a benchmark cycles through, handed out a block at a time: a million documents cost
 * the memory of one block per thread, not of a million JSON trees.
 */
public interface BenchDocuments {
  /** Documents per block. */
  int BLOCK = 4_096;

  /** How many documents there are. */
  long size();

  /** Documents {@code [from, from + count)}, in order. */
  List<JsonNode> block(long from, int count);

  /** Documents already in memory. */
  static BenchDocuments of(List<? extends JsonNode> docs) {
    List<JsonNode> copy = List.copyOf(docs);
    return new BenchDocuments() {
      @Override
      public long size() {
        return copy.size();
      }

      @Override
      public List<JsonNode> block(long from, int count) {
        return copy.subList((int) from, (int) from + count);
      }
    };
  }

  /** {@code count} documents of {@link DocumentGenerator}, each made when its block is needed. */
  static BenchDocuments generated(long count, long seed) {
    return new BenchDocuments() {
      @Override
      public long size() {
        return count;
      }

      @Override
      public List<JsonNode> block(long from, int n) {
        List<JsonNode> out = new ArrayList<>(n);
        for (long i = from; i < from + n; i++) {
          out.add(DocumentGenerator.document(i, seed));
        }
        return out;
      }
    };
  }

  /**
   * An NDJSON file, read once through to check every line and note where each block starts (its
   * progress from 0 to 1 goes to {@code progress}), then read a block at a time.
   */
  static BenchDocuments ndjson(Path file, DoubleConsumer progress) {
    Path path = UserFiles.regular(file);
    List<Long> starts = new ArrayList<>();
    long count = 0;
    try (RandomAccessFile raf = new RandomAccessFile(path.toFile(), "r")) {
      long length = Math.max(1, raf.length());
      LineReader in = new LineReader(raf, 0);
      String line;
      long lineNo = 0;
      while ((line = in.next()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode d = Json.parse(line, file + " line " + lineNo);
        if (!d.isObject()) {
          throw new BadInputException(
              file + " line " + lineNo + ": each line must be a JSON object");
        }
        if (count % BLOCK == 0) {
          starts.add(in.lineStart());
        }
        count++;
        if (progress != null && (count & 4095) == 0) {
          progress.accept((double) in.lineStart() / length);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (count == 0) {
      throw new BadInputException(file + " holds no documents; give one JSON object per line");
    }
    long total = count;
    return new BenchDocuments() {
      @Override
      public long size() {
        return total;
      }

      @Override
      public List<JsonNode> block(long from, int n) {
        // blocks are asked for at their starts, as BenchRunner does
        long offset = starts.get((int) (from / BLOCK));
        List<JsonNode> out = new ArrayList<>(n);
        try (RandomAccessFile raf = new RandomAccessFile(path.toFile(), "r")) {
          LineReader in = new LineReader(raf, offset);
          long skip = from % BLOCK;
          String line;
          while (out.size() < n && (line = in.next()) != null) {
            if (line.isBlank()) {
              continue;
            }
            if (skip > 0) {
              skip--;
              continue;
            }
            out.add(Json.parse(line, file.toString()));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (out.size() < n) {
          throw new BadInputException(file + " changed while the benchmark was reading it");
        }
        return out;
      }
    };
  }

  /** UTF-8 lines of a file from an offset, with the byte offset where the last one began. */
  final class LineReader {
    private final java.io.InputStream in;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(512);
    private long position;
    private long lineStart;

    LineReader(RandomAccessFile raf, long offset) throws IOException {
      raf.seek(offset);
      this.in = new java.io.BufferedInputStream(Channels.newInputStream(raf.getChannel()), 1 << 16);
      this.position = offset;
    }

    /** The next line without its \n (or \r\n), or null at the end. */
    String next() throws IOException {
      line.reset();
      lineStart = position;
      int b;
      while ((b = in.read()) != -1) {
        position++;
        if (b == '\n') {
          break;
        }
        line.write(b);
      }
      if (b == -1 && line.size() == 0) {
        return null;
      }
      String text = line.toString(StandardCharsets.UTF_8);
      return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    long lineStart() {
      return lineStart;
    }
  }
}
