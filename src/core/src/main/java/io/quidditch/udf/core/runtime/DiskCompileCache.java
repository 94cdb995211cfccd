package io.quidditch.udf.core.runtime;

import com.dylibso.chicory.compiler.Cache;
import io.quidditch.udf.core.Digests;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;

/**
 * Chicory's compiled classes for a module, kept on disk so the next process skips compilation.
 *
 * <p>An entry's file name hashes the module digest with the Chicory version and the compiler
 * options, so a new Chicory or other options never read an old entry. Entries carry a checksum and
 * are written to a temporary file and renamed into place, so concurrent processes never see half an
 * entry; a corrupt one is deleted and rebuilt. Every I/O failure only means "no cache".
 */
final class DiskCompileCache implements Cache {
  /** Changes whenever what we store or how we compile changes. */
  static final String FORMAT = "chicory-1.7.5;fallback=silent;v1";

  private static final byte[] MAGIC = "QUDFCC01".getBytes(StandardCharsets.US_ASCII);
  private final Path dir;

  DiskCompileCache(Path dir) {
    this.dir = dir;
  }

  Path fileFor(String key) {
    return dir.resolve(
        Digests.sha256((FORMAT + "|" + key).getBytes(StandardCharsets.UTF_8)) + ".bin");
  }

  @Override
  public byte[] get(String key) {
    Path file = fileFor(key);
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      byte[] all = Files.readAllBytes(file);
      if (all.length < MAGIC.length + 8) {
        return discard(file);
      }
      ByteBuffer in = ByteBuffer.wrap(all);
      byte[] magic = new byte[MAGIC.length];
      in.get(magic);
      long crc = in.getLong();
      byte[] payload = new byte[in.remaining()];
      in.get(payload);
      if (!java.util.Arrays.equals(magic, MAGIC) || crc(payload) != crc) {
        return discard(file);
      }
      return payload;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  @Override
  public void putIfAbsent(String key, byte[] payload) {
    Path file = fileFor(key);
    Path tmp = null;
    try {
      if (Files.isRegularFile(file)) {
        return;
      }
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, ".entry-", ".tmp");
      ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 8 + payload.length);
      out.put(MAGIC).putLong(crc(payload)).put(payload);
      Files.write(tmp, out.array());
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      tmp = null;
    } catch (IOException | RuntimeException e) {
      // a cache that cannot be written is only slower
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // leftover temporary file; harmless
        }
      }
    }
  }

  /** Deletes the entry for a key (after its classes failed to load). */
  void invalidate(String key) {
    discard(fileFor(key));
  }

  private static byte[] discard(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // cannot delete: it will be ignored again next time
    }
    return null;
  }

  private static long crc(byte[] b) {
    CRC32 c = new CRC32();
    c.update(b);
    return c.getValue();
  }
}
