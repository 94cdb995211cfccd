package io.quidditch.udf.core.registry;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutual exclusion over a directory for threads and processes alike: an in-process lock per
 * directory (file locks are held per JVM, not per thread) and an OS lock on {@code DIR/.lock}.
 */
final class DirectoryLock {
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS =
      new ConcurrentHashMap<>();

  /** Work done while holding the lock. */
  interface Action<T> {
    T run() throws IOException;
  }

  private DirectoryLock() {}

  static <T> T withLock(Path dir, Action<T> action) throws IOException {
    Path key = dir.toAbsolutePath().normalize();
    ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
    local.lock();
    try {
      Files.createDirectories(key);
      try (FileChannel ch =
              FileChannel.open(
                  key.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock held = ch.lock()) {
        return action.run();
      }
    } finally {
      local.unlock();
    }
  }
}
