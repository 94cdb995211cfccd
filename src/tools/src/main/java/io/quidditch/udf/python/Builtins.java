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
    if (!c.keywords().isEmpty() && !f.startsWith("get_field_") && !f.equals("sorted")) {
      throw g.fail(
          c,
          "keyword arguments are only supported for user functions, get_field_*(default=...)"
              + " and sorted(reverse=...)");
    }
    List<Ast.Expr> args = c.args();
    switch (f) {
      case "len":
        {
          arity(g, c, 1, 1);
          Codegen.T v = view(g, args.get(0));
          if (Codegen.isDictType(v.type())) {
            v = Codegen.dictList(v, false);
          }
          if (!v.type().equals("str") && !v.type().startsWith("list[")) {
            throw g.fail(c, "len() needs a str, a list or a dict, not " + v.type());
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
        arity(g, c, 1, 1);
        return text(g, g.expr(args.get(0)), args.get(0), c);
      case "ord":
      case "chr":
        return StrMethods.ordChr(g, c, f);
      case "list":
        {
          arity(g, c, 1, 1);
          Codegen.T v = view(g, args.get(0));
          if (v.type().equals("str")) {
            return characters(g, args.get(0));
          }
          if (Codegen.isDictType(v.type())) {
            v = Codegen.dictList(v, false);
          }
          if (v.type().startsWith("list[")) {
            return Codegen.copied(v);
          }
          throw g.fail(c, "list() of " + v.type() + " is outside the subset");
        }
      case "format":
        {
          arity(g, c, 1, 2);
          String spec = "";
          if (args.size() == 2) {
            if (!(args.get(1) instanceof Ast.Str lit)) {
              throw g.fail(args.get(1), "format() takes its spec as a string literal");
            }
            spec = lit.value();
          }
          return format(
              g, args.get(0), g.expr(args.get(0)), spec, args.size() == 2 ? args.get(1) : c);
        }
      case "repr":
        {
          arity(g, c, 1, 1);
          Codegen.T v = g.expr(args.get(0));
          if (v.type().equals("str")) {
            return new Codegen.T("(call $str_repr " + v.code() + ")", "str");
          }
          return text(g, v, args.get(0), c);
        }
      case "any":
      case "all":
        arity(g, c, 1, 1);
        return anyAll(g, generator(args.get(0)), f.equals("any"));
      case "sum":
        arity(g, c, 1, 2);
        return sum(g, generator(args.get(0)), args.size() == 2 ? args.get(1) : null);
      case "sorted":
        arity(g, c, 1, 1);
        return sorted(g, c);
      case "isinstance":
        arity(g, c, 2, 2);
        return isinstance(g, c);
      case "round":
        arity(g, c, 1, 2);
        {
          Codegen.T v = g.expr(args.get(0));
          if (args.size() == 2) {
            String nd = g.intCode(g.expr(args.get(1)), args.get(1));
            switch (v.type()) {
              case "float":
                return new Codegen.T(g.libraryCall("f_round", v.code(), nd), "float");
              case "int":
              case "bool":
                return new Codegen.T(
                    "(call $int_round " + g.intCode(v, args.get(0)) + " " + nd + ")", "int");
              default:
                throw g.fail(c, "round() of " + v.type() + " is outside the subset");
            }
          }
          if (v.type().equals("float")) {
            // half to even, as CPython's round(x)
            return new Codegen.T("(call $f2i (f64.nearest " + v.code() + "))", "int");
          }
          if (!v.type().equals("int") && !v.type().equals("bool")) {
            throw g.fail(c, "round() of " + v.type() + " is outside the subset");
          }
          return new Codegen.T(g.intCode(v, args.get(0)), "int");
        }
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

  /**
   * What {@code any}, {@code all} and {@code sum} take, as a comprehension: a generator as it is
   * (evaluated item by item, so {@code any} stops early as CPython's does), anything else as the
   * items of its value (a list comprehension is built first, also as in CPython).
   */
  private static Ast.ListComp generator(Ast.Expr e) {
    if (e instanceof Ast.ListComp c && c.generator()) {
      return c;
    }
    String item = "item";
    return new Ast.ListComp(
        new Ast.Name(item, e.line(), e.col()),
        List.of(item),
        e,
        List.of(),
        true,
        e.line(),
        e.col());
  }

  /** {@code any(...)} and {@code all(...)}: the first item that decides ends the loop. */
  private static Codegen.T anyAll(Codegen g, Ast.ListComp items, boolean any) {
    String r = g.tempLocal("bool");
    String done = "$done" + r.substring(1);
    String loop =
        g.comprehensionLoop(
            items,
            (elt, out) -> {
              String t = g.truthCode(g.expr(elt));
              out.append("    (if ")
                  .append(any ? t : "(i32.eqz " + t + ")")
                  .append(" (then (local.set ")
                  .append(r)
                  .append(" (i32.const ")
                  .append(any ? 1 : 0)
                  .append(")) (br ")
                  .append(done)
                  .append(")))\n");
            });
    return new Codegen.T(
        "(block (result i32)\n    (local.set "
            + r
            + " (i32.const "
            + (any ? 0 : 1)
            + "))\n    (block "
            + done
            + "\n"
            + loop
            + "    )\n    (local.get "
            + r
            + "))",
        "bool");
  }

  /**
   * {@code sum(items[, start])}: left to right from start (the int 0), as CPython 3.11 adds them;
   * an int sum is checked for overflow. An empty list of floats sums to 0.0 here, where CPython
   * gives the int 0.
   */
  private static Codegen.T sum(Codegen g, Ast.ListComp items, Ast.Expr startExpr) {
    Codegen.T start = startExpr == null ? new Codegen.T("(i64.const 0)", "int") : g.expr(startExpr);
    if (!List.of("int", "float", "bool").contains(start.type())) {
      throw g.fail(startExpr, "sum() starts from an int or a float, not " + start.type());
    }
    String[] type = {null};
    String[] acc = {null};
    String[] startCode = {null};
    String loop =
        g.comprehensionLoop(
            items,
            (elt, out) -> {
              Codegen.T v = g.expr(elt);
              if (!List.of("int", "float", "bool").contains(v.type())) {
                throw g.fail(elt, "sum() adds numbers, not " + v.type());
              }
              if (type[0] == null) {
                type[0] =
                    v.type().equals("float") || start.type().equals("float") ? "float" : "int";
                acc[0] = g.tempLocal(type[0]);
                startCode[0] =
                    g.convertTo(start, type[0], startExpr == null ? elt : startExpr, "start");
              }
              Codegen.T now = new Codegen.T("(local.get " + acc[0] + ")", type[0]);
              Codegen.T next = g.arithmetic("+", now, v, elt, elt, elt);
              out.append("    (local.set ")
                  .append(acc[0])
                  .append(' ')
                  .append(g.convertTo(next, type[0], elt, "the sum"))
                  .append(")\n");
            });
    if (type[0] == null) {
      throw g.silentFail(); // its items failed where an earlier error was reported
    }
    return new Codegen.T(
        "(block (result "
            + Codegen.wasmType(type[0])
            + ")\n    (local.set "
            + acc[0]
            + " "
            + startCode[0]
            + ")\n"
            + loop
            + "    (local.get "
            + acc[0]
            + "))",
        type[0]);
  }

  /** {@code sorted(xs, reverse=False)}: a new list, stable (equal items keep their order). */
  private static Codegen.T sorted(Codegen g, Ast.Call c) {
    Ast.Expr rev = null;
    for (Ast.Keyword k : c.keywords()) {
      if (!k.name().equals("reverse") || rev != null) {
        throw g.fail(c, "sorted() takes only reverse= as a keyword");
      }
      rev = k.value();
    }
    Ast.Expr arg = c.args().get(0);
    // $list_sorted sorts a copy: a dict's own key list is only read
    Codegen.T v = view(g, arg);
    if (Codegen.isDictType(v.type())) {
      v = Codegen.dictList(v, false);
    }
    if (v.type().equals("str")) {
      v = characters(g, arg);
    }
    String kind =
        switch (v.type()) {
          case "list[int]" -> "0";
          case "list[float]" -> "1";
          case "list[str]" -> "2";
          default -> throw g.fail(arg, "sorted() takes a list or a str, not " + v.type());
        };
    String reverse = rev == null ? "(i32.const 0)" : g.truthCode(g.expr(rev));
    return new Codegen.T(
        "(call $list_sorted " + v.code() + " (i32.const " + kind + ") " + reverse + ")", v.type());
  }

  /**
   * {@code format(v, spec)} and f-string fields, for the spec {@code
   * [[fill]align][sign][0][width][,|_][.precision][type]} with types d, f, %, s and none; the
   * others (e, g, x, ...) are refused by name.
   */
  private static Codegen.T format(
      Codegen g, Ast.Expr value, Codegen.T v, String spec, Ast.Node at) {
    if (v.type().equals("bool") && spec.isEmpty()) {
      return text(g, v, value, at);
    }
    int k = 0;
    int n = spec.length();
    char fill = ' ';
    char align = 0;
    if (n >= 2 && "<>^=".indexOf(spec.charAt(1)) >= 0) {
      fill = spec.charAt(0);
      align = spec.charAt(1);
      k = 2;
    } else if (n >= 1 && "<>^=".indexOf(spec.charAt(0)) >= 0) {
      align = spec.charAt(0);
      k = 1;
    }
    char sign = 0;
    if (k < n && "+- ".indexOf(spec.charAt(k)) >= 0) {
      sign = spec.charAt(k++);
    }
    boolean zero = false;
    if (k < n && spec.charAt(k) == '0') {
      zero = true;
      k++;
    }
    int width = 0;
    while (k < n && Character.isDigit(spec.charAt(k))) {
      width = Math.min(100_000, width * 10 + (spec.charAt(k++) - '0'));
    }
    char group = 0;
    if (k < n && (spec.charAt(k) == ',' || spec.charAt(k) == '_')) {
      group = spec.charAt(k++);
    }
    int precision = -1;
    if (k < n && spec.charAt(k) == '.') {
      k++;
      int digits = k;
      precision = 0;
      while (k < n && Character.isDigit(spec.charAt(k))) {
        precision = Math.min(100_000, precision * 10 + (spec.charAt(k++) - '0'));
      }
      if (k == digits) {
        throw g.fail(at, "format spec '" + spec + "': a precision needs digits after the '.'");
      }
    }
    char type = k < n ? spec.charAt(k++) : 0;
    if (k != n || "dfs%".indexOf(type) < 0 && type != 0) {
      throw g.fail(
          at,
          k != n
              ? "format spec '" + spec + "' is not valid (or outside the subset)"
              : "format type '" + type + "' is outside the subset; use d, f, %, s or none");
    }
    if (fill > 127) {
      throw g.fail(at, "format spec '" + spec + "': a fill other than ASCII is outside the subset");
    }
    boolean text = v.type().equals("str");
    String code;
    if (text) {
      if (type != 0 && type != 's' || sign != 0 || group != 0 || align == '=') {
        throw g.fail(
            at,
            "format spec '"
                + spec
                + "' is for numbers; a str takes fill, <, > or ^, width and .precision");
      }
      code =
          precision < 0
              ? v.code()
              : "(call $str_slice " + v.code() + " (i64.const 0) (i64.const " + precision + "))";
    } else if (v.type().equals("int") || v.type().equals("bool")) {
      if (type == 's') {
        throw g.fail(at, "format code 's' is for a str, not an int");
      }
      if (type == 'f' || type == '%') {
        code = fixed(g, "(f64.convert_i64_s " + g.intCode(v, value) + ")", type, precision);
      } else {
        if (precision >= 0) {
          throw g.fail(at, "format spec '" + spec + "': an int takes no precision");
        }
        code = "(call $int_to_str " + g.intCode(v, value) + ")";
      }
    } else if (v.type().equals("float")) {
      if (type == 'd' || type == 's') {
        throw g.fail(at, "format code '" + type + "' is not for a float; use f or %");
      }
      if (type == 0 && precision >= 0) {
        throw g.fail(
            at,
            "format spec '" + spec + "': a precision without a type is outside the subset; add f");
      }
      code = type == 0 ? g.libraryCall("f_repr", v.code()) : fixed(g, v.code(), type, precision);
    } else {
      throw g.fail(value, "format() of " + v.type() + " is outside the subset");
    }
    if (group != 0) {
      code = "(call $fmt_group " + code + " (i32.const " + (int) group + "))";
    }
    if (type == '%') {
      code = "(call $str_concat " + code + " (i32.const " + g.literal("%") + "))";
    }
    if (sign == '+' || sign == ' ') {
      code = "(call $fmt_sign " + code + " (i32.const " + (int) sign + "))";
    }
    if (zero && align == 0) {
      if (group != 0) {
        throw g.fail(
            at,
            "format spec '"
                + spec
                + "': zero padding with "
                + group
                + " grouping is outside the subset; pad with spaces or group without 0");
      }
      fill = '0';
      align = text ? '<' : '=';
    }
    if (align == 0) {
      align = text ? '<' : '>';
    }
    if (width > 0) {
      code =
          "(call $fmt_pad "
              + code
              + " (i32.const "
              + (int) fill
              + ") (i32.const "
              + "<>^=".indexOf(align)
              + ") (i64.const "
              + width
              + "))";
    }
    return new Codegen.T(code, "str");
  }

  /** The digits of 'f' (or '%': times 100) with the precision (6 when none is given). */
  private static String fixed(Codegen g, String x, char type, int precision) {
    String value = type == '%' ? "(f64.mul " + x + " (f64.const 100))" : x;
    return g.libraryCall("f_fixed", value, "(i64.const " + (precision < 0 ? 6 : precision) + ")");
  }

  /** Whether {@code e} is {@code x.keys()} or {@code x.values()} (or their internal names). */
  static boolean isView(Ast.Expr e) {
    return e instanceof Ast.Call c
        && c.args().isEmpty()
        && c.func() instanceof Ast.Attribute a
        && (a.name().equals("keys")
            || a.name().equals("values")
            || a.name().equals(Desugar.KEYS)
            || a.name().equals(Desugar.VALUES));
  }

  /**
   * {@code d.keys()} or {@code d.values()} where a view is read whole (a loop, sorted, len, in):
   * the dict's own list of them, to read and not to keep (a caller that keeps it copies it);
   * anything else compiled as it is.
   */
  static Codegen.T view(Codegen g, Ast.Expr e) {
    if (isView(e)) {
      Ast.Attribute a = (Ast.Attribute) ((Ast.Call) e).func();
      Codegen.T d = g.expr(a.object());
      if (Codegen.isDictType(d.type())) {
        return Codegen.dictList(d, a.name().equals("values") || a.name().equals(Desugar.VALUES));
      }
    }
    return g.peek(e);
  }

  /** {@code [ch for ch in s]}: the one-character strings of s, as list() and sorted() take it. */
  private static Codegen.T characters(Codegen g, Ast.Expr s) {
    return g.expr(
        new Ast.ListComp(
            new Ast.Name("ch", s.line(), s.col()),
            List.of("ch"),
            s,
            List.of(),
            false,
            s.line(),
            s.col()));
  }

  /** {@code d.get(k, default)}; keys and values as views are read by {@link #view}. */
  private static Codegen.T dictMethod(Codegen g, Ast.Call c, Ast.Attribute a, Codegen.T d) {
    String value = Codegen.dictValue(d.type());
    switch (a.name()) {
      case "get":
        {
          if (c.args().size() != 2) {
            throw g.fail(
                c, "get() needs a default in the subset (there is no None): d.get(key, default)");
          }
          Codegen.T key = g.expr(c.args().get(0));
          String dflt =
              g.bitsOf(
                  g.storeTo(g.expr(c.args().get(1)), value, c.args().get(1), "the default"), value);
          return new Codegen.T(
              g.unbitsOf(
                  "(call $dict_get_or "
                      + d.code()
                      + " "
                      + g.dictKeyCode(d, key, c.args().get(0))
                      + " (i32.const "
                      + Codegen.dictKind(d.type())
                      + ") "
                      + dflt
                      + ")",
                  value),
              value);
        }
      case Desugar.KEYS:
      case Desugar.VALUES:
        return Codegen.copied(view(g, c));
      case "keys":
      case "values":
        throw g.fail(
            c,
            a.name()
                + "() gives a view in CPython, not a list (its str() differs): loop over it, or"
                + " use sorted(d."
                + a.name()
                + "()), len() or a comprehension");
      case "items":
        throw g.fail(c, "items() drives a for loop only: for key, value in d.items()");
      default:
        throw g.fail(
            c,
            "method "
                + a.name()
                + "() of a dict is outside the subset; use get, keys, values or items");
    }
  }

  /**
   * {@code str(v)} of the value of {@code e}, compiled as {@code v}; errors are put at {@code at}.
   */
  private static Codegen.T text(Codegen g, Codegen.T v, Ast.Expr e, Ast.Node at) {
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
        if (v.type().startsWith("list[")) {
          return listText(g, e);
        }
        throw g.fail(at, "str() of " + v.type() + " is outside the subset");
    }
  }

  /** {@code str(xs)}: {@code [a, b]} of the items' reprs, as CPython writes a list. */
  private static Codegen.T listText(Codegen g, Ast.Expr list) {
    String item = "item";
    Ast.Expr repr =
        new Ast.Call(
            new Ast.Name("repr", list.line(), list.col()),
            List.of(new Ast.Name(item, list.line(), list.col())),
            List.of(),
            list.line(),
            list.col());
    Codegen.T reprs =
        g.expr(
            new Ast.ListComp(repr, List.of(item), list, List.of(), false, list.line(), list.col()));
    return new Codegen.T(
        "(call $str_concat (call $str_concat (i32.const "
            + g.literal("[")
            + ") (call $str_join (i32.const "
            + g.literal(", ")
            + ") "
            + reprs.code()
            + ")) (i32.const "
            + g.literal("]")
            + "))",
        "str");
  }

  /** {@code isinstance(x, int)}: known from x's type (a bool is an int, as in CPython). */
  private static Codegen.T isinstance(Codegen g, Ast.Call c) {
    Codegen.T v = g.expr(c.args().get(0));
    if (v.type().equals("None")) {
      throw g.fail(c.args().get(0), "this has no value to test");
    }
    Ast.Expr types = c.args().get(1);
    List<Ast.Expr> names = types instanceof Ast.TupleLit t ? t.items() : List.of(types);
    boolean matches = false;
    for (Ast.Expr n : names) {
      String t = n instanceof Ast.Name name ? name.id() : "";
      if (!List.of("int", "float", "str", "bool", "list").contains(t)) {
        throw g.fail(n, "isinstance() takes int, float, str, bool or list, or a tuple of them");
      }
      matches |=
          t.equals(v.type())
              || t.equals("int") && v.type().equals("bool")
              || t.equals("list") && v.type().startsWith("list[");
    }
    return new Codegen.T(
        "(block (result i32) (drop " + v.code() + ") (i32.const " + (matches ? 1 : 0) + "))",
        "bool");
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
            : g.storeTo(g.expr(dfltExpr), type, dfltExpr, "the default");
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
    if (Codegen.isDictType(obj.type())) {
      return dictMethod(g, c, a, obj);
    }
    if (obj.type().startsWith("list[") && a.name().equals("sort")) {
      throw g.fail(c, "list.sort() is outside the subset; write xs = sorted(xs)");
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
      Ast.Expr e = given[p] != null ? given[p] : g.defaultOf(f, params.get(p));
      if (e == null && params.get(p).defaultValue() != null) {
        throw new Codegen.Fail(); // a default that is not constant, reported where it is
      }
      if (e == null) {
        throw g.fail(c, f.name() + "() is missing argument '" + params.get(p).name() + "'");
      }
      code.append(' ')
          .append(
              g.storeTo(
                  g.expr(e), params.get(p).type(), e, "argument '" + params.get(p).name() + "'"));
    }
    return new Codegen.T(code.append(')').toString(), f.returns());
  }
}
