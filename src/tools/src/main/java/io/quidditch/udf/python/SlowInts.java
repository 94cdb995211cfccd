package io.quidditch.udf.python;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The int and list[int] variables of a function whose values can only grow slowly, found before its
 * code is generated, so that adding or subtracting 1 to them needs no overflow check.
 *
 * <p>A value is slow when it is an int literal within 2^40, a bool, a {@code len()}, a range loop's
 * variable between slow bounds, a slow variable or an item of a slow list, {@code min}, {@code max}
 * or {@code abs} of slow values, the negation of one, a conditional choosing between two, or a slow
 * value plus or minus a literal 0 or 1 (or a conditional choosing between such literals). None of
 * these but the last moves a value past the largest magnitude it was made from, and the last moves
 * it by one: after n such additions in a call every slow value is within 2^40 + n. Reaching 2^63
 * takes more than 2^62 additions, more than a century of work at a billion a second, so within any
 * call that ends none overflows, and CPython's answer (an exact int) is the one the unchecked i64
 * addition gives. Every other int keeps its checks.
 *
 * <p>A variable is slow when every value the function gives it is: parameters are not (their values
 * come from the caller), nor is a list that escapes (passed to a user function, or changed by a
 * method other than {@code append} of a slow value), nor a variable copied to or from one that is
 * not: {@code ys = xs} (or {@code ys = xs if c else zs}) makes two names for one list, and a store
 * through either is a store into both. The set is the largest one that satisfies these rules: every
 * candidate is assumed slow, and those with a value that is not are removed until none is left to
 * remove.
 */
final class SlowInts {
  /** Within this magnitude an int literal is a slow value. */
  private static final long SEED = 1L << 40;

  private final Set<String> userFunctions;
  private final Set<String> slow = new HashSet<>();
  private final Set<String> excluded = new HashSet<>();
  private final Map<String, Set<String>> copies = new HashMap<>();

  private SlowInts(Set<String> userFunctions) {
    this.userFunctions = userFunctions;
  }

  /**
   * The slow variables of {@code f}: of the names it binds itself, never a parameter or a module
   * constant (whose items other functions and the module's own values set).
   */
  static SlowInts of(Ast.FunctionDef f, Set<String> userFunctions, Set<String> constants) {
    SlowInts s = new SlowInts(userFunctions);
    s.collect(f.body());
    for (Ast.Param p : f.params()) {
      s.excluded.add(p.name());
    }
    s.excluded.addAll(constants);
    s.slow.removeAll(s.excluded);
    boolean changed = true;
    while (changed) {
      int before = s.slow.size();
      s.check(f.body());
      changed = s.slow.size() != before;
    }
    return s;
  }

  /** Whether the value of {@code e} is slow. */
  boolean isSlow(Ast.Expr e) {
    if (e instanceof Ast.Num n) {
      if (n.isFloat()) {
        return false;
      }
      try {
        return Math.abs(Long.parseLong(n.text())) <= SEED;
      } catch (NumberFormatException ex) {
        return false;
      }
    }
    if (e instanceof Ast.Bool) {
      return true;
    }
    if (e instanceof Ast.Name n) {
      return slow.contains(n.id());
    }
    if (e instanceof Ast.Subscript s) {
      return s.object() instanceof Ast.Name n && slow.contains(n.id());
    }
    if (e instanceof Ast.Unary u) {
      return (u.op().equals("-") || u.op().equals("+")) && isSlow(u.operand());
    }
    if (e instanceof Ast.IfExp i) {
      return isSlow(i.then()) && isSlow(i.otherwise());
    }
    if (e instanceof Ast.BinOp b) {
      return step(b.op(), b.left(), b.right()) || listOfSlow(b);
    }
    if (e instanceof Ast.ListLit l) {
      return l.items().stream().allMatch(this::isSlow);
    }
    if (e instanceof Ast.Call c
        && c.func() instanceof Ast.Name f
        && c.keywords().isEmpty()
        && !userFunctions.contains(f.id())) {
      switch (f.id()) {
        case "len":
          return c.args().size() == 1;
        case "min":
        case "max":
          return !c.args().isEmpty() && c.args().stream().allMatch(this::isSlow);
        case "abs":
          return c.args().size() == 1 && isSlow(c.args().get(0));
        default:
          return false;
      }
    }
    return false;
  }

