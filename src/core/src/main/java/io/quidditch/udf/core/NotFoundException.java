package io.quidditch.udf.core;

/** A UDF or version that the registry does not hold. */
public class NotFoundException extends QuidudfException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(ErrorKind.NOT_FOUND, message);
  }

  public NotFoundException(String message, Throwable cause) {
    super(ErrorKind.NOT_FOUND, message, cause);
  }
}
