package io.quidditch.udf.spark;

import io.quidditch.udf.core.ErrorKind;

/**
 * A row on which a UDF failed, failing its Spark task: the message starts with the error kind in
 * brackets ({@code [timeout]}, {@code [trap]}, ...) and names the UDF and the row. Spark reports it
 * on the driver inside its own {@code SparkException}.
 */
public final class QuidudfSparkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;

  QuidudfSparkException(ErrorKind kind, String message) {
    super("[" + kind.code() + "] " + message);
    this.kind = kind;
  }

  /** How the UDF failed. */
  public ErrorKind kind() {
    return kind;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