  /** Whether {@code left op right} is a slow value moved by at most one: no overflow check. */
  boolean step(String op, Ast.Expr left, Ast.Expr right) {
    if (op.equals("+")) {
      return isSlow(left) && unit(right) || unit(left) && isSlow(right);
    }
    return op.equals("-") && isSlow(left) && unit(right);
  }

  /** A literal 0 or 1 (or -1), a bool literal, or a conditional choosing between such literals. */
  private static boolean unit(Ast.Expr e) {
    if (e instanceof Ast.IfExp i) {
      return unit(i.then()) && unit(i.otherwise());
    }
    if (e instanceof Ast.Bool) {
      return true;
    }
    if (e instanceof Ast.Unary u && u.op().equals("-")) {
      return unit(u.operand());
    }
    return e instanceof Ast.Num n && !n.isFloat() && (n.text().equals("0") || n.text().equals("1"));
  }

  /** {@code [x] * n} of a slow x: a list whose items are slow. */
  private boolean listOfSlow(Ast.BinOp b) {
    return b.op().equals("*")
        && (b.left() instanceof Ast.ListLit l && l.items().stream().allMatch(this::isSlow)
            || b.right() instanceof Ast.ListLit r && r.items().stream().allMatch(this::isSlow));
  }

  // ---------------------------------------------------------------- candidates

  private void collect(List<Ast.Stmt> body) {
    for (Ast.Stmt s : body) {
      if (s instanceof Ast.Assign a) {
        target(a.target());
        if (a.target() instanceof Ast.Name t) {
          for (String v : aliases(a.value(), new HashSet<>())) {
            copies.computeIfAbsent(t.id(), k -> new HashSet<>()).add(v);
            copies.computeIfAbsent(v, k -> new HashSet<>()).add(t.id());
          }
        }
      } else if (s instanceof Ast.AugAssign a) {
        target(a.target());
      } else if (s instanceof Ast.For f) {
        slow.add(f.var());
        collect(f.body());
      } else if (s instanceof Ast.ForEach f) {
        // made into loops by Desugar before this runs; should one remain, its names are not slow
        excluded.addAll(f.vars());
        collect(f.body());
      } else if (s instanceof Ast.If i) {
        collect(i.body());
        collect(i.orelse());
      } else if (s instanceof Ast.While w) {
        collect(w.body());
      }
    }
  }

  /**
   * The variables whose value {@code e} may be, itself: {@code xs}, {@code xs if c else ys}, {@code
   * xs or ys}. After {@code zs = e} a list has two names, slow together or not at all.
   */
  private static Set<String> aliases(Ast.Expr e, Set<String> out) {
    if (e instanceof Ast.Name n) {
      out.add(n.id());
    } else if (e instanceof Ast.IfExp i) {
      aliases(i.then(), out);
      aliases(i.otherwise(), out);
    } else if (e instanceof Ast.BoolOp b) {
      aliases(b.left(), out);
      aliases(b.right(), out);
    }
    return out;
  }

  private void target(Ast.Expr t) {
    if (t instanceof Ast.Name n) {
      slow.add(n.id());
    }
  }

  // ---------------------------------------------------------------- removal

  private void remove(String name) {
    if (slow.remove(name)) {
      copies.getOrDefault(name, Set.of()).forEach(this::remove);
    }
  }

  /** Every variable whose list {@code e} may be: what a store or a call through it reaches. */
  private void removeAll(Ast.Expr e) {
    aliases(e, new HashSet<>()).forEach(this::remove);
  }

