package io.quidditch.udf.core;

/** Text from a UDF or a user's file, made safe to print on one terminal line. */
public final class Text {
  private Text() {}

  /**
   * The text with control characters escaped ({@code \n}, {@code \t}, {@code \r}, {@code \xNN}): a
   * guest's ESC sequences cannot drive the terminal, and a newline in a name cannot start a line of
   * its own in a line-based report (TAP, the text report).
   */
  public static String printable(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
      if (!control) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      switch (c) {
        case '\n':
          out.append("\\n");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\r':
          out.append("\\r");
          break;
        default:
          out.append(String.format("\\x%02x", (int) c));
      }
    }
    return out == null ? s : out.toString();
  }
}
