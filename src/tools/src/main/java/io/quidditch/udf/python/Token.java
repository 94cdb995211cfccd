package io.quidditch.udf.python;

/** One lexical token with its 1-based position. */
record Token(Kind kind, String text, int line, int col) {

  /** Token kinds; operators and keywords are OP and NAME with their text. */
  enum Kind {
    NAME,
    INT,
    FLOAT,
    STRING,
    OP,
    NEWLINE,
    INDENT,
    DEDENT,
    EOF
  }

  boolean is(String t) {
    return (kind == Kind.OP || kind == Kind.NAME) && text.equals(t);
  }
}
