package io.quidditch.udf.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link FlatMemory} against Chicory's {@link ByteArrayMemory}: the same random operations, with
 * addresses clustered at the edges (the end of memory, page boundaries, negative and overflowing
 * addresses), must give the same values, the same traps and the same bytes.
 */
class FlatMemoryTest {
  private static final int PAGE = Memory.PAGE_SIZE;

  @Test
  void behavesAsChicorysMemoryOnRandomOperations() {
    Random random = new Random(7);
    int traps = 0;
    int operations = 0;
    for (int round = 0; round < 40; round++) {
      int initial = 1 + random.nextInt(2);
      MemoryLimits limits = new MemoryLimits(initial, initial + random.nextInt(3));
      Memory flat = new FlatMemory(limits);
      Memory paged = new ByteArrayMemory(limits);
      for (int op = 0; op < 2_000; op++) {
        int kind = random.nextInt(16);
        int addr = address(random, paged.pages() * PAGE);
        long value = random.nextLong();
        int size = random.nextInt(4) == 0 ? random.nextInt(80) - 8 : random.nextInt(16);
        int other = address(random, paged.pages() * PAGE);
        String a = apply(flat, kind, addr, value, size, other);
        String b = apply(paged, kind, addr, value, size, other);
        assertThat(a)
            .as("round %d op %d kind %d at %d size %d", round, op, kind, addr, size)
            .isEqualTo(b);
        traps += a.startsWith("trap") ? 1 : 0;
        operations++;
      }
      assertThat(flat.pages()).isEqualTo(paged.pages());
      int bytes = paged.pages() * PAGE;
      assertThat(flat.readBytes(0, bytes)).isEqualTo(paged.readBytes(0, bytes));
    }
    // the edges were reached: a good share of operations trapped, and most did not
    assertThat(traps).isBetween(operations / 20, operations / 2);
  }

  @Test
  void growsUpToItsMaximumKeepingItsBytes() {
    Memory m = new FlatMemory(new MemoryLimits(1, 3));
    m.writeI32(PAGE - 4, 0x01020304);
    assertThat(m.grow(1)).isEqualTo(1);
    assertThat(m.readInt(PAGE - 4)).isEqualTo(0x01020304);
    m.writeLong(2 * PAGE - 8, -1L);
    assertThat(m.grow(2)).isEqualTo(-1);
    assertThat(m.grow(1)).isEqualTo(2);
    assertThat(m.grow(0)).isEqualTo(3);
    assertThat(m.pages()).isEqualTo(3);
    assertThat(m.readLong(2 * PAGE - 8)).isEqualTo(-1L);
    assertThat(m.grow(-1)).as("a delta read as unsigned is far too big").isEqualTo(-1);
  }

  @Test
  void isChosenOnlyWhereOneArrayCanHoldTheMemory() {
    Function<MemoryLimits, Memory> factory = UdfRuntime.memoryFactory("flat");
    assertThat(factory.apply(new MemoryLimits(1, 256))).isInstanceOf(FlatMemory.class);
    assertThat(factory.apply(new MemoryLimits(1, MemoryLimits.MAX_PAGES)))
        .isInstanceOf(ByteArrayMemory.class);
    assertThat(factory.apply(new MemoryLimits(1, 4, true))).isInstanceOf(ByteArrayMemory.class);
    assertThat(UdfRuntime.memoryFactory("paged").apply(new MemoryLimits(1, 4)))
        .isInstanceOf(ByteArrayMemory.class);
  }

  /** An address near one of the interesting places, sometimes anywhere. */
  private static int address(Random random, int size) {
    List<Integer> edges = new ArrayList<>(List.of(0, size, PAGE, Integer.MAX_VALUE, -1));
    if (size > PAGE) {
      edges.add(size - PAGE);
    }
    int pick = random.nextInt(edges.size() + 1);
    if (pick == edges.size()) {
      return random.nextInt(size + 64);
    }
    return edges.get(pick) + random.nextInt(17) - 8;
  }

  /** Runs one operation and describes its outcome. */
  private static String apply(Memory m, int kind, int addr, long value, int size, int other) {
    try {
      switch (kind) {
        case 0:
          return "byte " + m.read(addr);
        case 1:
          return "short " + m.readShort(addr) + " " + m.readU16(addr);
        case 2:
          return "int " + m.readInt(addr) + " " + m.readF32(addr);
        case 3:
          return "long " + m.readLong(addr) + " " + m.readF64(addr);
        case 4:
          return "float " + Float.floatToRawIntBits(m.readFloat(addr));
        case 5:
          return "double " + Double.doubleToRawLongBits(m.readDouble(addr));
        case 6:
          m.writeByte(addr, (byte) value);
          return "ok";
        case 7:
          m.writeShort(addr, (short) value);
          return "ok";
        case 8:
          m.writeI32(addr, (int) value);
          return "ok";
        case 9:
          m.writeLong(addr, value);
          return "ok";
        case 10:
          m.writeF32(addr, Float.intBitsToFloat((int) value));
          m.writeF64(other, Double.longBitsToDouble(value));
          return "ok";
        case 11:
          byte[] got = m.readBytes(addr, size);
          return "bytes " + java.util.Arrays.toString(got);
        case 12:
          byte[] data = new byte[Math.max(size, 0) + 4];
          new Random(value).nextBytes(data);
          m.write(addr, data, 2, size);
          return "ok";
        case 13:
          m.fill((byte) value, addr, addr + size);
          return "ok";
        case 14:
          m.copy(addr, other, size);
          return "ok";
        default:
          return "grow " + m.grow((int) (value & 1));
      }
    } catch (RuntimeException e) {
      // both memories trap with a Chicory runtime exception naming an out-of-bounds access
      assertThat(e.getClass().getName()).startsWith("com.dylibso.chicory");
      assertThat(e.getMessage()).contains("out of bounds memory access");
      return "trap";
    }
  }
}
