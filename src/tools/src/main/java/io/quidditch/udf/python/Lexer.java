package io.quidditch.udf.python;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Python tokens with INDENT/DEDENT, for the subset: no tabs mixed with spaces, no f-strings. */
final class Lexer {
  private static final String[] OPS = {
    "**=", "//=", "->", "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "+", "-",
    "*", "/", "%", "<", ">", "=", "(", ")", "[", "]", ",", ":", ".", "@"
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
        string(startCol);
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
        errors.add(new Diag(line, startCol, "unexpected character '" + c + "'"));
        pos++;
        continue;
      }
      if (op.equals("(") || op.equals("[")) {
        depth++;
      } else if ((op.equals(")") || op.equals("]")) && depth > 0) {
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

  private void string(int startCol) {
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
      if (ch == '\\' && pos + 1 < src.length()) {
        char e = src.charAt(pos + 1);
        pos += 2;
        switch (e) {
          case 'n':
            sb.append('\n');
            break;
          case 't':
            sb.append('\t');
            break;
          case 'r':
            sb.append('\r');
            break;
          case '0':
            sb.append('\0');
            break;
          case '\\':
            sb.append('\\');
            break;
          case '\'':
            sb.append('\'');
            break;
          case '"':
            sb.append('"');
            break;
          case '\n':
            line++;
            lineStart = pos;
            break;
          default:
            sb.append('\\').append(e);
        }
        continue;
      }
      sb.append(ch);
      pos++;
    }
    out.add(new Token(Token.Kind.STRING, sb.toString(), startLine, startCol));
  }
}
