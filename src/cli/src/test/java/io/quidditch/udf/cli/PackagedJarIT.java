package io.quidditch.udf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quidditch.udf.Fixtures;
import io.quidditch.udf.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as a real process: exit codes, output streams, several processes at once. */
class PackagedJarIT {
  @TempDir Path tmp;

  record Result(int code, String out, String err) {}

  private Process start(String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-jar");
    cmd.add(Fixtures.root().resolve("target/quidudf.jar").toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(Fixtures.root().toFile());
    pb.redirectOutput(tmp.resolve("out-" + System.nanoTime()).toFile());
    return pb.redirectErrorStream(false).start();
  }

  private Result run(String... args) throws Exception {
    Path out = tmp.resolve("stdout-" + System.nanoTime());
    Path err = tmp.resolve("stderr-" + System.nanoTime());
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-jar");
    cmd.add(Fixtures.root().resolve("target/quidudf.jar").toString());
    cmd.addAll(List.of(args));
    Process p =
        new ProcessBuilder(cmd)
            .directory(Fixtures.root().toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void versionAndExampleTests() throws Exception {
    assertThat(run("--version").out()).startsWith("quidudf ");
    Result r = run("test", "examples", "--registry", tmp.resolve("home").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("0 failed, 0 errors");
  }

  /**
   * bin/quidudf's class-data archive holds the command line's classes: picocli and ASM are shipped
   * as Java 8 class files (their jars' Java 5 ones are never archived), and a training run's
   * archive serves picocli to the next process. The check runs {@code --help}: a lone {@code
   * --version} is answered before any parser is built, so it loads no CommandSpec.
   */
  @Test
  void theClassDataArchiveIsReallyUsed() throws Exception {
    Path jar = Fixtures.root().resolve("target/quidudf.jar");
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      List<String> old = new ArrayList<>();
      for (var e : java.util.Collections.list(zip.entries())) {
        String name = e.getName();
        if (name.endsWith(".class")
            && (name.startsWith("picocli/") || name.startsWith("org/objectweb/asm/"))) {
          byte[] head = zip.getInputStream(e).readNBytes(8);
          if ((((head[6] & 0xFF) << 8) | (head[7] & 0xFF)) < 50) {
            old.add(name);
          }
        }
      }
      assertThat(old).as("class files older than Java 6").isEmpty();
    }
    Path jsa = tmp.resolve("quidudf.jsa");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process train =
        new ProcessBuilder(
                java,
                "-XX:ArchiveClassesAtExit=" + jsa,
                "-cp",
                jar.toString(),
                "io.quidditch.udf.cli.Training",
                Fixtures.root().resolve("examples").toString(),
                tmp.resolve("training").toString())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("training.log").toFile())
            .start();
    assertThat(train.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(train.exitValue()).as(Files.readString(tmp.resolve("training.log"))).isZero();
    Path log = tmp.resolve("classes.log");
    Process p =
        new ProcessBuilder(
                java,
                "-XX:SharedArchiveFile=" + jsa,
                "-Xshare:on",
                "-Xlog:class+load:file=" + log,
                "-jar",
                jar.toString(),
                "--help")
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("help.out").toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(tmp.resolve("help.out"))).isZero();
    assertThat(Files.readAllLines(log))
        .filteredOn(
            l ->
                l.contains(" picocli.CommandLine ")
                    || l.contains(" picocli.CommandLine$Model$CommandSpec "))
        .hasSize(2)
        .allMatch(l -> l.contains("shared objects file"));
  }

  @Test
  void theReadmeQuickStartRunsAsWritten() throws Exception {
    String readme = Files.readString(Fixtures.root().resolve("README.md"));
    String block = readme.substring(readme.indexOf("## Quick start"));
    block =
        block.substring(
            block.indexOf("```bash") + 7, block.indexOf("```", block.indexOf("```bash") + 7));
    List<String> commands =
        block
            .lines()
            .map(l -> l.replaceAll("#.*", "").strip())
            .filter(l -> !l.isEmpty())
            .collect(java.util.stream.Collectors.toList());
    assertThat(commands).containsExactly("bin/quidudf test examples", "./mvnw -B verify");
    ProcessBuilder pb =
        new ProcessBuilder("bash", "-c", commands.get(0))
            .directory(Fixtures.root().toFile())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("quickstart.out").toFile());
    // a user's run writes under ~/.quidudf; the test keeps to its own directory
    pb.environment().put("QUIDUDF_HOME", tmp.resolve("quickstart-home").toString());
    Process p = pb.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    String out = Files.readString(tmp.resolve("quickstart.out"));
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).containsPattern("[1-9][0-9]* passed, 0 failed, 0 errors");
  }

