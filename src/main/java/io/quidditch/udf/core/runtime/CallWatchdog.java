package io.quidditch.udf.core.runtime;

import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Interrupts calls that run past their deadline.
 *
 * <p>Each calling thread owns one {@link Guard}, registered once; arming it is two plain writes and
 * a volatile store, so the per-call cost stays small. A single daemon thread scans the guards every
 * few milliseconds. Compiled and interpreted Chicory code both check the thread's interrupt flag,
 * so an interrupted call ends with {@code ChicoryInterruptedException}.
 */
final class CallWatchdog {
  private static final long SCAN_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
  private static final ConcurrentLinkedQueue<Guard> GUARDS = new ConcurrentLinkedQueue<>();
  private static final ThreadLocal<Guard> CURRENT =
      ThreadLocal.withInitial(
          () -> {
            Guard g = new Guard(Thread.currentThread());
            GUARDS.add(g);
            Holder.ensureStarted();
            return g;
          });

  private CallWatchdog() {}

  /** The calling thread's guard. */
  static Guard guard() {
    return CURRENT.get();
  }

  /** One thread's deadline; states: idle, armed, fired. */
  static final class Guard {
    private static final int IDLE = 0;
    private static final int ARMED = 1;
    private static final int FIRED = 2;

    private final Thread thread;
    private final AtomicInteger state = new AtomicInteger(IDLE);
    private volatile long deadline;

    Guard(Thread thread) {
      this.thread = thread;
    }

    void arm(long timeoutNanos) {
      deadline = System.nanoTime() + timeoutNanos;
      state.set(ARMED);
    }

    /**
     * Ends the guarded call.
     *
     * @return true when the watchdog fired; the interrupt flag is cleared either way
     */
    boolean disarm() {
      if (state.compareAndSet(ARMED, IDLE)) {
        return false;
      }
      synchronized (this) {
        state.set(IDLE);
      }
      Thread.interrupted();
      return true;
    }

    private void check(long now) {
      if (state.get() == ARMED && now - deadline > 0) {
        synchronized (this) {
          if (state.compareAndSet(ARMED, FIRED)) {
            thread.interrupt();
          }
        }
      }
    }
  }

  private static final class Holder {
    private static volatile boolean started;

    static synchronized void ensureStarted() {
      if (started) {
        return;
      }
      Thread t = new Thread(Holder::loop, "quidudf-watchdog");
      t.setDaemon(true);
      t.start();
      started = true;
    }

    private static void loop() {
      while (true) {
        LockSupport.parkNanos(SCAN_NANOS);
        long now = System.nanoTime();
        for (Iterator<Guard> it = GUARDS.iterator(); it.hasNext(); ) {
          Guard g = it.next();
          if (!g.thread.isAlive()) {
            it.remove();
          } else {
            g.check(now);
          }
        }
      }
    }
  }
}
