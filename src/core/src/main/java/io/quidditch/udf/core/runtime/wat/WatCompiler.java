package io.quidditch.udf.core.runtime.wat;

import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import io.quidditch.udf.core.CompileException;
import io.quidditch.udf.core.Diagnostic;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.SourceCompiler;
import io.quidditch.udf.core.runtime.FlatMemory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * WebAssembly text to binary, by running WABT's {@code wat2wasm} (itself a WebAssembly module,
 * compiled to JVM bytecode at build time) on Chicory with a sandboxed WASI that sees only one
 * temporary directory.
 */
public final class WatCompiler implements SourceCompiler {
  private static final String GUEST_DIR = "/src";
  private static final Pattern DIAGNOSTIC =
      Pattern.compile(
          "^" + Pattern.quote(GUEST_DIR + "/input.wat") + ":(\\d+):(\\d+): (?:error: )?(.*)$");

  @Override
  public String language() {
    return "wat";
  }

  @Override
  public Set<String> extensions() {
    return Set.of("wat", "wast");
  }

  @Override
  public CompiledSource compile(String fileName, String source) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("quidudf-wat");
      Files.writeString(dir.resolve("input.wat"), source, StandardCharsets.UTF_8);
      ByteArrayOutputStream stderr = new ByteArrayOutputStream();
      int exit;
      try {
        exit = run(dir, stderr);
      } catch (RuntimeException | StackOverflowError e) {
        // wat2wasm runs as WebAssembly with a fixed stack: very deep nesting overruns it
        throw new CompileException(
            fileName,
            List.of(
                new Diagnostic(
                    fileName,
                    1,
                    1,
                    "the text compiler ran out of room on this input (nested too deeply, or too"
                        + " large); flatten its nesting or split it into functions",
                    source.isEmpty() ? null : source.split("\n", 2)[0])));
      }
      // wat2wasm colours its messages; the escape codes would only get in the way here
      String errors = stderr.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;]*m", "");
      Path output = dir.resolve("output.wasm");
      if (exit != 0 || !Files.exists(output)) {
        throw new CompileException(fileName, diagnostics(fileName, source, errors));
      }
      return new CompiledSource(Files.readAllBytes(output), null);
    } catch (IOException e) {
      throw new QuidudfException(
          ErrorKind.INTERNAL,
          "could not use a temporary directory for wat2wasm: " + e.getMessage());
    } finally {
      deleteQuietly(dir);
    }
  }

  private static int run(Path dir, ByteArrayOutputStream stderr) {
    WasiOptions options =
        WasiOptions.builder()
            .withStdout(new ByteArrayOutputStream())
            .withStderr(stderr)
            .withDirectory(GUEST_DIR, dir)
            .withArguments(
                List.of("wat2wasm", GUEST_DIR + "/input.wat", "-o", GUEST_DIR + "/output.wasm"))
            .build();
    try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(options).build()) {
      ImportValues imports = ImportValues.builder().addFunction(wasi.toHostFunctions()).build();
      Instance instance =
          Instance.builder(Wat2WasmModule.load())
              .withMachineFactory(Wat2WasmModule::create)
              .withMemoryFactory(FlatMemory::capped)
              .withImportValues(imports)
              .withStart(false)
              .build();
      instance.export("_start").apply();
      return 0;
    } catch (WasiExitException e) {
      return e.exitCode();
    }
  }

  static List<Diagnostic> diagnostics(String fileName, String source, String errors) {
    String[] lines = source.split("\n", -1);
    List<Diagnostic> out = new ArrayList<>();
    for (String line : errors.split("\n")) {
      Matcher m = DIAGNOSTIC.matcher(line);
      if (m.matches()) {
        int ln = Integer.parseInt(m.group(1));
        int col = Integer.parseInt(m.group(2));
        String text = ln >= 1 && ln <= lines.length ? lines[ln - 1].replace("\r", "") : null;
        out.add(new Diagnostic(fileName, ln, col, m.group(3), text));
      }
    }
    if (out.isEmpty()) {
      String msg =
          errors.isBlank()
              ? "wat2wasm failed without a message"
              : errors.strip().replace(GUEST_DIR + "/input.wat", fileName);
      out.add(new Diagnostic(fileName, 0, 0, msg, null));
    }
    return out;
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary directory is harmless
    }
  }
}
