package io.quidditch.udf.core.signing;

import io.quidditch.udf.core.BadInputException;

/** The signature algorithms quidudf signs with. */
public enum KeyAlgorithm {
  ED25519("ed25519", "Ed25519", "Ed25519"),
  ECDSA_P256("ecdsa-p256", "EC", "SHA256withECDSA");

  private final String id;
  private final String keyAlgorithm;
  private final String signatureAlgorithm;

  KeyAlgorithm(String id, String keyAlgorithm, String signatureAlgorithm) {
    this.id = id;
    this.keyAlgorithm = keyAlgorithm;
    this.signatureAlgorithm = signatureAlgorithm;
  }

  /** The name used on the command line and in signature records. */
  public String id() {
    return id;
  }

  /** The JCA key algorithm name. */
  public String keyAlgorithm() {
    return keyAlgorithm;
  }

  /** The JCA signature algorithm name. */
  public String signatureAlgorithm() {
    return signatureAlgorithm;
  }

  public static KeyAlgorithm parse(String text) {
    for (KeyAlgorithm a : values()) {
      if (a.id.equalsIgnoreCase(text)) {
        return a;
      }
    }
    throw new BadInputException("unknown key algorithm '" + text + "'; use ed25519 or ecdsa-p256");
  }

  /** The algorithm of a key, from its JCA algorithm name. */
  public static KeyAlgorithm of(java.security.Key key) {
    String a = key.getAlgorithm();
    if (a.equalsIgnoreCase("Ed25519") || a.equalsIgnoreCase("EdDSA")) {
      return ED25519;
    }
    if (a.equalsIgnoreCase("EC") || a.equalsIgnoreCase("ECDSA")) {
      return ECDSA_P256;
    }
    throw new BadInputException("unsupported key type " + a + "; use an ed25519 or ecdsa-p256 key");
  }
}
