package io.quidditch.udf.core.runtime;

import java.security.AccessController;
import java.security.PrivilegedAction;
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
 *
 * <p>Unless the document says it may be interrupted ({@code FieldSource.interruptible()}, true for
 * documents in memory), the thread is never interrupted while it is inside a host function: a host
 * may be reading its own storage there (a search engine's index through NIO, which an interrupt
 * would close). A deadline that passes during a host call marks the guard instead; the host
 * function sees {@link Guard#expired()} if it loops, and leaving the host call turns the mark into
 * the interrupt.
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

  /** One thread's protection; states: idle, armed, in a host call, expired in one, fired. */
  static final class Guard {
    private static final int IDLE = 0;
    private static final int ARMED = 1;
    private static final int FIRED = 2;
    private static final int IN_HOST = 3;
    private static final int EXPIRED_IN_HOST = 4;

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

    /** Whether this is the calling thread's guard. */
    boolean ownedByCurrentThread() {
      return thread == Thread.currentThread();
    }

    void arm(long timeout) {
      timeoutNanos = timeout;
      sequence++;
      state.set(ARMED);
    }

    /** Marks the start of a host function call; no interrupt lands until {@link #leaveHost}. */
    void enterHost() {
      state.compareAndSet(ARMED, IN_HOST);
    }

    /** Marks its end; a deadline that passed meanwhile interrupts the thread now. */
    void leaveHost() {
      if (state.compareAndSet(IN_HOST, ARMED)) {
        return;
      }
      if (state.compareAndSet(EXPIRED_IN_HOST, FIRED)) {
        thread.interrupt();
      }
    }

    /** True when the deadline of the current call has passed (host functions that loop ask). */
    boolean expired() {
      int s = state.get();
      return s == EXPIRED_IN_HOST || s == FIRED;
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
      int was;
      synchronized (this) {
        was = state.getAndSet(IDLE);
      }
      if (was == IN_HOST) {
        // the call ended by an exception inside a host function: not a timeout
        return false;
      }
      Thread.interrupted();
      return true;
    }

    private void tick(long now) {
      int s = state.get();
      if (s != ARMED && s != IN_HOST) {
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
          if (sequence != seq) {
            return;
          }
          if (state.compareAndSet(ARMED, FIRED)) {
            thread.interrupt();
          } else {
            state.compareAndSet(IN_HOST, EXPIRED_IN_HOST);
          }
        }
      }
    }
  }

  private static final class Ticker {
    private static boolean started;

    @SuppressWarnings("removal") // engines that embed us still run a security manager
    static synchronized void ensureStarted() {
      if (started) {
        return;
      }
      AccessController.doPrivileged(
          (PrivilegedAction<Void>)
              () -> {
                Thread t = new Thread(Ticker::loop, "quidudf-watchdog");
                t.setDaemon(true);
                t.setPriority(Thread.MAX_PRIORITY);
                t.start();
                return null;
              });
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
