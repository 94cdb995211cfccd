package io.quidditch.udf.core;

/** Input that quidudf cannot use: a missing file, bad YAML or JSON, a bad name. */
public class BadInputException extends QuidudfException {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(ErrorKind.BAD_INPUT, message);
  }

  public BadInputException(String message, Throwable cause) {
    super(ErrorKind.BAD_INPUT, message, cause);
  }
}
