package io.quidditch.udf.core.runtime;

/** Thrown by a host function to trap the guest, for example on a pointer outside memory. */
final class HostTrapException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  HostTrapException(String message) {
    super(message, null, false, false);
  }
}
