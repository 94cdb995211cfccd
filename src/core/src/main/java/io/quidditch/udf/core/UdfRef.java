package io.quidditch.udf.core;

import java.util.regex.Pattern;

/** A UDF name with an optional version ({@code name} or {@code name@1.2.0}). */
public record UdfRef(String name, String version) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  public UdfRef {
    checkName(name);
    if (version != null) {
      SemVer.parse(version);
    }
  }

  /** Parses {@code name}, {@code name@version} or {@code name@latest} (the highest version). */
  public static UdfRef parse(String text) {
    int at = text.indexOf('@');
    if (at < 0) {
      return new UdfRef(text, null);
    }
    String version = text.substring(at + 1);
    return new UdfRef(text.substring(0, at), version.equals("latest") ? null : version);
  }

  /** True when the text is a valid UDF name. */
  public static boolean isValidName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /** Refuses any name outside {@code [a-z0-9][a-z0-9_-]{0,63}} before a path is built from it. */
  public static String checkName(String name) {
    if (!isValidName(name)) {
      String shown =
          name == null
              ? "(none)"
              : "'" + (name.length() > 40 ? name.substring(0, 40) + "..." : name) + "'";
      throw new BadInputException(
          "invalid UDF name "
              + shown
              + "; use 1-64 characters from a-z, 0-9, '_' and '-', starting with a letter or digit");
    }
    return name;
  }

  @Override
  public String toString() {
    return version == null ? name : name + "@" + version;
  }
}
