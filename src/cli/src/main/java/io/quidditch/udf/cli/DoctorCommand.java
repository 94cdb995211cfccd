package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.Json;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code quidudf doctor}: what this machine has for quidudf, and how to add what is missing. */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description =
        "Check Java, the registry and each language toolchain; say how to install what is missing.")
public final class DoctorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegistryOptions registry;

  @Mixin FormatOptions output;

  record Check(String name, boolean ok, boolean essential, String detail, String fix) {}

  @Override
  public Integer call() {
    List<Check> checks = new ArrayList<>();
    int feature = Runtime.version().feature();
    checks.add(
        new Check(
            "java",
            feature >= 17,
            true,
            "Java " + System.getProperty("java.version"),
            "install a JDK 17 or newer"));
    checks.add(registryCheck());
    checks.add(new Check("wat", true, false, "built in (WABT's wat2wasm on Chicory)", ""));
    boolean clang =
        onPath("clang-14") && Files.isExecutable(Path.of("/usr/lib/llvm-14/bin/wasm-ld"));
    checks.add(
        new Check(
            "c",
            clang,
            false,
            clang ? "clang-14 with wasm-ld" : "clang-14 or its wasm-ld is missing",
            "apt-get install clang-14 lld-14"));
    boolean rust =
        Files.isExecutable(Path.of("/usr/bin/rustc"))
            && Files.isDirectory(Path.of("/usr/lib/rustlib/wasm32-unknown-unknown"));
    checks.add(
        new Check(
            "rust",
            rust,
            false,
            rust
                ? "Debian rustc with the wasm32-unknown-unknown standard library"
                : "Debian rustc or its wasm32 library is missing",
            "apt-get install rustc libstd-rust-dev-wasm32"));
    checks.add(
        new Check(
            "python",
            true,
            false,
            "the Python compiler (a typed subset, built in: no CPython needed)",
            ""));
    checks.add(
        new Check(
            "node",
            onPath("node"),
            false,
            onPath("node")
                ? "node (for src/bench/compare.sh)"
                : "node is missing (only src/bench/compare.sh needs it)",
            "apt-get install nodejs"));
    boolean healthy = checks.stream().allMatch(c -> c.ok() || !c.essential());
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.put("healthy", healthy);
      ArrayNode arr = n.putArray("checks");
      checks.forEach(
          c ->
              arr.addObject()
                  .put("name", c.name())
                  .put("ok", c.ok())
                  .put("essential", c.essential())
                  .put("detail", c.detail())
                  .put("fix", c.ok() ? null : c.fix()));
      out.println(Json.pretty(n));
    } else {
      for (Check c : checks) {
        out.printf(
            "%-8s %-8s %s%s%n",
            c.name(),
            c.ok() ? "ok" : c.essential() ? "MISSING" : "missing",
            c.detail(),
            c.ok() ? "" : "  ->  " + c.fix());
      }
      out.println(
          healthy ? "quidudf is ready" : "quidudf cannot work until the MISSING items are fixed");
    }
    return healthy ? ExitCode.OK : ExitCode.NO;
  }

  private Check registryCheck() {
    Path home = registry.home();
    try {
      Files.createDirectories(home);
      Path probe = Files.createTempFile(home, ".doctor-", ".tmp");
      Files.delete(probe);
      return new Check("registry", true, true, home + " (writable)", "");
    } catch (IOException | RuntimeException e) {
      return new Check(
          "registry",
          false,
          true,
          home + " is not writable (" + e.getMessage() + ")",
          "pass --registry DIR or set QUIDUDF_HOME to a writable directory");
    }
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
