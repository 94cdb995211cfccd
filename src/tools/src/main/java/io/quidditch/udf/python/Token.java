package io.quidditch.udf.python;

/** One lexical token with its 1-based position. */
record Token(Kind kind, String text, int line, int col) {

  /** Token kinds; operators and keywords are OP and NAME with their text. */
  enum Kind {
    NAME,
    INT,
    FLOAT,
    STRING,
    /**
     * An f-string: its literal text with escapes read, and each replacement field as {@code
     * FIELD_START line,col FIELD_TEXT source FIELD_END}, for the parser to read.
     */
    FSTRING,
    OP,
    NEWLINE,
    INDENT,
    DEDENT,
    EOF
  }

  static final char FIELD_START = '\uE000';
  static final char FIELD_TEXT = '\uE002';
  static final char FIELD_END = '\uE001';

  boolean is(String t) {
    return (kind == Kind.OP || kind == Kind.NAME) && text.equals(t);
  }
}
