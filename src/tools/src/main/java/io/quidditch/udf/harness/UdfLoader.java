package io.quidditch.udf.harness;

import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ManifestCodec;
import io.quidditch.udf.core.ModulePolicy;
import io.quidditch.udf.core.SourceCompiler;
import io.quidditch.udf.core.UdfRef;
import io.quidditch.udf.core.UserFiles;
import io.quidditch.udf.core.registry.Registry;
import io.quidditch.udf.core.registry.RegistryEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns what a user names (a {@code .wasm} file, a source file, or {@code name@version} in the
 * registry) into a {@link UdfSource}, compiling source on the fly.
 */
public final class UdfLoader {
  private final Registry registry;
  private final Compilers compilers;
  private final ModulePolicy policy;

  public UdfLoader(Registry registry, Compilers compilers) {
    this(registry, compilers, ModulePolicy.none());
  }

  /** A loader that checks every module it hands out against a policy (signatures, say). */
  public UdfLoader(Registry registry, Compilers compilers, ModulePolicy policy) {
    this.registry = registry;
    this.compilers = compilers;
    this.policy = policy;
  }

  public Compilers compilers() {
    return compilers;
  }

  public Registry registry() {
    return registry;
  }

  /**
   * Resolves a reference.
   *
   * @param ref a path (relative to {@code baseDir}) or a registry reference
   * @param manifestPath an explicit manifest, or null to use {@code udf.yaml} beside the file
   */
  public UdfSource resolve(String ref, Path baseDir, Path manifestPath) {
    Path path = baseDir == null ? Path.of(ref) : baseDir.resolve(ref);
    boolean looksLikeFile =
        ref.contains("/") || ref.contains("\\") || ref.contains(".") && !ref.contains("@");
    if (Files.isRegularFile(path) || looksLikeFile) {
      return fromFile(path, manifestPath);
    }
    if (Files.isDirectory(path)) {
      throw new BadInputException(ref + " is a directory; name a .wasm or source file inside it");
    }
    UdfRef udf = UdfRef.parse(ref);
    if (registry == null) {
      throw new BadInputException("no registry to look up " + ref + " in; pass --registry");
    }
    RegistryEntry entry = registry.get(udf.name(), udf.version());
    byte[] module = registry.readModule(entry);
    // a registered module is held to the same policy as a file: a signature is checked on load
    policy.check(module, entry.manifest(), udf.name() + "@" + entry.version());
    return new UdfSource(entry.manifest(), module, udf.name() + "@" + entry.version(), null, false);
  }

  /** Loads a module or source file with its manifest. */
  public UdfSource fromFile(Path path, Path manifestPath) {
    return fromFile(path, manifestPath, null);
  }

  /**
   * As {@link #fromFile(Path, Path)}, compiling a source with {@code entry} as its entry function
   * (null: the front end's choice).
   */
  public UdfSource fromFile(Path path, Path manifestPath, String entry) {
    byte[] bytes = UserFiles.read(path);
    Manifest manifest = null;
    Path manifestFile = manifestPath;
    if (manifestFile == null) {
      Path beside = path.toAbsolutePath().getParent().resolve("udf.yaml");
      manifestFile = Files.isRegularFile(beside) ? beside : null;
    }
    if (manifestFile != null) {
      manifest =
          ManifestCodec.parseYaml(UserFiles.readString(manifestFile), manifestFile.toString());
    }
    String fileName = path.getFileName().toString();
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".wasm")) {
      policy.check(bytes, manifest, path.toString());
      return new UdfSource(
          manifest == null ? anonymous(fileName) : manifest, bytes, path.toString(), null, false);
    }
    SourceCompiler compiler = compilers.forFile(fileName);
    if (compiler == null) {
      throw new BadInputException(
          path
              + " is neither a .wasm module nor a known source file; use .wasm or one of "
              + String.join(", ", compilers.extensions()));
    }
    SourceCompiler.CompiledSource out =
        compiler.compile(path.toString(), new String(bytes, StandardCharsets.UTF_8), entry);
    // metadata in the source wins over a udf.yaml beside it (compile rewrites that file from it);
    // an explicit --manifest wins over both
    boolean fromSource = manifestPath == null && out.manifest() != null;
    Manifest m = fromSource ? out.manifest() : manifest != null ? manifest : anonymous(fileName);
    policy.check(out.wasm(), fromSource || manifest != null ? m : null, path.toString());
    return new UdfSource(m, out.wasm(), path.toString(), path, fromSource);
  }

  /** A manifest for a bare module, named after its file. */
  static Manifest anonymous(String fileName) {
    String stem =
        fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    String name =
        stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-").replaceAll("^[-_]+", "");
    if (name.length() > 64) {
      name = name.substring(0, 64);
    }
    return Manifest.anonymous(UdfRef.isValidName(name) ? name : "udf", null);
  }
}
