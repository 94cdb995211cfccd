package io.quidditch.udf.core.runtime;

import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.QuidudfException;
import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes that the instances concurrency adds may hold together, across one runtime's UDFs. Each
 * instance made after a UDF's first (which is part of loading it) is charged, when it is made, the
 * most its memory may grow to and its tables; the charge is returned when it is discarded, dropped
 * from a pool, or collected (whoever held it last, a thread that ended say). A new instance past
 * the budget is refused with {@link ErrorKind#BUSY}: the caller answers "retry" (HTTP 503) instead
 * of running out of memory.
 */
final class InstanceBudget {
  /**
   * Made on first use, by a budgeted runtime only: creating a Cleaner starts a thread, which an
   * engine's security manager (OpenSearch's) forbids its plugins to do.
   */
  private static final class Cleaners {
    static final Cleaner CLEANER = Cleaner.create();
  }

  /** Bytes charged per table entry: a reference and its slot. */
  static final long TABLE_ENTRY_BYTES = 16;

  /** What one instance costs besides its memory and tables: objects, stacks, buffers. */
  static final long INSTANCE_OVERHEAD_BYTES = 64 * 1024;

  private final long budget;
  private final AtomicLong used = new AtomicLong();
  // the UDFs whose idle pooled instances may be dropped to make room (held weakly)
  private final java.util.Set<LoadedUdf> pools =
      java.util.Collections.synchronizedSet(
          java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

  InstanceBudget(long budgetBytes) {
    this.budget = budgetBytes;
  }

  /** The budget in bytes; 0 means none. */
  long budget() {
    return budget;
  }

  /** Bytes charged to live instances now. */
  long used() {
    return used.get();
  }

  /** Lets the budget drop this UDF's idle instances when it runs short. */
  void watch(LoadedUdf udf) {
    if (budget > 0) {
      pools.add(udf);
    }
  }

  /**
   * Charges {@code cost} bytes for an instance about to be made; when the budget is short, idle
   * pooled instances of every UDF are dropped first.
   *
   * @throws QuidudfException of kind busy when the budget would still be exceeded
   */
  Charge charge(long cost) {
    if (budget <= 0) {
      return Charge.NONE; // nothing is bounded, so nothing is counted
    }
    if (used.get() + cost > budget) {
      java.util.List<LoadedUdf> all;
      synchronized (pools) {
        all = new java.util.ArrayList<>(pools);
      }
      all.forEach(LoadedUdf::dropIdle);
    }
    long now;
    do {
      now = used.get();
      if (now + cost > budget) {
        throw new QuidudfException(
            ErrorKind.BUSY,
            "UDF instances already hold "
                + now / (1024 * 1024)
                + " MiB of the "
                + budget / (1024 * 1024)
                + " MiB budget; retry when calls finish");
      }
    } while (!used.compareAndSet(now, now + cost));
    return new Charge(used, cost);
  }

  /** One instance's charge; returned once, explicitly or when the instance is collected. */
  static final class Charge implements Runnable {
    /** The charge of an instance of a runtime without a budget: nothing to return. */
    static final Charge NONE = new Charge(null, 0);

    private final AtomicLong used;
    private final long cost;
    private final AtomicBoolean returned = new AtomicBoolean();
    private Cleaner.Cleanable cleanable;

    private Charge(AtomicLong used, long cost) {
      this.used = used;
      this.cost = cost;
    }

    /** Returns the charge when {@code owner} becomes unreachable, if not returned before. */
    void returnWhenCollected(Object owner) {
      if (this != NONE) {
        cleanable = Cleaners.CLEANER.register(owner, this);
      }
    }

    /** Returns the charge now (the instance was discarded or dropped). */
    void giveBack() {
      if (this == NONE) {
        return;
      }
      if (cleanable != null) {
        cleanable.clean();
      } else {
        run();
      }
    }

    @Override
    public void run() {
      if (returned.compareAndSet(false, true)) {
        used.addAndGet(-cost);
      }
    }
  }
}
