package io.quidditch.udf.core.signing;

import io.quidditch.udf.core.ModulePolicy;
import io.quidditch.udf.core.SignatureException;
import java.util.List;

/** Refuses any module without a valid signature by a key of the trust store. */
public final class SignaturePolicy implements ModulePolicy {
  private final TrustStore trust;

  public SignaturePolicy(TrustStore trust) {
    this.trust = trust;
  }

  @Override
  public void check(byte[] wasm, String origin) {
    Verification v = ModuleVerifier.verify(wasm, trust, List.of());
    if (!v.valid()) {
      throw new SignatureException(
          origin
              + " refused by the signature policy: "
              + v.describe()
              + "; sign it with a trusted key");
    }
  }
}
