package io.quidditch.udf.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a loop does to the names it uses, found before its code is generated: the names it assigns,
 * the names it indexes or measures ({@code xs[i]}, {@code len(s)}), and whether anything in it may
 * change the length or the storage of a list (an {@code append}, or a call into user code, which
 * may append to the same list through another name). A string's header never changes, and a list's
 * only through such calls, so the code generator reads the headers of the rest once before the loop
 * instead of at every access. The subscripts of an innermost loop also decide whether it gets a
 * second version without index checks (see {@code Codegen.versionedRange}).
 */
final class LoopFacts {
  final Set<String> assigned = new HashSet<>();
  final Set<String> indexed = new LinkedHashSet<>();
  final List<Ast.Subscript> subscripts = new ArrayList<>();
  final Set<String> storedInto = new HashSet<>();
  final Map<String, Integer> stores = new HashMap<>();
  boolean hasContinue;
  boolean mayResize;
  boolean nestedLoop;

  private final Set<String> userFunctions;

  private LoopFacts(Set<String> userFunctions) {
    this.userFunctions = userFunctions;
  }

  /** The facts of a loop: its condition or iterable (may be null) and its body. */
  static LoopFacts of(Ast.Expr head, List<Ast.Stmt> body, Set<String> userFunctions) {
    LoopFacts f = new LoopFacts(userFunctions);
    if (head != null) {
      f.expr(head);
    }
    body.forEach(f::stmt);
    return f;
  }

  private void stmt(Ast.Stmt s) {
    if (s instanceof Ast.Assign a) {
      target(a.target());
      expr(a.value());
    } else if (s instanceof Ast.AugAssign a) {
      target(a.target());
      expr(a.value());
    } else if (s instanceof Ast.If i) {
      expr(i.cond());
      i.body().forEach(this::stmt);
      i.orelse().forEach(this::stmt);
    } else if (s instanceof Ast.While w) {
      nestedLoop = true;
      expr(w.cond());
      w.body().forEach(this::stmt);
    } else if (s instanceof Ast.For f) {
      nestedLoop = true;
      assigned.add(f.var());
      expr(f.iter());
      f.body().forEach(this::stmt);
    } else if (s instanceof Ast.Return r) {
      if (r.value() != null) {
        expr(r.value());
      }
    } else if (s instanceof Ast.ExprStmt e) {
      expr(e.expr());
    } else if (s instanceof Ast.Emit e) {
      e.uses().forEach(this::expr);
    } else if (s instanceof Ast.Continue) {
      hasContinue = true;
    }
  }

  private void target(Ast.Expr t) {
    if (t instanceof Ast.Name n) {
      assigned.add(n.id());
    } else {
      if (t instanceof Ast.Subscript s && s.object() instanceof Ast.Name n) {
        storedInto.add(n.id());
        stores.merge(n.id(), 1, Integer::sum);
      }
      expr(t);
    }
  }

  /** {@code var + c} or {@code var - c} for an int literal c below 2^20, as c; else null. */
  static Long offsetFrom(String var, Ast.Expr e) {
    if (e instanceof Ast.Name n && n.id().equals(var)) {
      return 0L;
    }
    if (e instanceof Ast.BinOp b
        && (b.op().equals("+") || b.op().equals("-"))
        && b.left() instanceof Ast.Name n
        && n.id().equals(var)
        && b.right() instanceof Ast.Num k
        && !k.isFloat()) {
      try {
        long c = Long.parseLong(k.text());
        if (c < (1L << 20)) {
          return b.op().equals("+") ? c : -c;
        }
      } catch (NumberFormatException ex) {
        return null;
      }
    }
    return null;
  }

  private void expr(Ast.Expr e) {
    if (e instanceof Ast.Subscript s) {
      if (s.object() instanceof Ast.Name n) {
        indexed.add(n.id());
        subscripts.add(s);
      }
      expr(s.object());
      expr(s.index());
    } else if (e instanceof Ast.Call c) {
      if (c.func() instanceof Ast.Name n) {
        if (userFunctions.contains(n.id())) {
          mayResize = true;
        } else if (n.id().equals("len")
            && c.args().size() == 1
            && c.args().get(0) instanceof Ast.Name a) {
          indexed.add(a.id());
        }
      } else if (c.func() instanceof Ast.Attribute a) {
        if (a.name().equals("append")) {
          mayResize = true;
        }
        expr(a.object());
      }
      c.args().forEach(this::expr);
      c.keywords().forEach(k -> expr(k.value()));
    } else if (e instanceof Ast.BinOp b) {
      expr(b.left());
      expr(b.right());
    } else if (e instanceof Ast.BoolOp b) {
      expr(b.left());
      expr(b.right());
    } else if (e instanceof Ast.Unary u) {
      expr(u.operand());
    } else if (e instanceof Ast.Compare c) {
      c.operands().forEach(this::expr);
    } else if (e instanceof Ast.IfExp i) {
      expr(i.cond());
      expr(i.then());
      expr(i.otherwise());
    } else if (e instanceof Ast.Attribute a) {
      expr(a.object());
    } else if (e instanceof Ast.Slice s) {
      expr(s.object());
      if (s.lower() != null) {
        expr(s.lower());
      }
      if (s.upper() != null) {
        expr(s.upper());
      }
      if (s.step() != null) {
        expr(s.step());
      }
    } else if (e instanceof Ast.ListLit l) {
      l.items().forEach(this::expr);
    } else if (e instanceof Ast.TupleLit l) {
      l.items().forEach(this::expr);
    } else if (e instanceof Ast.DictLit d) {
      d.keys().forEach(this::expr);
      d.values().forEach(this::expr);
    } else if (e instanceof Ast.ListComp c) {
      nestedLoop = true;
      expr(c.iter());
      expr(c.elt());
      c.conds().forEach(this::expr);
    }
  }
}
