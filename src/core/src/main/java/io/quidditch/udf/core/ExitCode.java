package io.quidditch.udf.core;

/** The one table of process exit codes. */
public final class ExitCode {
  /** Everything went as asked. */
  public static final int OK = 0;

  /** The command ran and the answer is no: failing tests, a bad signature, a trap. */
  public static final int NO = 1;

  /** The command line itself was wrong. */
  public static final int USAGE = 2;

  /** Bad input: missing file, malformed module, compile error, unknown UDF. */
  public static final int BAD_INPUT = 3;

  /** A defect in quidudf itself. */
  public static final int INTERNAL = 4;

  private ExitCode() {}
}
