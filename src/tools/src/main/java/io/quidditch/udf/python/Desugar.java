package io.quidditch.udf.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites the constructs people reach for first into the ones the code generator knows, before it
 * runs: tuple assignment ({@code a, b = b, a}), {@code for i, c in enumerate(s)}, {@code for x, y
 * in zip(a, b)}, {@code x = list(range(n))}; and drops the host functions a source declares as
 * Python stubs ({@code def get_field_string(field_name: str) -> str: pass}, as Quidditch's example
 * does), which name the host import rather than replace it.
 */
final class Desugar {
  /** The host functions a source may declare as stubs. */
  static final Set<String> HOST_FUNCTIONS =
      Set.of(
          "get_field_string",
          "get_field_int",
          "get_field_float",
          "get_field_bool",
          "has_field",
          "get_param_string",
          "get_param_i64",
          "get_param_int",
          "get_param_f64",
          "get_param_float",
          "get_param_bool",
          "get_document_id",
          "get_score",
          "log");

  /** A dict's keys and values as lists, for {@code items()}: no Python name can say them. */
  static final String KEYS = "<keys>";

  static final String VALUES = "<values>";

  private final List<Lexer.Diag> errors;

  private Desugar(List<Lexer.Diag> errors) {
    this.errors = errors;
  }

  static Ast.Module apply(Ast.Module m, List<Lexer.Diag> errors) {
    Desugar d = new Desugar(errors);
    List<Ast.FunctionDef> functions = new ArrayList<>();
    for (Ast.FunctionDef f : m.functions()) {
      if (isHostStub(f)) {
        continue;
      }
      functions.add(
          new Ast.FunctionDef(
              f.name(),
              f.params(),
              f.returns(),
              d.block(f.body()),
              f.docstring(),
              f.line(),
              f.col()));
    }
    return new Ast.Module(m.docstring(), functions, m.constants(), m.imports());
  }

  /**
   * A host function declared in Python: its body does nothing ({@code pass}, {@code ...}, text).
   */
  static boolean isHostStub(Ast.FunctionDef f) {
    return HOST_FUNCTIONS.contains(f.name())
        && f.body().stream()
            .allMatch(
                s ->
                    s instanceof Ast.Pass
                        || isEllipsis(s)
                        || s instanceof Ast.ExprStmt e && e.expr() instanceof Ast.Str);
  }

  private static boolean isEllipsis(Ast.Stmt s) {
    return s instanceof Ast.ExprStmt e && e.expr() instanceof Ast.Name n && n.id().equals("...");
  }

  private List<Ast.Stmt> block(List<Ast.Stmt> body) {
    List<Ast.Stmt> out = new ArrayList<>();
    for (Ast.Stmt s : body) {
      statement(s, out);
    }
    return out;
  }

  private static String temp(Ast.Node at, String what) {
    return "__" + what + "_" + at.line() + "_" + at.col();
  }

  private void statement(Ast.Stmt s, List<Ast.Stmt> out) {
    if (s instanceof Ast.Assign a && a.target() instanceof Ast.TupleLit targets) {
      unpack(a, targets, out);
    } else if (s instanceof Ast.Assign a && a.value() instanceof Ast.TupleLit t) {
      fail(t, "tuples are outside the subset; assign the values one by one");
    } else if (s instanceof Ast.Assign a
        && a.target() instanceof Ast.Name target
        && isCall(a.value(), "list")) {
      listOf(a, target, (Ast.Call) a.value(), out);
    } else if (s instanceof Ast.ForEach f) {
      forEach(f, out);
    } else if (s instanceof Ast.For f) {
      out.add(new Ast.For(f.var(), f.iter(), block(f.body()), f.line(), f.col()));
    } else if (s instanceof Ast.While w) {
      out.add(new Ast.While(w.cond(), block(w.body()), w.line(), w.col()));
    } else if (s instanceof Ast.If i) {
      out.add(new Ast.If(i.cond(), block(i.body()), block(i.orelse()), i.line(), i.col()));
    } else {
      out.add(s);
    }
  }

  /** {@code a, b = x, y}: every value first (into temporaries), then every target. */
  private void unpack(Ast.Assign a, Ast.TupleLit targets, List<Ast.Stmt> out) {
    if (!(a.value() instanceof Ast.TupleLit values)
        || values.items().size() != targets.items().size()) {
      fail(
          a,
          "unpacking needs as many values on the right as names on the left ("
              + targets.items().size()
              + "); tuples are outside the subset otherwise");
      return;
    }
    List<Ast.Stmt> sets = new ArrayList<>();
    for (int k = 0; k < values.items().size(); k++) {
      Ast.Expr target = targets.items().get(k);
      if (!(target instanceof Ast.Name) && !(target instanceof Ast.Subscript)) {
        fail(target, "only names and items can be assigned to");
        return;
      }
      String tmp = temp(a, "t" + k);
      Ast.Expr value = values.items().get(k);
      out.add(new Ast.Assign(name(tmp, value), null, value, a.line(), a.col()));
      sets.add(new Ast.Assign(target, null, name(tmp, value), a.line(), a.col()));
    }
    out.addAll(sets);
  }

