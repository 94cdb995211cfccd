package io.quidditch.udf.server;

/**
 * An HTTP error with its status and stable code, for cases with no core exception (401, 413, 503).
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int status;
  final String code;

  ApiException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }
}
