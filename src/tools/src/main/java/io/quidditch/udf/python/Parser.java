package io.quidditch.udf.python;

import java.util.ArrayList;
import java.util.List;

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
      fail(peek(), "expected '" + t + "'" + found());
    }
    return next();
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
    errors.add(new Lexer.Diag(at.line(), at.col(), message));
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
          imports.add(name());
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

  private void recover(int start) {
    if (i == start) {
      i++;
    }
    while (peek().kind() != Token.Kind.NEWLINE && peek().kind() != Token.Kind.EOF) {
      i++;
    }
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
    if (base.equals("None")) {
      return "None";
    }
    if (!List.of("int", "float", "bool", "str").contains(base)) {
      fail(t, "unknown type '" + base + "'; use int, float, bool, str or list[int|float|str]");
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
      return new Ast.While(c, block(), t.line(), t.col());
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
      return vars.size() == 1
          ? new Ast.For(v, it, block(), t.line(), t.col())
          : new Ast.ForEach(vars, it, block(), t.line(), t.col());
    }
    if (t.is("def")
        || t.is("class")
        || t.is("try")
        || t.is("with")
        || t.is("lambda")
        || t.is("global")
        || t.is("yield")) {
      fail(t, "'" + t.text() + "' is outside the Python subset quidudf compiles");
    }
    return simple();
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

  private Ast.Expr atom() {
    Token t = next();
    switch (t.kind()) {
      case INT:
      case FLOAT:
        return new Ast.Num(t.text(), t.kind() == Token.Kind.FLOAT, t.line(), t.col());
      case STRING:
        {
          StringBuilder sb = new StringBuilder(t.text());
          while (peek().kind() == Token.Kind.STRING) {
            sb.append(next().text());
          }
          return new Ast.Str(sb.toString(), t.line(), t.col());
        }
      case NAME:
        if (t.text().equals("True") || t.text().equals("False")) {
          return new Ast.Bool(t.text().equals("True"), t.line(), t.col());
        }
        if (List.of("lambda", "yield", "await", "None").contains(t.text())) {
          i--;
          fail(t, "'" + t.text() + "' is outside the Python subset quidudf compiles");
        }
        return new Ast.Name(t.text(), t.line(), t.col());
      case OP:
        if (t.is("(")) {
          Ast.Expr e = expr();
          if (peek().is(",")) {
            fail(peek(), "tuples are outside the subset");
          }
          expect(")");
          return e;
        }
        if (t.is("[")) {
          List<Ast.Expr> items = new ArrayList<>();
          while (!peek().is("]")) {
            items.add(expr());
            if (peek().is("for")) {
              fail(peek(), "list comprehensions are outside the subset; use a for loop");
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
    fail(t, "expected an expression" + found());
    return null;
  }
}
