package io.quidditch.udf.core;

/** A module import that the host ABI does not offer or whose permission is not granted. */
public class LinkException extends QuidudfException {
  private static final long serialVersionUID = 1L;

  public LinkException(String message) {
    super(ErrorKind.LINK, message);
  }

  public LinkException(String message, Throwable cause) {
    super(ErrorKind.LINK, message, cause);
  }
}
