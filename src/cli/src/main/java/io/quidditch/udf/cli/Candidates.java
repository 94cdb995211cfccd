package io.quidditch.udf.cli;

import java.util.List;

/**
 * The values shell completion offers, as a user types them (lower case): picocli would offer an
 * enum's constant names (JSON, TAP) otherwise.
 */
final class Candidates {
  private Candidates() {}

  /** {@code test --format}. */
  static final class TestFormats extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    TestFormats() {
      super(List.of("text", "json", "junit", "tap"));
    }
  }

  /** {@code --format} of the other commands. */
  static final class Formats extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Formats() {
      super(List.of("text", "json"));
    }
  }

  /** {@code --engine}. */
  static final class Engines extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Engines() {
      super(List.of("compiled", "interpreter"));
    }
  }

  /** {@code init --lang}. */
  static final class Languages extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Languages() {
      super(List.of("wat", "python", "c", "rust"));
    }
  }

  /** {@code test --color}. */
  static final class ColorModes extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    ColorModes() {
      super(List.of("auto", "always", "never"));
    }
  }
}
