package io.quidditch.udf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quidditch.udf.Fixtures;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ConflictException;
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
        ModuleSigner.embed(MODULE, ModuleSigner.sign(MODULE, pair.getPrivate(), Instant.now()));
    Verification v = ModuleVerifier.verify(signed, trustOf(pair), List.of());
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
        ModuleSigner.embed(MODULE, ModuleSigner.sign(MODULE, pair.getPrivate(), Instant.now()));
    int checked = 0;
    // every byte of the original module (the signature section comes after it), every bit pattern
    for (int pos = 0; pos < MODULE.length; pos++) {
      for (int mask : new int[] {0x01, 0x80, 0xFF}) {
        byte[] copy = signed.clone();
        copy[pos] ^= (byte) mask;
        Verification v = ModuleVerifier.verify(copy, trust, List.of());
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
        ModuleSigner.embed(MODULE, ModuleSigner.sign(MODULE, signer.getPrivate(), Instant.now()));
    assertThat(ModuleVerifier.verify(signed, trustOf(other), List.of()).status())
        .isEqualTo(Verification.Status.UNTRUSTED);
  }

  @Test
  void aForgedRecordWithATrustedKeyIdIsTampered() throws Exception {
    KeyPair trusted = Keys.generate(KeyAlgorithm.ED25519);
    KeyPair attacker = Keys.generate(KeyAlgorithm.ED25519);
    SignatureRecord real = ModuleSigner.sign(MODULE, attacker.getPrivate(), Instant.now());
    SignatureRecord forged =
        new SignatureRecord(
            real.algorithm(),
            Keys.keyId(trusted.getPublic()),
            real.digest(),
            real.signedAt(),
            real.signature());
    byte[] signed = ModuleSigner.embed(MODULE, forged);
    assertThat(ModuleVerifier.verify(signed, trustOf(trusted), List.of()).status())
        .isEqualTo(Verification.Status.TAMPERED);
  }

  @Test
  void twoSignaturesVerifyIndependently() throws Exception {
    KeyPair a = Keys.generate(KeyAlgorithm.ED25519);
    KeyPair b = Keys.generate(KeyAlgorithm.ECDSA_P256);
    byte[] once =
        ModuleSigner.embed(MODULE, ModuleSigner.sign(MODULE, a.getPrivate(), Instant.now()));
    byte[] twice = ModuleSigner.embed(once, ModuleSigner.sign(once, b.getPrivate(), Instant.now()));
    assertThat(ModuleVerifier.verify(twice, trustOf(a), List.of()).matchedKeyId())
        .isEqualTo(Keys.keyId(a.getPublic()));
    assertThat(ModuleVerifier.verify(twice, trustOf(b), List.of()).matchedKeyId())
        .isEqualTo(Keys.keyId(b.getPublic()));
    assertThat(ModuleVerifier.verify(twice, trustOf(a), List.of()).signatures()).hasSize(2);
  }

  @Test
  void strippingSignaturesGivesUnsignedAndTheOriginalBytes() throws Exception {
    KeyPair a = Keys.generate(KeyAlgorithm.ED25519);
    byte[] signed =
        ModuleSigner.embed(MODULE, ModuleSigner.sign(MODULE, a.getPrivate(), Instant.now()));
    byte[] stripped = ModuleSigner.stripSignatures(signed);
    assertThat(stripped).isEqualTo(MODULE);
    assertThat(ModuleVerifier.verify(stripped, trustOf(a), List.of()).status())
        .isEqualTo(Verification.Status.UNSIGNED);
  }

  @Test
  void detachedSignaturesVerify() throws Exception {
    KeyPair a = Keys.generate(KeyAlgorithm.ECDSA_P256);
    String line =
        ModuleSigner.detachedLine(ModuleSigner.sign(MODULE, a.getPrivate(), Instant.now()));
    assertThat(ModuleVerifier.verify(MODULE, trustOf(a), List.of(line)).valid()).isTrue();
    byte[] changed = MODULE.clone();
    changed[changed.length - 1] ^= 1;
    assertThat(ModuleVerifier.verify(changed, trustOf(a), List.of(line)).status())
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
    assertThatThrownBy(() -> policy.check(MODULE, "m.wasm"))
        .isInstanceOf(SignatureException.class)
        .hasMessageContaining("carries no signature");
    policy.check(
        ModuleSigner.embed(MODULE, ModuleSigner.sign(MODULE, a.getPrivate(), Instant.now())),
        "m.wasm");
  }
}
