package io.quidditch.udf.core;

/**
 * Root of every error quidudf reports; the message is one line saying what went wrong and what to
 * do.
 */
public class QuidudfException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorKind kind;

  public QuidudfException(ErrorKind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public QuidudfException(ErrorKind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public ErrorKind kind() {
    return kind;
  }
}
