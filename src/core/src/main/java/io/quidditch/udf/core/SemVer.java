package io.quidditch.udf.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A semantic version (semver.org 2.0.0), ordered by precedence. */
public record SemVer(long major, long minor, long patch, String preRelease, String build)
    implements Comparable<SemVer> {

  private static final Pattern SEMVER =
      Pattern.compile(
          "(0|[1-9]\\d{0,17})\\.(0|[1-9]\\d{0,17})\\.(0|[1-9]\\d{0,17})"
              + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
              + "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
              + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

  /** Parses a version string, throwing a one-line error for anything that is not semver. */
  public static SemVer parse(String text) {
    if (text == null || text.length() > 128) {
      throw new BadInputException(
          "invalid version " + describe(text) + "; use a semantic version such as 1.0.0");
    }
    Matcher m = SEMVER.matcher(text);
    if (!m.matches()) {
      throw new BadInputException(
          "invalid version " + describe(text) + "; use a semantic version such as 1.0.0");
    }
    return new SemVer(
        Long.parseLong(m.group(1)),
        Long.parseLong(m.group(2)),
        Long.parseLong(m.group(3)),
        m.group(4),
        m.group(5));
  }

  /** True when the text is a valid semantic version. */
  public static boolean isValid(String text) {
    return text != null && text.length() <= 128 && SEMVER.matcher(text).matches();
  }

  private static String describe(String text) {
    if (text == null) {
      return "(none)";
    }
    return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
  }

  @Override
  public int compareTo(SemVer other) {
    int c = Long.compare(major, other.major);
    if (c == 0) {
      c = Long.compare(minor, other.minor);
    }
    if (c == 0) {
      c = Long.compare(patch, other.patch);
    }
    if (c == 0) {
      c = comparePreRelease(preRelease, other.preRelease);
    }
    return c;
  }

  private static int comparePreRelease(String a, String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      boolean xn = x[i].chars().allMatch(Character::isDigit);
      boolean yn = y[i].chars().allMatch(Character::isDigit);
      int c;
      if (xn && yn) {
        c = new java.math.BigInteger(x[i]).compareTo(new java.math.BigInteger(y[i]));
      } else if (xn || yn) {
        c = xn ? -1 : 1;
      } else {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  @Override
  public String toString() {
    return major
        + "."
        + minor
        + "."
        + patch
        + (preRelease == null ? "" : "-" + preRelease)
        + (build == null ? "" : "+" + build);
  }
}
