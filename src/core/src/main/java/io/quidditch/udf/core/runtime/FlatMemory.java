package io.quidditch.udf.core.runtime;

import com.dylibso.chicory.runtime.ConstantEvaluators;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.UninstantiableException;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.PassiveDataSegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A module's linear memory as one byte array, for a memory that is not shared between threads.
 *
 * <p>Chicory's {@code ByteArrayMemory} keeps a page table: every access finds its page, checks that
 * the value does not straddle two pages, then indexes the page, so a load pays for two bounds
 * checks and a dependent load. Here an access is one array access, whose own bounds check is the
 * wasm bounds check: the array is exactly as long as the memory, and an address past its end (or an
 * effective address that overflowed to a negative int) fails that check and becomes the wasm trap.
 * Growing copies the bytes into a longer array; UDFs grow rarely and their memory is capped small.
 *
 * <p>At most {@link #MAX_PAGES} pages (a Java array's length is an int); the runtime uses Chicory's
 * memory for anything larger or shared.
 */
public final class FlatMemory implements Memory {
  /** The most pages one array holds: 32,767 pages of 64 KiB, just under 2 GiB. */
  static final int MAX_PAGES = Integer.MAX_VALUE / PAGE_SIZE;

  private static final VarHandle SHORTS =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INTS =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle FLOATS =
      MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle DOUBLES =
      MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

  private final MemoryLimits limits;
  private final int maxPages;
  private byte[] bytes;
  private int pages;
  private DataSegment[] segments;

  FlatMemory(MemoryLimits limits) {
    if (limits.shared()) {
      throw new IllegalArgumentException("a shared memory needs Chicory's own memory");
    }
    this.limits = limits;
    this.maxPages = Math.min(limits.maximumPages(), MAX_PAGES);
    this.pages = limits.initialPages();
    this.bytes = new byte[pages * PAGE_SIZE];
  }

  /** Whether memories with these limits can be flat. */
  static boolean fits(MemoryLimits limits) {
    return !limits.shared() && limits.maximumPages() <= MAX_PAGES;
  }

  /**
   * A flat memory for a trusted module of our own (the text compiler), whose growth past {@link
   * #MAX_PAGES} may fail early: a larger declared maximum is capped there.
   */
  public static Memory capped(MemoryLimits limits) {
    if (limits.shared()) {
      return new com.dylibso.chicory.runtime.ByteArrayMemory(limits);
    }
    return new FlatMemory(
        new MemoryLimits(
            Math.min(limits.initialPages(), MAX_PAGES),
            Math.min(limits.maximumPages(), MAX_PAGES)));
  }

  private WasmRuntimeException outOfBounds(int addr, int size) {
    return new WasmRuntimeException(
        "out of bounds memory access: attempted to access address: "
            + Integer.toUnsignedLong(addr)
            + " but limit is: "
            + bytes.length
            + " and size: "
            + size);
  }

  /** Checks {@code [addr, addr + size)} as unsigned offsets; size is never negative here. */
  private void check(int addr, int size) {
    if (addr < 0 || size < 0 || (long) addr + size > bytes.length) {
      throw outOfBounds(addr, size);
    }
  }

  @Override
  public int pages() {
    return pages;
  }

  @Override
  public int grow(int delta) {
    int before = pages;
    long after = (long) before + Integer.toUnsignedLong(delta);
    if (after > maxPages) {
      return -1;
    }
    if (delta != 0) {
      bytes = Arrays.copyOf(bytes, (int) after * PAGE_SIZE);
      pages = (int) after;
    }
    return before;
  }

  @Override
  public int initialPages() {
    return limits.initialPages();
  }

  @Override
  public int maximumPages() {
    return maxPages;
  }

  @Override
  public boolean shared() {
    return false;
  }

  /** The monitor the interface's default atomic operations take: one memory, one thread. */
  @Override
  public Object lock(int address) {
    return this;
  }

  @Override
  public int waitOn(int address, int expected, long timeout) {
    throw new ChicoryException("Attempt to wait on a non-shared memory, not supported.");
  }

  @Override
  public int waitOn(int address, long expected, long timeout) {
    throw new ChicoryException("Attempt to wait on a non-shared memory, not supported.");
  }

  @Override
  public int notify(int address, int maxThreads) {
    return 0;
  }

  @Override
  public void initialize(Instance instance, DataSegment[] dataSegments) {
    this.segments = dataSegments;
    if (dataSegments == null) {
      return;
    }
    for (DataSegment s : dataSegments) {
      if (s instanceof ActiveDataSegment) {
        ActiveDataSegment active = (ActiveDataSegment) s;
        byte[] data = active.data();
        int offset =
            (int) ConstantEvaluators.computeConstantValue(instance, active.offsetInstructions())[0];
        if (offset < 0 || (long) offset + data.length > bytes.length) {
          throw new UninstantiableException(
              "out of bounds memory access: data segment of "
                  + data.length
                  + " bytes at "
                  + Integer.toUnsignedLong(offset)
                  + " does not fit a memory of "
                  + bytes.length
                  + " bytes");
        }
        System.arraycopy(data, 0, bytes, offset, data.length);
      } else if (!(s instanceof PassiveDataSegment)) {
        throw new ChicoryException("Data segment should be active or passive: " + s);
      }
    }
  }

  @Override
  public void initPassiveSegment(int segmentId, int dest, int offset, int size) {
    write(dest, segments[segmentId].data(), offset, size);
  }

  @Override
  public void write(int addr, byte[] data, int offset, int size) {
    if (offset < 0 || size < 0 || (long) offset + size > data.length) {
      throw new WasmRuntimeException(
          "out of bounds memory access: attempted to access address: "
              + offset
              + " but limit is: "
              + data.length
              + " and size: "
              + size);
    }
    check(addr, size);
    System.arraycopy(data, offset, bytes, addr, size);
  }

  @Override
  public byte read(int addr) {
    try {
      return bytes[addr];
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 1);
    }
  }

  @Override
  public byte[] readBytes(int addr, int len) {
    check(addr, len);
    return Arrays.copyOfRange(bytes, addr, addr + len);
  }

  @Override
  public void writeI32(int addr, int data) {
    try {
      INTS.set(bytes, addr, data);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 4);
    }
  }

  @Override
  public int readInt(int addr) {
    try {
      return (int) INTS.get(bytes, addr);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 4);
    }
  }

  @Override
  public void writeLong(int addr, long data) {
    try {
      LONGS.set(bytes, addr, data);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 8);
    }
  }

  @Override
  public long readLong(int addr) {
    try {
      return (long) LONGS.get(bytes, addr);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 8);
    }
  }

  @Override
  public void writeShort(int addr, short data) {
    try {
      SHORTS.set(bytes, addr, data);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 2);
    }
  }

  @Override
  public short readShort(int addr) {
    try {
      return (short) SHORTS.get(bytes, addr);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 2);
    }
  }

  @Override
  public long readU16(int addr) {
    return readShort(addr) & 0xFFFFL;
  }

  @Override
  public void writeByte(int addr, byte data) {
    try {
      bytes[addr] = data;
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 1);
    }
  }

  @Override
  public void writeF32(int addr, float data) {
    try {
      FLOATS.set(bytes, addr, data);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 4);
    }
  }

  @Override
  public long readF32(int addr) {
    return readInt(addr);
  }

  @Override
  public float readFloat(int addr) {
    try {
      return (float) FLOATS.get(bytes, addr);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 4);
    }
  }

  @Override
  public void writeF64(int addr, double data) {
    try {
      DOUBLES.set(bytes, addr, data);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 8);
    }
  }

  @Override
  public double readDouble(int addr) {
    try {
      return (double) DOUBLES.get(bytes, addr);
    } catch (IndexOutOfBoundsException e) {
      throw outOfBounds(addr, 8);
    }
  }

  @Override
  public long readF64(int addr) {
    return readLong(addr);
  }

  @Override
  public void zero() {
    Arrays.fill(bytes, (byte) 0);
  }

  @Override
  public void fill(byte value, int fromIndex, int toIndex) {
    check(fromIndex, toIndex - fromIndex);
    Arrays.fill(bytes, fromIndex, toIndex, value);
  }

  @Override
  public void copy(int dest, int src, int size) {
    check(dest, size);
    check(src, size);
    System.arraycopy(bytes, src, bytes, dest, size);
  }

  @Override
  public void drop(int segment) {
    segments[segment] = PassiveDataSegment.EMPTY;
  }
}
