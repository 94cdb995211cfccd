package io.quidditch.udf.harness;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.UserFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * How a module is built, from {@code source:} and {@code build:} in the {@code udf.yaml} beside it,
 * and whether the module is older than its source.
 *
 * @param manifest the udf.yaml that says so
 * @param source the source file, resolved against the manifest's directory, or null
 * @param command the shell command that builds the module, run in that directory, or null
 */
public record BuildRecipe(Path manifest, Path source, String command) {
  /**
   * How much later than its module a source must be changed to count as newer: a fresh clone writes
   * both within a moment of each other, in any order.
   */
  private static final long SLACK_MILLIS = 2_000;

  /** The recipe in {@code dir/udf.yaml}, if it has a {@code source:} or {@code build:}. */
  public static Optional<BuildRecipe> in(Path dir) {
    Path yaml = dir.resolve("udf.yaml");
    if (!Files.isRegularFile(yaml)) {
      return Optional.empty();
    }
    JsonNode tree = Json.parseYaml(UserFiles.readString(yaml), yaml.toString());
    String source = tree.path("source").isValueNode() ? tree.path("source").asText() : null;
    String build = tree.path("build").isValueNode() ? tree.path("build").asText() : null;
    if (source == null && build == null) {
      return Optional.empty();
    }
    Path dirAbs = yaml.toAbsolutePath().getParent();
    return Optional.of(
        new BuildRecipe(yaml, source == null ? null : dirAbs.resolve(source), build));
  }

  /** The recipe beside a module file (in its directory's udf.yaml), if any. */
  public static Optional<BuildRecipe> beside(Path module) {
    Path dir = module.toAbsolutePath().getParent();
    return dir == null ? Optional.empty() : in(dir);
  }

  /** The directory the build runs in. */
  public Path dir() {
    return manifest.toAbsolutePath().getParent();
  }

  /**
   * A warning when {@code module} was last written before its source was changed, or empty: a test
   * of such a module tests old code.
   */
  public Optional<String> stalenessOf(Path module) {
    if (source == null || !Files.isRegularFile(source) || !Files.isRegularFile(module)) {
      return Optional.empty();
    }
    try {
      FileTime built = Files.getLastModifiedTime(module);
      FileTime edited = Files.getLastModifiedTime(source);
      if (edited.toMillis() - built.toMillis() <= SLACK_MILLIS) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    String how =
        command != null
            ? "run 'quidudf build " + shown(dir()) + "' (it runs " + command + ")"
            : "rebuild it";
    return Optional.of(
        module.getFileName() + " is older than its source " + source.getFileName() + "; " + how);
  }

  /** A directory as the user would type it: relative to the working directory when inside it. */
  private static String shown(Path dir) {
    Path here = Path.of("").toAbsolutePath();
    if (dir.equals(here)) {
      return ".";
    }
    return dir.startsWith(here) ? here.relativize(dir).toString() : dir.toString();
  }

  /** Refuses a recipe without a command. */
  public String requireCommand() {
    if (command == null) {
      throw new BadInputException(
          manifest + " names no build command; add one, e.g. 'build: ./build.sh'");
    }
    return command;
  }
}