  /** {@code x = list(range(...))}: the list of those numbers. */
  private void listOf(Ast.Assign a, Ast.Name target, Ast.Call call, List<Ast.Stmt> out) {
    if (call.args().size() != 1 || !call.keywords().isEmpty()) {
      fail(call, "list() takes one argument: list(range(n)) or list(other_list)");
      return;
    }
    Ast.Expr arg = call.args().get(0);
    if (!isCall(arg, "range")) {
      // list(xs), list(s), list(d.keys()): the code generator's builtin
      out.add(a);
      return;
    }
    String item = temp(call, "i");
    out.add(
        new Ast.Assign(
            target,
            "list[int]",
            new Ast.ListLit(List.of(), call.line(), call.col()),
            a.line(),
            a.col()));
    Ast.Stmt append =
        new Ast.ExprStmt(
            new Ast.Call(
                new Ast.Attribute(target, "append", call.line(), call.col()),
                List.of(name(item, call)),
                List.of(),
                call.line(),
                call.col()),
            call.line(),
            call.col());
    out.add(new Ast.For(item, arg, List.of(append), a.line(), a.col()));
  }

  /**
   * {@code for i, c in enumerate(s, start)}, {@code for x, y in zip(a, b)} and {@code for k, v in
   * d.items()} (as the zip of its keys and values).
   */
  private void forEach(Ast.ForEach f, List<Ast.Stmt> out) {
    if (f.iter() instanceof Ast.Call items
        && items.func() instanceof Ast.Attribute m
        && m.name().equals("items")
        && items.args().isEmpty()
        && f.vars().size() == 2) {
      String dict = temp(f, "d");
      out.add(new Ast.Assign(name(dict, f), null, m.object(), f.line(), f.col()));
      List<Ast.Expr> both = new ArrayList<>();
      for (String part : List.of(KEYS, VALUES)) {
        both.add(
            new Ast.Call(
                new Ast.Attribute(name(dict, f), part, f.line(), f.col()),
                List.of(),
                List.of(),
                f.line(),
                f.col()));
      }
      Ast.Expr zip =
          new Ast.Call(new Ast.Name("zip", f.line(), f.col()), both, List.of(), f.line(), f.col());
      forEach(new Ast.ForEach(f.vars(), zip, f.body(), f.line(), f.col()), out);
      return;
    }
    List<Ast.Stmt> body = block(f.body());
    if (isCall(f.iter(), "enumerate") && f.vars().size() == 2) {
      Ast.Call call = (Ast.Call) f.iter();
      Ast.Expr startKeyword = null;
      for (Ast.Keyword k : call.keywords()) {
        if (!k.name().equals("start") || startKeyword != null || call.args().size() != 1) {
          fail(call, "enumerate() takes a str or list and an optional start (or start=)");
          return;
        }
        startKeyword = k.value();
      }
      if (call.args().isEmpty() || call.args().size() > 2) {
        fail(call, "enumerate() takes a str or list and an optional start");
        return;
      }
      String counter = temp(f, "n");
      Ast.Expr start =
          call.args().size() == 2
              ? call.args().get(1)
              : startKeyword != null ? startKeyword : new Ast.Num("0", false, f.line(), f.col());
      out.add(new Ast.Assign(name(counter, f), null, start, f.line(), f.col()));
      List<Ast.Stmt> loop = new ArrayList<>();
      loop.add(new Ast.Assign(name(f.vars().get(0), f), null, name(counter, f), f.line(), f.col()));
      loop.add(
          new Ast.AugAssign(
              name(counter, f),
              "+",
              new Ast.Num("1", false, f.line(), f.col()),
              f.line(),
              f.col()));
      loop.addAll(body);
      out.add(new Ast.For(f.vars().get(1), call.args().get(0), loop, f.line(), f.col()));
      return;
    }
    if (isCall(f.iter(), "zip") && ((Ast.Call) f.iter()).args().size() == f.vars().size()) {
      Ast.Call call = (Ast.Call) f.iter();
      if (!call.keywords().isEmpty()) {
        fail(call, "zip() keywords (strict=) are outside the subset; zip stops at the shortest");
        return;
      }
      List<String> seqs = new ArrayList<>();
      Ast.Expr shortest = null;
      for (int k = 0; k < call.args().size(); k++) {
        String seq = temp(f, "z" + k);
        seqs.add(seq);
        out.add(new Ast.Assign(name(seq, f), null, call.args().get(k), f.line(), f.col()));
        Ast.Expr len =
            new Ast.Call(
                new Ast.Name("len", f.line(), f.col()),
                List.of(name(seq, f)),
                List.of(),
                f.line(),
                f.col());
        shortest =
            shortest == null
                ? len
                : new Ast.Call(
                    new Ast.Name("min", f.line(), f.col()),
                    List.of(shortest, len),
                    List.of(),
                    f.line(),
                    f.col());
      }
      String index = temp(f, "k");
      List<Ast.Stmt> loop = new ArrayList<>();
      for (int k = 0; k < seqs.size(); k++) {
        loop.add(
            new Ast.Assign(
                name(f.vars().get(k), f),
                null,
                new Ast.Subscript(name(seqs.get(k), f), name(index, f), f.line(), f.col()),
                f.line(),
                f.col()));
      }
      loop.addAll(body);
      Ast.Expr range =
          new Ast.Call(
              new Ast.Name("range", f.line(), f.col()),
              List.of(shortest),
              List.of(),
              f.line(),
              f.col());
      out.add(new Ast.For(index, range, loop, f.line(), f.col()));
      return;
    }
    fail(
        f,
        "for with "
            + f.vars().size()
            + " names needs enumerate(x) or d.items() (for 2) or zip(a, b, ...) (one name each);"
            + " sorted(d.items()) and other pairs are outside the subset");
  }

