package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ManifestCodec;
import io.quidditch.udf.core.UserFiles;
import io.quidditch.udf.core.runtime.UdfRuntime;
import io.quidditch.udf.core.signing.SignatureRecord;
import io.quidditch.udf.security.Keys;
import io.quidditch.udf.security.ModuleSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quidudf sign}: add a signature to a module (embedded, or in MODULE.sig). */
@Command(
    name = "sign",
    mixinStandardHelpOptions = true,
    description = {
      "Sign a module and its manifest.",
      "The signature covers the module and the udf.yaml beside it (or --manifest FILE): a policy",
      "that requires signatures refuses the module with any other manifest. It is embedded in a",
      "custom section (the module stays loadable by any runtime; sign again to add another key's",
      "signature), or with --detached appended to MODULE.sig.",
      "",
      "  quidudf sign filter.wasm --key keys/release.key"
    })
public final class SignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODULE", description = "The .wasm module.")
  Path module;

  @Option(
      names = "--key",
      required = true,
      paramLabel = "PRIVATE.pem",
      description = "The private key.")
  Path key;

  @Option(
      names = "--passphrase-file",
      paramLabel = "FILE",
      description = "Passphrase of an encrypted key.")
  Path passphraseFile;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Where to write the signed module (default: in place).")
  Path output;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "The manifest to sign with the module; by default the udf.yaml beside it.")
  Path manifest;

  @Option(
      names = "--no-manifest",
      description = "Sign the module alone, for running it bare (without a udf.yaml).")
  boolean noManifest;

  @Option(
      names = "--detached",
      description = "Write the signature to MODULE.sig instead of into the module.")
  boolean detached;

  @Mixin FormatOptions formatOptions;

  @Override
  public Integer call() throws IOException {
    byte[] wasm = UserFiles.read(module);
    UdfRuntime.builder().build().inspect(wasm);
    PrivateKey privateKey =
        Keys.readPrivate(key, passphraseFile == null ? null : Keys.readPassphrase(passphraseFile));
    Path manifestFile = Commands.manifestBeside(module, manifest, noManifest);
    Manifest signed =
        manifestFile == null
            ? null
            : ManifestCodec.parseYaml(UserFiles.readString(manifestFile), manifestFile.toString());
    SignatureRecord record = ModuleSigner.sign(wasm, signed, privateKey, Instant.now());
    Path written;
    if (detached) {
      written = output != null ? output : module.resolveSibling(module.getFileName() + ".sig");
      Files.writeString(
          written,
          ModuleSigner.detachedLine(record),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } else {
      written = output != null ? output : module;
      CompileCommand.writeAtomically(written, ModuleSigner.embed(wasm, record));
    }
    if (formatOptions.json()) {
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.put("output", written.toString());
      n.put("detached", detached);
      n.put("algorithm", record.algorithm());
      n.put("key_id", record.keyId());
      n.put("digest", record.digest());
      n.put("manifest", manifestFile == null ? null : manifestFile.toString());
      n.put("manifest_digest", record.manifestDigest());
      n.put("signed_at", record.signedAt().toString());
      spec.commandLine().getOut().println(Json.pretty(n));
    } else {
      spec.commandLine()
          .getOut()
          .println(
              "signed "
                  + module
                  + (manifestFile == null ? " (module alone)" : " and " + manifestFile)
                  + " with "
                  + record.algorithm()
                  + " key "
                  + record.keyId().substring(0, 16)
                  + "... -> "
                  + written);
    }
    return ExitCode.OK;
  }
}
