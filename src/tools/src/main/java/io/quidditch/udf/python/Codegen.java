package io.quidditch.udf.python;

import io.quidditch.udf.python.LoopVersions.Access;
import io.quidditch.udf.python.LoopVersions.Carry;
import io.quidditch.udf.python.LoopVersions.FastLoop;
import io.quidditch.udf.python.LoopVersions.Forward;
import io.quidditch.udf.python.LoopVersions.Header;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Turns the checked syntax tree into WebAssembly text: one function per Python function, a
 * generated {@code filter(ctx i64)} export around the entry function, string literals in data
 * segments, and the functions of {@link RuntimeLibrary} the code calls (bump allocator reset at
 * every call, strings, lists, float operations). Types are found in the same pass, in statement
 * order; errors are collected. Loops read list and string headers once where {@link LoopFacts}
 * allows, and innermost range loops may get a version without index checks ({@code
 * versionedRange}), on the proof {@link LoopVersions} finds; ints that move by one from a small
 * start are added to without overflow checks ({@link SlowInts}).
 */
final class Codegen {
  private static final int DATA_START = 1024;

  /** The global naming each error message, and the message (emitted only where used). */
  private static final List<String> MESSAGES =
      List.of(
          "msg_memory", "MemoryError: out of memory",
          "msg_str_index", "IndexError: string index out of range",
          "msg_list_index", "IndexError: list index out of range",
          "msg_empty_sep", "ValueError: empty separator",
          "msg_int_parse", "ValueError: invalid literal for int() with base 10",
          "msg_overflow", "OverflowError: integer result does not fit in 64 bits",
          "msg_zero_div", "ZeroDivisionError: integer division or modulo by zero",
          "msg_zero_mod", "ZeroDivisionError: integer modulo by zero",
          "msg_neg_pow", "ValueError: negative integer exponents are outside the subset",
          "msg_fzero_div", "ZeroDivisionError: float division by zero",
          "msg_truediv_zero", "ZeroDivisionError: division by zero",
          "msg_key", "KeyError: ",
          "msg_fill", "TypeError: The fill character must be exactly one character long",
          "msg_fixed_prec", "ValueError: a precision above 100 is outside the subset",
          "msg_round_neg",
              "ValueError: round() of a float to negative ndigits is outside the subset",
          "msg_nan_int", "ValueError: cannot convert float NaN to integer",
          "msg_domain", "ValueError: math domain error",
          "msg_range_step", "ValueError: range() arg 3 must not be zero",
          "msg_empty_seq", "ValueError: min() or max() arg is an empty sequence",
          "msg_no_return", "RuntimeError: function ended without returning a value",
          "msg_ffloordiv_zero", "ZeroDivisionError: float floor division by zero",
          "msg_fmod_zero", "ZeroDivisionError: float modulo",
          "msg_zero_neg_pow", "ZeroDivisionError: 0.0 cannot be raised to a negative power",
          "msg_frac_pow", "ValueError: negative number cannot be raised to a fractional power",
          "msg_pow_range", "OverflowError: (34, 'Numerical result out of range')",
          "msg_math_range", "OverflowError: math range error",
          "msg_float_parse", "ValueError: could not convert string to float",
          "msg_trig_range", "ValueError: sin, cos and tan of |x| >= 2**100 are outside the subset",
          "msg_slice_step", "ValueError: slice step cannot be zero",
          "msg_ord", "TypeError: ord() expected a character, but the string's length is not 1",
          "msg_chr", "ValueError: chr() arg not in range(0x110000)",
          "msg_uni_case",
              "NotImplementedError: lower() and upper() of a cased code point past U+052F (Armenian,"
                  + " Georgian, Latin Extended Additional, Greek Extended, fullwidth Latin and"
                  + " others) are outside the subset's Unicode tables",
          "msg_uni_prop",
              "NotImplementedError: the answer needs a Unicode property (alphabetic, cased or"
                  + " case-ignorable) of a code point past U+052F that is outside the subset's"
                  + " Unicode tables");

  /** Bits of a string's header word (see strings.wat). */
  static final int LEN_MASK = 0x3fffffff;

  /** A compiled expression: WAT code and its Python type. */
  record T(String code, String type) {}

  private final Ast.Module module;
  private final List<Lexer.Diag> errors;
  private final Map<String, Ast.FunctionDef> functions = new LinkedHashMap<>();
  private final Map<String, Ast.Constant> constants = new HashMap<>();
  private final Map<String, Integer> strings = new LinkedHashMap<>();
  private final Map<String, Integer> hostStrings = new LinkedHashMap<>();
  private final StringBuilder data = new StringBuilder();
  private final Set<String> hostImports = new LinkedHashSet<>();
  private int dataEnd = DATA_START;

  // per function
  private Map<String, String> locals;
  private List<String> localDecls;
  private String returnType;
  private boolean inEntry;
  private String entryName;
  private Set<String> appended;
  private int labels;
  private final List<int[]> loops = new ArrayList<>();

  private final Map<String, Header> headers = new HashMap<>();

  private FastLoop fast;

  /** The current function's variables that only grow by one at a time (see {@link SlowInts}). */
  private SlowInts slow;

  Codegen(Ast.Module module, List<Lexer.Diag> errors) {
    this.module = module;
    this.errors = errors;
  }

