package io.quidditch.udf.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Recursive descent over the tokens of the subset; errors are collected, one per statement. */
final class Parser {
  private final List<Token> toks;
  private final List<Lexer.Diag> errors;
  private int i;

  private static final class Bail extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Bail() {
      super(null, null, false, false);
    }
  }

  Parser(List<Token> toks, List<Lexer.Diag> errors) {
    this.toks = toks;
    this.errors = errors;
  }

  private Token peek() {
    return toks.get(i);
  }

  private Token next() {
    return toks.get(i++);
  }

  private boolean accept(String t) {
    if (peek().is(t)) {
      i++;
      return true;
    }
    return false;
  }

  private Token expect(String t) {
    if (!peek().is(t)) {
      outsideOperator();
      fail(peek(), "expected '" + t + "'" + found());
    }
    return next();
  }

  /** The error for an operator outside the subset where the parser stopped, if it is one. */
  private void outsideOperator() {
    Token t = peek();
    if (t.is(":=")) {
      fail(t, "':=' (an assignment expression) is outside the subset; assign on a line of its own");
    }
    if (t.is("@")) {
      fail(t, "the @ operator is outside the subset");
    }
    boolean shift =
        (t.is("<") || t.is(">"))
            && (toks.get(i + 1).is(t.text()) || i > 0 && toks.get(i - 1).is(t.text()));
    if (shift) {
      fail(t, "shifts are outside the subset; multiply or divide by a power of 2");
    }
  }

  private String found() {
    Token t = peek();
    return switch (t.kind()) {
      case NEWLINE -> ", found end of line";
      case EOF -> ", found end of file";
      case INDENT -> ", found an indented block";
      case DEDENT -> ", found the end of a block";
      default -> ", found '" + t.text() + "'";
    };
  }

  private RuntimeException fail(Token at, String message) {
    int line = at.line();
    int col = at.col();
    if (at.kind() == Token.Kind.NEWLINE
        || at.kind() == Token.Kind.EOF
        || at.kind() == Token.Kind.DEDENT) {
      // a caret under the end of the last line with something on it, never under a blank one
      for (int k = toks.indexOf(at) - 1; k >= 0; k--) {
        Token prev = toks.get(k);
        if (prev.kind() != Token.Kind.NEWLINE
            && prev.kind() != Token.Kind.DEDENT
            && prev.kind() != Token.Kind.INDENT) {
          line = prev.line();
          col = prev.col() + Math.max(1, prev.text().length());
          break;
        }
      }
    }
    errors.add(new Lexer.Diag(line, col, message));
    throw new Bail();
  }

  private String name() {
    if (peek().kind() != Token.Kind.NAME) {
      fail(peek(), "expected a name" + found());
    }
    return next().text();
  }

  Ast.Module module() {
    String doc = null;
    List<Ast.FunctionDef> functions = new ArrayList<>();
    List<Ast.Constant> constants = new ArrayList<>();
    List<String> imports = new ArrayList<>();
    skipNewlines();
    if (peek().kind() == Token.Kind.STRING) {
      doc = next().text();
      skipNewlines();
    }
    while (peek().kind() != Token.Kind.EOF) {
      int start = i;
      try {
        Token t = peek();
        if (t.is("def")) {
          functions.add(function());
        } else if (t.is("import")) {
          next();
          Token what = peek();
          String module = name();
          if (!module.equals("math")) {
            fail(
                what,
                "import " + module + " is outside the subset; only 'import math' is available");
          }
          imports.add(module);
          endOfStatement();
        } else if (t.is("from")) {
          fail(t, "'from ... import' is outside the subset; use 'import math'");
        } else if (t.kind() == Token.Kind.NAME
            && (toks.get(i + 1).is("=") || toks.get(i + 1).is(":"))) {
          String n = next().text();
          if (accept(":")) {
            type();
          }
          expect("=");
          constants.add(new Ast.Constant(n, expr(), t.line(), t.col()));
          endOfStatement();
        } else if (t.kind() == Token.Kind.STRING) {
          next();
          endOfStatement();
        } else if (OUTSIDE.containsKey(t.text()) && !t.is("def")) {
          fail(t, OUTSIDE.get(t.text()));
        } else {
          fail(t, "only imports, constants and 'def' may stand at module level");
        }
      } catch (Bail b) {
        recover(start);
      }
      skipNewlines();
    }
    return new Ast.Module(doc, functions, constants, imports);
  }

  /**
   * After an error: on to the end of the line, and past the indented block a failed header (a
   * construct outside the subset, say) opens, so its body is not reported line by line.
   */
  private void recover(int start) {
    if (i == start) {
      i++;
    }
    while (peek().kind() != Token.Kind.NEWLINE
        && peek().kind() != Token.Kind.EOF
        && peek().kind() != Token.Kind.INDENT
        && peek().kind() != Token.Kind.DEDENT) {
      i++;
    }
    int k = i;
    while (toks.get(k).kind() == Token.Kind.NEWLINE) {
      k++;
    }
    if (toks.get(k).kind() == Token.Kind.INDENT) {
      int nesting = 0;
      do {
        Token.Kind kind = toks.get(k).kind();
        if (kind == Token.Kind.INDENT) {
          nesting++;
        } else if (kind == Token.Kind.DEDENT) {
          nesting--;
        } else if (kind == Token.Kind.EOF) {
          break;
        }
        k++;
      } while (nesting > 0);
      i = k;
      // and the rest of the construct: else/except/finally/case clauses and their blocks
      if (peek().is("else")
          || peek().is("elif")
          || peek().is("except")
          || peek().is("finally")
          || peek().is("case")) {
        recover(i);
      }
    }
  }

  /** Statements outside the subset, each named with what to write instead. */
  private static final Map<String, String> OUTSIDE =
      Map.ofEntries(
          Map.entry(
              "def",
              "functions inside functions are outside the subset; define it at module level"),
          Map.entry("class", "classes are outside the subset; use functions and dicts"),
          Map.entry(
              "try",
              "try/except is outside the subset; an exception ends the call as a trap that names"
                  + " it, so test the condition before instead"),
          Map.entry("with", "'with' is outside the subset; a UDF has no files to open"),
          Map.entry("global", "'global' is outside the subset; module-level names are constants"),
          Map.entry("nonlocal", "'nonlocal' is outside the subset; functions do not nest"),
          Map.entry(
              "yield", "generators ('yield') are outside the subset; build and return a list"),
          Map.entry("del", "'del' is outside the subset; assign a new value or build a new list"),
          Map.entry("assert", "'assert' is outside the subset; use if ...: return False"),
          Map.entry(
              "raise",
              "'raise' is outside the subset; return a value that says so, or log(msg) first"),
          Map.entry(
              "async", "async functions are outside the subset; a UDF runs to its end at once"),
          Map.entry("await", "'await' is outside the subset"),
          Map.entry("lambda", "'lambda' is outside the subset; define a function with def"),
          Map.entry(
              "@", "decorators are outside the subset; describe the UDF with '# @udf:' comments"));

  /** {@code match x:}: a soft keyword, a statement only when its line ends with a colon. */
  private boolean isMatch() {
    if (!peek().is("match")
        || toks.get(i + 1).kind() == Token.Kind.OP
            && !toks.get(i + 1).is("(")
            && !toks.get(i + 1).is("[")) {
      return false;
    }
    for (int k = i + 1; k < toks.size(); k++) {
      Token t = toks.get(k);
      if (t.kind() == Token.Kind.NEWLINE || t.kind() == Token.Kind.EOF) {
        return toks.get(k - 1).is(":");
      }
    }
    return false;
  }

  private void skipNewlines() {
    while (peek().kind() == Token.Kind.NEWLINE) {
      i++;
    }
  }

  private void endOfStatement() {
    if (peek().kind() == Token.Kind.EOF || peek().kind() == Token.Kind.DEDENT) {
      return;
    }
    if (peek().kind() != Token.Kind.NEWLINE) {
      outsideOperator();
      fail(peek(), "expected end of line" + found());
    }
    next();
  }

  private Ast.FunctionDef function() {
    Token def = expect("def");
    String n = name();
    expect("(");
    List<Ast.Param> params = new ArrayList<>();
    while (!peek().is(")")) {
      Token pt = peek();
      if (pt.is("*") || pt.is("**") || pt.is("/")) {
        fail(pt, "*args, **kwargs and / or * markers are outside the subset; name each parameter");
      }
      String pn = name();
      if (!accept(":")) {
        fail(
            pt,
            "parameter '" + pn + "' needs a type annotation (str, int, float, bool or list[...])");
      }
      String ty = type();
      Ast.Expr def0 = accept("=") ? expr() : null;
      params.add(new Ast.Param(pn, ty, def0, pt.line(), pt.col()));
      if (!accept(",")) {
        break;
      }
    }
    expect(")");
    if (!accept("->")) {
      fail(
          peek(),
          "function '" + n + "' needs a return annotation (-> bool, float, int, str or list[...])");
    }
    String returns = type();
    expect(":");
    List<Ast.Stmt> body = block();
    String doc = null;
    if (!body.isEmpty()
        && body.get(0) instanceof Ast.ExprStmt es
        && es.expr() instanceof Ast.Str s) {
      doc = s.value();
    }
    return new Ast.FunctionDef(n, params, returns, body, doc, def.line(), def.col());
  }

  private String type() {
    Token t = peek();
    String base = name();
    if (base.equals("list") || base.equals("List")) {
      expect("[");
      String inner = name();
      expect("]");
      return "list[" + inner + "]";
    }
    if (base.equals("dict") || base.equals("Dict")) {
      expect("[");
      String key = name();
      expect(",");
      String value = name();
      expect("]");
      return "dict[" + key + "," + value + "]";
    }
    if (base.equals("None")) {
      return "None";
    }
    if (!List.of("int", "float", "bool", "str").contains(base)) {
      fail(
          t,
          "unknown type '"
              + base
              + "'; use int, float, bool, str, list[int|float|str] or dict[str|int, int|float|str]");
    }
    return base;
  }

  private List<Ast.Stmt> block() {
    if (peek().kind() != Token.Kind.NEWLINE) {
      List<Ast.Stmt> one = new ArrayList<>();
      one.add(simple());
      return one;
    }
    next();
    skipNewlines();
    if (peek().kind() != Token.Kind.INDENT) {
      fail(peek(), "expected an indented block");
    }
    next();
    List<Ast.Stmt> out = new ArrayList<>();
    while (peek().kind() != Token.Kind.DEDENT && peek().kind() != Token.Kind.EOF) {
      int start = i;
      try {
        out.add(statement());
      } catch (Bail b) {
        recover(start);
        if (peek().kind() == Token.Kind.NEWLINE) {
          next();
        }
      }
      skipNewlines();
    }
    if (peek().kind() == Token.Kind.DEDENT) {
      next();
    }
    return out;
  }

  private Ast.Stmt statement() {
    Token t = peek();
    if (t.is("if")) {
      next();
      return ifRest(t);
    }
    if (t.is("while")) {
      next();
      Ast.Expr c = expr();
      expect(":");
      Ast.Stmt loop = new Ast.While(c, block(), t.line(), t.col());
      noLoopElse();
      return loop;
    }
    if (t.is("for")) {
      next();
      String v = name();
      List<String> vars = new ArrayList<>(List.of(v));
      while (accept(",")) {
        vars.add(name());
      }
      expect("in");
      Ast.Expr it = expr();
      expect(":");
      Ast.Stmt loop =
          vars.size() == 1
              ? new Ast.For(v, it, block(), t.line(), t.col())
              : new Ast.ForEach(vars, it, block(), t.line(), t.col());
      noLoopElse();
      return loop;
    }
    if (OUTSIDE.containsKey(t.text()) && (t.kind() == Token.Kind.NAME || t.is("@"))) {
      fail(t, OUTSIDE.get(t.text()));
    }
    if (isMatch()) {
      fail(t, "'match' is outside the subset; use if and elif");
    }
    return simple();
  }

  private void noLoopElse() {
    skipNewlines();
    if (peek().is("else")) {
      fail(peek(), "a loop's 'else' is outside the subset; set a flag before 'break' instead");
    }
  }

  private Ast.Stmt ifRest(Token t) {
    Ast.Expr c = expr();
    expect(":");
    List<Ast.Stmt> body = block();
    List<Ast.Stmt> orelse = new ArrayList<>();
    skipNewlines();
    Token e = peek();
    if (e.is("elif")) {
      next();
      orelse.add(ifRest(e));
    } else if (e.is("else")) {
      next();
      expect(":");
      orelse = block();
    }
    return new Ast.If(c, body, orelse, t.line(), t.col());
  }

  private Ast.Stmt simple() {
    Token t = peek();
    Ast.Stmt s;
    if (t.is("pass")) {
      next();
      s = new Ast.Pass(t.line(), t.col());
    } else if (t.is("break")) {
      next();
      s = new Ast.Break(t.line(), t.col());
    } else if (t.is("continue")) {
      next();
      s = new Ast.Continue(t.line(), t.col());
    } else if (t.is("return")) {
      next();
      Ast.Expr v = peek().kind() == Token.Kind.NEWLINE ? null : expr();
      s = new Ast.Return(v, t.line(), t.col());
    } else {
      Ast.Expr e = tupleOr(expr());
      if (accept(":")) {
        String ty = type();
        expect("=");
        s = new Ast.Assign(e, ty, expr(), t.line(), t.col());
      } else if (accept("=")) {
        s = new Ast.Assign(e, null, tupleOr(expr()), t.line(), t.col());
        if (peek().is("=")) {
          fail(
              peek(),
              "chained assignment (a = b = x) is outside the subset; assign each name on its own");
        }
      } else if (peek().kind() == Token.Kind.OP
          && List.of("+=", "-=", "*=", "/=", "//=", "%=", "**=").contains(peek().text())) {
        String op = next().text();
        s = new Ast.AugAssign(e, op.substring(0, op.length() - 1), expr(), t.line(), t.col());
      } else {
        s = new Ast.ExprStmt(e, t.line(), t.col());
      }
    }
    endOfStatement();
    return s;
  }

  /** {@code first} or, when a comma follows, the tuple {@code first, ...} (assignments only). */
  private Ast.Expr tupleOr(Ast.Expr first) {
    if (!peek().is(",")) {
      return first;
    }
    List<Ast.Expr> items = new ArrayList<>(List.of(first));
    while (accept(",")) {
      if (peek().is("=") || peek().kind() == Token.Kind.NEWLINE) {
        break;
      }
      items.add(expr());
    }
    return new Ast.TupleLit(items, first.line(), first.col());
  }

  /** How deep expressions may nest: deeper would overflow the compiler's stack. */
  private static final int MAX_DEPTH = 200;

  private int depth;

  Ast.Expr expr() {
    if (++depth > MAX_DEPTH) {
      depth = 0;
      throw fail(peek(), "expression nested more than " + MAX_DEPTH + " levels deep; split it");
    }
    try {
      return exprUnchecked();
    } finally {
      depth = Math.max(0, depth - 1);
    }
  }

  private Ast.Expr exprUnchecked() {
    Token t = peek();
    Ast.Expr e = or();
    if (peek().is("if")) {
      next();
      Ast.Expr c = or();
      expect("else");
      return new Ast.IfExp(c, e, expr(), t.line(), t.col());
    }
    return e;
  }

  private Ast.Expr or() {
    Ast.Expr e = and();
    while (peek().is("or")) {
      Token t = next();
      e = new Ast.BoolOp("or", e, and(), t.line(), t.col());
    }
    return e;
  }

  private Ast.Expr and() {
    Ast.Expr e = not();
    while (peek().is("and")) {
      Token t = next();
      e = new Ast.BoolOp("and", e, not(), t.line(), t.col());
    }
    return e;
  }

  private Ast.Expr not() {
    Token t = peek();
    if (accept("not")) {
      return new Ast.Unary("not", not(), t.line(), t.col());
    }
    return comparison();
  }

  private Ast.Expr comparison() {
    Token t = peek();
    Ast.Expr first = arith();
    List<String> ops = new ArrayList<>();
    List<Ast.Expr> operands = new ArrayList<>();
    operands.add(first);
    while (true) {
      Token o = peek();
      String op = null;
      if (o.kind() == Token.Kind.OP
          && List.of("<", ">", "==", "!=", "<=", ">=").contains(o.text())) {
        op = next().text();
      } else if (o.is("in")) {
        next();
        op = "in";
      } else if (o.is("not") && toks.get(i + 1).is("in")) {
        i += 2;
        op = "not in";
      } else if (o.is("is")) {
        fail(o, "'is' is outside the subset; use ==");
      }
      if (op == null) {
        break;
      }
      ops.add(op);
      operands.add(arith());
    }
    return ops.isEmpty() ? first : new Ast.Compare(ops, operands, t.line(), t.col());
  }

  private Ast.Expr arith() {
    Ast.Expr e = term();
    while (peek().is("+") || peek().is("-")) {
      Token t = next();
      e = new Ast.BinOp(t.text(), e, term(), t.line(), t.col());
    }
    return e;
  }

  private Ast.Expr term() {
    Ast.Expr e = factor();
    while (peek().is("*") || peek().is("/") || peek().is("//") || peek().is("%")) {
      Token t = next();
      e = new Ast.BinOp(t.text(), e, factor(), t.line(), t.col());
    }
    return e;
  }

  private Ast.Expr factor() {
    Token t = peek();
    if (accept("-")) {
      return new Ast.Unary("-", factor(), t.line(), t.col());
    }
    if (accept("+")) {
      return factor();
    }
    return power();
  }

  private Ast.Expr power() {
    Ast.Expr base = postfix();
    if (peek().is("**")) {
      Token t = next();
      return new Ast.BinOp("**", base, factor(), t.line(), t.col());
    }
    return base;
  }

  private Ast.Expr postfix() {
    Ast.Expr e = atom();
    while (true) {
      Token t = peek();
      if (accept("(")) {
        List<Ast.Expr> args = new ArrayList<>();
        List<Ast.Keyword> kws = new ArrayList<>();
        while (!peek().is(")")) {
          if (peek().kind() == Token.Kind.NAME && toks.get(i + 1).is("=")) {
            String k = next().text();
            next();
            kws.add(new Ast.Keyword(k, expr()));
          } else {
            args.add(expr());
            if (peek().is("for") && args.size() == 1 && kws.isEmpty()) {
              args.set(0, comprehension(args.get(0), true));
              break;
            }
          }
          if (!accept(",")) {
            break;
          }
        }
        expect(")");
        e = new Ast.Call(e, args, kws, t.line(), t.col());
      } else if (accept("[")) {
        Ast.Expr lo = null;
        if (!peek().is(":")) {
          lo = expr();
        }
        if (accept(":")) {
          Ast.Expr hi = peek().is("]") || peek().is(":") ? null : expr();
          Ast.Expr step = null;
          if (accept(":")) {
            step = peek().is("]") ? null : expr();
          }
          expect("]");
          e = new Ast.Slice(e, lo, hi, step, t.line(), t.col());
        } else {
          expect("]");
          e = new Ast.Subscript(e, lo, t.line(), t.col());
        }
      } else if (accept(".")) {
        e = new Ast.Attribute(e, name(), t.line(), t.col());
      } else {
        return e;
      }
    }
  }

  /**
   * The literal text and replacement fields of an f-string token: text runs go to {@code text}, and
   * each field closes the run before it into {@code parts} and adds its own expression: {@code
   * str(x)}, {@code repr(x)} for {@code !r}, {@code format(x, "spec")} for {@code :spec}, and for
   * {@code x=} the text "x=" before it.
   */
  private void fString(Token t, StringBuilder text, List<Ast.Expr> parts) {
    String s = t.text();
    int k = 0;
    while (k < s.length()) {
      char c = s.charAt(k);
      if (c != Token.FIELD_START) {
        text.append(c);
        k++;
        continue;
      }
      int mid = s.indexOf(Token.FIELD_TEXT, k);
      int end = s.indexOf(Token.FIELD_END, mid);
      String[] pos = s.substring(k + 1, mid).split(",");
      int line = Integer.parseInt(pos[0]);
      int col = Integer.parseInt(pos[1]);
      String field = s.substring(mid + 1, end);
      k = end + 1;
      Ast.Expr e = field(field, line, col, text);
      if (text.length() > 0) {
        parts.add(new Ast.Str(text.toString(), t.line(), t.col()));
        text.setLength(0);
      }
      parts.add(e);
    }
  }

  /** One replacement field's source: {@code expr[=][!r|!s][:spec]}. */
  private Ast.Expr field(String field, int line, int col, StringBuilder text) {
    int split = field.length();
    int conversion = -1;
    int nesting = 0;
    char inQuote = 0;
    for (int k = 0; k < field.length(); k++) {
      char ch = field.charAt(k);
      if (inQuote != 0) {
        inQuote = ch == inQuote ? 0 : inQuote;
      } else if (ch == '\'' || ch == '"') {
        inQuote = ch;
      } else if (ch == '(' || ch == '[' || ch == '{') {
        nesting++;
      } else if (ch == ')' || ch == ']' || ch == '}') {
        nesting--;
      } else if (nesting == 0 && ch == ':') {
        split = k;
        break;
      } else if (nesting == 0
          && ch == '!'
          && conversion < 0
          && (k + 1 >= field.length() || field.charAt(k + 1) != '=')) {
        conversion = k;
      }
    }
    String spec = split < field.length() ? field.substring(split + 1) : null;
    String source = field.substring(0, conversion >= 0 ? conversion : split);
    String conv = conversion >= 0 ? field.substring(conversion + 1, split).strip() : null;
    boolean debug = false;
    String trimmed = source.stripTrailing();
    if (trimmed.endsWith("=")
        && !trimmed.endsWith("==")
        && !trimmed.endsWith("!=")
        && !trimmed.endsWith("<=")
        && !trimmed.endsWith(">=")) {
      debug = true;
      text.append(source);
      source = trimmed.substring(0, trimmed.length() - 1);
    }
    int lead = source.length() - source.stripLeading().length();
    if (source.isBlank()) {
      throw fail(new Token(Token.Kind.OP, "", line, col), "f-string: empty expression");
    }
    if (spec != null && spec.contains("{")) {
      throw fail(
          new Token(Token.Kind.OP, "", line, col + split + 1),
          "nested fields in an f-string's format spec are outside the subset");
    }
    List<Token> tokens = new Lexer(source.strip(), errors, line, col + lead).tokens();
    Parser sub = new Parser(tokens, errors);
    Ast.Expr e = sub.expr();
    if (sub.peek().kind() != Token.Kind.NEWLINE && sub.peek().kind() != Token.Kind.EOF) {
      throw sub.fail(sub.peek(), "f-string: expected '}'" + sub.found());
    }
    if (conv != null && !conv.equals("r") && !conv.equals("s")) {
      throw fail(
          new Token(Token.Kind.OP, "", line, col + conversion),
          "f-string conversion !" + conv + " is outside the subset; use !r or !s");
    }
    String wrap = "r".equals(conv) || debug && conv == null && spec == null ? "repr" : "str";
    Ast.Expr value = e;
    if (conv != null || spec == null) {
      value =
          new Ast.Call(
              new Ast.Name(wrap, e.line(), e.col()), List.of(value), List.of(), e.line(), e.col());
    }
    if (spec != null) {
      value =
          new Ast.Call(
              new Ast.Name("format", e.line(), e.col()),
              List.of(value, new Ast.Str(spec, line, col + split + 1)),
              List.of(),
              e.line(),
              e.col());
    }
    return value;
  }

  /** The rest of a comprehension whose element {@code elt} is read: {@code for x in xs if c}. */
  private Ast.Expr comprehension(Ast.Expr elt, boolean generator) {
    Token f = next();
    List<String> vars = new ArrayList<>(List.of(name()));
    while (accept(",")) {
      vars.add(name());
    }
    expect("in");
    Ast.Expr iter = or();
    List<Ast.Expr> conds = new ArrayList<>();
    while (accept("if")) {
      conds.add(or());
    }
    if (peek().is("for")) {
      throw fail(
          peek(),
          "a comprehension with two 'for' clauses is outside the subset; write nested for loops");
    }
    return new Ast.ListComp(elt, vars, iter, conds, generator, f.line(), f.col());
  }

  private Ast.Expr atom() {
    Token t = next();
    switch (t.kind()) {
      case INT:
      case FLOAT:
        return new Ast.Num(t.text(), t.kind() == Token.Kind.FLOAT, t.line(), t.col());
      case STRING:
      case FSTRING:
        {
          // adjacent literals are one string; f-strings among them are concatenations
          List<Ast.Expr> parts = new ArrayList<>();
          StringBuilder text = new StringBuilder();
          Token at = t;
          while (true) {
            if (at.kind() == Token.Kind.STRING) {
              text.append(at.text());
            } else {
              fString(at, text, parts);
            }
            if (peek().kind() != Token.Kind.STRING && peek().kind() != Token.Kind.FSTRING) {
              break;
            }
            at = next();
          }
          if (text.length() > 0 || parts.isEmpty()) {
            parts.add(new Ast.Str(text.toString(), t.line(), t.col()));
          }
          Ast.Expr e = parts.get(0);
          for (int k = 1; k < parts.size(); k++) {
            e = new Ast.BinOp("+", e, parts.get(k), t.line(), t.col());
          }
          return e;
        }
      case NAME:
        if (t.text().equals("True") || t.text().equals("False")) {
          return new Ast.Bool(t.text().equals("True"), t.line(), t.col());
        }
        if (t.text().equals("None")) {
          i--;
          fail(
              t,
              "None is outside the subset; a value keeps its type: use a default such as 0, \"\""
                  + " or False");
        }
        if (OUTSIDE.containsKey(t.text())) {
          i--;
          fail(t, OUTSIDE.get(t.text()));
        }
        return new Ast.Name(t.text(), t.line(), t.col());
      case OP:
        if (t.is("(")) {
          Ast.Expr e = expr();
          if (peek().is("for")) {
            e = comprehension(e, true);
          } else if (peek().is(",")) {
            List<Ast.Expr> items = new ArrayList<>(List.of(e));
            while (accept(",") && !peek().is(")")) {
              items.add(expr());
            }
            e = new Ast.TupleLit(items, t.line(), t.col());
          }
          expect(")");
          return e;
        }
        if (t.is("{")) {
          List<Ast.Expr> keys = new ArrayList<>();
          List<Ast.Expr> values = new ArrayList<>();
          while (!peek().is("}")) {
            Ast.Expr k = expr();
            if (!peek().is(":")) {
              throw fail(
                  peek(),
                  peek().is("for")
                      ? "set and dict comprehensions are outside the subset; use a for loop"
                      : "sets are outside the subset; use a list, or a dict {key: value}");
            }
            next();
            keys.add(k);
            values.add(expr());
            if (peek().is("for")) {
              throw fail(peek(), "dict comprehensions are outside the subset; use a for loop");
            }
            if (!accept(",")) {
              break;
            }
          }
          expect("}");
          return new Ast.DictLit(keys, values, t.line(), t.col());
        }
        if (t.is("[")) {
          List<Ast.Expr> items = new ArrayList<>();
          while (!peek().is("]")) {
            items.add(expr());
            if (peek().is("for") && items.size() == 1) {
              Ast.Expr comp = comprehension(items.get(0), false);
              expect("]");
              return comp;
            }
            if (!accept(",")) {
              break;
            }
          }
          expect("]");
          return new Ast.ListLit(items, t.line(), t.col());
        }
        break;
      default:
        break;
    }
    i--;
    if (t.is("*") || t.is("**")) {
      fail(t, "starred expressions (*rest) are outside the subset; index the list instead");
    }
    outsideOperator();
    fail(t, "expected an expression" + found());
    return null;
  }
}
