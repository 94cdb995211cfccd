package io.quidditch.udf.python;

import java.util.List;

/** Calls: builtins, document and parameter access, math, string methods and user functions. */
final class Builtins {
  private Builtins() {}

  static Codegen.T call(Codegen g, Ast.Call c) {
    if (c.func() instanceof Ast.Attribute a) {
      if (a.object() instanceof Ast.Name n && n.id().equals("math")) {
        return math(g, c, a.name());
      }
      return method(g, c, a);
    }
    if (!(c.func() instanceof Ast.Name n)) {
      throw g.fail(c, "only named functions can be called");
    }
    String f = n.id();
    Ast.FunctionDef user = g.functions().get(f);
    if (user != null) {
      return user(g, c, user);
    }
    if (!c.keywords().isEmpty() && !f.startsWith("get_field_")) {
      throw g.fail(
          c,
          "keyword arguments are only supported for user functions and get_field_*(default=...)");
    }
    List<Ast.Expr> args = c.args();
    switch (f) {
      case "len":
        {
          arity(g, c, 1, 1);
          Codegen.T v = g.peek(args.get(0));
          if (!v.type().equals("str") && !v.type().startsWith("list[")) {
            throw g.fail(c, "len() needs a str or a list, not " + v.type());
          }
          return new Codegen.T(g.lengthOf(args.get(0), v), "int");
        }
      case "abs":
        {
          arity(g, c, 1, 1);
          Codegen.T v = g.expr(args.get(0));
          if (v.type().equals("float")) {
            return new Codegen.T("(f64.abs " + v.code() + ")", "float");
          }
          return new Codegen.T("(call $abs_int " + g.intCode(v, args.get(0)) + ")", "int");
        }
      case "min":
      case "max":
        return minMax(g, c, f.equals("min"));
      case "int":
        {
          arity(g, c, 1, 1);
          Codegen.T v = g.peek(args.get(0));
          switch (v.type()) {
            case "int":
              return v;
            case "bool":
              return new Codegen.T("(i64.extend_i32_u " + v.code() + ")", "int");
            case "float":
              return new Codegen.T("(call $f2i " + v.code() + ")", "int");
            case "str":
              return new Codegen.T("(call $str_to_int " + v.code() + ")", "int");
            default:
              throw g.fail(c, "int() of " + v.type() + " is outside the subset");
          }
        }
      case "float":
        {
          arity(g, c, 1, 1);
          Codegen.T v = g.peek(args.get(0));
          if (v.type().equals("str")) {
            return new Codegen.T(g.libraryCall("f_parse", v.code()), "float");
          }
          return new Codegen.T(g.convertTo(v, "float", args.get(0), "float() argument"), "float");
        }
      case "bool":
        {
          arity(g, c, 1, 1);
          return new Codegen.T(g.truthCode(g.expr(args.get(0))), "bool");
        }
      case "str":
        {
          arity(g, c, 1, 1);
          Codegen.T v = g.expr(args.get(0));
          switch (v.type()) {
            case "str":
              return v;
            case "int":
              return new Codegen.T("(call $int_to_str " + v.code() + ")", "str");
            case "bool":
              return new Codegen.T(
                  "(select (i32.const "
                      + g.literal("True")
                      + ") (i32.const "
                      + g.literal("False")
                      + ") "
                      + v.code()
                      + ")",
                  "str");
            case "float":
              return new Codegen.T(g.libraryCall("f_repr", v.code()), "str");
            default:
              throw g.fail(c, "str() of " + v.type() + " is outside the subset");
          }
        }
      case "ord":
      case "chr":
        return StrMethods.ordChr(g, c, f);
      case "range":
        throw g.fail(c, "range() may only drive a for loop");
      case "get_field_string":
        return field(g, c, "str", "\"\"");
      case "get_field_int":
        return field(g, c, "int", "0");
      case "get_field_float":
        return field(g, c, "float", "0.0");
      case "get_field_bool":
        return field(g, c, "bool", "False");
      case "has_field":
        {
          arity(g, c, 1, 1);
          String name = g.tempLocal("str");
          g.useHost("has_field");
          return new Codegen.T(
              "(call $has_field (global.get $ctx) "
                  + ptr("(local.tee " + name + " " + hostStr(g, args.get(0)) + ")")
                  + " "
                  + len("(local.get " + name + ")")
                  + ")",
              "bool");
        }
      case "get_param_string":
        return param(g, c, "str");
      case "get_param_i64":
      case "get_param_int":
        return param(g, c, "int");
      case "get_param_f64":
      case "get_param_float":
        return param(g, c, "float");
      case "get_param_bool":
        return param(g, c, "bool");
      case "doc_id":
      case "get_document_id":
        arity(g, c, 0, 0);
        g.useHost("get_document_id");

        return new Codegen.T("(call $doc_id (i32.const " + g.literal("") + "))", "str");
      case "score":
      case "get_score":
        arity(g, c, 0, 0);
        g.useHost("get_score");
        return new Codegen.T("(call $get_score (global.get $ctx))", "float");
      case "log":
        {
          arity(g, c, 1, 1);
          String msg = hostStr(g, args.get(0));
          String tmp = g.tempLocal("str");
          return new Codegen.T(
              "(call $log (i32.const 1) (i32.add (local.tee "
                  + tmp
                  + " "
                  + msg
                  + ") (i32.const 4)) "
                  + len("(local.get " + tmp + ")")
                  + ")",
              "None");
        }
      case "print":
        throw g.fail(c, "print() has nowhere to go in a UDF; use log(msg)");
      default:
        throw g.fail(c, "name '" + f + "' is not defined");
    }
  }

