package io.quidditch.udf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quidditch.udf.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code bash} block of the README, run as written and in order in a fresh copy of the
 * checkout, as a new user would: each block from the top of the copy, {@code quidudf} on the PATH
 * only through the README's own install step, a scratch home. A block the README marks {@code <!--
 * not run by ReadmeIT: why -->} is left out; only the three that need the suite itself, an
 * OpenSearch node or spark-submit may be. The transcript is kept in {@code
 * target/readme-transcript.txt}.
 */
class ReadmeIT {
  private static final String NOT_RUN = "<!-- not run by ReadmeIT:";

  @TempDir Path tmp;

  record Block(int line, String code, boolean run) {}

  static List<Block> blocks(String readme) {
    List<Block> out = new ArrayList<>();
    List<String> lines = readme.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).equals("```bash")) {
        continue;
      }
      boolean run = i == 0 || !lines.get(i - 1).startsWith(NOT_RUN);
      StringBuilder code = new StringBuilder();
      int start = i + 1;
      while (!lines.get(++i).equals("```")) {
        code.append(lines.get(i)).append('\n');
      }
      out.add(new Block(start, code.toString(), run));
    }
    return out;
  }

  @Test
  void everySnippetRunsAsWrittenInAFreshCopy() throws Exception {
    Path root = Fixtures.root();
    List<Block> blocks = blocks(Files.readString(root.resolve("README.md")));
    assertThat(blocks.stream().filter(b -> !b.run()).count())
        .as("only the quick start, OpenSearch and Spark blocks are left out")
        .isEqualTo(3);
    Path copy = tmp.resolve("quidudf");
    copyCheckout(root, copy);
    Path home = tmp.resolve("home");
    Files.createDirectories(home);
    StringBuilder transcript = new StringBuilder();
    for (Block b : blocks) {
      if (!b.run()) {
        continue;
      }
      Path out = tmp.resolve("block-" + b.line() + ".out");
      ProcessBuilder pb =
          new ProcessBuilder("bash", "-euo", "pipefail", "-c", b.code())
              .directory(copy.toFile())
              .redirectErrorStream(true)
              .redirectOutput(out.toFile());
      pb.environment().put("HOME", home.toString());
      pb.environment().remove("QUIDUDF_HOME");
      pb.environment().put("PATH", home.resolve(".local/bin") + ":" + System.getenv("PATH"));
      Process p = pb.start();
      p.getOutputStream().close();
      // no time limit a slow machine could hit: only a hung block reaches this
      boolean ended = p.waitFor(10, TimeUnit.MINUTES);
      if (!ended) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
      }
      String text = Files.readString(out, StandardCharsets.UTF_8);
      transcript
          .append("$ # README.md line ")
          .append(b.line())
          .append('\n')
          .append(b.code().lines().map(l -> "$ " + l).reduce((x, y) -> x + "\n" + y).orElse(""))
          .append('\n')
          .append(text)
          .append(ended ? "(exit " + p.exitValue() + ")\n\n" : "(hung)\n\n");
      Files.writeString(
          root.resolve("src/cli/target/readme-transcript.txt"), transcript, StandardCharsets.UTF_8);
      assertThat(ended).as("README line %d hung:%n%s", b.line(), text).isTrue();
      assertThat(p.exitValue()).as("README line %d:%n%s%n%s", b.line(), b.code(), text).isZero();
    }
    String all = transcript.toString();
    // what the blocks say they print
    assertThat(all).contains("13 passed, 0 failed, 0 errors").contains("\"total\"");
    assertThat(all).doesNotContain("Exception").doesNotContain("\tat ");
  }

  /** The files git knows of, as they are in the working tree, and the built jar. */
  private static void copyCheckout(Path root, Path copy) throws IOException, InterruptedException {
    Process git =
        new ProcessBuilder("git", "ls-files", "-z")
            .directory(root.toFile())
            .redirectErrorStream(true)
            .start();
    String files = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(git.waitFor()).as(files).isZero();
    for (String f : files.split("\0")) {
      Path from = root.resolve(f);
      if (f.isEmpty() || !Files.isRegularFile(from)) {
        continue; // deleted in the working tree
      }
      Path to = copy.resolve(f);
      Files.createDirectories(to.getParent());
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
    // the jar the build just made, older than none of the sources, so bin/quidudf uses it
    Files.createDirectories(copy.resolve("target"));
    for (String built : List.of("quidudf.jar", "quidudf.jsa", "quidudf.jsa.java")) {
      Path from = root.resolve("target").resolve(built);
      if (Files.isRegularFile(from)) {
        Files.copy(from, copy.resolve("target").resolve(built), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }
}
