package io.quidditch.udf.cli;

import io.quidditch.udf.core.registry.Registry;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --registry DIR}, else {@code QUIDUDF_HOME}, else {@code ~/.quidudf}. */
public final class RegistryOptions {
  @Option(
      names = "--registry",
      paramLabel = "DIR",
      description = "Registry home: ~/.quidudf, or $QUIDUDF_HOME when it is set.")
  Path registry;

  /** The registry home this command uses. */
  public Path home() {
    if (registry != null) {
      return registry;
    }
    String env = System.getenv("QUIDUDF_HOME");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    // ~ as the shell means it: $HOME when set (Java's user.home comes from the password file)
    String home = System.getenv("HOME");
    return Path.of(
        home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".quidudf");
  }

  public Registry open() {
    return new Registry(home());
  }
}
