package io.quidditch.udf.core.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * One signature over a module: the algorithm, the signer's key id, the SHA-256 of the module
 * without signature sections, the signing time and the signature bytes. Stored as compact JSON, in
 * a custom section or a line of a detached {@code .sig} file.
 */
public record SignatureRecord(
    String algorithm, String keyId, String digest, Instant signedAt, byte[] signature) {

  /** The bytes a key signs: the digest and the time, with a domain prefix. */
  public byte[] signedMessage() {
    return ("quidudf-module-signature/v1\n"
            + algorithm
            + "\n"
            + keyId
            + "\n"
            + digest
            + "\n"
            + signedAt)
        .getBytes(StandardCharsets.UTF_8);
  }

  public String toJson() {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("version", 1);
    n.put("algorithm", algorithm);
    n.put("key_id", keyId);
    n.put("digest", digest);
    n.put("signed_at", signedAt.toString());
    n.put("signature", Base64.getEncoder().encodeToString(signature));
    return Json.compact(n);
  }

  /** Parses a record; null when the bytes are not a record (a damaged section is not fatal). */
  public static SignatureRecord parse(String text) {
    try {
      JsonNode n = Json.MAPPER.readTree(text);
      if (n == null || n.path("version").asInt() != 1) {
        return null;
      }
      return new SignatureRecord(
          n.path("algorithm").asText(),
          n.path("key_id").asText(),
          n.path("digest").asText(),
          Instant.parse(n.path("signed_at").asText()),
          Base64.getDecoder().decode(n.path("signature").asText()));
    } catch (Exception e) {
      return null;
    }
  }
}
