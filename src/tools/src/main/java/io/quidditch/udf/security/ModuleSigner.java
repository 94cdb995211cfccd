package io.quidditch.udf.security;

import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ManifestCodec;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.signing.KeyAlgorithm;
import io.quidditch.udf.core.signing.ModuleSections;
import io.quidditch.udf.core.signing.ModuleVerifier;
import io.quidditch.udf.core.signing.SignatureRecord;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bouncycastle.jcajce.interfaces.EdDSAPrivateKey;

/**
 * Signs modules. The signed content is the SHA-256 of the module with every signature section
 * removed (so a module can carry several signatures and adding one never breaks another) and the
 * SHA-256 of the canonical form of the manifest it is to run under, when there is one.
 */
public final class ModuleSigner {
  /** The custom section that carries one signature record. */
  public static final String SECTION = ModuleVerifier.SECTION;

  private ModuleSigner() {}

  /** The digest signatures cover: SHA-256 of the module without its signature sections. */
  public static String contentDigest(byte[] module) {
    return ModuleVerifier.contentDigest(module);
  }

  /**
   * A signature record for a module and its manifest.
   *
   * @param manifest the manifest the module is to run under, or null to sign the module alone (for
   *     running it bare, with defaults)
   */
  public static SignatureRecord sign(
      byte[] module, Manifest manifest, PrivateKey key, Instant now) {
    KeyAlgorithm alg = KeyAlgorithm.of(key);
    PublicKey pub = publicOf(key);
    SignatureRecord unsigned =
        new SignatureRecord(
            alg.id(),
            Keys.keyId(pub),
            contentDigest(module),
            manifest == null ? null : ManifestCodec.digest(manifest),
            now.truncatedTo(ChronoUnit.SECONDS),
            new byte[0]);
    try {
      Signature s = Signature.getInstance(alg.signatureAlgorithm(), Keys.BC);
      s.initSign(key);
      s.update(unsigned.signedMessage());
      return new SignatureRecord(
          unsigned.algorithm(),
          unsigned.keyId(),
          unsigned.digest(),
          unsigned.manifestDigest(),
          unsigned.signedAt(),
          s.sign());
    } catch (GeneralSecurityException e) {
      throw new QuidudfException(ErrorKind.INTERNAL, "signing failed: " + e.getMessage());
    }
  }

  /** The module with the record embedded as one more custom section. */
  public static byte[] embed(byte[] module, SignatureRecord record) {
    return ModuleSections.append(module, SECTION, record.toJson().getBytes(StandardCharsets.UTF_8));
  }

  /** The module with every embedded signature removed. */
  public static byte[] stripSignatures(byte[] module) {
    return ModuleSections.strip(module, SECTION);
  }

  /** The record as a line of a detached {@code .sig} file. */
  public static String detachedLine(SignatureRecord record) {
    return record.toJson() + "\n";
  }

  /** Derives the public key from a private key, for the key id. */
  static PublicKey publicOf(PrivateKey key) {
    try {
      if (key instanceof EdDSAPrivateKey) {
        return ((EdDSAPrivateKey) key).getPublicKey();
      }
      if (key instanceof ECPrivateKey) {
        ECPrivateKey ec = (ECPrivateKey) key;
        org.bouncycastle.jce.spec.ECParameterSpec bcSpec =
            org.bouncycastle.jcajce.provider.asymmetric.util.EC5Util.convertSpec(ec.getParams());
        org.bouncycastle.math.ec.ECPoint q = bcSpec.getG().multiply(ec.getS()).normalize();
        ECPoint w =
            new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
        return KeyFactory.getInstance("EC", Keys.BC)
            .generatePublic(new ECPublicKeySpec(w, ec.getParams()));
      }
    } catch (GeneralSecurityException e) {
      throw new QuidudfException(
          ErrorKind.INTERNAL, "cannot derive the public key: " + e.getMessage());
    }
    throw new QuidudfException(
        ErrorKind.BAD_INPUT, "unsupported private key type " + key.getAlgorithm());
  }
}
