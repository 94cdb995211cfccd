package io.quidditch.udf.cli;

/** Output formats of commands that print data. */
public enum OutputFormat {
  TEXT,
  JSON
}
