package io.quidditch.udf.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Files a user names (modules, manifests, documents, specs, keys, configuration), read with
 * one-line errors. Only regular files are read, and never more than a cap: a device such as {@code
 * /dev/zero}, a pipe or a directory is refused by name instead of hanging or running out of memory.
 */
public final class UserFiles {
  /** The most bytes of one file read by default. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private UserFiles() {}

  /**
   * The path, when it names a regular file.
   *
   * @throws BadInputException naming the path and what it is instead
   */
  public static Path regular(Path path) {
    if (!Files.exists(path)) {
      throw new BadInputException(path + ": no such file; check the path");
    }
    if (Files.isDirectory(path)) {
      throw new BadInputException(path + " is a directory; name a file");
    }
    if (!Files.isRegularFile(path)) {
      throw new BadInputException(
          path + " is not a regular file (a device or a pipe?); name a file");
    }
    return path;
  }

  /** Reads a regular file of at most {@link #DEFAULT_MAX_BYTES}. */
  public static byte[] read(Path path) {
    return read(path, DEFAULT_MAX_BYTES);
  }

  /**
   * Reads a regular file of at most {@code maxBytes}.
   *
   * @throws BadInputException when it is missing, not a regular file, unreadable or too large
   */
  public static byte[] read(Path path, long maxBytes) {
    regular(path);
    try (InputStream in = Files.newInputStream(path)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      int n;
      // counted as read, not as the size the file system reports (which may be 0 or a lie)
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > maxBytes) {
          throw new BadInputException(
              path + " is larger than " + maxBytes / (1024 * 1024) + " MiB; name a smaller file");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (NoSuchFileException e) {
      throw new BadInputException(path + ": no such file; check the path");
    } catch (AccessDeniedException e) {
      throw new BadInputException(path + ": permission denied; check the file's permissions");
    } catch (IOException e) {
      throw new BadInputException(path + ": cannot read (" + e.getMessage() + ")");
    }
  }

  /** {@link #read} as UTF-8 text. */
  public static String readString(Path path) {
    return new String(read(path), StandardCharsets.UTF_8);
  }
}
