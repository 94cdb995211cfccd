package io.quidditch.udf.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json} for commands that print data. */
public final class FormatOptions {
  @Option(
      names = "--format",
      completionCandidates = Candidates.Formats.class,
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json.")
  OutputFormat format;

  /** True when the output should be JSON. */
  boolean json() {
    return format == OutputFormat.JSON;
  }
}
