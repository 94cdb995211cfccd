package io.quidditch.udf.harness;

import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ConflictException;
import io.quidditch.udf.core.UdfRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * New UDF folders from templates: source, udf.yaml, tests.yaml, build.sh, README. The C and Rust
 * templates ship their built module too, so the tests pass before any toolchain is installed.
 */
public final class Scaffold {
  private static final String BASE = "/io/quidditch/udf/templates/";

  private Scaffold() {}

  /** The languages {@code init} knows. */
  public static final List<String> LANGUAGES = List.of("wat", "c", "rust", "python");

  /** Creates {@code dir} for a new UDF; returns the files written, relative to it. */
  public static List<String> create(Path dir, String name, String lang) {
    UdfRef.checkName(name);
    String l = lang.toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(l)) {
      throw new BadInputException("unknown language '" + lang + "'; use wat, python, c or rust");
    }
    if (Files.exists(dir) && !isEmptyDir(dir)) {
      throw new ConflictException(
          dir + " already exists and is not empty; choose another name or --dir");
    }
    List<String> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      String module = name + (l.equals("wat") ? ".wat" : l.equals("python") ? ".py" : ".wasm");
      switch (l) {
        case "wat":
          text(dir, "wat/udf.wat", name + ".wat", name, l, module, written);
          break;
        case "python":
          text(dir, "python/udf.py", name + ".py", name, l, module, written);
          break;
        case "c":
          text(dir, "c/udf.c", name + ".c", name, l, module, written);
          bytes(dir, "c/udf.wasm", name + ".wasm", written);
          break;
        default:
          Files.createDirectories(dir.resolve("src"));
          text(dir, "rust/lib.rs", "src/lib.rs", name, l, module, written);
          bytes(dir, "rust/udf.wasm", name + ".wasm", written);
          break;
      }
      text(dir, l + "/build.sh", "build.sh", name, l, module, written);
      setExecutable(dir.resolve("build.sh"));
      if (!l.equals("python")) {
        // a Python UDF's manifest comes from its source; compile writes udf.yaml
        text(dir, "udf.yaml", "udf.yaml", name, l, module, written);
      }
      text(dir, "tests.yaml", "tests.yaml", name, l, module, written);
      Files.writeString(dir.resolve("README.md"), readme(name, l), StandardCharsets.UTF_8);
      written.add("README.md");
    } catch (IOException e) {
      throw new BadInputException("cannot create " + dir + ": " + e.getMessage());
    }
    return written;
  }

  private static boolean isEmptyDir(Path dir) {
    try (var s = Files.list(dir)) {
      return Files.isDirectory(dir) && s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static void text(
      Path dir,
      String resource,
      String target,
      String name,
      String lang,
      String module,
      List<String> written)
      throws IOException {
    String t =
        new String(resource(resource), StandardCharsets.UTF_8)
            .replace("{{name}}", name)
            .replace("{{lang}}", lang)
            .replace("{{module}}", module)
            .replace(
                "{{source}}",
                lang.equals("rust") ? "src/lib.rs" : name + (lang.equals("c") ? ".c" : "." + lang));
    Files.writeString(dir.resolve(target), t, StandardCharsets.UTF_8);
    written.add(target);
  }

  private static void bytes(Path dir, String resource, String target, List<String> written)
      throws IOException {
    Files.write(dir.resolve(target), resource(resource));
    written.add(target);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = Scaffold.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IOException("template " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    }
  }

  private static void setExecutable(Path p) {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX file system: run it with bash build.sh
    }
  }

  private static String readme(String name, String lang) {
    String build;
    switch (lang) {
      case "wat":
        build =
            "quidudf compiles the .wat itself: `quidudf test .` works as is; `./build.sh` writes "
                + name
                + ".wasm.";
        break;
      case "c":
        build =
            "`./build.sh` rebuilds "
                + name
                + ".wasm with clang-14 and lld-14 (apt-get install clang-14 lld-14).";
        break;
      case "python":
        build =
            "quidudf compiles the .py itself (no CPython needed): `quidudf test .` works as is;"
                + " `./build.sh` writes "
                + name
                + ".wasm and udf.yaml from the source's metadata.";
        break;
      default:
        build =
            "`./build.sh` rebuilds "
                + name
                + ".wasm with Debian's rustc (apt-get install rustc libstd-rust-dev-wasm32).";
    }
    return "# "
        + name
        + "\n\nA UDF that keeps documents whose `price` is at most `max_price` (default 100).\n\n"
        + build
        + "\n\n```bash\nquidudf test .                      # the cases in tests.yaml\nquidudf register "
        + name
        + (lang.equals("wat") ? ".wat" : ".wasm")
        + "          # into the local registry\nquidudf repl "
        + name
        + (lang.equals("wat") ? ".wat" : ".wasm")
        + "              # try it interactively\n```\n";
  }
}
