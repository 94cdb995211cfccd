package io.quidditch.udf.core.signing;

import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ModulePolicy;
import io.quidditch.udf.core.SignatureException;
import java.util.List;

/**
 * Refuses any module without a valid signature by a key of the trust store over the module and the
 * manifest it runs under (or over the module alone, for a bare module run with defaults).
 */
public final class SignaturePolicy implements ModulePolicy {
  private final TrustStore trust;

  public SignaturePolicy(TrustStore trust) {
    this.trust = trust;
  }

  @Override
  public void check(byte[] wasm, Manifest manifest, String origin) {
    Verification v = ModuleVerifier.verify(wasm, manifest, trust, List.of());
    if (!v.valid()) {
      throw new SignatureException(
          origin
              + " refused by the signature policy: "
              + v.describe()
              + (v.status() == Verification.Status.MANIFEST_MISMATCH
                  ? ""
                  : "; sign it with a trusted key"));
    }
  }
}
