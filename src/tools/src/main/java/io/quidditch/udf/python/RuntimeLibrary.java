package io.quidditch.udf.python;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The functions compiled programs call: {@code runtime.wat} (allocation, strings, lists, checked
 * integer arithmetic, Python's errors), {@code floatrt.wat} (float operations with Python's errors)
 * and {@code pyfloat.wat} (what WebAssembly has no instruction for: exact fmod, {@code **}, the
 * math functions, {@code str(float)}, {@code float(str)}, built from {@code
 * src/tools/src/main/c/pyfloat.c}). A module gets only the functions it calls, directly or through
 * others.
 *
 * <p>The C functions use a stack ({@code $c_sp}) and a scratch area ({@code $c_scratch}) that the
 * code generator reserves between the data segments and the heap when they are linked.
 */
final class RuntimeLibrary {
  /** Bytes of scratch (big integers for text conversions) and of C stack above it. */
  static final int SCRATCH_BYTES = 4096;

  static final int STACK_BYTES = 4096;

  private static final Pattern CALL = Pattern.compile("call \\$([A-Za-z0-9_]+)");

  private static final Map<String, String> FUNCTIONS = load();

  private RuntimeLibrary() {}

  private static Map<String, String> load() {
    Map<String, String> all = new LinkedHashMap<>();
    for (String file : new String[] {"runtime.wat", "floatrt.wat", "pyfloat.wat"}) {
      String text = read("/io/quidditch/udf/python/" + file);
      String[] parts = text.split("(?m)^(?=  \\(func \\$)");
      for (String part : parts) {
        if (!part.startsWith("  (func $")) {
          continue;
        }
        int end = part.indexOf(' ', "  (func $".length());
        all.put(part.substring("  (func $".length(), end), part);
      }
    }
    return all;
  }

  private static String read(String resource) {
    try (InputStream in = RuntimeLibrary.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException(resource + " is missing from the jar", e);
    }
  }

  /** The library functions that {@code code} calls directly. */
  static Set<String> calledFrom(String code) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = CALL.matcher(code);
    while (m.find()) {
      if (FUNCTIONS.containsKey(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** The library's functions by name (without the dollar), each with its text, in order. */
  static Map<String, String> functions() {
    return Collections.unmodifiableMap(FUNCTIONS);
  }

  /** Whether {@code name} (without the dollar) is one of the library's functions. */
  static boolean has(String name) {
    return FUNCTIONS.containsKey(name);
  }

  /**
   * The text of the named functions and of every library function they call, in the library's
   * order, so the output does not depend on the order of use.
   */
  static String linked(Collection<String> used) {
    Set<String> needed = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(used);
    while (!todo.isEmpty()) {
      String name = todo.pop();
      String body = FUNCTIONS.get(name);
      if (body == null || !needed.add(name)) {
        continue;
      }
      Matcher m = CALL.matcher(body);
      while (m.find()) {
        todo.push(m.group(1));
      }
    }
    StringBuilder out = new StringBuilder();
    FUNCTIONS.forEach(
        (name, body) -> {
          if (needed.contains(name)) {
            out.append(body);
          }
        });
    return out.toString();
  }
}
