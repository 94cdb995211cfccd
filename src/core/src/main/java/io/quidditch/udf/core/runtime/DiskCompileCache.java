package io.quidditch.udf.core.runtime;

import com.dylibso.chicory.compiler.Cache;
import io.quidditch.udf.core.Digests;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Chicory's compiled classes for a module, kept on disk so the next process skips compilation.
 *
 * <p>The classes in an entry run as Java, so an entry is trusted only when it carries an
 * HMAC-SHA256, made with a secret key that only this user can read, over the entry's key (the
 * module's digest and the compiler options) and its bytes: a file planted in the cache directory,
 * or an entry of another module renamed, is ignored, deleted and rebuilt. The key (32 random bytes,
 * mode 0600) is made on first use beside the cache directory; when it cannot be made or read, or
 * others can read or write it, there is no cache.
 *
 * <p>An entry's file name hashes the module digest with the Chicory version and the options, so a
 * new Chicory never reads an old entry. Entries are written to a temporary file and renamed into
 * place, so concurrent processes never see half of one. Every I/O failure only means "no cache".
 */
final class DiskCompileCache implements Cache {
  /** Changes whenever what we store or how we compile changes. */
  static final String FORMAT = "chicory-1.7.5;fallback=silent;v2";

  private static final byte[] MAGIC = "QUDFCC02".getBytes(StandardCharsets.US_ASCII);
  private static final int MAC_BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private final Path dir;
  private final Path keyFile;
  private volatile byte[] secret;
  private volatile boolean unusable;

  DiskCompileCache(Path dir) {
    this.dir = dir;
    this.keyFile = dir.resolveSibling(dir.getFileName() + ".key");
  }

  Path fileFor(String key) {
    return dir.resolve(
        Digests.sha256((FORMAT + "|" + key).getBytes(StandardCharsets.UTF_8)) + ".bin");
  }

  @Override
  public byte[] get(String key) {
    Path file = fileFor(key);
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return null;
      }
      byte[] secretKey = secret();
      if (secretKey == null) {
        return null;
      }
      byte[] all = Files.readAllBytes(file);
      if (all.length < MAGIC.length + MAC_BYTES) {
        return discard(file);
      }
      byte[] payload = Arrays.copyOfRange(all, MAGIC.length + MAC_BYTES, all.length);
      byte[] mac = Arrays.copyOfRange(all, MAGIC.length, MAGIC.length + MAC_BYTES);
      if (!Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
          || !MessageDigest.isEqual(mac, mac(secretKey, key, payload))) {
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
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
      byte[] secretKey = secret();
      if (secretKey == null) {
        return;
      }
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, ".entry-", ".tmp");
      ByteBuffer out = ByteBuffer.allocate(MAGIC.length + MAC_BYTES + payload.length);
      out.put(MAGIC).put(mac(secretKey, key, payload)).put(payload);
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

  /** The secret key, made on first use; null when there is none this process can trust. */
  private byte[] secret() {
    byte[] s = secret;
    if (s != null || unusable) {
      return s;
    }
    synchronized (this) {
      if (secret == null && !unusable) {
        try {
          secret = readOrMakeKey();
        } catch (IOException | RuntimeException e) {
          secret = null;
        }
        unusable = secret == null;
      }
      return secret;
    }
  }

  private byte[] readOrMakeKey() throws IOException {
    if (!Files.exists(keyFile, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(keyFile.getParent());
      byte[] fresh = new byte[MAC_BYTES];
      new SecureRandom().nextBytes(fresh);
      Path tmp =
          posix(keyFile.getParent())
              ? Files.createTempFile(
                  keyFile.getParent(),
                  ".key-",
                  ".tmp",
                  PosixFilePermissions.asFileAttribute(OWNER_ONLY))
              : Files.createTempFile(keyFile.getParent(), ".key-", ".tmp");
      try {
        Files.write(tmp, fresh);
        Files.move(tmp, keyFile, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException raced) {
        // another process made it first: use theirs
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    if (!Files.isRegularFile(keyFile, LinkOption.NOFOLLOW_LINKS)
        || Files.size(keyFile) != MAC_BYTES) {
      return null;
    }
    if (posix(keyFile)) {
      var attrs =
          Files.getFileAttributeView(
                  keyFile, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
              .readAttributes();
      if (!attrs.permissions().equals(OWNER_ONLY)
          || !attrs.owner().getName().equals(System.getProperty("user.name"))) {
        return null; // others could read or replace it: not a secret
      }
    }
    return Files.readAllBytes(keyFile);
  }

  private static boolean posix(Path p) {
    return p.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static byte[] mac(byte[] secretKey, String key, byte[] payload) {
    return Digests.hmacSha256(
        secretKey, (FORMAT + "|" + key + "|").getBytes(StandardCharsets.UTF_8), payload);
  }

  private static byte[] discard(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // cannot delete: it will be ignored again next time
    }
    return null;
  }
}
