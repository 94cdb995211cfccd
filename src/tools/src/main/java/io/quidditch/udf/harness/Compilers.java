package io.quidditch.udf.harness;

import io.quidditch.udf.core.SourceCompiler;
import io.quidditch.udf.core.runtime.wat.WatCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The source front ends, chosen by file extension. */
public final class Compilers {
  private final List<SourceCompiler> compilers;

  public Compilers(List<SourceCompiler> compilers) {
    this.compilers = List.copyOf(compilers);
  }

  /** Every front end quidudf ships. */
  public static Compilers standard() {
    List<SourceCompiler> all = new ArrayList<>();
    all.add(new WatCompiler());
    return new Compilers(all);
  }

  /** These front ends and one more. */
  public Compilers with(SourceCompiler extra) {
    List<SourceCompiler> all = new ArrayList<>(compilers);
    all.add(extra);
    return new Compilers(all);
  }

  /** The WebAssembly text front end, which other front ends compile through. */
  public SourceCompiler wat() {
    return compilers.get(0);
  }

  /** The front end for a file name, or null when its extension is not a known source language. */
  public SourceCompiler forFile(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (SourceCompiler c : compilers) {
      if (c.extensions().contains(ext)) {
        return c;
      }
    }
    return null;
  }

  /** The extensions of every front end, for error messages. */
  public List<String> extensions() {
    List<String> out = new ArrayList<>();
    compilers.forEach(c -> c.extensions().stream().sorted().forEach(e -> out.add("." + e)));
    return out;
  }
}