  static void arity(Codegen g, Ast.Call c, int min, int max) {
    int n = c.args().size();
    if (n < min || n > max) {
      String name = c.func() instanceof Ast.Name nm ? nm.id() : ((Ast.Attribute) c.func()).name();
      throw g.fail(
          c,
          name
              + "() takes "
              + (min == max ? String.valueOf(min) : min + " to " + max)
              + " argument"
              + (max == 1 ? "" : "s")
              + ", got "
              + n);
    }
  }

  static String str(Codegen g, Ast.Expr e) {
    Codegen.T v = g.peek(e);
    if (!v.type().equals("str")) {
      throw g.fail(e, "expected a str, not " + v.type());
    }
    return v.code();
  }

  /** A str argument for the host, as UTF-8 (read its length with {@link #len}). */
  private static String hostStr(Codegen g, Ast.Expr e) {
    return "(call $str_utf8 " + str(g, e) + ")";
  }

  private static String ptr(String strCode) {
    return "(i32.add " + strCode + " (i32.const 4))";
  }

  private static String len(String strCode) {
    return "(i32.and (i32.load " + strCode + ") (i32.const " + Codegen.LEN_MASK + "))";
  }

  private static Codegen.T field(Codegen g, Ast.Call c, String type, String pyDefault) {
    String fn = ((Ast.Name) c.func()).id();
    if (c.args().isEmpty() || c.args().size() > 2) {
      throw g.fail(c, fn + "() takes a field name and an optional default");
    }
    Ast.Expr dfltExpr = c.args().size() == 2 ? c.args().get(1) : null;
    for (Ast.Keyword k : c.keywords()) {
      if (!k.name().equals("default") || dfltExpr != null) {
        throw g.fail(c, fn + "() takes only default= as a keyword");
      }
      dfltExpr = k.value();
    }
    String dflt =
        dfltExpr == null
            ? defaultCode(g, type)
            : g.convertTo(g.expr(dfltExpr), type, dfltExpr, "the default");
    String name = g.tempLocal("str");
    String nameCode = "(local.tee " + name + " " + hostStr(g, c.args().get(0)) + ")";
    String nameGet = "(local.get " + name + ")";
    switch (type) {
      case "str":
        g.useHost("get_field_string");
        return new Codegen.T("(call $doc_str " + nameCode + " " + dflt + ")", "str");
      case "int":
        g.useHost("get_field_i64");
        return new Codegen.T(
            scratchRead(
                "get_field_i64",
                "(global.get $ctx) " + ptr(nameCode) + " " + len(nameGet),
                "i64",
                "i64.load",
                dflt),
            "int");
      case "float":
        g.useHost("get_field_f64");
        return new Codegen.T(
            scratchRead(
                "get_field_f64",
                "(global.get $ctx) " + ptr(nameCode) + " " + len(nameGet),
                "f64",
                "f64.load",
                dflt),
            "float");
      default:
        g.useHost("get_field_bool");
        return new Codegen.T(
            scratchRead(
                "get_field_bool",
                "(global.get $ctx) " + ptr(nameCode) + " " + len(nameGet),
                "i32",
                "i32.load",
                dflt),
            "bool");
    }
  }

