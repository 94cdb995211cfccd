package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.Digests;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ManifestCodec;
import io.quidditch.udf.core.ModuleInfo;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.SourceCompiler;
import io.quidditch.udf.core.UserFiles;
import io.quidditch.udf.core.runtime.LoadedUdf;
import io.quidditch.udf.core.runtime.UdfRuntime;
import io.quidditch.udf.harness.UdfLoader;
import io.quidditch.udf.harness.UdfSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quidudf compile}: source to .wasm, or check an existing .wasm against the ABI. */
@Command(
    name = "compile",
    mixinStandardHelpOptions = true,
    description = {
      "Compile UDF source (.wat, or .py in the typed Python subset) to a .wasm module, or check a"
          + " .wasm module against the host ABI.",
      "",
      "  quidudf compile score.wat -o score.wasm",
      "  quidudf compile filter.py      also writes udf.yaml from the metadata",
      "  quidudf compile filter.wasm    checks imports, exports and the ABI"
    })
public final class CompileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegistryOptions registry;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A .wat or .py source, or a .wasm module.")
  Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Where to write the module (default: FILE with .wasm).")
  Path output;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "Manifest to check the module against; by default the udf.yaml beside FILE.")
  Path manifest;

  @Option(
      names = "--function",
      paramLabel = "NAME",
      description = "Entry function to check (default: the manifest's, else filter).")
  String function;

  @Option(
      names = "--emit-wat",
      paramLabel = "FILE",
      description = "Also write the WebAssembly text generated from a .py source.")
  Path emitWat;

  @Mixin FormatOptions formatOptions;

  @Override
  public Integer call() throws IOException {
    UdfLoader loader = Commands.loader(registry);
    UdfSource source = loader.fromFile(file, manifest, function);
    if (emitWat != null) {
      SourceCompiler front = Commands.compilers().forFile(file.getFileName().toString());
      String text =
          front == null
              ? null
              : front.generatedText(file.getFileName().toString(), UserFiles.readString(file));
      if (text == null) {
        throw new BadInputException(
            "--emit-wat is for sources compiled through WebAssembly text, such as .py; "
                + file
                + " is not one");
      }
      writeAtomically(emitWat, text.getBytes(StandardCharsets.UTF_8));
    }
    Manifest checked =
        function == null ? source.manifest() : source.manifest().withFunctionName(function);
    boolean isWasm = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wasm");
    UdfRuntime runtime = EngineOptions.checkingRuntime(registry);
    ModuleInfo info = runtime.inspect(source.wasm());
    String problem = null;
    LoadedUdf loaded = null;
    try {
      loaded = runtime.load(source.wasm(), checked);
    } catch (QuidudfException e) {
      problem = e.getMessage();
    }
    Path written = null;
    if (!isWasm) {
      written = output != null ? output : siblingWasm(file);
      writeAtomically(written, source.wasm());
      if (source.manifestFromSource()) {
        writeManifest(written.toAbsolutePath().resolveSibling("udf.yaml"), source.manifest());
      }
    } else if (output != null) {
      throw new BadInputException("-o is for compiling source; " + file + " is already a module");
    }
    render(info, checked, loaded, problem, written);
    return problem == null ? ExitCode.OK : ExitCode.BAD_INPUT;
  }

  private void render(ModuleInfo info, Manifest m, LoadedUdf loaded, String problem, Path written) {
    PrintWriter out = spec.commandLine().getOut();
    if (formatOptions.json()) {
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.put("file", file.toString());
      if (written != null) {
        n.put("output", written.toString());
      }
      if (emitWat != null) {
        n.put("wat_output", emitWat.toString());
      }
      n.put("valid", problem == null);
      n.put("function_name", m.functionName());
      if (loaded != null) {
        n.put("entry_signature", loaded.entrySignature());
        n.put("returns", loaded.returns().yamlName());
      }
      ArrayNode problems = n.putArray("problems");
      if (problem != null) {
        problems.add(problem);
      }
      n.set("module", Views.module(info));
      Views.fields(n, info, m);
      out.println(Json.pretty(n));
      return;
    }
    if (written != null) {
      out.println(
          "wrote "
              + written
              + " ("
              + info.size()
              + " bytes, sha256:"
              + Digests.sha256(readBack(written)).substring(0, 16)
              + "...)");
      if (emitWat != null) {
        out.println("wrote " + emitWat + " (the generated WebAssembly text)");
      }
    } else {
      Views.printModule(out, info);
      Views.printFields(out, spec.commandLine().getErr(), "compile", info, m);
      Views.printStringCodes(out, spec.commandLine().getErr(), "compile", info, m);
      if (loaded != null) {
        out.println(
            "entry:   "
                + m.functionName()
                + " "
                + loaded.entrySignature()
                + " -> "
                + loaded.returns().yamlName());
      }
    }
    if (problem != null) {
      spec.commandLine().getErr().println("quidudf compile: " + file + ": " + problem);
    } else if (written == null) {
      out.println("ok: valid module, links against host ABI v1");
    }
  }

  /** The first line of a udf.yaml that compile writes, and may write again. */
  static final String WRITTEN_BY = "# written by quidudf compile from the source's metadata";

  /**
   * Writes the manifest the source declares beside the module, unless a udf.yaml is there that
   * compile did not write (a user's own): that one is kept, and a warning says when it differs.
   */
  private void writeManifest(Path yaml, Manifest fromSource) throws IOException {
    // with how the module is made, so that test can tell when it is older than its source
    String recipe = "source: " + file.getFileName() + "\n";
    if (Files.isRegularFile(yaml.resolveSibling("build.sh"))) {
      recipe += "build: ./build.sh\n";
    }
    String text = WRITTEN_BY + "\n" + ManifestCodec.toYaml(fromSource) + recipe;
    if (Files.isRegularFile(yaml)) {
      String existing = UserFiles.readString(yaml);
      if (!existing.startsWith(WRITTEN_BY)) {
        Manifest kept = null;
        try {
          kept = ManifestCodec.parseYaml(existing, yaml.toString());
        } catch (QuidudfException e) {
          // a broken file of the user's is still the user's
        }
        if (kept == null || !ManifestCodec.digest(kept).equals(ManifestCodec.digest(fromSource))) {
          spec.commandLine()
              .getErr()
              .println(
                  "quidudf compile: warning: kept "
                      + yaml
                      + ", which compile did not write and which differs from the source's"
                      + " metadata; delete it to have compile write it");
        }
        return;
      }
    }
    writeAtomically(yaml, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] readBack(Path p) {
    return UserFiles.read(p);
  }

  static Path siblingWasm(Path source) {
    String name = source.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return source.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".wasm");
  }

  /** Refuses, before any work, an output path whose directory does not exist. */
  static void checkWritable(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      throw new io.quidditch.udf.core.BadInputException(
          "no directory " + dir + " to write " + target.getFileName() + " in; create it first");
    }
  }

  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    checkWritable(target);
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, ".quidudf-", ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.setPosixFilePermissions(
            tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
