package io.quidditch.udf.core;

/** A module that is not valid WebAssembly or breaks the entry-point rules of the ABI. */
public class InvalidModuleException extends QuidudfException {
  private static final long serialVersionUID = 1L;

  public InvalidModuleException(String message) {
    super(ErrorKind.INVALID_MODULE, message);
  }

  public InvalidModuleException(String message, Throwable cause) {
    super(ErrorKind.INVALID_MODULE, message, cause);
  }
}
