package io.quidditch.udf.core;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as lowercase hex, the form stored in the registry and shown to users. */
public final class Digests {
  private static final int BLOCK = 64;

  private Digests() {}

  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * HMAC-SHA256 (RFC 2104) of the parts, one after the other, under {@code key}. Built on the
   * digest rather than {@code javax.crypto.Mac}: the first Mac of a process sets up the JCE
   * framework (its policy files, provider checks), which cost a short command tens of milliseconds
   * for one MAC over a cache entry.
   */
  public static byte[] hmacSha256(byte[] key, byte[]... parts) {
    MessageDigest d = sha256();
    byte[] k = key.length > BLOCK ? d.digest(key) : key;
    byte[] inner = new byte[BLOCK];
    byte[] outer = new byte[BLOCK];
    for (int i = 0; i < BLOCK; i++) {
      byte b = i < k.length ? k[i] : 0;
      inner[i] = (byte) (b ^ 0x36);
      outer[i] = (byte) (b ^ 0x5c);
    }
    d.update(inner);
    for (byte[] p : parts) {
      d.update(p);
    }
    byte[] innerHash = d.digest();
    d.update(outer);
    return d.digest(innerHash);
  }
}
