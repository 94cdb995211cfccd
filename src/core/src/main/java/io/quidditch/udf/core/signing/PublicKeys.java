package io.quidditch.udf.core.signing;

import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.Digests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Public keys in PEM (SubjectPublicKeyInfo, {@code -----BEGIN PUBLIC KEY-----}), read with the
 * JDK's own providers, so verification needs no crypto library.
 */
public final class PublicKeys {
  private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
  private static final String END = "-----END PUBLIC KEY-----";

  private PublicKeys() {}

  /** The key id: SHA-256 of the public key's DER encoding, as hex. */
  public static String keyId(PublicKey key) {
    return Digests.sha256(key.getEncoded());
  }

  /** Reads a public key file. */
  public static PublicKey read(Path file) {
    String text =
        new String(io.quidditch.udf.core.UserFiles.read(file, 1 << 20), StandardCharsets.US_ASCII);
    return parse(text, file.toString());
  }

  /** Parses PEM text; {@code origin} names it in errors. */
  public static PublicKey parse(String pem, String origin) {
    int b = pem.indexOf(BEGIN);
    int e = pem.indexOf(END);
    if (b < 0 || e < b) {
      throw new BadInputException(
          origin + " is not a public key in PEM; use the .pub file 'quidudf keygen' wrote");
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(pem.substring(b + BEGIN.length(), e));
    } catch (IllegalArgumentException x) {
      throw new BadInputException(origin + " is not valid PEM (" + x.getMessage() + ")");
    }
    for (String algorithm : new String[] {"Ed25519", "EC"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
      } catch (GeneralSecurityException | RuntimeException x) {
        // try the next algorithm
      }
    }
    throw new BadInputException(
        origin + " holds a public key quidudf cannot use; use an ed25519 or ecdsa-p256 key");
  }
}
