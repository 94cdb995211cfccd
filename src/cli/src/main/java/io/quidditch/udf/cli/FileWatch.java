package io.quidditch.udf.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The files below some paths, looked at every 300 ms until one changes ({@code test --watch}).
 * Polling works on every file system; build output ({@code target/}, {@code node_modules/}), dot
 * directories and the file the run writes itself are left out.
 */
final class FileWatch {
  private static final long POLL_MILLIS = 300;
  private static final int MOST_FILES = 20_000;

  private final List<Path> roots;
  private final Path written;

  /**
   * @param paths directories to watch below, or files (their directory is watched)
   * @param written a file the watched run writes, or null
   */
  FileWatch(List<Path> paths, Path written) {
    this.roots =
        paths.stream()
            .map(p -> p.toAbsolutePath().normalize())
            .map(p -> Files.isDirectory(p) ? p : p.getParent())
            .toList();
    this.written = written == null ? null : written.toAbsolutePath().normalize();
  }

  /** Every watched file with its size and modification time. */
  Map<Path, String> snapshot() throws IOException {
    Map<Path, String> files = new java.util.TreeMap<>();
    for (Path root : roots) {
      try (var walk = Files.walk(root)) {
        walk.filter(f -> !isSkipped(root, f))
            .filter(Files::isRegularFile)
            .filter(f -> !f.equals(written))
            .limit(MOST_FILES)
            .forEach(f -> files.put(f, stamp(f)));
      } catch (java.io.UncheckedIOException e) {
        // a file removed while walking: the next look sees the change
      }
    }
    return files;
  }

  /**
   * The first file that changed (or appeared, or went) since {@code before}; null if interrupted.
   */
  Path awaitChange(Map<Path, String> before) throws IOException {
    while (true) {
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      Map<Path, String> now = snapshot();
      for (Map.Entry<Path, String> e : now.entrySet()) {
        if (!e.getValue().equals(before.get(e.getKey()))) {
          return e.getKey();
        }
      }
      for (Path was : before.keySet()) {
        if (!now.containsKey(was)) {
          return was;
        }
      }
    }
  }

  private static String stamp(Path f) {
    try {
      return Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis();
    } catch (IOException e) {
      return "gone";
    }
  }

  private static boolean isSkipped(Path root, Path f) {
    for (Path part : root.relativize(f)) {
      String name = part.toString();
      if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
