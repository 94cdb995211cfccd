package io.quidditch.udf.core.signing;

import java.util.List;

/**
 * The outcome of verifying a module against a trust store.
 *
 * @param matchedKeyId the trusted key whose valid signature was found, or null
 * @param signatures what was found out about each signature record
 */
public record Verification(
    Status status,
    String digest,
    String matchedKeyId,
    String matchedKeyFile,
    List<Finding> signatures) {

  /** Valid (a trusted key signed this exact content), or why not. */
  public enum Status {
    VALID,
    UNSIGNED,
    TAMPERED,
    UNTRUSTED,
    /** A trusted key signed the module, but not with the manifest it is to run under. */
    MANIFEST_MISMATCH;

    public String text() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One signature: where it came from, its key, and its verdict. */
  public record Finding(
      String source, String algorithm, String keyId, String signedAt, String verdict) {}

  public boolean valid() {
    return status == Status.VALID;
  }

  private String manifestProblem() {
    boolean missing =
        signatures.stream().anyMatch(f -> ModuleVerifier.MANIFEST_MISSING.equals(f.verdict()));
    boolean other =
        signatures.stream().anyMatch(f -> ModuleVerifier.OTHER_MANIFEST.equals(f.verdict()));
    if (other) {
      return "the manifest (udf.yaml) is not the one that was signed with the module; restore it,"
          + " or sign the module again with this one";
    }
    if (missing) {
      return "the module was signed with a manifest (udf.yaml) that was not given; keep the"
          + " udf.yaml beside the module";
    }
    return "the signature covers the module but not its manifest (udf.yaml); sign the module"
        + " again with its udf.yaml beside it";
  }

  /** One line for users and audit entries. */
  public String describe() {
    switch (status) {
      case VALID:
        return "valid signature by trusted key "
            + matchedKeyId.substring(0, 16)
            + "... ("
            + matchedKeyFile
            + ")";
      case UNSIGNED:
        return "the module carries no signature";
      case TAMPERED:
        return "the module was changed after it was signed (or a signature is corrupt)";
      case MANIFEST_MISMATCH:
        return manifestProblem();
      default:
        return "signed only by keys that are not trusted (" + signatures.size() + " signature(s))";
    }
  }
}
