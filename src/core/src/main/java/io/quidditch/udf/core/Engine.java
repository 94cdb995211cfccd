package io.quidditch.udf.core;

/** How module code is executed: compiled to JVM bytecode, or interpreted. */
public enum Engine {
  COMPILED,
  INTERPRETER;

  public String text() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
