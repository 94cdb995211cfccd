package io.quidditch.udf.python;

import java.util.List;

/**
 * The str methods and {@code ord}/{@code chr}, on strings of code points (see strings.wat): the
 * answers CPython gives, Unicode case mappings and properties from the generated tables of
 * unicode.wat, refused with an error where those tables do not reach.
 */
final class StrMethods {
  private StrMethods() {}

  static Codegen.T ordChr(Codegen g, Ast.Call c, String f) {
    Builtins.arity(g, c, 1, 1);
    Ast.Expr arg = c.args().get(0);
    if (f.equals("ord")) {
      return new Codegen.T("(call $ord " + Builtins.str(g, arg) + ")", "int");
    }
    return new Codegen.T("(call $chr " + g.intCode(g.expr(arg), arg) + ")", "str");
  }

  static Codegen.T method(Codegen g, Ast.Call c, String name, Codegen.T obj) {
    List<Ast.Expr> args = c.args();
    String s = obj.code();
    switch (name) {
      case "lower":
      case "upper":
        Builtins.arity(g, c, 0, 0);
        return new Codegen.T(
            "(call $str_case " + s + " (i32.const " + (name.equals("upper") ? 1 : 0) + "))", "str");
      case "strip":
      case "lstrip":
      case "rstrip":
        Builtins.arity(g, c, 0, 1);
        if (name.equals("strip") && args.isEmpty()) {
          return new Codegen.T("(call $str_strip " + s + ")", "str");
        }
        {
          int sides = name.equals("lstrip") ? 1 : name.equals("rstrip") ? 2 : 3;
          String chars = args.isEmpty() ? "(i32.const 0)" : Builtins.str(g, args.get(0));
          return new Codegen.T(
              "(call $str_strip_by " + s + " (i32.const " + sides + ") " + chars + ")", "str");
        }
      case "startswith":
      case "endswith":
        Builtins.arity(g, c, 1, 1);
        return new Codegen.T(
            "(call $str_" + name + " " + s + " " + Builtins.str(g, args.get(0)) + ")", "bool");
      case "find":
      case "count":
        Builtins.arity(g, c, 1, 1);
        return new Codegen.T(
            "(call $str_" + name + " " + s + " " + Builtins.str(g, args.get(0)) + ")", "int");
      case "split":
        Builtins.arity(g, c, 0, 1);
        return new Codegen.T(
            "(call $str_split "
                + s
                + " "
                + (args.isEmpty() ? "(i32.const 0)" : Builtins.str(g, args.get(0)))
                + ")",
            "list[str]");
      case "join":
        {
          Builtins.arity(g, c, 1, 1);
          Codegen.T items = g.expr(args.get(0));
          if (!items.type().equals("list[str]")) {
            throw g.fail(c, "str.join() takes a list[str], not " + items.type());
          }
          return new Codegen.T("(call $str_join " + s + " " + items.code() + ")", "str");
        }
      case "replace":
        {
          Builtins.arity(g, c, 2, 3);
          String count =
              args.size() == 3 ? g.intCode(g.expr(args.get(2)), args.get(2)) : "(i64.const -1)";
          return new Codegen.T(
              "(call $str_replace "
                  + s
                  + " "
                  + Builtins.str(g, args.get(0))
                  + " "
                  + Builtins.str(g, args.get(1))
                  + " "
                  + count
                  + ")",
              "str");
        }
      case "ljust":
      case "rjust":
      case "center":
      case "zfill":
        {
          boolean zeros = name.equals("zfill");
          Builtins.arity(g, c, 1, zeros ? 1 : 2);
          String width = g.intCode(g.expr(args.get(0)), args.get(0));
          String fill =
              args.size() == 2
                  ? Builtins.str(g, args.get(1))
                  : "(i32.const " + g.literal(zeros ? "0" : " ") + ")";
          int mode = List.of("ljust", "rjust", "center", "zfill").indexOf(name);
          return new Codegen.T(
              "(call $str_pad " + s + " " + width + " " + fill + " (i32.const " + mode + "))",
              "str");
        }
      case "isalpha":
      case "isdigit":
      case "isdecimal":
      case "isspace":
        {
          Builtins.arity(g, c, 0, 0);
          int flag =
              switch (name) {
                case "isalpha" -> 1;
                case "isdigit" -> 2;
                case "isdecimal" -> 4;
                default -> 8;
              };
          return new Codegen.T("(call $str_is " + s + " (i32.const " + flag + "))", "bool");
        }
      default:
        throw g.fail(
            c,
            "str."
                + name
                + "() is outside the subset (available: lower upper strip lstrip rstrip split join replace find"
                + " count startswith endswith ljust rjust center zfill isalpha isdigit isdecimal"
                + " isspace)");
    }
  }
}