  /**
   * {@code get_param_string("query")} and its kin, called directly as Quidditch's examples do: the
   * parameter's value, or the type's zero value when the call does not give it.
   */
  private static Codegen.T param(Codegen g, Ast.Call c, String type) {
    arity(g, c, 1, 1);
    String dflt = defaultCode(g, type);
    String name = g.tempLocal("str");
    String nameCode = "(local.tee " + name + " " + hostStr(g, c.args().get(0)) + ")";
    String nameGet = "(local.get " + name + ")";
    switch (type) {
      case "str":
        g.useHost("get_param_string");
        return new Codegen.T("(call $param_str " + nameCode + " " + dflt + ")", "str");
      case "int":
        g.useHost("get_param_i64");
        return new Codegen.T(
            scratchRead(
                "get_param_i64", ptr(nameCode) + " " + len(nameGet), "i64", "i64.load", dflt),
            "int");
      case "float":
        g.useHost("get_param_f64");
        return new Codegen.T(
            scratchRead(
                "get_param_f64", ptr(nameCode) + " " + len(nameGet), "f64", "f64.load", dflt),
            "float");
      default:
        g.useHost("get_param_bool");
        return new Codegen.T(
            scratchRead(
                "get_param_bool", ptr(nameCode) + " " + len(nameGet), "i32", "i32.load8_u", dflt),
            "bool");
    }
  }

  /**
   * A host call that writes its value to the scratch slot at 8 and answers 0 when it did: that
   * value, else {@code dflt}. The document and parameter readers all take this form.
   *
   * @param args the call's arguments before the out pointer
   */
  static String scratchRead(String host, String args, String result, String load, String dflt) {
    return "(if (result "
        + result
        + ") (i32.eqz (call $"
        + host
        + " "
        + args
        + " (i32.const 8))) (then ("
        + load
        + " (i32.const 8))) (else "
        + dflt
        + "))";
  }

  private static String defaultCode(Codegen g, String type) {
    switch (type) {
      case "str":
        return "(i32.const " + g.literal("") + ")";
      case "int":
        return "(i64.const 0)";
      case "float":
        return "(f64.const 0)";
      default:
        return "(i32.const 0)";
    }
  }

