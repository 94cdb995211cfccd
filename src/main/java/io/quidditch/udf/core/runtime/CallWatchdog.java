package io.quidditch.udf.core.runtime;

import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Interrupts calls that run past their deadline.
 *
 * <p>Each calling thread owns one {@link Guard}, registered once. Arming it reads no clock: it
 * bumps a sequence number and publishes the state, so a call pays a few nanoseconds for its
 * protection. A single daemon thread ticks every millisecond; the first tick that sees a new arming
 * notes the time, and a later tick that sees the same arming still active past its timeout
 * interrupts the thread. A call is therefore stopped between its timeout and its timeout plus a
 * tick or two. Compiled and interpreted Chicory code both check the interrupt flag.
 */
final class CallWatchdog {
  private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
  private static final ConcurrentLinkedQueue<Guard> GUARDS = new ConcurrentLinkedQueue<>();
  private static final ThreadLocal<Guard> CURRENT =
      ThreadLocal.withInitial(
          () -> {
            Guard g = new Guard(Thread.currentThread());
            GUARDS.add(g);
            Ticker.ensureStarted();
            return g;
          });

  private CallWatchdog() {}

  /** The calling thread's guard. */
  static Guard guard() {
    return CURRENT.get();
  }

  /** One thread's protection; states: idle, armed, fired. */
  static final class Guard {
    private static final int IDLE = 0;
    private static final int ARMED = 1;
    private static final int FIRED = 2;

    private final Thread thread;
    private final AtomicInteger state = new AtomicInteger(IDLE);
    private long sequence;
    private long timeoutNanos;
    // written by the ticker only
    private long seenSequence = -1;
    private long seenAt;

    Guard(Thread thread) {
      this.thread = thread;
    }

    void arm(long timeout) {
      timeoutNanos = timeout;
      sequence++;
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

    private void tick(long now) {
      if (state.get() != ARMED) {
        return;
      }
      long seq = sequence;
      if (seq != seenSequence) {
        seenSequence = seq;
        seenAt = now;
        return;
      }
      if (now - seenAt >= timeoutNanos) {
        synchronized (this) {
          if (sequence == seq && state.compareAndSet(ARMED, FIRED)) {
            thread.interrupt();
          }
        }
      }
    }
  }

  private static final class Ticker {
    private static boolean started;

    static synchronized void ensureStarted() {
      if (started) {
        return;
      }
      Thread t = new Thread(Ticker::loop, "quidudf-watchdog");
      t.setDaemon(true);
      t.setPriority(Thread.MAX_PRIORITY);
      t.start();
      started = true;
    }

    private static void loop() {
      while (true) {
        LockSupport.parkNanos(TICK_NANOS);
        long now = System.nanoTime();
        for (Iterator<Guard> it = GUARDS.iterator(); it.hasNext(); ) {
          Guard g = it.next();
          if (!g.thread.isAlive()) {
            it.remove();
          } else {
            g.tick(now);
          }
        }
      }
    }
  }
}