  static final class Fail extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Fail() {
      super(null, null, false, false);
    }
  }

  private RuntimeException error(Ast.Node at, String message) {
    errors.add(new Lexer.Diag(at.line(), at.col(), message));
    throw new Fail();
  }

  /** Each parameter default, folded to a literal: {@code "f.p"} to the literal. */
  private final Map<String, Ast.Expr> defaults = new HashMap<>();

  /**
   * Folds the defaults of {@code f}'s parameters to literals, which every call that leaves one out
   * compiles: CPython evaluates a default once, where the function is defined, so a default is a
   * constant expression (a literal, a constant, arithmetic on them) whose value no call can change.
   */
  private void foldDefaults(Ast.FunctionDef f) {
    for (Ast.Param p : f.params()) {
      if (p.defaultValue() == null) {
        continue;
      }
      com.fasterxml.jackson.databind.JsonNode v =
          PythonCompiler.constantJson(p.defaultValue(), module, 0);
      Ast.Expr at = leftmost(p.defaultValue());
      if (v == null) {
        errors.add(
            new Lexer.Diag(
                at.line(),
                at.col(),
                "the default of '"
                    + p.name()
                    + "' must be a constant expression (literals, int, float, str and bool"
                    + " constants, and arithmetic on them): CPython evaluates it once, where the"
                    + " function is defined; pass other values in the call"));
        continue;
      }
      Ast.Expr literal =
          v.isTextual()
              ? new Ast.Str(v.asText(), at.line(), at.col())
              : v.isBoolean()
                  ? new Ast.Bool(v.asBoolean(), at.line(), at.col())
                  : v.isIntegralNumber()
                      ? new Ast.Num(Long.toString(v.asLong()), false, at.line(), at.col())
                      : new Ast.Num(Double.toString(v.asDouble()), true, at.line(), at.col());
      defaults.put(f.name() + "." + p.name(), literal);
    }
  }

  /**
   * Where an expression begins in the source: its leftmost part (a BinOp's node is its operator).
   */
  private static Ast.Expr leftmost(Ast.Expr e) {
    if (e instanceof Ast.BinOp b) {
      return leftmost(b.left());
    }
    if (e instanceof Ast.BoolOp b) {
      return leftmost(b.left());
    }
    if (e instanceof Ast.Compare c) {
      return leftmost(c.operands().get(0));
    }
    if (e instanceof Ast.Subscript s) {
      return leftmost(s.object());
    }
    if (e instanceof Ast.Attribute a) {
      return leftmost(a.object());
    }
    if (e instanceof Ast.Call c) {
      return leftmost(c.func());
    }
    if (e instanceof Ast.IfExp i) {
      return leftmost(i.then());
    }
    return e;
  }

  /** The folded default of parameter {@code p} of {@code f}, or null when it has none. */
  Ast.Expr defaultOf(Ast.FunctionDef f, Ast.Param p) {
    return defaults.get(f.name() + "." + p.name());
  }

  /** The WAT text of the whole module with {@code entry} wrapped as the export {@code filter}. */
  String generate(Ast.FunctionDef entry) {
    entryName = entry.name();
    // an import of anything but math is refused by the parser, at its name
    for (Ast.Constant c : module.constants()) {
      constants.put(c.name(), c);
    }
    for (Ast.FunctionDef f : module.functions()) {
      if (functions.put(f.name(), f) != null) {
        errors.add(
            new Lexer.Diag(f.line(), f.col(), "function '" + f.name() + "' is defined twice"));
      }
      foldDefaults(f);
    }
    StringBuilder funcs = new StringBuilder();
    for (Ast.FunctionDef f : module.functions()) {
      try {
        funcs.append(function(f));
      } catch (Fail e) {
        // reported; go on with the next function
      }
    }
    String wrapper = "";
    try {
      wrapper = wrapper(entry);
    } catch (Fail e) {
      // reported
    }
    // the library functions the code calls, and the messages of the errors they all can raise
    String code = helpers() + funcs + wrapper;
    String linked = RuntimeLibrary.linked(RuntimeLibrary.calledFrom(code));
    String all = code + linked;
    StringBuilder globals = new StringBuilder();
    for (int i = 0; i < MESSAGES.size(); i += 2) {
      if (all.contains("$" + MESSAGES.get(i) + ")")) {
        globals
            .append("  (global $")
            .append(MESSAGES.get(i))
            .append(" i32 (i32.const ")
            .append(literal(MESSAGES.get(i + 1)))
            .append("))\n");
      }
    }
    // the Unicode tables the linked functions read, placed after the literals
    StringBuilder tables = new StringBuilder();
    for (Map.Entry<String, String> t : RuntimeLibrary.tablesReadBy(linked).entrySet()) {
      dataEnd = (dataEnd + 3) & ~3;
      data.append("  (data (i32.const ").append(dataEnd).append(") \"").append(t.getValue());
      data.append("\")\n");
      tables.append("  (global $").append(t.getKey()).append(" i32 (i32.const ");
      tables.append(dataEnd).append("))\n");
      dataEnd += t.getValue().length() / 3;
    }
    globals.append(tables);
    StringBuilder out = new StringBuilder("(module\n");
    hostImports.add("log");
    for (String h : hostImports) {
      out.append("  ").append(importDecl(h)).append('\n');
    }
    out.append("  (memory (export \"memory\") 1)\n");
    // 3 bytes past the last literal stay in memory too (strings.wat reads narrow strings as i32s)
    int heapBase = (dataEnd + 3 + 15) & ~15;
    if (linked.contains("$c_sp") || linked.contains("$c_scratch")) {
      int scratch = heapBase;
      heapBase = scratch + RuntimeLibrary.SCRATCH_BYTES + RuntimeLibrary.STACK_BYTES;
      out.append("  (global $c_scratch i32 (i32.const ").append(scratch).append("))\n");
      out.append("  (global $c_sp (mut i32) (i32.const ").append(heapBase).append("))\n");
    }
    out.append("  (global $heap_base i32 (i32.const ").append(heapBase).append("))\n");
    out.append("  (global $heap (mut i32) (i32.const ").append(heapBase).append("))\n");
    out.append("  (global $heap_limit (mut i32) (i32.const 65536))\n");
    out.append("  (global $ctx (mut i64) (i64.const 0))\n");
    for (String global : cachedConstants) {
      out.append("  (global ").append(global).append(" (mut i32) (i32.const 0))\n");
    }
    out.append(globals);
    out.append(data);
    out.append(code);
    out.append(linked);
    out.append(")\n");
    return out.toString();
  }

  private static String importDecl(String h) {
    switch (h) {
      case "log":
        return "(import \"env\" \"log\" (func $log (param i32 i32 i32)))";
      case "has_field":
        return "(import \"env\" \"has_field\" (func $has_field (param i64 i32 i32) (result i32)))";
      case "get_field_string":
        return "(import \"env\" \"get_field_string\" (func $get_field_string (param i64 i32 i32 i32 i32) (result i32)))";
      case "get_field_i64":
        return "(import \"env\" \"get_field_i64\" (func $get_field_i64 (param i64 i32 i32 i32) (result i32)))";
      case "get_field_f64":
        return "(import \"env\" \"get_field_f64\" (func $get_field_f64 (param i64 i32 i32 i32) (result i32)))";
      case "get_field_bool":
        return "(import \"env\" \"get_field_bool\" (func $get_field_bool (param i64 i32 i32 i32) (result i32)))";
      case "get_document_id":
        return "(import \"env\" \"get_document_id\" (func $get_document_id (param i64 i32 i32) (result i32)))";
      case "get_score":
        return "(import \"env\" \"get_score\" (func $get_score (param i64) (result f64)))";
      case "get_param_string":
        return "(import \"env\" \"get_param_string\" (func $get_param_string (param i32 i32 i32 i32) (result i32)))";
      case "get_param_i64":
        return "(import \"env\" \"get_param_i64\" (func $get_param_i64 (param i32 i32 i32) (result i32)))";
      case "get_param_f64":
        return "(import \"env\" \"get_param_f64\" (func $get_param_f64 (param i32 i32 i32) (result i32)))";
      default:
        return "(import \"env\" \"get_param_bool\" (func $get_param_bool (param i32 i32 i32) (result i32)))";
    }
  }

  /**
   * String-returning host calls, generated only when used: UTF-8 from the host, decoded (see {@code
   * $str_from_utf8}); the name is UTF-8 already ({@code $str_utf8}).
   */
  private String helpers() {
    StringBuilder h = new StringBuilder();
    if (hostImports.contains("get_field_string")) {
      h.append(
          stringHelper(
              "$doc_str",
              "(param $name i32) (param $dflt i32)",
              "(call $get_field_string (global.get $ctx) (i32.add (local.get $name) (i32.const 4)) (i32.and (i32.load (local.get $name)) (i32.const "
                  + LEN_MASK
                  + ")) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0))",
              -1,
              -2));
    }
    if (hostImports.contains("get_document_id")) {
      h.append(
          stringHelper(
              "$doc_id",
              "(param $dflt i32)",
              "(call $get_document_id (global.get $ctx) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0))",
              -1,
              -2));
    }
    if (hostImports.contains("get_param_string")) {
      h.append(
          stringHelper(
              "$param_str",
              "(param $name i32) (param $dflt i32)",
              "(call $get_param_string (i32.add (local.get $name) (i32.const 4)) (i32.and (i32.load (local.get $name)) (i32.const "
                  + LEN_MASK
                  + ")) (i32.add (local.get $buf) (i32.const 4)) (i32.const 0))",
              1,
              3));
    }
    return h.toString();
  }

  private static String stringHelper(
      String name, String params, String call, int missing, int small) {
    return "  (func "
        + name
        + " "
        + params
        + " (result i32) (local $buf i32) (local $rc i32)\n"
        + "    (local.set $buf (call $str_new (i32.const 256)))\n"
        + "    (i32.store (i32.const 0) (i32.const 256))\n"
        + "    (local.set $rc "
        + call
        + ")\n"
        + "    (if (i32.eq (local.get $rc) (i32.const "
        + small
        + ")) (then\n"
        + "      (local.set $buf (call $str_new (i32.load (i32.const 0))))\n"
        + "      (local.set $rc "
        + call
        + ")))\n"
        + "    (if (i32.ne (local.get $rc) (i32.const 0)) (then (return (local.get $dflt))))\n"
        + "    (i32.store (local.get $buf) (i32.load (i32.const 0)))\n"
        + "    (call $str_from_utf8 (local.get $buf)))\n";
  }

  /**
   * The offset of a string literal as strings.wat lays strings out: [u32 length][one byte per code
   * point] when it is ASCII, else [u32 length | 1 << 31][4 bytes per code point] (wide).
   */
  int literal(String s) {
    Integer at = strings.get(s);
    if (at != null) {
      return at;
    }
    int[] cps = s.codePoints().toArray();
    boolean wide = s.codePoints().anyMatch(c -> c >= 128);
    if (wide) {
      dataEnd = (dataEnd + 3) & ~3;
    }
    int off = dataEnd;
    StringBuilder esc = new StringBuilder();
    escape(esc, cps.length | (wide ? 1 << 31 : 0), 4);
    for (int c : cps) {
      escape(esc, c, wide ? 4 : 1);
    }
    data.append("  (data (i32.const ").append(off).append(") \"").append(esc).append("\")\n");
    dataEnd = off + 4 + cps.length * (wide ? 4 : 1);
    strings.put(s, off);
    return off;
  }

  /** The offset of a name for the host as [u32 length][UTF-8 bytes], whatever it holds. */
  int hostLiteral(String s) {
    if (s.chars().allMatch(c -> c < 128)) {
      return literal(s);
    }
    Integer at = hostStrings.get(s);
    if (at != null) {
      return at;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    int off = dataEnd;
    StringBuilder esc = new StringBuilder();
    escape(esc, b.length, 4);
    for (byte x : b) {
      escape(esc, x & 0xFF, 1);
    }
    data.append("  (data (i32.const ").append(off).append(") \"").append(esc).append("\")\n");
    dataEnd = off + 4 + b.length;
    hostStrings.put(s, off);
    return off;
  }

  private static void escape(StringBuilder out, int value, int bytes) {
    for (int k = 0; k < bytes; k++) {
      out.append(String.format("\\%02x", (value >>> (8 * k)) & 0xFF));
    }
  }

  static String wasmType(String t) {
    switch (t) {
      case "int":
        return "i64";
      case "float":
        return "f64";
      default:
        return "i32";
    }
  }

  // ---------------------------------------------------------------- functions

  private String function(Ast.FunctionDef f) {
    failedNames.clear();
    locals = new LinkedHashMap<>();
    localDecls = new ArrayList<>();
    labels = 0;
    loops.clear();
    headers.clear();
    fast = null;
    slow = SlowInts.of(f, functions.keySet(), constants.keySet());
    returnType = f.returns();
    inEntry = f.name().equals(entryName);
    appended = new HashSet<>();
    appendTargets(f.body(), appended);
    checkType(f.returns(), f.line(), f.col());
    StringBuilder sig = new StringBuilder("  (func $f_" + f.name());
    for (Ast.Param p : f.params()) {
      checkType(p.type(), p.line(), p.col());
      locals.put(p.name(), p.type());
      sig.append(" (param $v_").append(p.name()).append(' ').append(wasmType(p.type())).append(')');
    }
    if (!f.returns().equals("None")) {
      sig.append(" (result ").append(wasmType(f.returns())).append(')');
    }
    StringBuilder body = new StringBuilder();
    // a str parameter the function never assigns has one header for the whole call, read here:
    // each read left out of a hot function keeps it within what the JIT inlines into it
    hoistHeaders(LoopFacts.of(null, f.body(), functions.keySet()), true, body);
    for (Ast.Stmt s : f.body()) {
      statement(s, body);
    }
    if (!f.returns().equals("None")) {
      if (!alwaysReturns(f.body())) {
        errors.add(
            new Lexer.Diag(
                f.line(),
                f.col(),
                "function '"
                    + f.name()
                    + "' can reach its end without returning a "
                    + f.returns()
                    + " (CPython would return None there); end it with a return"));
      }
      body.append("    (call $trap (global.get $msg_no_return))\n    (unreachable)\n");
    }
    StringBuilder out = new StringBuilder(sig).append('\n');
    for (String d : localDecls) {
      out.append("    ").append(d).append('\n');
    }
    return out.append(body).append("  )\n").toString();
  }

  /**
   * The variables a body grows with {@code s += t} or {@code s = s + t}: when they hold a str,
   * other uses than reading them give up the string's ownership (see {@code $str_append}).
   */
  private static void appendTargets(List<Ast.Stmt> body, Set<String> out) {
    for (Ast.Stmt s : body) {
      if (s instanceof Ast.AugAssign a && a.op().equals("+") && a.target() instanceof Ast.Name n) {
        out.add(n.id());
      } else if (s instanceof Ast.Assign a && appendTo(a) != null) {
        out.add(appendTo(a));
      } else if (s instanceof Ast.If i) {
        appendTargets(i.body(), out);
        appendTargets(i.orelse(), out);
      } else if (s instanceof Ast.While w) {
        appendTargets(w.body(), out);
      } else if (s instanceof Ast.For f) {
        appendTargets(f.body(), out);
      } else if (s instanceof Ast.ForEach f) {
        appendTargets(f.body(), out);
      }
    }
  }

  /** The name {@code a} assigns as {@code s = s + t}, or null. */
  private static String appendTo(Ast.Assign a) {
    return a.target() instanceof Ast.Name n
            && a.value() instanceof Ast.BinOp b
            && b.op().equals("+")
            && b.left() instanceof Ast.Name l
            && l.id().equals(n.id())
        ? n.id()
        : null;
  }

  /** Whether every way through {@code body} ends in a return (or an endless loop). */
  private static boolean alwaysReturns(List<Ast.Stmt> body) {
    if (body.isEmpty()) {
      return false;
    }
    Ast.Stmt last = body.get(body.size() - 1);
    if (last instanceof Ast.Return) {
      return true;
    }
    if (last instanceof Ast.If i) {
      return alwaysReturns(i.body()) && alwaysReturns(i.orelse());
    }
    if (last instanceof Ast.While w) {
      return w.cond() instanceof Ast.Bool b && b.value() && !breaks(w.body());
    }
    return false;
  }

  /** Whether a break in {@code body} (not in a loop inside it) leaves the loop around it. */
  private static boolean breaks(List<Ast.Stmt> body) {
    for (Ast.Stmt s : body) {
      if (s instanceof Ast.Break) {
        return true;
      }
      if (s instanceof Ast.If i && (breaks(i.body()) || breaks(i.orelse()))) {
        return true;
      }
    }
    return false;
  }

  private void checkType(String t, int line, int col) {
    if (!List.of("int", "float", "bool", "str", "list[int]", "list[float]", "list[str]", "None")
            .contains(t)
        && !isDictType(t)) {
      errors.add(new Lexer.Diag(line, col, "type " + t + " is outside the subset"));
    }
  }

  private String newLocal(String prefix, String type) {
    String n = "$" + prefix + localDecls.size();
    localDecls.add("(local " + n + " " + wasmType(type) + ")");
    return n;
  }

  private String declare(String name, String type, Ast.Node at) {
    String known = locals.get(name);
    if (known == null) {
      if (functions.containsKey(name) || constants.containsKey(name)) {
        error(
            at,
            "'"
                + name
                + "' already names a "
                + (functions.containsKey(name) ? "function" : "constant"));
      }
      locals.put(name, type);
      localDecls.add("(local $v_" + name + " " + wasmType(type) + ")");
    } else if (!known.equals(type)) {
      error(at, "variable '" + name + "' is " + known + "; it cannot hold a " + type);
    }
    return "$v_" + name;
  }

  // ---------------------------------------------------------------- statements

  private void statement(Ast.Stmt s, StringBuilder out) {
    try {
      statementUnchecked(s, out);
    } catch (Fail e) {
      // reported; the next statement is still checked, but a name this one failed to define is
      // not reported again where it is used: one root error, not a cascade
      for (String name : definedBy(s)) {
        if (!locals.containsKey(name)) {
          failedNames.add(name);
        }
      }
    }
  }

  /** Names of a function that an earlier statement failed to define. */
  private final Set<String> failedNames = new HashSet<>();

  private static List<String> definedBy(Ast.Stmt s) {
    if (s instanceof Ast.Assign a && a.target() instanceof Ast.Name n) {
      return List.of(n.id());
    }
    if (s instanceof Ast.AugAssign a && a.target() instanceof Ast.Name n) {
      return List.of(n.id());
    }
    if (s instanceof Ast.For f) {
      return List.of(f.var());
    }
    return List.of();
  }

  private void statementUnchecked(Ast.Stmt s, StringBuilder out) {
    if (s instanceof Ast.Emit e) {
      e.code().accept(out);
      return;
    }
    if (s instanceof Ast.Assign a) {
      assign(a, out);
    } else if (s instanceof Ast.AugAssign a) {
      Ast.Expr value = new Ast.BinOp(a.op(), a.target(), a.value(), a.line(), a.col());
      if (a.target() instanceof Ast.Subscript sub) {
        // xs[i] op= v: the item's address is found (and its index checked) once
        T list = expr(sub.object());
        if (!list.type().startsWith("list[")) {
          error(
              sub,
              list.type().equals("str")
                  ? "strings are immutable; build a new one instead"
                  : "only list items can be assigned");
        }
        String elem = list.type().substring(5, list.type().length() - 1);
        String addr = newLocal("t", "str");
        out.append("    (local.set ")
            .append(addr)
            .append(' ')
            .append(
                itemAddr(sub.object(), list, sub.index(), intOf(expr(sub.index()), sub.index())))
            .append(")\n");
        T current = new T(load("(local.get " + addr + ")", elem), elem);
        T result = arith(a.op(), current, expr(a.value()), sub, a.value(), a);
        out.append("    (i64.store (local.get ")
            .append(addr)
            .append(") ")
            .append(bits(store(result, elem, a.value(), "the list item"), elem))
            .append(")\n");
      } else {
        assign(new Ast.Assign(a.target(), null, value, a.line(), a.col()), out);
      }
    } else if (s instanceof Ast.If i) {
      out.append("    (if ").append(truthy(expr(i.cond()))).append(" (then\n");
      i.body().forEach(b -> statement(b, out));
      out.append("    ) (else\n");
      i.orelse().forEach(b -> statement(b, out));
      out.append("    ))\n");
    } else if (s instanceof Ast.While w) {
      int n = labels++;
      List<String> hoisted =
          hoistHeaders(LoopFacts.of(w.cond(), w.body(), functions.keySet()), out);
      out.append("    (block $brk").append(n).append(" (loop $top").append(n).append('\n');
      out.append("      (br_if $brk")
          .append(n)
          .append(" (i32.eqz ")
          .append(truthy(expr(w.cond())))
          .append("))\n");
      loopBody(n, w.body(), out);
      out.append("      (br $top").append(n).append(")))\n");
      hoisted.forEach(headers::remove);
    } else if (s instanceof Ast.For f) {
      forLoop(f, out);
    } else if (s instanceof Ast.Break b) {
      if (loops.isEmpty()) {
        error(b, "'break' outside a loop");
      }
      out.append("    (br $brk").append(loops.get(loops.size() - 1)[0]).append(")\n");
    } else if (s instanceof Ast.Continue c) {
      if (loops.isEmpty()) {
        error(c, "'continue' outside a loop");
      }
      out.append("    (br $cnt").append(loops.get(loops.size() - 1)[0]).append(")\n");
    } else if (s instanceof Ast.Return r) {
      if (r.value() == null) {
        if (!returnType.equals("None")) {
          error(r, "this function returns " + returnType + "; give 'return' a value");
        }
        out.append("    (return)\n");
      } else {
        T v = expr(r.value());
        out.append("    (return ")
            .append(
                inEntry
                    ? convert(v, returnType, r.value(), "the return value")
                    : store(v, returnType, r.value(), "the return value"))
            .append(")\n");
      }
    } else if (s instanceof Ast.Pass) {
      return;
    } else if (s instanceof Ast.ExprStmt e) {
      if (e.expr() instanceof Ast.Str) {
        return;
      }
      if (e.expr() instanceof Ast.Call call
          && call.func() instanceof Ast.Attribute attr
          && attr.name().equals("append")) {
        T list = expr(attr.object());
        if (!list.type().startsWith("list[") || call.args().size() != 1) {
          error(call, "append takes one argument and works on lists");
        }
        String elem = list.type().substring(5, list.type().length() - 1);
        T v = expr(call.args().get(0));
        out.append("    (call $list_append ")
            .append(list.code())
            .append(' ')
            .append(bits(store(v, elem, call.args().get(0), "the appended value"), elem))
            .append(")\n");
        return;
      }
      T v = expr(e.expr());
      out.append("    ")
          .append(v.type().equals("None") ? v.code() : "(drop " + v.code() + ")")
          .append('\n');
    }
  }

  private void assign(Ast.Assign a, StringBuilder out) {
    if (a.annotation() != null) {
      checkType(a.annotation(), a.line(), a.col());
    }
    String grown = appendTo(a);
    if (grown != null
        && "str".equals(locals.get(grown))
        && (a.annotation() == null || a.annotation().equals("str"))) {
      T piece = peek(((Ast.BinOp) a.value()).right());
      if (piece.type().equals("str")) {
        out.append("    (local.set $v_")
            .append(grown)
            .append(" (call $str_append (local.get $v_")
            .append(grown)
            .append(") ")
            .append(piece.code())
            .append("))\n");
        return;
      }
    }
    if (a.target() instanceof Ast.Name n) {
      T v;
      if (a.value() instanceof Ast.ListLit l && l.items().isEmpty()) {
        v = empty(a, n.id(), "list", "list[int] = []", "(call $list_new (i32.const 0))");
      } else if (a.value() instanceof Ast.DictLit d && d.keys().isEmpty()) {
        v = empty(a, n.id(), "dict", "dict[str, int] = {}", "(call $dict_new)");
      } else {
        v = expr(a.value());
      }
      String type = a.annotation() != null ? a.annotation() : locals.getOrDefault(n.id(), v.type());
      if (v.type().equals("None")) {
        error(a, "the right-hand side has no value");
      }
      String local = declare(n.id(), type, n);
      out.append("    (local.set ")
          .append(local)
          .append(' ')
          .append(store(v, type, a.value(), "the value of '" + n.id() + "'"))
          .append(")\n");
    } else if (a.target() instanceof Ast.Subscript sub) {
      T target = expr(sub.object());
      if (isDictType(target.type())) {
        storeInDict(target, sub, a, out);
      } else {
        storeInList(target, sub, a, out);
      }
    } else {
      error(a, "can only assign to a name or a list item");
    }
  }

  /** {@code xs = []} or {@code d = {}}: typed by the annotation, or by the variable's type. */
  private T empty(Ast.Assign a, String name, String kind, String example, String code) {
    String t = a.annotation() != null ? a.annotation() : locals.get(name);
    if (t == null || !t.startsWith(kind + "[")) {
      error(
          a,
          "cannot tell the type of an empty "
              + kind
              + "; annotate it, as in "
              + name
              + ": "
              + example);
    }
    return new T(code, t);
  }

  /** {@code d[k] = v}. */
  private void storeInDict(T dict, Ast.Subscript sub, Ast.Assign a, StringBuilder out) {
    T v = expr(a.value());
    out.append("    (call $dict_set ")
        .append(dict.code())
        .append(' ')
        .append(dictKey(dict, sub.index()))
        .append(' ')
        .append(
            bits(store(v, dictValue(dict.type()), a.value(), "the value"), dictValue(dict.type())))
        .append(" (i32.const ")
        .append(dictKind(dict.type()))
        .append("))\n");
  }

  /** {@code xs[i] = v}. */
  private void storeInList(T list, Ast.Subscript sub, Ast.Assign a, StringBuilder out) {
    if (list.type().equals("str")) {
      error(sub, "strings are immutable; build a new one instead");
    }
    if (!list.type().startsWith("list[")) {
      error(sub, "only list items can be assigned");
    }
    String elem = list.type().substring(5, list.type().length() - 1);
    T v = expr(a.value());
    String addr = itemAddr(sub.object(), list, sub.index(), intOf(expr(sub.index()), sub.index()));
    String value = bits(store(v, elem, a.value(), "the list item"), elem);
    Forward w = fast == null ? null : fast.forwardedStore(sub);
    if (w != null) {
      value = "(local.tee " + w.value() + " " + value + ")";
    }
    out.append("    (i64.store ").append(addr).append(' ').append(value).append(")\n");
  }

  private void forLoop(Ast.For f, StringBuilder out) {
    if (LoopFacts.of(null, f.body(), functions.keySet()).assigned.contains(f.var())) {
      // the body assigns the loop's variable: the loop goes on from its own counter, as CPython's
      // does, and the variable is set from it at the top of each iteration
      String counter = f.var() + ".loop" + labels;
      List<Ast.Stmt> body = new ArrayList<>();
      body.add(
          new Ast.Assign(
              new Ast.Name(f.var(), f.line(), f.col()),
              null,
              new Ast.Name(counter, f.line(), f.col()),
              f.line(),
              f.col()));
      body.addAll(f.body());
      f = new Ast.For(counter, f.iter(), body, f.line(), f.col());
    }
    int n = labels++;
    if (f.iter() instanceof Ast.Call call
        && call.func() instanceof Ast.Name nm
        && nm.id().equals("range")) {
      List<Ast.Expr> args = call.args();
      if (args.isEmpty() || args.size() > 3 || !call.keywords().isEmpty()) {
        error(call, "range() takes 1 to 3 arguments, and no keywords");
      }
      String start = args.size() == 1 ? "(i64.const 0)" : intOf(expr(args.get(0)), args.get(0));
      String stop =
          intOf(expr(args.get(args.size() == 1 ? 0 : 1)), args.get(args.size() == 1 ? 0 : 1));
      String step = args.size() == 3 ? intOf(expr(args.get(2)), args.get(2)) : "(i64.const 1)";
      long constantStep = args.size() == 3 ? constantInt(args.get(2)) : 1;
      // the loop counts in a local of its own and sets the variable from it at the top of every
      // turn: after the loop the variable holds the last value it took (or its value before the
      // loop, when the range is empty), as in CPython
      String var = declare(f.var(), "int", f);
      String v = newLocal("t", "int");
      String set = "      (local.set " + var + " (local.get " + v + "))\n";
      String end = newLocal("t", "int");
      String st = newLocal("t", "int");
      out.append("    (local.set ").append(v).append(' ').append(start).append(")\n");
      out.append("    (local.set ").append(end).append(' ').append(stop).append(")\n");
      out.append("    (local.set ").append(st).append(' ').append(step).append(")\n");
      String done;
      if (constantStep != 0) {
        // the step's sign is known: one comparison per iteration
        done =
            "(i64."
                + (constantStep > 0 ? "ge_s" : "le_s")
                + " (local.get "
                + v
                + ") (local.get "
                + end
                + "))";
      } else {
        out.append("    (call $range_check (local.get ").append(st).append("))\n");
        done =
            "(select (i64.ge_s (local.get "
                + v
                + ") (local.get "
                + end
                + ")) (i64.le_s (local.get "
                + v
                + ") (local.get "
                + end
                + ")) (i64.gt_s (local.get "
                + st
                + ") (i64.const 0)))";
      }
      LoopFacts facts = LoopFacts.of(null, f.body(), functions.keySet());
      List<String> hoisted = hoistHeaders(facts, out);
      FastLoop proven =
          constantStep == 1
              ? LoopVersions.provenSubscripts(f, facts, headers, locals, this::newLocal)
              : null;
      if (proven == null) {
        rangeLoop(f, n, done, step(v, st, constantStep), out, set, "");
      } else {
        versionedRange(f, n, var, v, st, end, done, proven, out, start, stop);
      }
      hoisted.forEach(headers::remove);
      return;
    }
    T seq = Builtins.view(this, f.iter());
    if (isDictType(seq.type()) || Builtins.isView(f.iter())) {
      // over a copy of its keys (or values): CPython refuses a dict that changes size while it
      // loops
      seq = copied(isDictType(seq.type()) ? dictList(seq, false) : seq);
    }
    String elem;
    if (seq.type().equals("str")) {
      elem = "str";
    } else if (seq.type().startsWith("list[")) {
      elem = seq.type().substring(5, seq.type().length() - 1);
    } else {
      throw error(
          f.iter(), "cannot iterate over " + seq.type() + "; use range(), a string or a list");
    }
    String s = newLocal("t", "str");
    String idx = newLocal("t", "int");
    String v = declare(f.var(), elem, f);
    out.append("    (local.set ").append(s).append(' ').append(seq.code()).append(")\n");
    out.append("    (local.set ").append(idx).append(" (i64.const 0))\n");
    LoopFacts facts = LoopFacts.of(null, f.body(), functions.keySet());
    facts.assigned.add(f.var()); // each iteration sets it: its length cannot be read before
    List<String> hoisted = hoistHeaders(facts, out);
    out.append("    (block $brk").append(n).append(" (loop $top").append(n).append('\n');
    out.append("      (br_if $brk")
        .append(n)
        .append(" (i64.ge_s (local.get ")
        .append(idx)
        .append(") (i64.extend_i32_u (i32.and (i32.load (local.get ")
        .append(s)
        .append(")) (i32.const ")
        .append(LEN_MASK)
        .append(")))))\n");
    String item =
        seq.type().equals("str")
            ? "(call $str_char (local.get " + s + ") (local.get " + idx + "))"
            : load("(call $list_addr (local.get " + s + ") (local.get " + idx + "))", elem);
    out.append("      (local.set ").append(v).append(' ').append(item).append(")\n");
    out.append("      (local.set ")
        .append(idx)
        .append(" (i64.add (local.get ")
        .append(idx)
        .append(") (i64.const 1)))\n");
    loopBody(n, f.body(), out);
    out.append("      (br $top").append(n).append(")))\n");
    hoisted.forEach(headers::remove);
  }

  /** A loop's body in the block that {@code continue} (a branch to {@code $cntN}) leaves. */
  private void loopBody(int n, List<Ast.Stmt> body, StringBuilder out) {
    out.append("      (block $cnt").append(n).append('\n');
    loops.add(new int[] {n});
    body.forEach(b -> statement(b, out));
    loops.remove(loops.size() - 1);
    out.append("      )\n");
  }

  /**
   * Whether an expression is a non-negative integer literal, or a conditional choosing between two
   * ({@code 0 if x else 1}): what {@code a + b} checks can use for a shorter overflow test.
   */
  private static boolean nonNegativeLiteral(Ast.Expr e) {
    if (e instanceof Ast.IfExp i) {
      return nonNegativeLiteral(i.then()) && nonNegativeLiteral(i.otherwise());
    }
    return e instanceof Ast.Num n && !n.isFloat() && constantInt(e) >= 0;
  }

  /**
   * An innermost range loop in two versions, chosen by a test before it: one without the checks
   * {@code proven} makes unnecessary (and with its carried and forwarded values), one with every
   * check.
   */
  private void versionedRange(
      Ast.For f,
      int n,
      String var,
      String v,
      String st,
      String end,
      String done,
      FastLoop proven,
      StringBuilder out,
      String start,
      String stop) {
    // two versions: one without the checks proven unnecessary, one with every check
    StringBuilder checked = new StringBuilder();
    int reported = errors.size();
    rangeLoop(
        f,
        n,
        done,
        step(v, st, 1),
        checked,
        "      (local.set " + var + " (local.get " + v + "))\n",
        "");
    if (errors.size() > reported) {
      out.append(checked);
    } else {
      StringBuilder unchecked = new StringBuilder();
      // the loop counts in an i32 (inBounds keeps start and end within 2^30): the JIT's counted
      // loops are int loops
      String counter = newLocal("k", "bool");
      String last = newLocal("k", "bool");
      unchecked
          .append("    (local.set ")
          .append(counter)
          .append(" (i32.wrap_i64 (local.get ")
          .append(v)
          .append(")))\n");
      unchecked
          .append("    (local.set ")
          .append(last)
          .append(" (i32.wrap_i64 (local.get ")
          .append(end)
          .append(")))\n");
      proven = proven.counting(counter);
      // a byte of a string at an index the loop does not change is read once, here
      for (Access a : proven.proven()) {
        if (a.offset() == null && headers.get(a.list()).data() == null) {
          String b = newLocal("b", "bool");
          unchecked
              .append("    (local.set ")
              .append(b)
              .append(' ')
              .append(
                  headers
                      .get(a.list())
                      .codePoint(
                          "(local.get $v_" + a.list() + ")",
                          "(i32.wrap_i64 (local.get $v_" + a.name() + "))"))
              .append(")\n");
          proven.bytes().put(a, b);
        }
      }
      StringBuilder top = new StringBuilder();
      top.append("      (local.set ")
          .append(var)
          .append(" (i64.extend_i32_s (local.get ")
          .append(counter)
          .append(")))\n");
      StringBuilder bottom = new StringBuilder();
      for (Carry c : proven.carries()) {
        String data = headers.get(c.list()).data();
        unchecked
            .append("    (local.set ")
            .append(c.now())
            .append(' ')
            .append(load(LoopVersions.slot(data, counter, c.c()), c.elem()))
            .append(")\n");
        top.append("      (local.set ")
            .append(c.next())
            .append(' ')
            .append(load(LoopVersions.slot(data, counter, c.c() + 1), c.elem()))
            .append(")\n");
        bottom
            .append("      (local.set ")
            .append(c.now())
            .append(" (local.get ")
            .append(c.next())
            .append("))\n");
      }
      for (Forward w : proven.forwards()) {
        unchecked
            .append("    (local.set ")
            .append(w.value())
            .append(' ')
            .append(load(LoopVersions.slot(headers.get(w.list()).data(), counter, w.c()), "int"))
            .append(")\n");
      }
      String until = "(i32.ge_s (local.get " + counter + ") (local.get " + last + "))";
      String next =
          "(local.set " + counter + " (i32.add (local.get " + counter + ") (i32.const 1)))";
      // a string read at the loop's variable, every turn: one version for each width, so that a
      // code point is one load (a byte, or an i32) rather than a load shifted and masked
      List<String> read = new ArrayList<>();
      for (Access a : proven.proven()) {
        if (a.offset() != null
            && headers.get(a.list()).data() == null
            && !read.contains(a.list())) {
          read.add(a.list());
        }
      }
      if (read.size() == 1) {
        unchecked
            .append("    (if (i32.eqz (local.get ")
            .append(headers.get(read.get(0)).shift())
            .append(")) (then\n");
        fastLoop(f, proven.reading(read.get(0), 0), until, next, unchecked, top, bottom);
        unchecked.append("    ) (else\n");
        fastLoop(f, proven.reading(read.get(0), 2), until, next, unchecked, top, bottom);
        unchecked.append("    ))\n");
      } else {
        fastLoop(f, proven, until, next, unchecked, top, bottom);
      }
      out.append("    (if ")
          .append(LoopVersions.inBounds(proven, headers, v, end, start, stop))
          .append(" (then\n")
          .append(unchecked)
          .append("    ) (else\n")
          .append(checked)
          .append("    ))\n");
    }
  }

  /** One version of the unchecked loop, generated with {@code version} in {@link #fast}. */
  private void fastLoop(
      Ast.For f,
      FastLoop version,
      String done,
      String next,
      StringBuilder out,
      CharSequence top,
      CharSequence bottom) {
    fast = version;
    try {
      rangeLoop(f, labels++, done, next, out, top, bottom);
    } finally {
      fast = null;
    }
  }

  /** Steps a range loop's variable on by its step: a constant one, or the local {@code st}. */
  private static String step(String v, String st, long constantStep) {
    return "(local.set "
        + v
        + " (i64.add (local.get "
        + v
        + ") "
        + (constantStep != 0 ? "(i64.const " + constantStep + ")" : "(local.get " + st + ")")
        + "))";
  }

  /**
   * One range loop, left when {@code done}; {@code top} runs first in every turn, {@code bottom}
   * last (after continue), then {@code next} steps the loop on.
   */
  private void rangeLoop(
      Ast.For f,
      int n,
      String done,
      String next,
      StringBuilder out,
      CharSequence top,
      CharSequence bottom) {
    out.append("    (block $brk").append(n).append(" (loop $top").append(n).append('\n');
    out.append("      (br_if $brk").append(n).append(' ').append(done).append(")\n");
    out.append(top);
    loopBody(n, f.body(), out);
    out.append(bottom);
    out.append("      ").append(next).append('\n');
    out.append("      (br $top").append(n).append(")))\n");
  }

  /** The value of an integer literal (or its negation), or 0 when the expression is not one. */
  private static long constantInt(Ast.Expr e) {
    try {
      if (e instanceof Ast.Num n && !n.isFloat()) {
        return Long.parseLong(n.text());
      }
      if (e instanceof Ast.Unary u
          && u.op().equals("-")
          && u.operand() instanceof Ast.Num n
          && !n.isFloat()) {
        return -Long.parseLong(n.text());
      }
    } catch (NumberFormatException ex) {
      // too large for a step; the general path reports it
    }
    return 0;
  }

  /**
   * Reads the list and string headers of the names a loop indexes, where the loop cannot change
   * them (see {@link LoopFacts}); returns the names, to forget when the loop ends.
   */
  private List<String> hoistHeaders(LoopFacts facts, StringBuilder out) {
    return hoistHeaders(facts, false, out);
  }

  /** As {@link #hoistHeaders(LoopFacts, StringBuilder)}, of strings only when {@code strings}. */
  private List<String> hoistHeaders(LoopFacts facts, boolean strings, StringBuilder out) {
    List<String> added = new ArrayList<>();
    for (String name : facts.indexed) {
      String type = locals.get(name);
      if (type == null || headers.containsKey(name) || facts.assigned.contains(name)) {
        continue;
      }
      boolean list = type.startsWith("list[");
      if (!(list || type.equals("str")) || (list && (facts.mayResize || strings))) {
        continue;
      }
      String len = newLocal("h", "int");
      String data = null;
      String shift = null;
      String mask = null;
      if (list) {
        out.append("    (local.set ")
            .append(len)
            .append(" (i64.extend_i32_u (i32.load (local.get $v_")
            .append(name)
            .append("))))\n");
        data = newLocal("h", "bool");
        out.append("    (local.set ")
            .append(data)
            .append(" (i32.load offset=8 (local.get $v_")
            .append(name)
            .append(")))\n");
      } else {
        // a code point is an i32 read at 4 << shift, masked: no branch on the string's width. The
        // header is read once: every memory access is inlined by the JIT into the loop's method,
        // and a few more push a hot function like an edit distance past what it optimizes well
        shift = newLocal("h", "bool");
        mask = newLocal("h", "bool");
        String header = "(local.get " + mask + ")";
        out.append("    (local.set ")
            .append(mask)
            .append(" (i32.load (local.get $v_")
            .append(name)
            .append(")))\n");
        out.append("    (local.set ")
            .append(len)
            .append(" (i64.extend_i32_u (i32.and ")
            .append(header)
            .append(" (i32.const ")
            .append(LEN_MASK)
            .append("))))\n");
        out.append("    (local.set ")
            .append(shift)
            .append(" (i32.and (i32.shr_u ")
            .append(header)
            .append(" (i32.const 30)) (i32.const 2)))\n");
        out.append("    (local.set ")
            .append(mask)
            .append(" (i32.or (i32.shr_s ")
            .append(header)
            .append(" (i32.const 31)) (i32.const 255)))\n");
      }
      headers.put(name, new Header(len, data, shift, mask));
      added.add(name);
    }
    return added;
  }

  private Header header(Ast.Expr object) {
    return object instanceof Ast.Name n ? headers.get(n.id()) : null;
  }

  /** The length of a str or list as an int, from a hoisted header when there is one. */
  String lengthOf(Ast.Expr object, T value) {
    Header h = header(object);
    if (h != null) {
      return "(local.get " + h.len() + ")";
    }
    return value.type().equals("str")
        ? "(i64.extend_i32_u (i32.and (i32.load "
            + value.code()
            + ") (i32.const "
            + LEN_MASK
            + ")))"
        : "(i64.extend_i32_u (i32.load " + value.code() + "))";
  }

  /**
   * The address of item {@code idx} of a list, its index checked (negative counts from the end).
   */
  private String itemAddr(Ast.Expr object, T list, Ast.Expr index, String idx) {
    Header h = header(object);
    if (h == null) {
      return "(call $list_addr " + list.code() + " " + idx + ")";
    }
    if (fast != null && fast.proves(object, index)) {
      String k = fast.index(index);
      return "(i32.add (local.get "
          + h.data()
          + ") (i32.shl "
          + (k != null ? k : "(i32.wrap_i64 " + idx + ")")
          + " (i32.const 3)))";
    }
    return "(i32.add (local.get "
        + h.data()
        + ") (i32.shl "
        + checkedIndex(idx, h.len(), "$msg_list_index")
        + " (i32.const 3)))";
  }

  /** The code point at index {@code idx} of a string. */
  private String codePointAt(Ast.Expr object, T str, Ast.Expr index, String idx) {
    Header h = header(object);
    if (h == null) {
      return "(call $str_at " + str.code() + " " + idx + ")";
    }
    if (fast != null && fast.proves(object, index)) {
      String once = fast.bytes().get(Access.of(fast.var(), ((Ast.Name) object).id(), index));
      if (once != null) {
        return "(local.get " + once + ")";
      }
      Long c = LoopFacts.offsetFrom(fast.var(), index);
      Integer width = fast.widths().get(((Ast.Name) object).id());
      if (width != null && width == 0 && c != null && c >= 0) {
        // this version's string is narrow: a code point is a byte, v + c folded into the offset
        return "(i32.load8_u offset="
            + (4 + c)
            + " (i32.add "
            + str.code()
            + " (local.get "
            + fast.counter()
            + ")))";
      }
      String k = c != null ? fast.index(index) : "(i32.wrap_i64 " + idx + ")";
      if (width != null) {
        return width == 0
            ? "(i32.load8_u offset=4 (i32.add " + str.code() + " " + k + "))"
            : "(i32.load offset=4 (i32.add " + str.code() + " (i32.shl " + k + " (i32.const 2))))";
      }
      return h.codePoint(str.code(), k);
    }
    return h.codePoint(str.code(), checkedIndex(idx, h.len(), "$msg_str_index"));
  }

  /** An index below the length goes straight through; anything else takes the Python path. */
  private String checkedIndex(String idx, String len, String message) {
    String t = newLocal("t", "int");
    // 0 <= t < len exactly when the sign bit of ~t & (t - len) is set (len < 2^31): no comparison
    return "(if (result i32) (i32.wrap_i64 (i64.shr_u (i64.and (i64.xor (local.tee "
        + t
        + " "
        + idx
        + ") (i64.const -1)) (i64.sub (local.get "
        + t
        + ") (local.get "
        + len
        + "))) (i64.const 63))) (then (i32.wrap_i64 (local.get "
        + t
        + "))) (else (call $norm_index (local.get "
        + t
        + ") (i32.wrap_i64 (local.get "
        + len
        + ")) (global.get "
        + message
        + "))))";
  }

  private static String load(String addr, String elem) {
    switch (elem) {
      case "int":
        return "(i64.load " + addr + ")";
      case "float":
        return "(f64.load " + addr + ")";
      default:
        return "(i32.load " + addr + ")";
    }
  }

  private static String bits(String code, String type) {
    switch (type) {
      case "int":
        return code;
      case "float":
        return "(i64.reinterpret_f64 " + code + ")";
      default:
        return "(i64.extend_i32_u " + code + ")";
    }
  }

  // ---------------------------------------------------------------- conversions

  private String convert(T v, String to, Ast.Node at, String what) {
    if (v.type().equals(to)) {
      return v.code();
    }
    if (to.equals("float") && v.type().equals("int")) {
      return "(f64.convert_i64_s " + v.code() + ")";
    }
    if (to.equals("float") && v.type().equals("bool")) {
      return "(f64.convert_i32_u " + v.code() + ")";
    }
    if (to.equals("int") && v.type().equals("bool")) {
      return "(i64.extend_i32_u " + v.code() + ")";
    }
    throw error(at, what + " must be " + to + ", not " + v.type());
  }

  /**
   * A value put where its type stays: a variable, a list item, a return value, an argument. CPython
   * keeps an int an int there even when the place is annotated {@code float} ({@code str(half(7))}
   * is "3"), so an int (or a bool) is refused in a float place rather than silently made a float.
   * The entry function's result is the exception: it goes to the host, which takes a float.
   */
  private String store(T v, String to, Ast.Expr at, String what) {
    if (to.equals("float") && (v.type().equals("int") || v.type().equals("bool"))) {
      String hint =
          at instanceof Ast.Num n && !n.isFloat()
              ? "write " + n.text() + ".0"
              : "write float(...) around it";
      throw error(
          at,
          what
              + " is "
              + (v.type().equals("int") ? "an int" : "a bool")
              + " where a float is expected, and CPython would keep it "
              + (v.type().equals("int") ? "an int" : "a bool")
              + " (str() and // tell them apart); "
              + hint);
    }
    return convert(v, to, at, what);
  }

  private String intOf(T v, Ast.Node at) {
    if (v.type().equals("int")) {
      return v.code();
    }
    if (v.type().equals("bool")) {
      return "(i64.extend_i32_u " + v.code() + ")";
    }
    throw error(at, "an index or range bound must be int, not " + v.type());
  }

  private String truthy(T v) {
    switch (v.type()) {
      case "bool":
        return v.code();
      case "int":
        return "(i64.ne " + v.code() + " (i64.const 0))";
      case "float":
        return "(f64.ne " + v.code() + " (f64.const 0))";
      case "str":
        return "(i32.ne (i32.and (i32.load "
            + v.code()
            + ") (i32.const "
            + LEN_MASK
            + ")) (i32.const 0))";
      default:
        return "(i32.ne (i32.load " + v.code() + ") (i32.const 0))";
    }
  }

  // ---------------------------------------------------------------- expressions

  T expr(Ast.Expr e) {
    if (e instanceof Ast.Unary u
        && u.op().equals("-")
        && u.operand() instanceof Ast.Num n
        && !n.isFloat()
        && n.text().equals("9223372036854775808")) {
      // the one int whose magnitude is past the positive range: -2**63 is a valid int
      return new T("(i64.const " + Long.MIN_VALUE + ")", "int");
    }
    if (e instanceof Ast.Num n) {
      if (n.isFloat()) {
        return new T("(f64.const " + floatLiteral(Double.parseDouble(n.text())) + ")", "float");
      }
      try {
        return new T("(i64.const " + Long.parseLong(n.text()) + ")", "int");
      } catch (NumberFormatException ex) {
        throw error(e, "integer literal " + n.text() + " does not fit in 64 bits");
      }
    }
    if (e instanceof Ast.Str s) {
      return new T("(i32.const " + literal(s.value()) + ")", "str");
    }
    if (e instanceof Ast.Bool b) {
      return new T("(i32.const " + (b.value() ? 1 : 0) + ")", "bool");
    }
    if (e instanceof Ast.Name n) {
      String t = locals.get(n.id());
      if (t != null && t.equals("str") && appended.contains(n.id())) {
        // the value may be kept or passed on: the variable's string is no longer its own
        return new T("(call $str_share (local.get $v_" + n.id() + "))", t);
      }
      if (fast != null && n.id().equals(fast.var())) {
        return new T("(i64.extend_i32_s (local.get " + fast.counter() + "))", t);
      }
      if (t != null) {
        return new T("(local.get $v_" + n.id() + ")", t);
      }
      Ast.Constant c = constants.get(n.id());
      if (c != null && (c.value() instanceof Ast.DictLit || c.value() instanceof Ast.ListLit)) {
        // a module-level table or list is built once a call, at its first use: one object, that
        // every use in the call sees (appended to, changed), and built again for the next call
        T built = expr(c.value());
        String global = "$k_" + n.id();
        cachedConstants.add(global);
        return new T(
            "(block (result i32) (if (i32.eqz (global.get "
                + global
                + ")) (then (global.set "
                + global
                + " "
                + built.code()
                + "))) (global.get "
                + global
                + "))",
            built.type());
      }
      if (c != null) {
        return expr(c.value());
      }
      if (failedNames.contains(n.id())) {
        throw new Fail();
      }
      throw error(e, "name '" + n.id() + "' is not defined");
    }
    if (e instanceof Ast.BinOp b) {
      return binop(b);
    }
    if (e instanceof Ast.Unary u) {
      T v = expr(u.operand());
      if (u.op().equals("not")) {
        return new T("(i32.eqz " + truthy(v) + ")", "bool");
      }
      if (v.type().equals("int") || v.type().equals("bool")) {
        return new T("(call $sub_ovf (i64.const 0) " + intOf(v, u) + ")", "int");
      }
      if (v.type().equals("float")) {
        return new T("(f64.neg " + v.code() + ")", "float");
      }
      throw error(e, "bad operand type for unary -: " + v.type());
    }
    if (e instanceof Ast.Compare c) {
      return compare(c);
    }
    if (e instanceof Ast.BoolOp b) {
      T l = expr(b.left());
      T r = expr(b.right());
      if (!l.type().equals(r.type())) {
        throw error(
            e,
            "both sides of '"
                + b.op()
                + "' must have the same type, not "
                + l.type()
                + " and "
                + r.type());
      }
      String tmp = newLocal("t", l.type());
      String keep = b.op().equals("and") ? r.code() : "(local.get " + tmp + ")";
      String other = b.op().equals("and") ? "(local.get " + tmp + ")" : r.code();
      return new T(
          "(if (result "
              + wasmType(l.type())
              + ") "
              + truthy(new T("(local.tee " + tmp + " " + l.code() + ")", l.type()))
              + " (then "
              + keep
              + ") (else "
              + other
              + "))",
          l.type());
    }
    if (e instanceof Ast.IfExp i) {
      T a = expr(i.then());
      T b = expr(i.otherwise());
      String type = a.type().equals(b.type()) ? a.type() : numeric(a, b, e);
      if (type.equals("float") && !a.type().equals(b.type())) {
        store(
            a.type().equals("float") ? b : a,
            "float",
            a.type().equals("float") ? i.otherwise() : i.then(),
            "this branch");
      }
      return new T(
          "(if (result "
              + wasmType(type)
              + ") "
              + truthy(expr(i.cond()))
              + " (then "
              + convert(a, type, i.then(), "value")
              + ") (else "
              + convert(b, type, i.otherwise(), "value")
              + "))",
          type);
    }
    if (e instanceof Ast.Call c) {
      return Builtins.call(this, c);
    }
    if (e instanceof Ast.Attribute a) {
      if (a.object() instanceof Ast.Name n && n.id().equals("math")) {
        requireMath(a);
        if (a.name().equals("pi")) {
          return new T("(f64.const " + floatLiteral(Math.PI) + ")", "float");
        }
        if (a.name().equals("e")) {
          return new T("(f64.const " + floatLiteral(Math.E) + ")", "float");
        }
      }
      throw error(e, "attribute '" + a.name() + "' is outside the subset");
    }
    if (e instanceof Ast.Subscript s) {
      T obj = peek(s.object());
      if (isDictType(obj.type())) {
        String value = dictValue(obj.type());
        return new T(
            unbits(
                "(call $dict_get "
                    + obj.code()
                    + " "
                    + dictKey(obj, s.index())
                    + " (i32.const "
                    + dictKind(obj.type())
                    + "))",
                value),
            value);
      }
      String idx = intOf(expr(s.index()), s.index());
      if (obj.type().equals("str")) {
        return new T("(call $str_char " + obj.code() + " " + idx + ")", "str");
      }
      if (obj.type().startsWith("list[")) {
        String elem = obj.type().substring(5, obj.type().length() - 1);
        String carry = fast == null ? null : fast.carried(s.object(), s.index());
        if (carry != null) {
          return new T("(local.get " + carry + ")", elem);
        }
        return new T(load(itemAddr(s.object(), obj, s.index(), idx), elem), elem);
      }
      throw error(e, obj.type() + " cannot be indexed");
    }
    if (e instanceof Ast.Slice s) {
      T obj = peek(s.object());
      if (!obj.type().equals("str")) {
        throw error(e, "only strings can be sliced in the subset");
      }
      String lo = s.lower() == null ? "(i64.const 0)" : intOf(expr(s.lower()), s.lower());
      if (s.step() != null) {
        String hi = s.upper() == null ? "(i64.const 0)" : intOf(expr(s.upper()), s.upper());
        int given = (s.lower() == null ? 0 : 1) | (s.upper() == null ? 0 : 2);
        return new T(
            "(call $str_slice_step "
                + obj.code()
                + " "
                + lo
                + " "
                + hi
                + " "
                + intOf(expr(s.step()), s.step())
                + " (i32.const "
                + given
                + "))",
            "str");
      }
      String hi =
          s.upper() == null ? "(i64.const 9223372036854775807)" : intOf(expr(s.upper()), s.upper());
      return new T("(call $str_slice " + obj.code() + " " + lo + " " + hi + ")", "str");
    }
    if (e instanceof Ast.ListComp c) {
      return listOf(c);
    }
    if (e instanceof Ast.DictLit d) {
      return dictOf(d);
    }
    if (e instanceof Ast.TupleLit t) {
      throw error(
          e, "tuples are outside the subset, except to assign several names at once (a, b = b, a)");
    }
    if (e instanceof Ast.ListLit l) {
      if (l.items().isEmpty()) {
        throw error(
            e, "cannot tell the type of an empty list here; assign it to an annotated variable");
      }
      List<T> items = new ArrayList<>();
      for (Ast.Expr it : l.items()) {
        items.add(expr(it));
      }
      String type = items.get(0).type();
      for (T it : items) {
        if (!it.type().equals(type)) {
          type =
              it.type().equals("float") && type.equals("int")
                      || it.type().equals("int") && type.equals("float")
                  ? "float"
                  : null;
          if (type == null) {
            throw error(e, "list items must all have one type");
          }
        }
      }
      if (!List.of("int", "float", "str").contains(type)) {
        throw error(
            e,
            "lists of "
                + type
                + " are outside the subset; use list[int], list[float] or list[str]");
      }
      String tmp = newLocal("t", "list[int]");
      StringBuilder code =
          new StringBuilder(
              "(block (result i32) (local.set " + tmp + " (call $list_new (i32.const 0)))");
      for (int k = 0; k < items.size(); k++) {
        code.append(" (call $list_append (local.get ")
            .append(tmp)
            .append(") ")
            .append(bits(store(items.get(k), type, l.items().get(k), "this list item"), type))
            .append(')');
      }
      code.append(" (local.get ").append(tmp).append("))");
      return new T(code.toString(), "list[" + type + "]");
    }
    throw error(e, "this expression is outside the subset");
  }

  /**
   * An expression whose value is only read here (measured, indexed, compared, copied): a variable
   * that {@code s += t} grows keeps its string's ownership.
   */
  T peek(Ast.Expr e) {
    if (e instanceof Ast.Name n && "str".equals(locals.get(n.id()))) {
      return new T("(local.get $v_" + n.id() + ")", "str");
    }
    return expr(e);
  }

  void requireMath(Ast.Node at) {
    if (!module.imports().contains("math")) {
      throw error(at, "name 'math' is not defined; add 'import math'");
    }
  }

  static String floatLiteral(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    return Double.toHexString(d);
  }

  private String numeric(T a, T b, Ast.Node at) {
    boolean an = a.type().equals("int") || a.type().equals("float") || a.type().equals("bool");
    boolean bn = b.type().equals("int") || b.type().equals("float") || b.type().equals("bool");
    if (!an || !bn) {
      throw error(at, "cannot combine " + a.type() + " and " + b.type());
    }
    if (a.type().equals("float") || b.type().equals("float")) {
      return "float";
    }
    return "int";
  }

  private T binop(Ast.BinOp b) {
    return arith(b.op(), peek(b.left()), peek(b.right()), b.left(), b.right(), b);
  }

  /** An arithmetic operator on two compiled operands; the nodes give error positions. */
  private T arith(String op, T l, T r, Ast.Expr left, Ast.Expr right, Ast.Node b) {
    if (op.equals("+") && l.type().equals("str") && r.type().equals("str")) {
      return new T("(call $str_concat " + l.code() + " " + r.code() + ")", "str");
    }
    if (op.equals("*")
        && l.type().startsWith("list[")
        && (r.type().equals("int") || r.type().equals("bool"))) {
      String elem = l.type().substring(5, l.type().length() - 1);
      if (!(left instanceof Ast.ListLit lit) || lit.items().size() != 1) {
        throw error(b, "only a one-item list literal can be repeated, as in [0] * n");
      }
      T item = expr(lit.items().get(0));
      return new T(
          "(call $list_repeat "
              + bits(store(item, elem, lit.items().get(0), "the item"), elem)
              + " "
              + intOf(r, right)
              + ")",
          l.type());
    }
    if (op.equals("+") && l.type().startsWith("list[") && l.type().equals(r.type())) {
      return new T("(call $list_concat " + l.code() + " " + r.code() + ")", l.type());
    }
    if (op.equals("*")
        && (l.type().equals("str") && (r.type().equals("int") || r.type().equals("bool"))
            || r.type().equals("str") && (l.type().equals("int") || l.type().equals("bool")))) {
      T text = l.type().equals("str") ? l : r;
      T times = l.type().equals("str") ? r : l;
      Ast.Expr at = l.type().equals("str") ? right : left;
      return new T("(call $str_repeat " + text.code() + " " + intOf(times, at) + ")", "str");
    }
    if (op.equals("%") && l.type().equals("str")) {
      throw error(
          b, "'%' formatting of a str is outside the subset; use an f-string: f\"{x:.2f}\"");
    }
    if (l.type().equals("str")
        || r.type().equals("str")
        || l.type().startsWith("list")
        || r.type().startsWith("list")) {
      throw error(b, "unsupported operand types for " + op + ": " + l.type() + " and " + r.type());
    }
    String type = numeric(l, r, b);
    if (op.equals("/") && type.equals("int")) {
      return new T("(call $int_truediv " + intOf(l, left) + " " + intOf(r, right) + ")", "float");
    }
    if (op.equals("/")) {
      return new T(
          "(call $fdiv "
              + convert(l, "float", left, "operand")
              + " "
              + convert(r, "float", right, "operand")
              + ")",
          "float");
    }
    if (type.equals("int")) {
      String a = intOf(l, left);
      String c = intOf(r, right);
      switch (op) {
        case "+":
        case "-":
          if (fast != null
              && LoopFacts.offsetFrom(fast.var(), new Ast.BinOp(op, left, right, 0, 0)) != null) {
            // the loop variable is within 2^30 and the literal below 2^20: no overflow
            return new T("(i64." + (op.equals("+") ? "add " : "sub ") + a + " " + c + ")", "int");
          }
          if (slow != null && slow.step(op, left, right)) {
            // a slow value moved by one: past 2^62 such steps away from overflow (see SlowInts)
            return new T("(i64." + (op.equals("+") ? "add " : "sub ") + a + " " + c + ")", "int");
          }
          return new T(checkedAddSub(op.equals("+"), a, c, right), "int");
        case "*":
          return new T("(call $mul_ovf " + a + " " + c + ")", "int");
        case "//":
          return new T("(call $floordiv " + a + " " + c + ")", "int");
        case "%":
          return new T("(call $mod " + a + " " + c + ")", "int");
        default:
          return new T("(call $pow_int " + a + " " + c + ")", "int");
      }
    }
    String a = convert(l, "float", left, "operand");
    String c = convert(r, "float", right, "operand");
    switch (op) {
      case "+":
        return new T("(f64.add " + a + " " + c + ")", "float");
      case "-":
        return new T("(f64.sub " + a + " " + c + ")", "float");
      case "*":
        return new T("(f64.mul " + a + " " + c + ")", "float");
      case "//":
        return new T(libraryCall("f_floordiv", a, c), "float");
      case "%":
        return new T(libraryCall("f_mod", a, c), "float");
      default:
        return new T(libraryCall("f_pow", a, c), "float");
    }
  }

  /**
   * {@code a + b} or {@code a - b} with OverflowError past 64 bits, written inline and without a
   * comparison (Chicory turns each comparison into a method call that the JIT may not inline): the
   * sign bit of a mask of the operands and the wrapped result says whether it overflowed. When
   * {@code b} is known to be non-negative ({@code i + 1}, {@code 0 if c else 1}) the mask is
   * shorter.
   */
  private String checkedAddSub(boolean add, String a, String b, Ast.Expr right) {
    String x = newLocal("t", "int");
    String r = newLocal("t", "int");
    String mask;
    String setY = "";
    String y = b;
    if (nonNegativeLiteral(right)) {
      // a + b (b >= 0) overflows only from a >= 0 to r < 0; a - b only from a < 0 to r >= 0
      mask =
          add
              ? "(i64.and (i64.xor (local.get " + x + ") (i64.const -1)) (local.get " + r + "))"
              : "(i64.and (local.get " + x + ") (i64.xor (local.get " + r + ") (i64.const -1)))";
    } else {
      String yl = newLocal("t", "int");
      setY = " (local.set " + yl + " " + b + ")";
      y = "(local.get " + yl + ")";
      mask =
          add
              ? "(i64.and (i64.xor (local.get "
                  + x
                  + ") (local.get "
                  + r
                  + ")) (i64.xor "
                  + y
                  + " (local.get "
                  + r
                  + ")))"
              : "(i64.and (i64.xor (local.get "
                  + x
                  + ") "
                  + y
                  + ") (i64.xor (local.get "
                  + x
                  + ") (local.get "
                  + r
                  + ")))";
    }
    return "(block (result i64) (local.set "
        + x
        + " "
        + a
        + ")"
        + setY
        + " (local.set "
        + r
        + " (i64."
        + (add ? "add" : "sub")
        + " (local.get "
        + x
        + ") "
        + y
        + ")) (if (i32.wrap_i64 (i64.shr_u "
        + mask
        + " (i64.const 63))) (then (call $trap (global.get $msg_overflow)) (unreachable))) (local.get "
        + r
        + "))";
  }

  private T compare(Ast.Compare c) {
    T chars = charCompare(c);
    if (chars != null) {
      return chars;
    }
    List<T> vals = new ArrayList<>();
    for (int k = 0; k < c.operands().size(); k++) {
      boolean container = k > 0 && c.ops().get(k - 1).endsWith("in");
      vals.add(container ? Builtins.view(this, c.operands().get(k)) : peek(c.operands().get(k)));
    }
    StringBuilder code = new StringBuilder();
    String prevCode = vals.get(0).code();
    String result = null;
    for (int k = 0; k < c.ops().size(); k++) {
      T a = new T(prevCode, vals.get(k).type());
      T b = vals.get(k + 1);
      String bCode = b.code();
      if (k + 1 < c.ops().size()) {
        String tmp = newLocal("t", b.type());
        bCode = "(local.tee " + tmp + " " + b.code() + ")";
        prevCode = "(local.get " + tmp + ")";
      }
      String one = compareOne(c.ops().get(k), a, new T(bCode, b.type()), c);
      result =
          result == null
              ? one
              : "(if (result i32) " + result + " (then " + one + ") (else (i32.const 0)))";
    }
    code.append(result);
    return new T(code.toString(), "bool");
  }

  /**
   * {@code s[i] == t[j]} compares two code points instead of building two one-character strings:
   * the inner loop of every edit-distance UDF.
   */
  private T charCompare(Ast.Compare c) {
    if (c.ops().size() != 1 || !(c.ops().get(0).equals("==") || c.ops().get(0).equals("!="))) {
      return null;
    }
    if (!(c.operands().get(0) instanceof Ast.Subscript a)
        || !(c.operands().get(1) instanceof Ast.Subscript b)) {
      return null;
    }
    T sa = peek(a.object());
    T sb = peek(b.object());
    if (!sa.type().equals("str") || !sb.type().equals("str")) {
      return null;
    }
    String ca = codePointAt(a.object(), sa, a.index(), intOf(expr(a.index()), a.index()));
    String cb = codePointAt(b.object(), sb, b.index(), intOf(expr(b.index()), b.index()));
    return new T(
        "(i32." + (c.ops().get(0).equals("==") ? "eq" : "ne") + " " + ca + " " + cb + ")", "bool");
  }

  private String compareOne(String op, T a, T b, Ast.Node at) {
    if (op.equals("in") || op.equals("not in")) {
      String has;
      if (b.type().equals("str") && a.type().equals("str")) {
        has = "(i64.ge_s (call $str_find " + b.code() + " " + a.code() + ") (i64.const 0))";
      } else if (isDictType(b.type())) {
        has =
            "(i32.ge_s (call $dict_find "
                + b.code()
                + " "
                + dictKeyBits(b, a, at)
                + " (i32.const "
                + dictKind(b.type())
                + ")) (i32.const 0))";
      } else if (b.type().startsWith("list[")) {
        String elem = b.type().substring(5, b.type().length() - 1);
        String kind = elem.equals("int") ? "0" : elem.equals("float") ? "1" : "2";
        has =
            "(call $list_has "
                + b.code()
                + " "
                + bits(convert(a, elem, at, "the searched value"), elem)
                + " (i32.const "
                + kind
                + "))";
      } else {
        throw error(at, "'in' needs a string or a list on its right, not " + b.type());
      }
      return op.equals("in") ? has : "(i32.eqz " + has + ")";
    }
    String wop =
        switch (op) {
          case "<" -> "lt";
          case ">" -> "gt";
          case "<=" -> "le";
          case ">=" -> "ge";
          case "==" -> "eq";
          default -> "ne";
        };
    if (a.type().equals("str") && b.type().equals("str")) {
      if (op.equals("==") || op.equals("!=")) {
        String eq = "(call $str_eq " + a.code() + " " + b.code() + ")";
        return op.equals("==") ? eq : "(i32.eqz " + eq + ")";
      }
      return "(i32." + wop + "_s (call $str_cmp " + a.code() + " " + b.code() + ") (i32.const 0))";
    }
    if (a.type().startsWith("list")
        || b.type().startsWith("list")
        || a.type().equals("str")
        || b.type().equals("str")) {
      throw error(
          at,
          "comparing "
              + a.type()
              + " with "
              + b.type()
              + " is outside the subset; compare the items (all(...), zip) or their len()");
    }
    String type = numeric(a, b, at);
    if (type.equals("float") && !a.type().equals(b.type())) {
      // int against float: by value, not by the int's nearest double (2**53 + 1 != 2.0**53)
      boolean intFirst = !a.type().equals("float");
      String order =
          "(call $cmp_int_f64 "
              + (intFirst ? intOf(a, at) + " " + b.code() : intOf(b, at) + " " + a.code())
              + ")";
      String flipped =
          intFirst
              ? op
              : switch (op) {
                case "<" -> ">";
                case ">" -> "<";
                case "<=" -> ">=";
                case ">=" -> "<=";
                default -> op;
              };
      return switch (flipped) {
        case "<" -> "(i32.eq " + order + " (i32.const -1))";
        case ">" -> "(i32.eq " + order + " (i32.const 1))";
        case "<=" -> "(i32.le_u (i32.add " + order + " (i32.const 1)) (i32.const 1))";
        case ">=" -> "(i32.lt_u " + order + " (i32.const 2))";
        case "==" -> "(i32.eqz " + order + ")";
        default -> "(i32.ne " + order + " (i32.const 0))";
      };
    }
    if (type.equals("float")) {
      return "(f64."
          + wop
          + " "
          + convert(a, "float", at, "operand")
          + " "
          + convert(b, "float", at, "operand")
          + ")";
    }
    String s = wop.equals("eq") || wop.equals("ne") ? "" : "_s";
    return "(i64." + wop + s + " " + intOf(a, at) + " " + intOf(b, at) + ")";
  }

  // ---------------------------------------------------------------- dicts

  /** The {@code $k_NAME} globals of module-level tables, reset at each call's start. */
  private final Set<String> cachedConstants = new LinkedHashSet<>();

  static boolean isDictType(String t) {
    return List.of(
            "dict[str,int]",
            "dict[str,float]",
            "dict[str,str]",
            "dict[int,int]",
            "dict[int,float]",
            "dict[int,str]")
        .contains(t);
  }

  String unbitsOf(String bits, String type) {
    return unbits(bits, type);
  }

  String dictKeyCode(T dict, T key, Ast.Node at) {
    return dictKeyBits(dict, key, at);
  }

  /** The list a dict holds its keys (or its values) in: to read, not to keep. */
  static T dictList(T dict, boolean values) {
    String type = values ? dictValue(dict.type()) : dictKeyType(dict.type());
    return new T(
        "(i32.load" + (values ? " offset=4 " : " ") + dict.code() + ")", "list[" + type + "]");
  }

  /** A new list of the items of {@code list}. */
  static T copied(T list) {
    return new T("(call $list_copy " + list.code() + ")", list.type());
  }

  static String dictKeyType(String t) {
    return t.substring(5, t.indexOf(','));
  }

  static String dictValue(String t) {
    return t.substring(t.indexOf(',') + 1, t.length() - 1);
  }

  /** How the runtime compares keys: 0 as ints, 2 as strings. */
  static int dictKind(String t) {
    return dictKeyType(t).equals("int") ? 0 : 2;
  }

  /** The key of {@code d[key]}, as the bits the runtime stores. */
  private String dictKey(T dict, Ast.Expr key) {
    return dictKeyBits(dict, expr(key), key);
  }

  private String dictKeyBits(T dict, T key, Ast.Node at) {
    String want = dictKeyType(dict.type());
    if (!key.type().equals(want) && !(want.equals("int") && key.type().equals("bool"))) {
      throw error(at, "the keys of this " + dict.type() + " are " + want + ", not " + key.type());
    }
    return bits(convert(key, want, at, "the key"), want);
  }

  /** A value read back from its stored bits. */
  private static String unbits(String bits, String type) {
    switch (type) {
      case "int":
        return bits;
      case "float":
        return "(f64.reinterpret_i64 " + bits + ")";
      default:
        return "(i32.wrap_i64 " + bits + ")";
    }
  }

  /** {@code {k: v, ...}}: a new dict; a repeated key keeps its first place and its last value. */
  private T dictOf(Ast.DictLit d) {
    if (d.keys().isEmpty()) {
      throw error(
          d, "cannot tell the type of an empty dict here; assign it to an annotated variable");
    }
    List<T> keys = new ArrayList<>();
    List<T> values = new ArrayList<>();
    for (int k = 0; k < d.keys().size(); k++) {
      keys.add(expr(d.keys().get(k)));
      values.add(expr(d.values().get(k)));
    }
    String keyType = keys.get(0).type().equals("bool") ? "int" : keys.get(0).type();
    String valueType = values.get(0).type();
    String type = "dict[" + keyType + "," + valueType + "]";
    if (!isDictType(type)) {
      throw error(
          d,
          "a dict from "
              + keyType
              + " to "
              + valueType
              + " is outside the subset; keys are str or int, values int, float or str");
    }
    String tmp = newLocal("t", type);
    StringBuilder code =
        new StringBuilder("(block (result i32) (local.set " + tmp + " (call $dict_new))");
    T dict = new T("(local.get " + tmp + ")", type);
    for (int k = 0; k < keys.size(); k++) {
      code.append(" (call $dict_set (local.get ")
          .append(tmp)
          .append(") ")
          .append(dictKeyBits(dict, keys.get(k), d.keys().get(k)))
          .append(' ')
          .append(bits(store(values.get(k), valueType, d.values().get(k), "this value"), valueType))
          .append(" (i32.const ")
          .append(dictKind(type))
          .append("))");
    }
    code.append(" (local.get ").append(tmp).append("))");
    return new T(code.toString(), type);
  }

  // ---------------------------------------------------------------- comprehensions

  private int comprehensions;

  /**
   * The loop of a comprehension over its own names (renamed apart from the function's), whose
   * innermost statement {@code each} writes for every element that passes the conditions; a failure
   * inside the loop is reported there and ends the enclosing statement without more.
   */
  String comprehensionLoop(Ast.ListComp c, BiConsumer<Ast.Expr, StringBuilder> each) {
    int n = comprehensions++;
    Map<String, String> names = new LinkedHashMap<>();
    for (String v : c.vars()) {
      names.put(v, v + ".c" + n);
    }
    Ast.Expr elt = Desugar.renamed(c.elt(), names);
    Ast.Stmt body = new Ast.Emit(List.of(elt), out -> each.accept(elt, out), c.line(), c.col());
    for (int k = c.conds().size() - 1; k >= 0; k--) {
      Ast.Expr cond = Desugar.renamed(c.conds().get(k), names);
      body = new Ast.If(cond, List.of(body), List.of(), cond.line(), cond.col());
    }
    List<String> vars = new ArrayList<>(names.values());
    Ast.Stmt loop =
        vars.size() == 1
            ? new Ast.For(vars.get(0), c.iter(), List.of(body), c.line(), c.col())
            : new Ast.ForEach(vars, c.iter(), List.of(body), c.line(), c.col());
    int reported = errors.size();
    StringBuilder out = new StringBuilder();
    for (Ast.Stmt st : Desugar.statements(List.of(loop), errors)) {
      statement(st, out);
    }
    if (errors.size() > reported) {
      throw new Fail();
    }
    return out.toString();
  }

  /** {@code [elt for x in xs if c]}: a new list of the elements. */
  private T listOf(Ast.ListComp c) {
    String list = newLocal("t", "list[int]");
    String[] elem = {null};
    String loop =
        comprehensionLoop(
            c,
            (elt, out) -> {
              T v = expr(elt);
              if (!List.of("int", "float", "str").contains(v.type())) {
                throw error(
                    elt,
                    "lists of "
                        + v.type()
                        + " are outside the subset; use list[int], list[float] or list[str]"
                        + (c.generator() || !v.type().equals("bool")
                            ? ""
                            : " (for any() or all(), drop the brackets: any(x > 0 for x in xs))"));
              }
              if (elem[0] != null && !elem[0].equals(v.type())) {
                throw error(elt, "list items must all have one type");
              }
              elem[0] = v.type();
              out.append("    (call $list_append (local.get ")
                  .append(list)
                  .append(") ")
                  .append(bits(v.code(), v.type()))
                  .append(")\n");
            });
    if (elem[0] == null) {
      throw new Fail(); // its element failed where an earlier error was reported
    }
    return new T(
        "(block (result i32)\n    (local.set "
            + list
            + " (call $list_new (i32.const 0)))\n"
            + loop
            + "    (local.get "
            + list
            + "))",
        "list[" + elem[0] + "]");
  }

  // ---------------------------------------------------------------- used by Builtins

  T arithmetic(String op, T l, T r, Ast.Expr left, Ast.Expr right, Ast.Node at) {
    return arith(op, l, r, left, right, at);
  }

  String bitsOf(String code, String type) {
    return bits(code, type);
  }

  Map<String, Ast.FunctionDef> functions() {
    return functions;
  }

  void useHost(String name) {
    hostImports.add(name);
  }

  /** A call to a library function; the module is linked with the functions its code calls. */
  String libraryCall(String function, String... args) {
    if (!RuntimeLibrary.has(function)) {
      throw new IllegalArgumentException("no library function " + function);
    }
    return "(call $" + function + " " + String.join(" ", args) + ")";
  }

  /** A failure whose error an earlier statement reported. */
  RuntimeException silentFail() {
    return new Fail();
  }

  RuntimeException fail(Ast.Node at, String message) {
    return error(at, message);
  }

  String convertTo(T v, String to, Ast.Node at, String what) {
    return convert(v, to, at, what);
  }

  String storeTo(T v, String to, Ast.Expr at, String what) {
    return store(v, to, at, what);
  }

  String intCode(T v, Ast.Node at) {
    return intOf(v, at);
  }

  String truthCode(T v) {
    return truthy(v);
  }

  String tempLocal(String type) {
    return newLocal("t", type);
  }

  // ---------------------------------------------------------------- the export

  private String wrapper(Ast.FunctionDef entry) {
    locals = new LinkedHashMap<>();
    appended = new HashSet<>();
    localDecls = new ArrayList<>();
    String result = entry.returns();
    String rt =
        switch (result) {
          case "bool" -> "i32";
          case "float" -> "f64";
          case "int" -> "i64";
          default ->
              throw error(
                  new Ast.Name(entry.name(), entry.line(), entry.col()),
                  "the entry function '"
                      + entry.name()
                      + "' must return bool (filter), float (score) or int, not "
                      + result);
        };
    // exported as filter, and under its own name too (Quidditch's manifests say udf_main)
    String alias =
        entry.name().equals("filter") || entry.name().equals("memory")
            ? ""
            : " (export \"" + entry.name() + "\")";
    StringBuilder out =
        new StringBuilder(
            "  (func (export \"filter\")" + alias + " (param $ctx i64) (result " + rt + ")\n");
    StringBuilder call = new StringBuilder("(call $f_" + entry.name());
    for (Ast.Param p : entry.params()) {
      call.append(' ').append(paramRead(p));
    }
    call.append(')');
    // the temporaries a default's expression needs (LIMIT + 2 checks its overflow in locals)
    for (String d : localDecls) {
      out.append("    ").append(d).append('\n');
    }
    out.append("    (global.set $ctx (local.get $ctx))\n");
    out.append("    (global.set $heap (global.get $heap_base))\n");
    for (String global : cachedConstants) {
      out.append("    (global.set ").append(global).append(" (i32.const 0))\n");
    }
    out.append("    ").append(call).append(")\n");
    return out.toString();
  }

  private String paramRead(Ast.Param p) {
    int name = hostLiteral(p.name());
    String dflt;
    if (p.defaultValue() == null) {
      dflt =
          switch (p.type()) {
            case "int" -> "(i64.const 0)";
            case "float" -> "(f64.const 0)";
            case "str" -> "(i32.const " + literal("") + ")";
            case "bool" -> "(i32.const 0)";
            default ->
                throw error(
                    new Ast.Name(p.name(), p.line(), p.col()),
                    "UDF parameters are str, int, float or bool, not " + p.type());
          };
    } else {
      Ast.Expr folded = defaults.get(entryName + "." + p.name());
      if (folded == null) {
        throw new Fail(); // reported by foldDefaults
      }
      dflt = store(expr(folded), p.type(), p.defaultValue(), "the default of '" + p.name() + "'");
    }
    String np = "(i32.add (i32.const " + name + ") (i32.const 4))";
    String nl = "(i32.const " + p.name().getBytes(StandardCharsets.UTF_8).length + ")";
    switch (p.type()) {
      case "int":
        useHost("get_param_i64");
        return Builtins.scratchRead("get_param_i64", np + " " + nl, "i64", "i64.load", dflt);
      case "float":
        useHost("get_param_f64");
        return Builtins.scratchRead("get_param_f64", np + " " + nl, "f64", "f64.load", dflt);
      case "bool":
        useHost("get_param_bool");
        return Builtins.scratchRead("get_param_bool", np + " " + nl, "i32", "i32.load8_u", dflt);
      case "str":
        useHost("get_param_string");
        return "(call $param_str (i32.const " + name + ") " + dflt + ")";
      default:
        throw error(
            new Ast.Name(p.name(), p.line(), p.col()),
            "UDF parameters are str, int, float or bool, not " + p.type());
    }
  }
}
