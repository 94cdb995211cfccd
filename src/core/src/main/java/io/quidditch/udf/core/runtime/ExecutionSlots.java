package io.quidditch.udf.core.runtime;

import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.QuidudfException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** A bound on executions at once in one runtime; a waiter gives up after the queue timeout. */
final class ExecutionSlots {
  private final Semaphore permits;
  private final int max;
  private final Duration wait;

  ExecutionSlots(int max, Duration wait) {
    this.max = max;
    this.wait = wait;
    this.permits = max > 0 ? new Semaphore(max) : null;
  }

  void enter() {
    if (permits == null) {
      return;
    }
    boolean got;
    try {
      got = permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      got = false;
    }
    if (!got) {
      throw new QuidudfException(
          ErrorKind.BUSY,
          "all "
              + max
              + " execution slots stayed busy for "
              + wait.toMillis()
              + " ms; retry shortly");
    }
  }

  void leave() {
    if (permits != null) {
      permits.release();
    }
  }
}
