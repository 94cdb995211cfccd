package io.quidditch.udf.core.signing;

import io.quidditch.udf.core.InvalidModuleException;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ManifestCodec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;

/** Checks a module's signatures (embedded, and any detached ones) against a trust store. */
public final class ModuleVerifier {
  /** The custom section that carries signature records. */
  public static final String SECTION = "quidudf.signature";

  private ModuleVerifier() {}

  /** SHA-256 of the module without its signature sections: what a signature covers. */
  public static String contentDigest(byte[] module) {
    return io.quidditch.udf.core.Digests.sha256(ModuleSections.strip(module, SECTION));
  }

  /** Verdicts of a trusted signature that covers another manifest than the one given. */
  static final String NOT_COVERED = "manifest not signed";

  static final String OTHER_MANIFEST = "other manifest";

  static final String MANIFEST_MISSING = "manifest missing";

  /**
   * Verifies a module and the manifest it is to run under.
   *
   * @param manifest the manifest, or null for a bare module run with defaults
   * @param detached lines of a detached {@code .sig} file, or an empty list
   */
  public static Verification verify(
      byte[] module, Manifest manifest, TrustStore trust, List<String> detached) {
    String manifestDigest = manifest == null ? null : ManifestCodec.digest(manifest);
    String digest;
    List<byte[]> embedded;
    try {
      digest = contentDigest(module);
      embedded = ModuleSections.customPayloads(module, SECTION);
    } catch (InvalidModuleException e) {
      // the section structure itself is broken: nothing in it can be trusted
      return new Verification(Verification.Status.TAMPERED, null, null, null, List.of());
    }
    List<Verification.Finding> findings = new ArrayList<>();
    List<SignatureRecord> records = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (byte[] payload : embedded) {
      records.add(SignatureRecord.parse(new String(payload, StandardCharsets.UTF_8)));
      sources.add("embedded");
    }
    for (String line : detached) {
      if (!line.isBlank()) {
        records.add(SignatureRecord.parse(line));
        sources.add("detached");
      }
    }
    boolean tampered = false;
    boolean otherManifest = false;
    Verification.Status status = Verification.Status.UNSIGNED;
    TrustStore.Trusted matched = null;
    for (int i = 0; i < records.size(); i++) {
      SignatureRecord r = records.get(i);
      String verdict;
      if (r == null) {
        verdict = "corrupt";
        tampered = true;
      } else if (!r.digest().equals(digest)) {
        verdict = "digest mismatch";
        tampered = true;
      } else {
        TrustStore.Trusted t = trust.find(r.keyId());
        if (t == null) {
          verdict = "untrusted key";
        } else if (!checks(r, t)) {
          verdict = "bad signature";
          tampered = true;
        } else if (!java.util.Objects.equals(r.manifestDigest(), manifestDigest)) {
          verdict =
              r.manifestDigest() == null
                  ? NOT_COVERED
                  : manifestDigest == null ? MANIFEST_MISSING : OTHER_MANIFEST;
          otherManifest = true;
        } else {
          verdict = "valid";
          if (matched == null) {
            matched = t;
          }
        }
      }
      findings.add(
          new Verification.Finding(
              sources.get(i),
              r == null ? null : r.algorithm(),
              r == null ? null : r.keyId(),
              r == null ? null : r.signedAt().toString(),
              verdict));
    }
    if (matched != null) {
      status = Verification.Status.VALID;
    } else if (tampered) {
      status = Verification.Status.TAMPERED;
    } else if (otherManifest) {
      status = Verification.Status.MANIFEST_MISMATCH;
    } else if (!records.isEmpty()) {
      status = Verification.Status.UNTRUSTED;
    }
    return new Verification(
        status,
        digest,
        matched == null ? null : matched.keyId(),
        matched == null ? null : matched.origin(),
        findings);
  }

  /** The key ids of the embedded signatures, trusted or not (for display). */
  public static List<String> signerKeyIds(byte[] module) {
    List<String> out = new ArrayList<>();
    try {
      for (byte[] p : ModuleSections.customPayloads(module, SECTION)) {
        SignatureRecord r = SignatureRecord.parse(new String(p, StandardCharsets.UTF_8));
        if (r != null) {
          out.add(r.keyId());
        }
      }
    } catch (InvalidModuleException e) {
      return out;
    }
    return out;
  }

  private static boolean checks(SignatureRecord r, TrustStore.Trusted t) {
    try {
      KeyAlgorithm alg = KeyAlgorithm.of(t.key());
      if (!alg.id().equals(r.algorithm())) {
        return false;
      }
      Signature s = Signature.getInstance(alg.signatureAlgorithm());
      s.initVerify(t.key());
      s.update(r.signedMessage());
      return s.verify(r.signature());
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }
}
