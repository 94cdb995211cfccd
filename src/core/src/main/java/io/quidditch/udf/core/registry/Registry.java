package io.quidditch.udf.core.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ConflictException;
import io.quidditch.udf.core.Digests;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.InvalidModuleException;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ManifestCodec;
import io.quidditch.udf.core.NotFoundException;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.SemVer;
import io.quidditch.udf.core.UdfRef;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The local file registry.
 *
 * <p>Layout: {@code HOME/registry/NAME/VERSION/} holds {@code module.wasm}, {@code udf.yaml} and
 * {@code entry.json} (digest, size, time). A version is written into a staging directory beside it
 * and renamed into place in one atomic step, under a lock file that serialises writers across
 * processes; readers never see half a version, and a crash leaves at most a staging directory that
 * the next writer sweeps away. Versions are immutable.
 */
public final class Registry {
  static final String MODULE_FILE = "module.wasm";
  static final String MANIFEST_FILE = "udf.yaml";
  static final String ENTRY_FILE = "entry.json";
  private static final String STAGING_PREFIX = ".staging-";
  private static final String TRASH_PREFIX = ".trash-";

  private final Path home;
  private final Path root;

  public Registry(Path home) {
    this.home = home.toAbsolutePath().normalize();
    this.root = this.home.resolve("registry");
  }

  public Path home() {
    return home;
  }

