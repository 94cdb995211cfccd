package io.quidditch.udf.python;

import java.util.List;
import java.util.function.Consumer;

/** The syntax tree of the Python subset. Every node knows its 1-based line and column. */
final class Ast {
  private Ast() {}

  interface Node {
    int line();

    int col();
  }

  interface Expr extends Node {}

  interface Stmt extends Node {}

  record Num(String text, boolean isFloat, int line, int col) implements Expr {}

  record Str(String value, int line, int col) implements Expr {}

  record Bool(boolean value, int line, int col) implements Expr {}

  record Name(String id, int line, int col) implements Expr {}

  record BinOp(String op, Expr left, Expr right, int line, int col) implements Expr {}

  record Unary(String op, Expr operand, int line, int col) implements Expr {}

  record Compare(List<String> ops, List<Expr> operands, int line, int col) implements Expr {}

  record BoolOp(String op, Expr left, Expr right, int line, int col) implements Expr {}

  record IfExp(Expr cond, Expr then, Expr otherwise, int line, int col) implements Expr {}

  record Call(Expr func, List<Expr> args, List<Keyword> keywords, int line, int col)
      implements Expr {}

  record Keyword(String name, Expr value) {}

  record Attribute(Expr object, String name, int line, int col) implements Expr {}

  record Subscript(Expr object, Expr index, int line, int col) implements Expr {}

  record Slice(Expr object, Expr lower, Expr upper, Expr step, int line, int col) implements Expr {}

  record ListLit(List<Expr> items, int line, int col) implements Expr {}

  /**
   * {@code [elt for vars in iter if cond ...]}, or the same as a call's one argument ({@code
   * generator}: {@code any(c.isdigit() for c in s)}). One {@code for} clause; its names are its
   * own, as in Python 3.
   */
  record ListComp(
      Expr elt,
      List<String> vars,
      Expr iter,
      List<Expr> conds,
      boolean generator,
      int line,
      int col)
      implements Expr {}

  /**
   * A statement whose code the generator writes itself ({@code code}), inside loops it builds from
   * the syntax tree (comprehensions); {@code uses} are the expressions it reads.
   */
  record Emit(List<Expr> uses, Consumer<StringBuilder> code, int line, int col) implements Stmt {}

  /** {@code {k: v, ...}}: a dict from str or int keys to int, float or str values. */
  record DictLit(List<Expr> keys, List<Expr> values, int line, int col) implements Expr {}

  /** {@code a, b}: only as both sides of an assignment, which {@link Desugar} unpacks. */
  record TupleLit(List<Expr> items, int line, int col) implements Expr {}

  record Assign(Expr target, String annotation, Expr value, int line, int col) implements Stmt {}

  record AugAssign(Expr target, String op, Expr value, int line, int col) implements Stmt {}

  record If(Expr cond, List<Stmt> body, List<Stmt> orelse, int line, int col) implements Stmt {}

  record While(Expr cond, List<Stmt> body, int line, int col) implements Stmt {}

  record For(String var, Expr iter, List<Stmt> body, int line, int col) implements Stmt {}

  /** {@code for i, c in enumerate(s)} or {@code zip(a, b)}: {@link Desugar} makes it a loop. */
  record ForEach(List<String> vars, Expr iter, List<Stmt> body, int line, int col)
      implements Stmt {}

  record Break(int line, int col) implements Stmt {}

  record Continue(int line, int col) implements Stmt {}

  record Return(Expr value, int line, int col) implements Stmt {}

  record Pass(int line, int col) implements Stmt {}

  record ExprStmt(Expr expr, int line, int col) implements Stmt {}

  record Param(String name, String type, Expr defaultValue, int line, int col) {}

  record FunctionDef(
      String name,
      List<Param> params,
      String returns,
      List<Stmt> body,
      String docstring,
      int line,
      int col) {}

  record Constant(String name, Expr value, int line, int col) {}

  record Module(
      String docstring,
      List<FunctionDef> functions,
      List<Constant> constants,
      List<String> imports) {}
}
