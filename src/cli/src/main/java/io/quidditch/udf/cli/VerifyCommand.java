package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ManifestCodec;
import io.quidditch.udf.core.UserFiles;
import io.quidditch.udf.core.signing.ModuleVerifier;
import io.quidditch.udf.core.signing.TrustStore;
import io.quidditch.udf.core.signing.Verification;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quidudf verify}: exit 0 when a trusted key's signature is valid. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Verify a module's signatures against trusted keys.",
      "A valid signature covers the module and the udf.yaml beside it (or --manifest FILE).",
      "Exit 0 when a trusted key's signature is valid; 1 when the",
      "module is unsigned, tampered with, or signed only by untrusted keys; 3 for bad input.",
      "",
      "  quidudf verify filter.wasm --trust keys/"
    })
public final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegistryOptions registry;

  @Parameters(index = "0", paramLabel = "MODULE", description = "The .wasm module.")
  Path module;

  @ArgGroup(multiplicity = "1")
  Trust trust;

  /** Exactly one source of trusted keys. */
  static final class Trust {
    @Option(
        names = "--key",
        paramLabel = "PUBLIC.pem",
        description = "Trust exactly this public key.")
    Path key;

    @Option(names = "--trust", paramLabel = "DIR", description = "Trust every public key in DIR.")
    Path dir;
  }

  @Option(
      names = "--sig",
      paramLabel = "FILE",
      description = "A detached signature file (default: MODULE.sig when it exists).")
  Path sig;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "The manifest it runs under: udf.yaml beside the module by default.")
  Path manifest;

  @Option(
      names = "--no-manifest",
      description = "Verify the module alone, as it runs bare (without a udf.yaml).")
  boolean noManifest;

  @Mixin FormatOptions output;

  @Override
  public Integer call() throws IOException {
    byte[] wasm = UserFiles.read(module);
    if (wasm.length < 8 || wasm[0] != 0 || wasm[1] != 'a' || wasm[2] != 's' || wasm[3] != 'm') {
      throw new BadInputException(module + " is not a WebAssembly module; pass a .wasm file");
    }
    TrustStore store =
        trust.key != null ? TrustStore.ofKey(trust.key) : TrustStore.ofDirectory(trust.dir);
    Path sigFile = sig != null ? sig : module.resolveSibling(module.getFileName() + ".sig");
    if (sig != null && !Files.exists(sig)) {
      throw new BadInputException(sig + ": no such signature file");
    }
    List<String> detached =
        Files.exists(sigFile)
            ? io.quidditch.udf.core.UserFiles.readString(sigFile).lines().toList()
            : List.of();
    Path manifestFile = Commands.manifestBeside(module, manifest, noManifest);
    Manifest expected =
        manifestFile == null
            ? null
            : ManifestCodec.parseYaml(
                io.quidditch.udf.core.UserFiles.readString(manifestFile), manifestFile.toString());
    Verification v = ModuleVerifier.verify(wasm, expected, store, detached);
    Audit.record(
        registry,
        null,
        null,
        "verify",
        v.valid(),
        v.valid() ? null : "signature",
        0,
        null,
        module + ": " + v.describe());
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.put("module", module.toString());
      n.put("status", v.status().text());
      n.put("valid", v.valid());
      n.put("digest", v.digest());
      n.put("manifest", manifestFile == null ? null : manifestFile.toString());
      n.put("key_id", v.matchedKeyId());
      n.put("key_file", v.matchedKeyFile());
      ArrayNode sigs = n.putArray("signatures");
      for (Verification.Finding f : v.signatures()) {
        sigs.addObject()
            .put("source", f.source())
            .put("algorithm", f.algorithm())
            .put("key_id", f.keyId())
            .put("signed_at", f.signedAt())
            .put("verdict", f.verdict());
      }
      out.println(Json.pretty(n));
    } else {
      out.println(v.status().text() + ": " + module + ": " + v.describe());
      for (Verification.Finding f : v.signatures()) {
        out.println(
            "  "
                + f.source()
                + " "
                + (f.algorithm() == null ? "?" : f.algorithm())
                + " key "
                + (f.keyId() == null ? "?" : f.keyId().substring(0, 16) + "...")
                + "  "
                + f.verdict());
      }
    }
    return v.valid() ? ExitCode.OK : ExitCode.NO;
  }
}
