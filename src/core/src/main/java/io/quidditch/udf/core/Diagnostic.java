package io.quidditch.udf.core;

/** One compiler message at a source position; line and column are 1-based, 0 when unknown. */
public record Diagnostic(String file, int line, int column, String message, String sourceLine) {

  /** Renders as {@code file:line:col: error: message}, then the source line and a caret. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(file);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    out.append(": error: ").append(message);
    if (sourceLine != null && line > 0) {
      out.append('\n').append(sourceLine);
      if (column > 0) {
        out.append('\n');
        for (int i = 1; i < column && i <= sourceLine.length(); i++) {
          out.append(sourceLine.charAt(i - 1) == '\t' ? '\t' : ' ');
        }
        out.append('^');
      }
    }
    return out.toString();
  }
}
