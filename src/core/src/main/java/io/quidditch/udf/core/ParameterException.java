package io.quidditch.udf.core;

/** A UDF parameter that is missing, undeclared or of the wrong type. */
public class ParameterException extends QuidudfException {
  private static final long serialVersionUID = 1L;

  public ParameterException(String message) {
    super(ErrorKind.PARAMETER, message);
  }

  public ParameterException(String message, Throwable cause) {
    super(ErrorKind.PARAMETER, message, cause);
  }
}