  private void check(List<Ast.Stmt> body) {
    for (Ast.Stmt s : body) {
      if (s instanceof Ast.Assign a) {
        assigned(a.target(), a.value());
        uses(a.value());
        uses(a.target());
      } else if (s instanceof Ast.AugAssign a) {
        boolean ok =
            (a.op().equals("+") || a.op().equals("-")) && step(a.op(), a.target(), a.value());
        if (!ok) {
          removeAll(owner(a.target()));
        }
        uses(a.value());
        uses(a.target());
      } else if (s instanceof Ast.For f) {
        boolean ok =
            f.iter() instanceof Ast.Call c
                    && c.func() instanceof Ast.Name r
                    && r.id().equals("range")
                    && c.keywords().isEmpty()
                    && c.args().stream().allMatch(this::isSlow)
                || f.iter() instanceof Ast.Name xs && slow.contains(xs.id());
        if (!ok) {
          remove(f.var());
        }
        uses(f.iter());
        check(f.body());
      } else if (s instanceof Ast.ForEach f) {
        uses(f.iter());
        check(f.body());
      } else if (s instanceof Ast.If i) {
        uses(i.cond());
        check(i.body());
        check(i.orelse());
      } else if (s instanceof Ast.While w) {
        uses(w.cond());
        check(w.body());
      } else if (s instanceof Ast.Return r) {
        if (r.value() != null) {
          uses(r.value());
        }
      } else if (s instanceof Ast.ExprStmt e) {
        uses(e.expr());
      } else if (s instanceof Ast.Emit e) {
        e.uses().forEach(this::uses);
      }
    }
  }

  /** What an assignment to {@code target} changes: the variable, or the list of {@code xs[k]}. */
  private static Ast.Expr owner(Ast.Expr target) {
    return target instanceof Ast.Subscript s ? s.object() : target;
  }

  private void assigned(Ast.Expr target, Ast.Expr value) {
    if (!isSlow(value)) {
      removeAll(owner(target));
    }
  }

  /**
   * The calls in an expression: a list passed to a user function, or changed by a method other than
   * {@code append} of a slow value, is no longer slow (anything could be stored into it).
   */
  private void uses(Ast.Expr e) {
    if (e instanceof Ast.Call c) {
      if (c.func() instanceof Ast.Name f && userFunctions.contains(f.id())) {
        c.args().forEach(this::removeAll);
        c.keywords().forEach(k -> removeAll(k.value()));
      }
      if (c.func() instanceof Ast.Attribute m) {
        boolean harmless =
            m.name().equals("append") && c.args().size() == 1 && isSlow(c.args().get(0))
                || List.of("pop", "count", "index", "sort", "reverse", "clear").contains(m.name())
                    && c.keywords().isEmpty();
        if (!harmless) {
          removeAll(m.object());
        }
      }
      uses(c.func());
      c.args().forEach(this::uses);
      c.keywords().forEach(k -> uses(k.value()));
    } else if (e instanceof Ast.BinOp b) {
      uses(b.left());
      uses(b.right());
    } else if (e instanceof Ast.BoolOp b) {
      uses(b.left());
      uses(b.right());
    } else if (e instanceof Ast.Unary u) {
      uses(u.operand());
    } else if (e instanceof Ast.Compare c) {
      c.operands().forEach(this::uses);
    } else if (e instanceof Ast.IfExp i) {
      uses(i.cond());
      uses(i.then());
      uses(i.otherwise());
    } else if (e instanceof Ast.Attribute a) {
      uses(a.object());
    } else if (e instanceof Ast.Subscript s) {
      uses(s.object());
      uses(s.index());
    } else if (e instanceof Ast.Slice s) {
      uses(s.object());
      for (Ast.Expr x : new Ast.Expr[] {s.lower(), s.upper(), s.step()}) {
        if (x != null) {
          uses(x);
        }
      }
    } else if (e instanceof Ast.ListLit l) {
      l.items().forEach(this::uses);
    } else if (e instanceof Ast.TupleLit l) {
      l.items().forEach(this::uses);
    } else if (e instanceof Ast.DictLit d) {
      d.keys().forEach(this::uses);
      d.values().forEach(this::uses);
    } else if (e instanceof Ast.ListComp c) {
      uses(c.iter());
      uses(c.elt());
      c.conds().forEach(this::uses);
    }
  }
}
