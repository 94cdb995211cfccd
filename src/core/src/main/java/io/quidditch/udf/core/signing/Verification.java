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
    UNTRUSTED;

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
      default:
        return "signed only by keys that are not trusted (" + signatures.size() + " signature(s))";
    }
  }
}
