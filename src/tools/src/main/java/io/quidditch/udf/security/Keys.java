package io.quidditch.udf.security;

import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ConflictException;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.signing.KeyAlgorithm;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Key pairs in PEM: PKCS#8 private keys (optionally encrypted), SubjectPublicKeyInfo public keys.
 */
public final class Keys {
  /** BouncyCastle, used as an object and never registered with the JVM. */
  static final Provider BC = new BouncyCastleProvider();

  private Keys() {}

  /** Generates a key pair. */
  public static KeyPair generate(KeyAlgorithm alg) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance(alg.keyAlgorithm(), BC);
      if (alg == KeyAlgorithm.ECDSA_P256) {
        g.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
      }
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new QuidudfException(
          ErrorKind.INTERNAL, "cannot generate a " + alg.id() + " key: " + e.getMessage());
    }
  }

  /** The key id: SHA-256 of the public key's DER encoding, as hex. */
  public static String keyId(PublicKey key) {
    return io.quidditch.udf.core.signing.PublicKeys.keyId(key);
  }

  /**
   * Writes {@code NAME.key} (private, mode 0600) and {@code NAME.pub} into a directory.
   *
   * @param passphrase encrypts the private key when not null
   */
  public static void write(KeyPair pair, Path dir, String name, char[] passphrase, boolean force) {
    Path priv = dir.resolve(name + ".key");
    Path pub = dir.resolve(name + ".pub");
    if (!force && (Files.exists(priv) || Files.exists(pub))) {
      throw new ConflictException(
          (Files.exists(priv) ? priv : pub)
              + " already exists; pass --force to replace it, or choose another --name");
    }
    try {
      Files.createDirectories(dir);
      writeAtomically(priv, privatePem(pair.getPrivate(), passphrase), true);
      writeAtomically(pub, publicPem(pair.getPublic()), false);
    } catch (IOException e) {
      throw new BadInputException("cannot write keys into " + dir + ": " + e.getMessage());
    }
  }

  private static void writeAtomically(Path target, String text, boolean secret) throws IOException {
    Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".key-", ".tmp");
    try {
      if (secret) {
        try {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the temporary file's own permissions stand
        }
      } else {
        try {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
          // as above
        }
      }
      Files.writeString(tmp, text, StandardCharsets.US_ASCII);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (FileAlreadyExistsException e) {
      throw new ConflictException(target + " already exists; pass --force to replace it");
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  static String privatePem(PrivateKey key, char[] passphrase) throws IOException {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(out)) {
      if (passphrase == null) {
        w.writeObject(new JcaPKCS8Generator(key, null));
      } else {
        var encryptor =
            new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                .setProvider(BC)
                .setRandom(new SecureRandom())
                .setPRF(JcaPKCS8Generator.PRF_HMACSHA256)
                .setIterationCount(200_000)
                .setPassword(passphrase)
                .build();
        w.writeObject(new JcaPKCS8Generator(key, encryptor));
      }
    } catch (OperatorCreationException e) {
      throw new QuidudfException(
          ErrorKind.INTERNAL, "cannot encrypt the private key: " + e.getMessage());
    }
    return out.toString();
  }

  static String publicPem(PublicKey key) throws IOException {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(out)) {
      w.writeObject(key);
    }
    return out.toString();
  }

  /** Reads a private key; an encrypted one needs its passphrase. */
  public static PrivateKey readPrivate(Path file, char[] passphrase) {
    Object o = readPem(file);
    JcaPEMKeyConverter conv = new JcaPEMKeyConverter().setProvider(BC);
    try {
      if (o instanceof PKCS8EncryptedPrivateKeyInfo) {
        if (passphrase == null) {
          throw new BadInputException(
              file + " is encrypted; pass --passphrase-file with its passphrase");
        }
        try {
          PrivateKeyInfo info =
              ((PKCS8EncryptedPrivateKeyInfo) o)
                  .decryptPrivateKeyInfo(
                      new JceOpenSSLPKCS8DecryptorProviderBuilder()
                          .setProvider(BC)
                          .build(passphrase));
          return conv.getPrivateKey(info);
        } catch (PKCSException | OperatorCreationException e) {
          throw new BadInputException("cannot decrypt " + file + ": wrong passphrase?");
        }
      }
      if (o instanceof PrivateKeyInfo) {
        return conv.getPrivateKey((PrivateKeyInfo) o);
      }
      if (o instanceof PEMKeyPair) {
        return conv.getKeyPair((PEMKeyPair) o).getPrivate();
      }
    } catch (IOException e) {
      throw new BadInputException(
          file + " holds a private key quidudf cannot use (" + e.getMessage() + ")");
    }
    throw new BadInputException(
        file + " is not a private key in PEM; use the .key file 'quidudf keygen' wrote");
  }

  /** Reads a public key. */
  public static PublicKey readPublic(Path file) {
    Object o = readPem(file);
    try {
      if (o instanceof SubjectPublicKeyInfo) {
        return new JcaPEMKeyConverter().setProvider(BC).getPublicKey((SubjectPublicKeyInfo) o);
      }
    } catch (IOException e) {
      throw new BadInputException(
          file + " holds a public key quidudf cannot use (" + e.getMessage() + ")");
    }
    throw new BadInputException(
        file + " is not a public key in PEM; use the .pub file 'quidudf keygen' wrote");
  }

  private static Object readPem(Path file) {
    String text =
        new String(io.quidditch.udf.core.UserFiles.read(file, 1 << 20), StandardCharsets.US_ASCII);
    try (PEMParser p = new PEMParser(new StringReader(text))) {
      Object o = p.readObject();
      if (o == null) {
        throw new BadInputException(
            file + " holds no PEM object; use a file 'quidudf keygen' wrote");
      }
      return o;
    } catch (IOException | RuntimeException e) {
      if (e instanceof BadInputException) {
        throw (BadInputException) e;
      }
      throw new BadInputException(file + " is not valid PEM (" + e.getMessage() + ")");
    }
  }

  /** Reads a passphrase file: its first line, without the line end. */
  public static char[] readPassphrase(Path file) {
    String text =
        new String(io.quidditch.udf.core.UserFiles.read(file, 1 << 20), StandardCharsets.UTF_8);
    int nl = text.indexOf('\n');
    String line = nl < 0 ? text : text.substring(0, nl);
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    if (line.isEmpty()) {
      throw new BadInputException(file + " is empty; put the passphrase on its first line");
    }
    return line.toCharArray();
  }
}
