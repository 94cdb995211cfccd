package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.UdfRef;
import io.quidditch.udf.core.signing.KeyAlgorithm;
import io.quidditch.udf.security.Keys;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quidudf keygen}: a signing key pair in PEM. */
@Command(
    name = "keygen",
    mixinStandardHelpOptions = true,
    description = {
      "Create a signing key pair.",
      "Writes NAME.key (PKCS#8, mode 0600) and NAME.pub (SubjectPublicKeyInfo).",
      "",
      "  quidudf keygen --out keys --name release"
    })
public final class KeygenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory for the key files.")
  Path out;

  @Option(
      names = "--alg",
      defaultValue = "ed25519",
      description = "ed25519 (default) or ecdsa-p256.")
  String alg;

  @Option(
      names = "--name",
      defaultValue = "quidudf",
      description = "Base name of the files (default quidudf).")
  String name;

  @Option(
      names = "--passphrase-file",
      paramLabel = "FILE",
      description = "Encrypt the private key with the passphrase on FILE's first line.")
  Path passphraseFile;

  @Option(names = "--force", description = "Replace existing key files.")
  boolean force;

  @Mixin FormatOptions output;

  @Override
  public Integer call() {
    UdfRef.checkName(name);
    KeyAlgorithm algorithm = KeyAlgorithm.parse(alg);
    char[] passphrase = passphraseFile == null ? null : Keys.readPassphrase(passphraseFile);
    KeyPair pair = Keys.generate(algorithm);
    Keys.write(pair, out, name, passphrase, force);
    String keyId = Keys.keyId(pair.getPublic());
    if (output.json()) {
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.put("algorithm", algorithm.id());
      n.put("key_id", keyId);
      n.put("private_key", out.resolve(name + ".key").toString());
      n.put("public_key", out.resolve(name + ".pub").toString());
      n.put("encrypted", passphrase != null);
      spec.commandLine().getOut().println(Json.pretty(n));
    } else {
      spec.commandLine()
          .getOut()
          .println(
              "wrote "
                  + out.resolve(name + ".key")
                  + " (private"
                  + (passphrase != null ? ", encrypted" : "")
                  + ") and "
                  + out.resolve(name + ".pub")
                  + "\n"
                  + algorithm.id()
                  + " key id "
                  + keyId);
    }
    return ExitCode.OK;
  }
}
