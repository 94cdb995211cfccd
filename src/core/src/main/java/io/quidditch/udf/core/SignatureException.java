package io.quidditch.udf.core;

/** A module refused by the signature policy: unsigned, tampered or signed by an untrusted key. */
public class SignatureException extends QuidudfException {
  private static final long serialVersionUID = 1L;

  public SignatureException(String message) {
    super(ErrorKind.SIGNATURE, message);
  }
}