  /** Stores a new version; refuses an existing one with a conflict error. */
  public RegistryEntry register(Manifest manifest, byte[] wasm) {
    UdfRef.checkName(manifest.name());
    SemVer.parse(manifest.version());
    return locked(
        () -> {
          Path nameDir = root.resolve(manifest.name());
          Path target = nameDir.resolve(manifest.version());
          // build metadata does not order versions (semver 10): 1.0.0+a and 1.0.0+b would tie
          // for "latest", so only one of them may exist
          io.quidditch.udf.core.SemVer wanted =
              io.quidditch.udf.core.SemVer.parse(manifest.version());
          for (String existing : versions(manifest.name())) {
            if (!existing.equals(manifest.version())
                && io.quidditch.udf.core.SemVer.parse(existing).compareTo(wanted) == 0) {
              throw new ConflictException(
                  manifest.name()
                      + "@"
                      + manifest.version()
                      + " differs from the registered "
                      + existing
                      + " only in build metadata, which does not order versions; bump the"
                      + " version instead");
            }
          }
          if (Files.exists(target)) {
            throw new ConflictException(
                manifest.name()
                    + "@"
                    + manifest.version()
                    + " is already registered and versions are immutable; bump the version");
          }
          Files.createDirectories(nameDir);
          sweep(nameDir);
          Path staging = nameDir.resolve(STAGING_PREFIX + UUID.randomUUID());
          Files.createDirectory(staging);
          String digest = Digests.sha256(wasm);
          Instant now = Instant.now();
          writeDurably(staging.resolve(MODULE_FILE), wasm);
          byte[] manifestBytes = ManifestCodec.toYaml(manifest).getBytes(StandardCharsets.UTF_8);
          writeDurably(staging.resolve(MANIFEST_FILE), manifestBytes);
          ObjectNode entry = Json.MAPPER.createObjectNode();
          entry.put("name", manifest.name());
          entry.put("version", manifest.version());
          entry.put("digest", digest);
          // the manifest decides behaviour too (parameters, limits, permissions): it is checked
          // against this on every read, so an edit on disk is refused rather than obeyed
          entry.put("manifest_digest", Digests.sha256(manifestBytes));
          entry.put("size", wasm.length);
          entry.put("registered_at", now.toString());
          writeDurably(
              staging.resolve(ENTRY_FILE), Json.pretty(entry).getBytes(StandardCharsets.UTF_8));
          try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            deleteTree(staging);
            throw new ConflictException(
                manifest.name()
                    + "@"
                    + manifest.version()
                    + " could not be stored atomically: "
                    + e.getMessage());
          }
          return new RegistryEntry(manifest, digest, wasm.length, now, target);
        });
  }

  /** Every stored version, by name and then semantic version. */
  public List<RegistryEntry> list() {
    return listing().entries();
  }

  /** The readable versions, and a one-line problem for each version that cannot be read. */
  public record Listing(List<RegistryEntry> entries, List<String> problems) {}

  /**
   * Every stored version that can be read, by name and then semantic version, and what is wrong
   * with the others: one damaged version does not hide the rest.
   */
  public Listing listing() {
    List<RegistryEntry> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String name : names()) {
      for (String version : versions(name)) {
        try {
          out.add(read(name, version));
        } catch (BadInputException e) {
          problems.add(e.getMessage());
        }
      }
    }
    return new Listing(out, problems);
  }

  /** The names that have at least one version. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    for (Path p : children(root)) {
      String n = p.getFileName().toString();
      if (UdfRef.isValidName(n) && !versionsIn(p).isEmpty()) {
        names.add(n);
      }
    }
    names.sort(Comparator.naturalOrder());
    return names;
  }

  /** A name's versions in ascending semantic order; empty when unknown. */
  public List<String> versions(String name) {
    UdfRef.checkName(name);
    return versionsIn(root.resolve(name));
  }

  private List<String> versionsIn(Path nameDir) {
    List<SemVer> found = new ArrayList<>();
    for (Path p : children(nameDir)) {
      String v = p.getFileName().toString();
      if (SemVer.isValid(v) && Files.isRegularFile(p.resolve(ENTRY_FILE))) {
        found.add(SemVer.parse(v));
      }
    }
    found.sort(Comparator.naturalOrder());
    List<String> out = new ArrayList<>();
    found.forEach(v -> out.add(v.toString()));
    return out;
  }

  /** A version, or the latest (highest semantic version) when {@code version} is null. */
  public RegistryEntry get(String name, String version) {
    UdfRef.checkName(name);
    List<String> versions = versions(name);
    if (versions.isEmpty()) {
      throw new NotFoundException(
          "no UDF named '" + name + "' in the registry; list the registry to see what it holds");
    }
    if (version == null) {
      return read(name, versions.get(versions.size() - 1));
    }
    SemVer.parse(version);
    if (!versions.contains(version)) {
      throw new NotFoundException(
          name + " has no version " + version + "; known versions: " + String.join(", ", versions));
    }
    return read(name, version);
  }

  /** Reads a stored module and checks it against its recorded digest. */
  public byte[] readModule(RegistryEntry entry) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(entry.modulePath());
    } catch (IOException e) {
      throw new QuidudfException(
          ErrorKind.INVALID_MODULE,
          "cannot read stored module of "
              + entry.name()
              + "@"
              + entry.version()
              + ": "
              + e.getMessage());
    }
    String actual = Digests.sha256(bytes);
    if (!actual.equals(entry.digest())) {
      throw new InvalidModuleException(
          "stored module of "
              + entry.name()
              + "@"
              + entry.version()
              + " does not match its digest (changed on disk); remove it and register it again");
    }
    return bytes;
  }

  /** Removes one version; the name disappears with its last version. */
  public void remove(String name, String version) {
    UdfRef.checkName(name);
    SemVer.parse(version);
    locked(
        () -> {
          Path nameDir = root.resolve(name);
          Path target = nameDir.resolve(version);
          if (!Files.isRegularFile(target.resolve(ENTRY_FILE))) {
            throw new NotFoundException(
                name
                    + "@"
                    + version
                    + " is not in the registry; list its versions to see what it holds");
          }
          Path trash = nameDir.resolve(TRASH_PREFIX + UUID.randomUUID());
          Files.move(target, trash, StandardCopyOption.ATOMIC_MOVE);
          deleteTree(trash);
          return null;
        });
  }

  private RegistryEntry read(String name, String version) {
    Path dir = root.resolve(name).resolve(version);
    try {
      JsonNode entry =
          Json.parse(Files.readString(dir.resolve(ENTRY_FILE)), dir.resolve(ENTRY_FILE).toString());
      byte[] manifestBytes = Files.readAllBytes(dir.resolve(MANIFEST_FILE));
      String recorded = entry.path("manifest_digest").asText(null);
      if (recorded != null && !recorded.equals(Digests.sha256(manifestBytes))) {
        throw new TamperedException(
            "the manifest of "
                + name
                + "@"
                + version
                + " does not match its digest (udf.yaml changed on disk); remove the version and"
                + " register it again");
      }
      Manifest manifest =
          ManifestCodec.parseYaml(
              new String(manifestBytes, StandardCharsets.UTF_8),
              dir.resolve(MANIFEST_FILE).toString());
      return new RegistryEntry(
          manifest,
          entry.path("digest").asText(),
          entry.path("size").asLong(),
          Instant.parse(entry.path("registered_at").asText()),
          dir);
    } catch (IOException | RuntimeException e) {
      if (e instanceof NotFoundException || e instanceof TamperedException) {
        throw (RuntimeException) e;
      }
      throw new BadInputException(
          "registry entry "
              + name
              + "@"
              + version
              + " is unreadable ("
              + e.getMessage()
              + "); remove "
              + dir
              + " by hand");
    }
  }

  private static List<Path> children(Path dir) {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        if (Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")) {
          out.add(p);
        }
      }
    } catch (NoSuchFileException e) {
      return out;
    } catch (IOException e) {
      throw new BadInputException("cannot read registry directory " + dir + ": " + e.getMessage());
    }
    return out;
  }

  /** Deletes staging and trash directories left by a crashed writer; call under the lock. */
  private static void sweep(Path nameDir) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(nameDir)) {
      for (Path p : s) {
        String n = p.getFileName().toString();
        if (n.startsWith(STAGING_PREFIX) || n.startsWith(TRASH_PREFIX)) {
          deleteTree(p);
        }
      }
    }
  }

  private static void writeDurably(Path file, byte[] bytes) throws IOException {
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(bytes));
      ch.force(true);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Runs {@code action} holding the registry's lock (threads and processes alike). */
  private <T> T locked(DirectoryLock.Action<T> action) {
    try {
      return DirectoryLock.withLock(root, action);
    } catch (IOException e) {
      throw new BadInputException(
          "cannot write the registry at "
              + home
              + " ("
              + e.getMessage()
              + "); check its permissions or use another registry directory");
    }
  }

  /** A stored file that no longer matches its recorded digest. */
  private static final class TamperedException extends BadInputException {
    private static final long serialVersionUID = 1L;

    TamperedException(String message) {
      super(message);
    }
  }
}
