package io.quidditch.udf.core;

/** An attempt to overwrite something immutable, such as a registered version. */
public class ConflictException extends QuidudfException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(ErrorKind.CONFLICT, message);
  }

  public ConflictException(String message, Throwable cause) {
    super(ErrorKind.CONFLICT, message, cause);
  }
}
