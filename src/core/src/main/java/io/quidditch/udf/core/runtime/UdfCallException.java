package io.quidditch.udf.core.runtime;

import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.QuidudfException;

/**
 * A UDF call that produced no value: it trapped, ran out of time, memory or stack. {@link #kind()}
 * says which; the message is the UDF's own (its last error log line, when it logged one) or the
 * runtime's. Thrown without a stack trace: a trap in one document is an answer, not a defect.
 */
public final class UdfCallException extends QuidudfException {
  private static final long serialVersionUID = 1L;

  UdfCallException(ErrorKind kind, String message) {
    super(kind, message, null);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
