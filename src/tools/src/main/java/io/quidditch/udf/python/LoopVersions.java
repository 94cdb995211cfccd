package io.quidditch.udf.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts behind the versions of an innermost range loop, apart from the code generator that
 * emits them: which subscripts a test before the loop can prove in bounds for every turn ({@link
 * #provenSubscripts}), that test ({@link #inBounds}), and the values carried from one turn to the
 * next. {@link Codegen} reads the headers ({@link Header}) and emits both versions; inside the
 * unchecked one it asks the {@link FastLoop} how to read and store each subscript.
 */
final class LoopVersions {
  private LoopVersions() {}

  /**
   * A list's or string's length, read once before a loop, and a list's item storage or a string's
   * shift (0 narrow, 2 wide) and mask (0xff narrow, -1 wide) for reading a code point.
   */
  record Header(String len, String data, String shift, String mask) {
    /** The code point at {@code index} (an i32, in bounds) of the string {@code str}. */
    String codePoint(String str, String index) {
      return "(i32.and (i32.load offset=4 (i32.add "
          + str
          + " (i32.shl "
          + index
          + " (local.get "
          + shift
          + ")))) (local.get "
          + mask
          + "))";
    }
  }

  /**
   * Inside the unchecked version of an innermost range loop: its variable and the subscripts
   * ({@code xs[i+1]}, {@code s[k]}) proven in bounds for every turn before the loop started. The
   * loop counts in {@code counter}, an i32 local (the variable is set from it where it is read),
   * and {@code widths} gives the width (0 narrow, 2 wide) of a string this version reads at the
   * loop's variable, when the version is one for that width.
   */
  record FastLoop(
      String var,
      Set<Access> proven,
      Map<Access, String> bytes,
      List<Carry> carries,
      Set<String> stored,
      List<Forward> forwards,
      String counter,
      Map<String, Integer> widths) {
    FastLoop counting(String counter) {
      return new FastLoop(var, proven, bytes, carries, stored, forwards, counter, widths);
    }

    FastLoop reading(String str, int width) {
      return new FastLoop(
          var, proven, bytes, carries, stored, forwards, counter, Map.of(str, width));
    }

    /** The i32 index {@code v + c} of a subscript {@code xs[v + c]}, or null for another index. */
    String index(Ast.Expr index) {
      Long c = LoopFacts.offsetFrom(var, index);
      if (c == null) {
        return null;
      }
      return c == 0
          ? "(local.get " + counter + ")"
          : "(i32.add (local.get " + counter + ") (i32.const " + c + "))";
    }

    /** The forward a store to {@code target} feeds, or null. */
    Forward forwardedStore(Ast.Subscript target) {
      if (!(target.object() instanceof Ast.Name y)) {
        return null;
      }
      Long c = LoopFacts.offsetFrom(var, target.index());
      for (Forward w : forwards) {
        if (c != null && w.list().equals(y.id()) && c == w.c() + 1) {
          return w;
        }
      }
      return null;
    }

    /** The local that carries {@code object[index]}, or null. */
    String carried(Ast.Expr object, Ast.Expr index) {
      if (!(object instanceof Ast.Name x)) {
        return null;
      }
      Long c = LoopFacts.offsetFrom(var, index);
      for (Carry k : carries) {
        if (c != null && k.list().equals(x.id())) {
          return c == k.c() ? k.now() : c == k.c() + 1 ? k.next() : null;
        }
      }
      for (Forward w : forwards) {
        if (c != null && w.list().equals(x.id()) && c == w.c()) {
          return w.value();
        }
      }
      return null;
    }

    /** Whether {@code object[index]} was proven in bounds. */
    boolean proves(Ast.Expr object, Ast.Expr index) {
      if (!(object instanceof Ast.Name x)) {
        return false;
      }
      Access a = Access.of(var, x.id(), index);
      return a != null && proven.contains(a);
    }
  }

  /**
   * A list[int] the loop stores into once per turn at {@code xs[v+c+1]} and reads only at {@code
   * xs[v+c]}: what one turn stores, the next reads, so the value is kept in a local.
   */
  record Forward(String list, long c, String value) {}

  /**
   * A list the loop only reads, at {@code xs[v+c]} and {@code xs[v+c+1]}: the second read of one
   * turn is the first of the next, so it is carried over in a local instead of read again.
   */
  record Carry(String list, long c, String elem, String now, String next) {}

  /** A subscript in a loop over v: {@code list[v + offset]}, or {@code list[name]} (no offset). */
  record Access(String list, Long offset, String name) {
    /** The access {@code list[index]} is, or null when the index has neither form. */
    static Access of(String var, String list, Ast.Expr index) {
      Long c = LoopFacts.offsetFrom(var, index);
      if (c != null) {
        return new Access(list, c, null);
      }
      return index instanceof Ast.Name k ? new Access(list, null, k.id()) : null;
    }
  }

  /**
   * For an innermost {@code for v in range(start, stop)} that does not assign v: the subscripts of
   * hoisted lists and strings indexed by {@code v + c} or by a name the loop does not assign, which
   * a test before the loop can prove in bounds for every turn; null when there are none.
   */
  static FastLoop provenSubscripts(
      Ast.For f,
      LoopFacts facts,
      Map<String, Header> headers,
      Map<String, String> locals,
      BiFunction<String, String, String> newLocal) {
    if (facts.nestedLoop || facts.assigned.contains(f.var())) {
      return null;
    }
    Set<Access> proven = new LinkedHashSet<>();
    for (Ast.Subscript sub : facts.subscripts) {
      String x = ((Ast.Name) sub.object()).id();
      Access a = Access.of(f.var(), x, sub.index());
      if (a != null
          && headers.containsKey(x)
          && (a.offset() != null
              || !facts.assigned.contains(a.name()) && "int".equals(locals.get(a.name())))) {
        proven.add(a);
      }
    }
    if (proven.isEmpty()) {
      return null;
    }
    // carried lists: read-only here, read at exactly two neighbouring offsets, and every list the
    // loop stores into has a header, so the test before the loop can rule out that it is the same
    List<Carry> carries = new ArrayList<>();
    boolean storesChecked =
        facts.storedInto.stream()
            .allMatch(y -> headers.get(y) != null && headers.get(y).data() != null);
    Map<String, Set<Long>> offsets = new LinkedHashMap<>();
    for (Access a : proven) {
      offsets
          .computeIfAbsent(a.list(), k -> new LinkedHashSet<>())
          .add(a.offset() != null ? a.offset() : Long.MIN_VALUE);
    }
    for (Map.Entry<String, Set<Long>> e : offsets.entrySet()) {
      String x = e.getKey();
      Set<Long> cs = e.getValue();
      long c = cs.stream().mapToLong(Long::longValue).min().orElse(0);
      if (storesChecked
          && headers.get(x).data() != null
          && !facts.storedInto.contains(x)
          && cs.size() == 2
          && c != Long.MIN_VALUE
          && cs.contains(c + 1)) {
        String elem = locals.get(x).substring(5, locals.get(x).length() - 1);
        carries.add(new Carry(x, c, elem, newLocal.apply("c", elem), newLocal.apply("c", elem)));
      }
    }
    List<Forward> forwards = new ArrayList<>();
    for (Ast.Stmt st : f.body()) {
      if (facts.hasContinue
          || !(st instanceof Ast.Assign a)
          || !(a.target() instanceof Ast.Subscript target)
          || !(target.object() instanceof Ast.Name y)
          || !"list[int]".equals(locals.get(y.id()))
          || headers.get(y.id()) == null
          || facts.stores.getOrDefault(y.id(), 0) != 1) {
        continue;
      }
      Long stored = LoopFacts.offsetFrom(f.var(), target.index());
      if (stored == null || !proven.contains(new Access(y.id(), stored, null))) {
        continue;
      }
      long c = stored - 1;
      boolean readsOnlyBehind = proven.contains(new Access(y.id(), c, null));
      for (Ast.Subscript sub : facts.subscripts) {
        if (sub != target && ((Ast.Name) sub.object()).id().equals(y.id())) {
          Long at = LoopFacts.offsetFrom(f.var(), sub.index());
          readsOnlyBehind &= at != null && at == c;
        }
      }
      if (readsOnlyBehind) {
        forwards.add(new Forward(y.id(), c, newLocal.apply("w", "int")));
      }
    }
    return new FastLoop(
        f.var(), proven, new HashMap<>(), carries, facts.storedInto, forwards, null, Map.of());
  }

  private static final Pattern INT_LITERAL = Pattern.compile("\\(i64\\.const (-?\\d{1,12})\\)");

  /** The test, before the loop, that every proven subscript stays in bounds on every turn. */
  static String inBounds(
      FastLoop loop, Map<String, Header> headers, String v, String end, String start, String stop) {
    // within 2^30, start and end are an i32 counter's and v + c (|c| < 2^20) cannot overflow one
    long limit = 1L << 30;
    // a literal start (range(n) starts at 0) needs no test of its own; the test runs before every
    // run of the loop (each row of an edit distance), so each comparison left out counts
    Matcher lit = INT_LITERAL.matcher(start);
    Long first =
        lit.matches() && Math.abs(Long.parseLong(lit.group(1))) < limit
            ? Long.valueOf(lit.group(1))
            : null;
    Set<String> tests = new LinkedHashSet<>();
    if (first == null) {
      tests.add("(i64.lt_s (local.get " + v + ") (i64.const " + limit + "))");
      tests.add("(i64.gt_s (local.get " + v + ") (i64.const " + -limit + "))");
    }
    // a stop that is a length (range(len(s))) is within 0 and 2^30 already
    boolean lengthStop =
        stop.startsWith("(i64.extend_i32_u ")
            || headers.values().stream().anyMatch(h -> stop.equals("(local.get " + h.len() + ")"));
    if (!lengthStop) {
      tests.add("(i64.lt_s (local.get " + end + ") (i64.const " + limit + "))");
      tests.add("(i64.gt_s (local.get " + end + ") (i64.const " + -limit + "))");
    }
    for (Forward w : loop.forwards()) {
      for (String z : loop.stored()) {
        if (!z.equals(w.list())) {
          tests.add(notSameList(headers, w.list(), z));
        }
      }
    }
    if (!loop.carries().isEmpty() || !loop.forwards().isEmpty()) {
      // a carried list is read before the first turn: there must be one; and it must not be one
      // of the lists the loop stores into
      tests.add("(i64.lt_s (local.get " + v + ") (local.get " + end + "))");
      for (Carry c : loop.carries()) {
        for (String y : loop.stored()) {
          tests.add(notSameList(headers, c.list(), y));
        }
      }
    }
    // per list: v + c for v in [start, end) needs start + min(c) >= 0 and end + max(c) <= len
    Map<String, long[]> span = new LinkedHashMap<>();
    for (Access a : loop.proven()) {
      if (a.offset() != null) {
        long c = a.offset();
        span.merge(
            a.list(),
            new long[] {c, c},
            (p, q) -> new long[] {Math.min(p[0], q[0]), Math.max(p[1], q[1])});
      } else {
        String k = "(local.get $v_" + a.name() + ")";
        tests.add("(i64.ge_s " + k + " (i64.const 0))");
        tests.add("(i64.lt_s " + k + " (local.get " + headers.get(a.list()).len() + "))");
      }
    }
    span.forEach(
        (x, c) -> {
          String len = "(local.get " + headers.get(x).len() + ")";
          if (first == null || first + c[0] < 0) {
            tests.add(
                "(i64.ge_s (i64.add (local.get "
                    + v
                    + ") (i64.const "
                    + c[0]
                    + ")) (i64.const 0))");
          }
          tests.add(
              "(i64.le_s (i64.add (local.get " + end + ") (i64.const " + c[1] + ")) " + len + ")");
        });
    String all = null;
    for (String t : tests) {
      all = all == null ? t : "(i32.and " + all + " " + t + ")";
    }
    return all;
  }

  /** Two lists are the same list exactly when they share their item storage. */
  private static String notSameList(Map<String, Header> headers, String a, String b) {
    return "(i32.ne (local.get "
        + headers.get(a).data()
        + ") (local.get "
        + headers.get(b).data()
        + "))";
  }

  /** The address of item {@code k + c} of a list's item storage, k the i32 local of a counter. */
  static String slot(String data, String k, long c) {
    String index =
        c == 0 ? "(local.get " + k + ")" : "(i32.add (local.get " + k + ") (i32.const " + c + "))";
    return "(i32.add (local.get " + data + ") (i32.shl " + index + " (i32.const 3)))";
  }
}
