package io.quidditch.udf.core.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * One signature over a module and, from version 2, the manifest it runs under: the algorithm, the
 * signer's key id, the SHA-256 of the module without signature sections, the SHA-256 of the
 * manifest's canonical form (null when the signature covers the module alone), the signing time and
 * the signature bytes. Stored as compact JSON, in a custom section or a line of a detached {@code
 * .sig} file.
 */
public record SignatureRecord(
    String algorithm,
    String keyId,
    String digest,
    String manifestDigest,
    Instant signedAt,
    byte[] signature) {

  /** The bytes a key signs: the digests and the time, with a domain prefix. */
  public byte[] signedMessage() {
    String text =
        manifestDigest == null
            ? "quidudf-module-signature/v1\n" + algorithm + "\n" + keyId + "\n" + digest
            : "quidudf-module-signature/v2\n"
                + algorithm
                + "\n"
                + keyId
                + "\n"
                + digest
                + "\n"
                + manifestDigest;
    return (text + "\n" + signedAt).getBytes(StandardCharsets.UTF_8);
  }

  public String toJson() {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("version", manifestDigest == null ? 1 : 2);
    n.put("algorithm", algorithm);
    n.put("key_id", keyId);
    n.put("digest", digest);
    if (manifestDigest != null) {
      n.put("manifest_digest", manifestDigest);
    }
    n.put("signed_at", signedAt.toString());
    n.put("signature", Base64.getEncoder().encodeToString(signature));
    return Json.compact(n);
  }

  /** Parses a record; null when the bytes are not a record (a damaged section is not fatal). */
  public static SignatureRecord parse(String text) {
    try {
      JsonNode n = Json.MAPPER.readTree(text);
      int version = n == null ? 0 : n.path("version").asInt();
      if (version != 1 && (version != 2 || !n.path("manifest_digest").isTextual())) {
        return null;
      }
      return new SignatureRecord(
          n.path("algorithm").asText(),
          n.path("key_id").asText(),
          n.path("digest").asText(),
          version == 2 ? n.path("manifest_digest").asText() : null,
          Instant.parse(n.path("signed_at").asText()),
          Base64.getDecoder().decode(n.path("signature").asText()));
    } catch (Exception e) {
      return null;
    }
  }
}