  private static Codegen.T minMax(Codegen g, Ast.Call c, boolean min) {
    List<Ast.Expr> args = c.args();
    String name = min ? "min" : "max";
    if (args.size() == 1) {
      Codegen.T l = g.expr(args.get(0));
      if (!l.type().equals("list[int]") && !l.type().equals("list[float]")) {
        throw g.fail(c, name + "() of one argument needs a list[int] or list[float]");
      }
      String elem = l.type().equals("list[int]") ? "int" : "float";
      String wt = Codegen.wasmType(elem);
      String lst = g.tempLocal("list[int]");
      String i = g.tempLocal("int");
      String best = g.tempLocal(elem);
      String cur = g.tempLocal(elem);
      String load =
          "(" + wt + ".load (call $list_addr (local.get " + lst + ") (local.get " + i + ")))";
      String better =
          elem.equals("int")
              ? "(i64."
                  + (min ? "lt_s" : "gt_s")
                  + " (local.get "
                  + cur
                  + ") (local.get "
                  + best
                  + "))"
              : "(f64."
                  + (min ? "lt" : "gt")
                  + " (local.get "
                  + cur
                  + ") (local.get "
                  + best
                  + "))";
      return new Codegen.T(
          "(block (result "
              + wt
              + ")"
              + " (local.set "
              + lst
              + " "
              + l.code()
              + ")"
              + " (if (i32.eqz (i32.load (local.get "
              + lst
              + "))) (then (call $trap (global.get $msg_empty_seq))))"
              + " (local.set "
              + i
              + " (i64.const 0)) (local.set "
              + best
              + " "
              + load
              + ")"
              + " (block $mm_done (loop $mm_next"
              + " (local.set "
              + i
              + " (i64.add (local.get "
              + i
              + ") (i64.const 1)))"
              + " (br_if $mm_done (i64.ge_s (local.get "
              + i
              + ") (i64.extend_i32_u (i32.load (local.get "
              + lst
              + ")))))"
              + " (local.set "
              + cur
              + " "
              + load
              + ")"
              + " (if "
              + better
              + " (then (local.set "
              + best
              + " (local.get "
              + cur
              + "))))"
              + " (br $mm_next)))"
              + " (local.get "
              + best
              + "))",
          elem);
    }
    if (args.size() < 2) {
      throw g.fail(c, name + "() needs a list or at least two arguments");
    }
    Codegen.T acc = g.expr(args.get(0));
    for (int k = 1; k < args.size(); k++) {
      Codegen.T next = g.expr(args.get(k));
      if (!acc.type().equals(next.type())
          || !(acc.type().equals("int") || acc.type().equals("float"))) {
        throw g.fail(
            c,
            name
                + "() arguments must all be int or all be float (got "
                + acc.type()
                + " and "
                + next.type()
                + ")");
      }
      String wt = Codegen.wasmType(acc.type());
      String a = g.tempLocal(acc.type());
      String b = g.tempLocal(acc.type());
      String pick =
          acc.type().equals("int")
              ? "(i64." + (min ? "lt_s" : "gt_s") + " (local.get " + b + ") (local.get " + a + "))"
              : "(f64." + (min ? "lt" : "gt") + " (local.get " + b + ") (local.get " + a + "))";
      acc =
          new Codegen.T(
              "(block (result "
                  + wt
                  + ") (local.set "
                  + a
                  + " "
                  + acc.code()
                  + ") (local.set "
                  + b
                  + " "
                  + next.code()
                  + ") (select (local.get "
                  + b
                  + ") (local.get "
                  + a
                  + ") "
                  + pick
                  + "))",
              acc.type());
    }
    return acc;
  }

