package io.quidditch.udf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quidditch.udf.Fixtures;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ConflictException;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ManifestCodec;
import io.quidditch.udf.core.SignatureException;
import io.quidditch.udf.core.runtime.UdfRuntime;
import io.quidditch.udf.core.signing.KeyAlgorithm;
import io.quidditch.udf.core.signing.ModuleVerifier;
import io.quidditch.udf.core.signing.SignaturePolicy;
import io.quidditch.udf.core.signing.SignatureRecord;
import io.quidditch.udf.core.signing.TrustStore;
import io.quidditch.udf.core.signing.Verification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SigningTest {
  @TempDir Path dir;

  private static final byte[] MODULE =
      Fixtures.read(Fixtures.root().resolve("examples/custom-score/custom_score.wasm"));

  private TrustStore trustOf(KeyPair... pairs) throws Exception {
    Path trust = Files.createTempDirectory(dir, "trust");
    int i = 0;
    for (KeyPair p : pairs) {
      Files.writeString(trust.resolve("k" + i++ + ".pub"), Keys.publicPem(p.getPublic()));
    }
    return TrustStore.ofDirectory(trust);
  }

  @ParameterizedTest
  @EnumSource(KeyAlgorithm.class)
  void signThenVerifyRoundTrips(KeyAlgorithm alg) throws Exception {
    KeyPair pair = Keys.generate(alg);
    byte[] signed =
        ModuleSigner.embed(
            MODULE, ModuleSigner.sign(MODULE, null, pair.getPrivate(), Instant.now()));
    Verification v = ModuleVerifier.verify(signed, null, trustOf(pair), List.of());
    assertThat(v.status()).isEqualTo(Verification.Status.VALID);
    assertThat(v.matchedKeyId()).isEqualTo(Keys.keyId(pair.getPublic()));
    // the signed module is still a module any runtime loads
    assertThat(UdfRuntime.builder().build().inspect(signed).customSections())
        .contains(ModuleSigner.SECTION);
  }

  @ParameterizedTest
  @EnumSource(KeyAlgorithm.class)
  void flippingAnyByteOutsideTheSignatureFailsVerification(KeyAlgorithm alg) throws Exception {
    KeyPair pair = Keys.generate(alg);
    TrustStore trust = trustOf(pair);
    byte[] signed =
        ModuleSigner.embed(
            MODULE, ModuleSigner.sign(MODULE, null, pair.getPrivate(), Instant.now()));
    int checked = 0;
    // every byte of the original module (the signature section comes after it), every bit pattern
    for (int pos = 0; pos < MODULE.length; pos++) {
      for (int mask : new int[] {0x01, 0x80, 0xFF}) {
        byte[] copy = signed.clone();
        copy[pos] ^= (byte) mask;
        Verification v = ModuleVerifier.verify(copy, null, trust, List.of());
        assertThat(v.valid()).as("flip 0x%02x at byte %d", mask, pos).isFalse();
        checked++;
      }
    }
    assertThat(checked).isEqualTo(MODULE.length * 3);
  }

  @Test
  void aWrongKeyIsUntrusted() throws Exception {
    KeyPair signer = Keys.generate(KeyAlgorithm.ED25519);
    KeyPair other = Keys.generate(KeyAlgorithm.ED25519);
    byte[] signed =
        ModuleSigner.embed(
            MODULE, ModuleSigner.sign(MODULE, null, signer.getPrivate(), Instant.now()));
    assertThat(ModuleVerifier.verify(signed, null, trustOf(other), List.of()).status())
        .isEqualTo(Verification.Status.UNTRUSTED);
  }

  @Test
  void aForgedRecordWithATrustedKeyIdIsTampered() throws Exception {
    KeyPair trusted = Keys.generate(KeyAlgorithm.ED25519);
    KeyPair attacker = Keys.generate(KeyAlgorithm.ED25519);
    SignatureRecord real = ModuleSigner.sign(MODULE, null, attacker.getPrivate(), Instant.now());
    SignatureRecord forged =
        new SignatureRecord(
            real.algorithm(),
            Keys.keyId(trusted.getPublic()),
            real.digest(),
            real.manifestDigest(),
            real.signedAt(),
            real.signature());
    byte[] signed = ModuleSigner.embed(MODULE, forged);
    assertThat(ModuleVerifier.verify(signed, null, trustOf(trusted), List.of()).status())
        .isEqualTo(Verification.Status.TAMPERED);
  }

  @Test
  void twoSignaturesVerifyIndependently() throws Exception {
    KeyPair a = Keys.generate(KeyAlgorithm.ED25519);
    KeyPair b = Keys.generate(KeyAlgorithm.ECDSA_P256);
    byte[] once =
        ModuleSigner.embed(MODULE, ModuleSigner.sign(MODULE, null, a.getPrivate(), Instant.now()));
    byte[] twice =
        ModuleSigner.embed(once, ModuleSigner.sign(once, null, b.getPrivate(), Instant.now()));
    assertThat(ModuleVerifier.verify(twice, null, trustOf(a), List.of()).matchedKeyId())
        .isEqualTo(Keys.keyId(a.getPublic()));
    assertThat(ModuleVerifier.verify(twice, null, trustOf(b), List.of()).matchedKeyId())
        .isEqualTo(Keys.keyId(b.getPublic()));
    assertThat(ModuleVerifier.verify(twice, null, trustOf(a), List.of()).signatures()).hasSize(2);
  }

  @Test
  void strippingSignaturesGivesUnsignedAndTheOriginalBytes() throws Exception {
    KeyPair a = Keys.generate(KeyAlgorithm.ED25519);
    byte[] signed =
        ModuleSigner.embed(MODULE, ModuleSigner.sign(MODULE, null, a.getPrivate(), Instant.now()));
    byte[] stripped = ModuleSigner.stripSignatures(signed);
    assertThat(stripped).isEqualTo(MODULE);
    assertThat(ModuleVerifier.verify(stripped, null, trustOf(a), List.of()).status())
        .isEqualTo(Verification.Status.UNSIGNED);
  }

  @Test
  void detachedSignaturesVerify() throws Exception {
    KeyPair a = Keys.generate(KeyAlgorithm.ECDSA_P256);
    String line =
        ModuleSigner.detachedLine(ModuleSigner.sign(MODULE, null, a.getPrivate(), Instant.now()));
    assertThat(ModuleVerifier.verify(MODULE, null, trustOf(a), List.of(line)).valid()).isTrue();
    byte[] changed = MODULE.clone();
    changed[changed.length - 1] ^= 1;
    assertThat(ModuleVerifier.verify(changed, null, trustOf(a), List.of(line)).status())
        .isEqualTo(Verification.Status.TAMPERED);
  }

  @Test
  void keyFilesArePrivateNeverOverwrittenAndEncryptedKeysNeedTheirPassphrase() throws Exception {
    KeyPair pair = Keys.generate(KeyAlgorithm.ED25519);
    Keys.write(pair, dir.resolve("k"), "me", "pw".toCharArray(), false);
    Path priv = dir.resolve("k/me.key");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(priv)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(priv)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    assertThatThrownBy(() -> Keys.write(pair, dir.resolve("k"), "me", null, false))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> Keys.readPrivate(priv, null))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("is encrypted; pass --passphrase-file");
    assertThatThrownBy(() -> Keys.readPrivate(priv, "wrong".toCharArray()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("wrong passphrase");
    assertThat(Keys.keyId(ModuleSigner.publicOf(Keys.readPrivate(priv, "pw".toCharArray()))))
        .isEqualTo(Keys.keyId(pair.getPublic()));
    assertThat(Keys.keyId(Keys.readPublic(dir.resolve("k/me.pub"))))
        .isEqualTo(Keys.keyId(pair.getPublic()));
  }

  @Test
  void thePolicyRefusesUnsignedModules() throws Exception {
    KeyPair a = Keys.generate(KeyAlgorithm.ED25519);
    SignaturePolicy policy = new SignaturePolicy(trustOf(a));
    assertThatThrownBy(() -> policy.check(MODULE, null, "m.wasm"))
        .isInstanceOf(SignatureException.class)
        .hasMessageContaining("carries no signature");
    policy.check(
        ModuleSigner.embed(MODULE, ModuleSigner.sign(MODULE, null, a.getPrivate(), Instant.now())),
        null,
        "m.wasm");
  }

  @Test
  void aSignatureCoversTheManifestTheModuleRunsUnder() throws Exception {
    KeyPair a = Keys.generate(KeyAlgorithm.ED25519);
    SignaturePolicy policy = new SignaturePolicy(trustOf(a));
    Manifest manifest =
        ManifestCodec.parseYaml(
            "name: m\nversion: 1.0.0\nparameters:\n  - {name: limit, type: int, default: 3}\n",
            "udf.yaml");
    byte[] pair =
        ModuleSigner.embed(
            MODULE, ModuleSigner.sign(MODULE, manifest, a.getPrivate(), Instant.now()));
    policy.check(pair, manifest, "m.wasm");
    // the same manifest in other words is the same manifest
    policy.check(
        pair,
        ManifestCodec.parseYaml(
            "version: \"1.0.0\"\nname: m\nparameters: [{type: int, name: limit, default: 3}]\n",
            "udf.yaml"),
        "m.wasm");
    // another default changes behaviour: refused
    Manifest edited =
        ManifestCodec.parseYaml(
            "name: m\nversion: 1.0.0\nparameters:\n  - {name: limit, type: int, default: 300}\n",
            "udf.yaml");
    assertThatThrownBy(() -> policy.check(pair, edited, "m.wasm"))
        .isInstanceOf(SignatureException.class)
        .hasMessageContaining("udf.yaml) is not the one that was signed with the module");
    assertThat(ModuleVerifier.verify(pair, edited, trustOf(a), List.of()).status())
        .isEqualTo(Verification.Status.MANIFEST_MISMATCH);
    // run bare, without the manifest it was signed with: refused
    assertThatThrownBy(() -> policy.check(pair, null, "m.wasm"))
        .hasMessageContaining("signed with a manifest (udf.yaml) that was not given");
    // a signature over the module alone does not vouch for a manifest
    byte[] alone =
        ModuleSigner.embed(MODULE, ModuleSigner.sign(MODULE, null, a.getPrivate(), Instant.now()));
    assertThatThrownBy(() -> policy.check(alone, manifest, "m.wasm"))
        .hasMessageContaining("covers the module but not its manifest");
    // and the manifest digest is part of what is signed: swapping it in the record breaks it
    SignatureRecord real = ModuleSigner.sign(MODULE, manifest, a.getPrivate(), Instant.now());
    SignatureRecord swapped =
        new SignatureRecord(
            real.algorithm(),
            real.keyId(),
            real.digest(),
            ManifestCodec.digest(edited),
            real.signedAt(),
            real.signature());
    assertThat(
            ModuleVerifier.verify(
                    ModuleSigner.embed(MODULE, swapped), edited, trustOf(a), List.of())
                .status())
        .isEqualTo(Verification.Status.TAMPERED);
  }
}
