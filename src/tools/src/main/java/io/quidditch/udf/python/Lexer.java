package io.quidditch.udf.python;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/** Python tokens with INDENT/DEDENT, for the subset: no tabs mixed with spaces. */
final class Lexer {
  private static final String[] OPS = {
    "**=", "//=", "->", ":=", "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "+",
    "-", "*", "/", "%", "<", ">", "=", "(", ")", "[", "]", "{", "}", ",", ":", ".", "@"
  };

  private final String src;
  private final List<Diag> errors;
  private final List<Token> out = new ArrayList<>();
  private int pos;
  private int line = 1;
  private int lineStart;
  private int depth;

  /** A lexing or parsing problem. */
  record Diag(int line, int col, String message) {}

  Lexer(String src, List<Diag> errors) {
    this.src = src.replace("\r\n", "\n");
    this.errors = errors;
  }

  /** A lexer of text that starts at {@code line}, {@code col} of a file: an f-string's field. */
  Lexer(String src, List<Diag> errors, int line, int col) {
    this(src, errors);
    this.line = line;
    this.lineStart = 1 - col;
  }

  List<Token> tokens() {
    Deque<Integer> indents = new ArrayDeque<>();
    indents.push(0);
    boolean atLineStart = true;
    while (pos < src.length()) {
      if (atLineStart && depth == 0) {
        int width = 0;
        int p = pos;
        while (p < src.length() && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
          width += src.charAt(p) == '\t' ? 8 - width % 8 : 1;
          p++;
        }
        if (p >= src.length() || src.charAt(p) == '\n' || src.charAt(p) == '#') {
          // a blank or comment-only line: no tokens, no indentation change
          pos = p;
          skipToLineEnd();
          if (pos < src.length()) {
            newline();
          }
          continue;
        }
        pos = p;
        if (width > indents.peek()) {
          indents.push(width);
          out.add(new Token(Token.Kind.INDENT, "", line, col()));
        } else {
          while (width < indents.peek()) {
            indents.pop();
            out.add(new Token(Token.Kind.DEDENT, "", line, col()));
          }
          if (width != indents.peek()) {
            errors.add(
                new Diag(line, col(), "unindent does not match any outer indentation level"));
          }
        }
        atLineStart = false;
      }
      char c = src.charAt(pos);
      if (c == '\n') {
        if (depth == 0) {
          out.add(new Token(Token.Kind.NEWLINE, "", line, col()));
          atLineStart = true;
        }
        newline();
        continue;
      }
      if (c == ' ' || c == '\t') {
        pos++;
        continue;
      }
      if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
        pos++;
        newline();
        continue;
      }
      if (c == '#') {
        skipToLineEnd();
        continue;
      }
      int startCol = col();
      // r"..." and R'...': a raw string, whose backslashes stay as written; f"...": an f-string
      int prefix = stringPrefix();
      if (prefix > 0) {
        String p = src.substring(pos, pos + prefix).toLowerCase(Locale.ROOT);
        pos += prefix;
        string(startCol, p.contains("r"), p.contains("f"));
        continue;
      }
      if (Character.isLetter(c) || c == '_') {
        int s = pos;
        while (pos < src.length()
            && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
          pos++;
        }
        out.add(new Token(Token.Kind.NAME, src.substring(s, pos), line, startCol));
        continue;
      }
      if (Character.isDigit(c)
          || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
        number(startCol);
        continue;
      }
      if (c == '"' || c == '\'') {
        string(startCol, false);
        continue;
      }
      String op = null;
      for (String o : OPS) {
        if (src.startsWith(o, pos)) {
          op = o;
          break;
        }
      }
      if (op == null) {
        String why =
            switch (c) {
              case ';' -> "';' is outside the subset; put each statement on a line of its own";
              case '|', '&', '^', '~' ->
                  "bitwise operators are outside the subset; use and, or, not and arithmetic";
              default -> "unexpected character '" + c + "'";
            };
        errors.add(new Diag(line, startCol, why));
        // the rest of the line is not read: one error, not one per character after it
        skipToLineEnd();
        continue;
      }
      if (op.equals("(") || op.equals("[") || op.equals("{")) {
        depth++;
      } else if ((op.equals(")") || op.equals("]") || op.equals("}")) && depth > 0) {
        depth--;
      }
      pos += op.length();
      out.add(new Token(Token.Kind.OP, op, line, startCol));
    }
    if (!atLineStart) {
      out.add(new Token(Token.Kind.NEWLINE, "", line, col()));
    }
    while (indents.peek() > 0) {
      indents.pop();
      out.add(new Token(Token.Kind.DEDENT, "", line, col()));
    }
    out.add(new Token(Token.Kind.EOF, "", line, col()));
    return out;
  }

  private int col() {
    return pos - lineStart + 1;
  }

  private void newline() {
    pos++;
    line++;
    lineStart = pos;
  }

  private void skipToLineEnd() {
    while (pos < src.length() && src.charAt(pos) != '\n') {
      pos++;
    }
  }

  private void number(int startCol) {
    if (src.charAt(pos) == '0'
        && pos + 1 < src.length()
        && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
      // 0x1F, 0o17, 0b101 (underscores allowed): the int as decimal text
      char base = Character.toLowerCase(src.charAt(pos + 1));
      int radix = base == 'x' ? 16 : base == 'o' ? 8 : 2;
      int s = pos;
      pos += 2;
      while (pos < src.length()
          && (Character.digit(src.charAt(pos), 16) >= 0 || src.charAt(pos) == '_')) {
        pos++;
      }
      String digits = src.substring(s + 2, pos).replace("_", "");
      try {
        out.add(
            new Token(Token.Kind.INT, new BigInteger(digits, radix).toString(), line, startCol));
      } catch (NumberFormatException e) {
        errors.add(new Diag(line, startCol, "invalid literal " + src.substring(s, pos)));
      }
      return;
    }
    int s = pos;
    boolean isFloat = false;
    while (pos < src.length()) {
      char ch = src.charAt(pos);
      if (Character.isDigit(ch) || ch == '_') {
        pos++;
      } else if (ch == '.' && !isFloat) {
        isFloat = true;
        pos++;
      } else if ((ch == 'e' || ch == 'E') && pos + 1 < src.length()) {
        isFloat = true;
        pos++;
        if (src.charAt(pos) == '+' || src.charAt(pos) == '-') {
          pos++;
        }
      } else {
        break;
      }
    }
    String text = src.substring(s, pos).replace("_", "");
    out.add(new Token(isFloat ? Token.Kind.FLOAT : Token.Kind.INT, text, line, startCol));
  }

  /** The length of a string prefix (r, f, rf, fr in either case) before a quote at pos, or 0. */
  private int stringPrefix() {
    for (int n = 1; n <= 2; n++) {
      if (pos + n >= src.length()) {
        return 0;
      }
      char q = src.charAt(pos + n);
      String p = src.substring(pos, pos + n).toLowerCase(Locale.ROOT);
      if ((q == '"' || q == '\'') && List.of("r", "f", "rf", "fr").contains(p)) {
        return n;
      }
    }
    return 0;
  }

  /**
   * An f-string's replacement field at pos (its opening brace): its source up to the closing brace,
   * outside brackets and quotes, written into sb between the field markers.
   */
  private void field(StringBuilder sb, char quote) {
    int fieldLine = line;
    int fieldCol = col() + 1;
    int start = ++pos;
    int nesting = 0;
    char inQuote = 0;
    while (pos < src.length()) {
      char ch = src.charAt(pos);
      if (ch == '\n' || ch == quote && inQuote == 0) {
        break;
      }
      if (inQuote != 0) {
        if (ch == inQuote) {
          inQuote = 0;
        }
      } else if (ch == '\'' || ch == '"') {
        inQuote = ch;
      } else if (ch == '(' || ch == '[' || ch == '{') {
        nesting++;
      } else if (ch == ')' || ch == ']' || ch == '}' && nesting > 0) {
        nesting--;
      } else if (ch == '}') {
        sb.append(Token.FIELD_START)
            .append(fieldLine)
            .append(',')
            .append(fieldCol)
            .append(Token.FIELD_TEXT)
            .append(src, start, pos)
            .append(Token.FIELD_END);
        pos++;
        return;
      }
      pos++;
    }
    errors.add(new Diag(fieldLine, fieldCol - 1, "f-string: expecting '}'"));
  }

  private void string(int startCol, boolean raw) {
    string(startCol, raw, false);
  }

  private void string(int startCol, boolean raw, boolean format) {
    char q = src.charAt(pos);
    boolean triple = src.startsWith(String.valueOf(q).repeat(3), pos);
    int startLine = line;
    pos += triple ? 3 : 1;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= src.length()) {
        errors.add(new Diag(startLine, startCol, "unterminated string"));
        break;
      }
      char ch = src.charAt(pos);
      if (triple ? src.startsWith(String.valueOf(q).repeat(3), pos) : ch == q) {
        pos += triple ? 3 : 1;
        break;
      }
      if (ch == '\n') {
        if (!triple) {
          errors.add(new Diag(line, startCol, "unterminated string"));
          break;
        }
        sb.append('\n');
        newline();
        continue;
      }
      if (format && (ch == '{' || ch == '}')) {
        if (pos + 1 < src.length() && src.charAt(pos + 1) == ch) {
          sb.append(ch);
          pos += 2;
        } else if (ch == '{') {
          field(sb, q);
        } else {
          errors.add(new Diag(line, col(), "f-string: single '}' is not allowed; write '}}'"));
          pos++;
        }
        continue;
      }
      if (format && (ch == Token.FIELD_START || ch == Token.FIELD_TEXT || ch == Token.FIELD_END)) {
        errors.add(
            new Diag(
                line, col(), "f-strings with characters U+E000 to U+E002 are outside the subset"));
        pos++;
        continue;
      }
      if (ch == '\\' && pos + 1 < src.length() && raw) {
        // in a raw string a backslash escapes nothing, but keeps a quote from ending it
        sb.append(ch).append(src.charAt(pos + 1));
        pos += 2;
        continue;
      }
      if (ch == '\\' && pos + 1 < src.length()) {
        escape(sb, startCol);
        continue;
      }
      sb.append(ch);
      pos++;
    }
    out.add(
        new Token(
            format ? Token.Kind.FSTRING : Token.Kind.STRING, sb.toString(), startLine, startCol));
  }

  /** One escape sequence at pos (a backslash), as CPython reads it in a str literal. */
  private void escape(StringBuilder sb, int startCol) {
    char e = src.charAt(pos + 1);
    int at = pos;
    pos += 2;
    switch (e) {
      case 'n' -> sb.append('\n');
      case 't' -> sb.append('\t');
      case 'r' -> sb.append('\r');
      case 'a' -> sb.append('\u0007');
      case 'b' -> sb.append('\b');
      case 'f' -> sb.append('\f');
      case 'v' -> sb.append('\u000b');
      case '\\' -> sb.append('\\');
      case '\'' -> sb.append('\'');
      case '"' -> sb.append('"');
      case '\n' -> {
        line++;
        lineStart = pos;
      }
      case 'x' -> sb.appendCodePoint(hex(2, "\\xNN", startCol));
      case 'u' -> sb.appendCodePoint(hex(4, "\\uNNNN", startCol));
      case 'U' -> {
        int cp = hex(8, "\\UNNNNNNNN", startCol);
        if (cp > Character.MAX_CODE_POINT) {
          errors.add(
              new Diag(line, at - lineStart + 1, "\\U escape beyond the last code point U+10FFFF"));
          cp = '?';
        }
        sb.appendCodePoint(cp);
      }
      case 'N' -> {
        int end = src.indexOf('}', pos);
        int cp = -1;
        if (pos < src.length() && src.charAt(pos) == '{' && end > pos) {
          try {
            cp = Character.codePointOf(src.substring(pos + 1, end));
          } catch (IllegalArgumentException unknown) {
            cp = -1;
          }
        }
        if (cp < 0) {
          errors.add(
              new Diag(
                  line,
                  at - lineStart + 1,
                  "\\N{...} needs a Unicode character name, as in \\N{LATIN SMALL LETTER E WITH ACUTE}"));
          cp = '?';
        } else {
          pos = end + 1;
        }
        sb.appendCodePoint(cp);
      }
      default -> {
        if (e >= '0' && e <= '7') {
          // octal: up to three digits
          int v = e - '0';
          for (int k = 0;
              k < 2 && pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '7';
              k++) {
            v = v * 8 + (src.charAt(pos++) - '0');
          }
          sb.appendCodePoint(v);
        } else {
          // an unknown escape keeps its backslash, as CPython does (with a warning)
          sb.append('\\').append(e);
        }
      }
    }
  }

  /** The {@code n} hex digits after an escape, as a code point. */
  private int hex(int n, String form, int startCol) {
    if (pos + n > src.length()
        || !src.substring(pos, pos + n).chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
      errors.add(
          new Diag(
              line,
              pos - lineStart - 1,
              "truncated escape: " + form + " needs " + n + " hex digits"));
      return '?';
    }
    int v = (int) Long.parseLong(src.substring(pos, pos + n), 16);
    pos += n;
    return v;
  }
}