  /** Statements the code generator builds (a comprehension's loop), rewritten as a body's are. */
  static List<Ast.Stmt> statements(List<Ast.Stmt> body, List<Lexer.Diag> errors) {
    return new Desugar(errors).block(body);
  }

  /**
   * {@code e} with the names in {@code names} renamed: a comprehension's own names, kept apart from
   * the function's. A nested comprehension's own names hide the outer ones in it.
   */
  static Ast.Expr renamed(Ast.Expr e, Map<String, String> names) {
    if (e == null || names.isEmpty()) {
      return e;
    }
    if (e instanceof Ast.Name n) {
      return names.containsKey(n.id()) ? new Ast.Name(names.get(n.id()), n.line(), n.col()) : n;
    }
    if (e instanceof Ast.BinOp b) {
      return new Ast.BinOp(
          b.op(), renamed(b.left(), names), renamed(b.right(), names), b.line(), b.col());
    }
    if (e instanceof Ast.Unary u) {
      return new Ast.Unary(u.op(), renamed(u.operand(), names), u.line(), u.col());
    }
    if (e instanceof Ast.Compare c) {
      return new Ast.Compare(c.ops(), renamedAll(c.operands(), names), c.line(), c.col());
    }
    if (e instanceof Ast.BoolOp b) {
      return new Ast.BoolOp(
          b.op(), renamed(b.left(), names), renamed(b.right(), names), b.line(), b.col());
    }
    if (e instanceof Ast.IfExp i) {
      return new Ast.IfExp(
          renamed(i.cond(), names),
          renamed(i.then(), names),
          renamed(i.otherwise(), names),
          i.line(),
          i.col());
    }
    if (e instanceof Ast.Call c) {
      List<Ast.Keyword> kws = new ArrayList<>();
      for (Ast.Keyword k : c.keywords()) {
        kws.add(new Ast.Keyword(k.name(), renamed(k.value(), names)));
      }
      return new Ast.Call(
          renamed(c.func(), names), renamedAll(c.args(), names), kws, c.line(), c.col());
    }
    if (e instanceof Ast.Attribute a) {
      return new Ast.Attribute(renamed(a.object(), names), a.name(), a.line(), a.col());
    }
    if (e instanceof Ast.Subscript s) {
      return new Ast.Subscript(
          renamed(s.object(), names), renamed(s.index(), names), s.line(), s.col());
    }
    if (e instanceof Ast.Slice s) {
      return new Ast.Slice(
          renamed(s.object(), names),
          renamed(s.lower(), names),
          renamed(s.upper(), names),
          renamed(s.step(), names),
          s.line(),
          s.col());
    }
    if (e instanceof Ast.ListLit l) {
      return new Ast.ListLit(renamedAll(l.items(), names), l.line(), l.col());
    }
    if (e instanceof Ast.TupleLit l) {
      return new Ast.TupleLit(renamedAll(l.items(), names), l.line(), l.col());
    }
    if (e instanceof Ast.DictLit d) {
      return new Ast.DictLit(
          renamedAll(d.keys(), names), renamedAll(d.values(), names), d.line(), d.col());
    }
    if (e instanceof Ast.ListComp c) {
      Map<String, String> inner = new HashMap<>(names);
      c.vars().forEach(inner::remove);
      return new Ast.ListComp(
          renamed(c.elt(), inner),
          c.vars(),
          renamed(c.iter(), names),
          renamedAll(c.conds(), inner),
          c.generator(),
          c.line(),
          c.col());
    }
    return e; // literals
  }

  private static List<Ast.Expr> renamedAll(List<Ast.Expr> es, Map<String, String> names) {
    List<Ast.Expr> out = new ArrayList<>();
    for (Ast.Expr e : es) {
      out.add(renamed(e, names));
    }
    return out;
  }

  private static boolean isCall(Ast.Expr e, String function) {
    return e instanceof Ast.Call c && c.func() instanceof Ast.Name n && n.id().equals(function);
  }

  private static Ast.Name name(String id, Ast.Node at) {
    return new Ast.Name(id, at.line(), at.col());
  }

  private void fail(Ast.Node at, String message) {
    errors.add(new Lexer.Diag(at.line(), at.col(), message));
  }
}
