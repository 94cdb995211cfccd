package io.quidditch.udf.core.signing;

import io.quidditch.udf.core.InvalidModuleException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The section structure of a WebAssembly binary, enough to find, strip and append custom sections
 * without decoding anything else.
 */
public final class ModuleSections {
  private static final byte[] HEADER = {0, 'a', 's', 'm', 1, 0, 0, 0};

  /** One custom section: its name and payload. */
  record Custom(String name, byte[] payload) {}

  private ModuleSections() {}

  /** Every custom section called {@code name}, in order. */
  public static List<byte[]> customPayloads(byte[] module, String name) {
    List<byte[]> out = new ArrayList<>();
    walk(module, name, out, null);
    return out;
  }

  /** The module with every custom section called {@code name} removed. */
  public static byte[] strip(byte[] module, String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(module.length);
    out.write(HEADER, 0, HEADER.length);
    walk(module, name, null, out);
    return out.toByteArray();
  }

  /** The module with one more custom section at its end. */
  public static byte[] append(byte[] module, String name, byte[] payload) {
    checkHeader(module);
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    writeLeb(body, nameBytes.length);
    body.write(nameBytes, 0, nameBytes.length);
    body.write(payload, 0, payload.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream(module.length + body.size() + 8);
    out.write(module, 0, module.length);
    out.write(0);
    writeLeb(out, body.size());
    byte[] b = body.toByteArray();
    out.write(b, 0, b.length);
    return out.toByteArray();
  }

  private static void checkHeader(byte[] module) {
    if (module.length < 8) {
      throw new InvalidModuleException("not a WebAssembly module (shorter than its 8-byte header)");
    }
    for (int i = 0; i < 8; i++) {
      if (module[i] != HEADER[i]) {
        throw new InvalidModuleException(
            "not a WebAssembly module (bad header); pass a .wasm file");
      }
    }
  }

  /**
   * Walks the sections; collects payloads of sections called {@code name} into {@code found} and
   * copies every other section to {@code copy}.
   */
  private static void walk(byte[] m, String name, List<byte[]> found, ByteArrayOutputStream copy) {
    checkHeader(m);
    int[] pos = {8};
    while (pos[0] < m.length) {
      int start = pos[0];
      int id = m[pos[0]++] & 0xFF;
      long size = readLeb(m, pos);
      int bodyStart = pos[0];
      if (size > m.length - bodyStart) {
        throw new InvalidModuleException(
            "module section at byte " + start + " runs past the end of the file");
      }
      int end = bodyStart + (int) size;
      boolean match = false;
      if (id == 0) {
        long nameLen = readLeb(m, pos);
        if (nameLen > end - pos[0]) {
          throw new InvalidModuleException(
              "custom section name at byte " + start + " runs past its section");
        }
        String sectionName = new String(m, pos[0], (int) nameLen, StandardCharsets.UTF_8);
        int payloadStart = pos[0] + (int) nameLen;
        match = sectionName.equals(name);
        if (match && found != null) {
          byte[] payload = new byte[end - payloadStart];
          System.arraycopy(m, payloadStart, payload, 0, payload.length);
          found.add(payload);
        }
      }
      if (!match && copy != null) {
        copy.write(m, start, end - start);
      }
      pos[0] = end;
    }
  }

  private static long readLeb(byte[] m, int[] pos) {
    long result = 0;
    int shift = 0;
    while (true) {
      if (pos[0] >= m.length || shift > 28) {
        throw new InvalidModuleException("module has a malformed section length");
      }
      int b = m[pos[0]++] & 0xFF;
      result |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
      shift += 7;
    }
  }

  private static void writeLeb(ByteArrayOutputStream out, int value) {
    int v = value;
    do {
      int b = v & 0x7F;
      v >>>= 7;
      out.write(v != 0 ? b | 0x80 : b);
    } while (v != 0);
  }
}