  private static Codegen.T math(Codegen g, Ast.Call c, String fn) {
    g.requireMath(c);
    List<Ast.Expr> args = c.args();
    switch (fn) {
      case "sqrt":
        arity(g, c, 1, 1);
        return new Codegen.T(
            "(call $sqrt "
                + g.convertTo(g.expr(args.get(0)), "float", args.get(0), "math.sqrt argument")
                + ")",
            "float");
      case "fabs":
        arity(g, c, 1, 1);
        return new Codegen.T(
            "(f64.abs "
                + g.convertTo(g.expr(args.get(0)), "float", args.get(0), "math.fabs argument")
                + ")",
            "float");
      case "floor":
      case "ceil":
        {
          arity(g, c, 1, 1);
          Codegen.T v = g.expr(args.get(0));
          if (v.type().equals("int")) {
            return v;
          }
          return new Codegen.T(
              "(call $f2i (f64."
                  + fn
                  + " "
                  + g.convertTo(v, "float", args.get(0), "argument")
                  + "))",
              "int");
        }
      case "exp":
      case "sin":
      case "cos":
      case "tan":
        arity(g, c, 1, 1);
        return new Codegen.T(g.libraryCall("m_" + fn, floatArg(g, args.get(0), fn)), "float");
      case "log":
        {
          arity(g, c, 1, 2);
          String x = g.libraryCall("m_log", floatArg(g, args.get(0), fn));
          if (args.size() == 1) {
            return new Codegen.T(x, "float");
          }
          String base = g.libraryCall("m_log", floatArg(g, args.get(1), fn));
          return new Codegen.T("(call $fdiv " + x + " " + base + ")", "float");
        }
      case "atan2":
      case "pow":
        arity(g, c, 2, 2);
        return new Codegen.T(
            g.libraryCall("m_" + fn, floatArg(g, args.get(0), fn), floatArg(g, args.get(1), fn)),
            "float");
      case "radians":
      case "degrees":
        {
          // as CPython: one multiplication by pi/180 (or 180/pi) rounded to a double
          arity(g, c, 1, 1);
          double k = fn.equals("radians") ? Math.PI / 180.0 : 180.0 / Math.PI;
          return new Codegen.T(
              "(f64.mul "
                  + floatArg(g, args.get(0), fn)
                  + " (f64.const "
                  + Codegen.floatLiteral(k)
                  + "))",
              "float");
        }
      default:
        throw g.fail(
            c,
            "math."
                + fn
                + " is outside the subset (available: sqrt floor ceil fabs sin cos tan atan2 exp"
                + " log pow radians degrees pi e)");
    }
  }

  private static String floatArg(Codegen g, Ast.Expr e, String fn) {
    return g.convertTo(g.expr(e), "float", e, "math." + fn + " argument");
  }

  private static Codegen.T method(Codegen g, Ast.Call c, Ast.Attribute a) {
    Codegen.T obj = g.peek(a.object());
    if (a.name().equals("append")) {
      throw g.fail(c, "append() returns nothing; call it as a statement");
    }
    if (!obj.type().equals("str")) {
      throw g.fail(c, "method " + a.name() + "() is outside the subset for " + obj.type());
    }
    return StrMethods.method(g, c, a.name(), obj);
  }

  private static Codegen.T user(Codegen g, Ast.Call c, Ast.FunctionDef f) {
    List<Ast.Param> params = f.params();
    Ast.Expr[] given = new Ast.Expr[params.size()];
    if (c.args().size() > params.size()) {
      throw g.fail(
          c,
          f.name()
              + "() takes "
              + params.size()
              + " argument"
              + (params.size() == 1 ? "" : "s")
              + ", got "
              + c.args().size());
    }
    for (int k = 0; k < c.args().size(); k++) {
      given[k] = c.args().get(k);
    }
    for (Ast.Keyword k : c.keywords()) {
      int idx = -1;
      for (int p = 0; p < params.size(); p++) {
        if (params.get(p).name().equals(k.name())) {
          idx = p;
        }
      }
      if (idx < 0 || given[idx] != null) {
        throw g.fail(c, f.name() + "() got an unexpected or repeated argument '" + k.name() + "'");
      }
      given[idx] = k.value();
    }
    StringBuilder code = new StringBuilder("(call $f_" + f.name());
    for (int p = 0; p < params.size(); p++) {
      Ast.Expr e = given[p] != null ? given[p] : params.get(p).defaultValue();
      if (e == null) {
        throw g.fail(c, f.name() + "() is missing argument '" + params.get(p).name() + "'");
      }
      code.append(' ')
          .append(
              g.convertTo(
                  g.expr(e), params.get(p).type(), e, "argument '" + params.get(p).name() + "'"));
    }
    return new Codegen.T(code.append(')').toString(), f.returns());
  }
}
