package io.quidditch.udf.core.runtime;

import io.quidditch.udf.core.ErrorKind;

/** How a call ended when it produced no value; thrown without a stack trace, caught inside. */
final class CallFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final transient ErrorKind kind;

  CallFailure(ErrorKind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }
}
