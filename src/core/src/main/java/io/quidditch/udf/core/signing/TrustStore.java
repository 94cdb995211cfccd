package io.quidditch.udf.core.signing;

import io.quidditch.udf.core.BadInputException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;

/** The public keys whose signatures are trusted, by key id. */
public final class TrustStore {
  private final Map<String, Trusted> keys = new LinkedHashMap<>();

  /** One trusted key and the file it came from. */
  public record Trusted(String keyId, PublicKey key, String origin) {}

  private TrustStore() {}

  /** Trusts exactly one public key file. */
  public static TrustStore ofKey(Path publicKeyFile) {
    TrustStore t = new TrustStore();
    t.add(publicKeyFile);
    return t;
  }

  /** Trusts every {@code *.pub} or {@code *.pem} public key in a directory. */
  public static TrustStore ofDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(
          dir + " is not a directory of trusted public keys; check --trust");
    }
    TrustStore t = new TrustStore();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.{pub,pem}")) {
      for (Path p : s) {
        t.add(p);
      }
    } catch (IOException e) {
      throw new BadInputException("cannot read trust directory " + dir + ": " + e.getMessage());
    }
    if (t.keys.isEmpty()) {
      throw new BadInputException(
          dir + " holds no public keys (*.pub, *.pem); copy the signers' .pub files there");
    }
    return t;
  }

  /**
   * Trusts public keys given as PEM text (an engine's settings), each named by its origin in
   * errors.
   */
  public static TrustStore ofPem(java.util.Map<String, String> pemByOrigin) {
    TrustStore t = new TrustStore();
    pemByOrigin.forEach(
        (origin, pem) -> {
          PublicKey key = PublicKeys.parse(pem, origin);
          String id = PublicKeys.keyId(key);
          t.keys.putIfAbsent(id, new Trusted(id, key, origin));
        });
    return t;
  }

  private void add(Path file) {
    PublicKey key = PublicKeys.read(file);
    String id = PublicKeys.keyId(key);
    keys.putIfAbsent(id, new Trusted(id, key, file.toString()));
  }

  /** The trusted key with that id, or null. */
  public Trusted find(String keyId) {
    return keys.get(keyId);
  }

  public int size() {
    return keys.size();
  }
}