  @Test
  void badInputExitsThreeWithoutAStackTrace() throws Exception {
    Path bad = tmp.resolve("bad.wasm");
    Files.write(bad, new byte[] {1, 2, 3});
    Result r = run("compile", bad.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err().strip())
        .startsWith("quidudf compile: not a WebAssembly module")
        .doesNotContain("\tat ");
    assertThat(run("test").code()).isEqualTo(2);
  }

  @Test
  void serveAcceptsPushesAndDrainsOnSigterm() throws Exception {
    Path home = tmp.resolve("serve-home");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Fixtures.root().resolve("target/quidudf.jar").toString(),
                "serve",
                "--port",
                "0",
                // the call below spins to its limit: long enough that a loaded machine sees it
                // in flight before it ends; the stop waits for it as long as that
                "--timeout-ms",
                "20000",
                "--registry",
                home.toString()));
    Process server =
        new ProcessBuilder(cmd).redirectError(tmp.resolve("serve.err").toFile()).start();
    try {
      // its first line, printed once it listens (readLine waits for it; null if it died)
      String line = new java.io.BufferedReader(server.inputReader()).readLine();
      String url =
          line != null && line.startsWith("quidudf serving on ")
              ? line.strip().substring("quidudf serving on ".length())
              : null;
      assertThat(url).as("the server printed its URL").isNotNull();
      Path spin = tmp.resolve("spin.wat");
      Files.writeString(
          spin,
          "(module (func (export \"filter\") (param i64) (result i32) (loop $l (br $l)) (i32.const 0)))");
      Result pushed =
          run("register", spin.toString(), "--server", url, "--name", "spin", "--version", "1.0.0");
      assertThat(pushed.code()).as(pushed.err()).isZero();
      assertThat(pushed.out()).contains("registered spin@1.0.0");

      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      java.net.http.HttpRequest slow =
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "/api/v1/udfs/spin/test"))
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
              .build();
      var inFlight = http.sendAsync(slow, java.net.http.HttpResponse.BodyHandlers.ofString());
      // wait until the server is answering it (each poll is a round trip), then SIGTERM
      java.net.http.HttpRequest health =
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "/health")).build();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (Json.parse(
                  http.send(health, java.net.http.HttpResponse.BodyHandlers.ofString()).body(),
                  "health")
              .path("in_flight")
              .asInt()
          < 1) {
        assertThat(inFlight.isDone()).as("the call is still running").isFalse();
        assertThat(System.nanoTime()).as("the call reached the server").isLessThan(deadline);
      }
      server.destroy(); // SIGTERM while the 20-second call runs
      var response = inFlight.get(120, TimeUnit.SECONDS);
      assertThat(response.statusCode())
          .as("the in-flight request was answered, not cut")
          .isEqualTo(422);
      assertThat(response.body()).contains("\"timeout\"");
      assertThat(server.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(server.exitValue()).as("a drained stop exits 0").isZero();
    } finally {
      server.destroyForcibly();
    }
  }

  @Test
  void severalProcessesRegisteringAtOnceLoseNothing() throws Exception {
    Path home = tmp.resolve("shared-home");
    String module = Fixtures.root().resolve("examples/custom-score/custom_score.wasm").toString();
    List<Process> procs = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      for (int v = 0; v < 3; v++) {
        procs.add(
            start(
                "register",
                module,
                "--registry",
                home.toString(),
                "--version",
                p + "." + v + ".0"));
      }
    }
    for (Process proc : procs) {
      assertThat(proc.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(proc.exitValue()).isZero();
    }
    Result list = run("list", "--registry", home.toString(), "--format", "json");
    assertThat(list.out()).contains("\"total\" : 12");
  }
}
