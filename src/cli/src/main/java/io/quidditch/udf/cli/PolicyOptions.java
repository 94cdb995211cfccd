package io.quidditch.udf.cli;

import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ModulePolicy;
import io.quidditch.udf.core.signing.SignaturePolicy;
import io.quidditch.udf.core.signing.TrustStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --require-signature --trust DIR}: refuse modules not signed by a trusted key. */
public final class PolicyOptions {
  @Option(
      names = "--require-signature",
      description = "Refuse any module without a valid signature by a key in --trust.")
  boolean requireSignature;

  @Option(
      names = "--trust",
      paramLabel = "DIR",
      description = "Directory of trusted public keys (*.pub).")
  Path trust;

  /** The policy these flags ask for. */
  public ModulePolicy policy() {
    if (!requireSignature) {
      if (trust != null) {
        throw new BadInputException("--trust only matters with --require-signature; add it");
      }
      return ModulePolicy.none();
    }
    if (trust == null) {
      throw new BadInputException(
          "--require-signature needs --trust DIR with the trusted public keys");
    }
    return new SignaturePolicy(TrustStore.ofDirectory(trust));
  }
}
