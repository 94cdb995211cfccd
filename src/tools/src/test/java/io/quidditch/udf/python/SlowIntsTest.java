package io.quidditch.udf.python;

import static org.assertj.core.api.Assertions.assertThat;

import io.quidditch.udf.core.EvalResult;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.abi.DocumentView;
import io.quidditch.udf.core.runtime.UdfRuntime;
import io.quidditch.udf.core.runtime.wat.WatCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Which ints lose their overflow checks: only those that move by one from a small start. CPython
 * never overflows, so the differential corpus cannot show a check that went missing; these programs
 * store the largest int where a check must stay, and must raise OverflowError.
 */
class SlowIntsTest {
  private static final PythonCompiler COMPILER =
      new PythonCompiler((f, t) -> new WatCompiler().compile(f, t).wasm());

  /** The slow variables of the first function of {@code source}. */
  private static Set<String> slow(String source) {
    List<Lexer.Diag> errors = new ArrayList<>();
    Ast.Module m =
        Desugar.apply(new Parser(new Lexer(source, errors).tokens(), errors).module(), errors);
    assertThat(errors).isEmpty();
    Set<String> functions = new TreeSet<>();
    m.functions().forEach(f -> functions.add(f.name()));
    Set<String> constants = new TreeSet<>();
    m.constants().forEach(c -> constants.add(c.name()));
    SlowInts s = SlowInts.of(m.functions().get(0), functions, constants);
    Set<String> out = new TreeSet<>();
    for (String name : List.of("x", "y", "i", "j", "xs", "ys", "zs", "row", "n", "k")) {
      if (s.isSlow(new Ast.Name(name, 1, 0))) {
        out.add(name);
      }
    }
    return out;
  }

  @Test
  void countsAndRowsOfCountsAreSlow() {
    assertThat(
            slow(
                "def f(s: str) -> int:\n"
                    + "    x = 0\n"
                    + "    row = [0] * (len(s) + 1)\n"
                    + "    for j in range(len(s) + 1):\n"
                    + "        row[j] = j\n"
                    + "    for i in range(len(s)):\n"
                    + "        x = x + 1\n"
                    + "        k = min(row[i] + 1, x - 1 + (0 if i > 2 else 1))\n"
                    + "        row[i + 1] = k\n"
                    + "    return x\n"))
        .containsExactly("i", "j", "k", "row", "x");
  }

  @Test
  void parametersCopiesEscapesAndDoublingAreNot() {
    assertThat(slow("def f(n: int) -> int:\n    x = n\n    x = x + 1\n    return x\n")).isEmpty();
    assertThat(slow("def f() -> int:\n    x = 1\n    x = x + x\n    return x\n")).isEmpty();
    assertThat(
            slow(
                "def f(n: int) -> int:\n    i = 0\n    for i in range(n):\n        pass\n    return i\n"))
        .isEmpty();
    // a second name for a list: a store through it reaches the first
    assertThat(
            slow(
                "def f(n: int) -> int:\n"
                    + "    xs = [0] * 3\n"
                    + "    zs = [0] * 3\n"
                    + "    ys = xs if n > 0 else zs\n"
                    + "    ys[0] = n\n"
                    + "    return xs[0]\n"))
        .isEmpty();
    // passed to a user function, which may store anything into it
    assertThat(
            slow(
                "def f() -> int:\n    xs = [0] * 3\n    g(xs)\n    return xs[0]\n"
                    + "def g(xs: list[int]) -> int:\n    return 0\n"))
        .isEmpty();
    assertThat(slow("def f() -> int:\n    xs = [0] * 3\n    return xs[0]\n")).containsExactly("xs");
  }

  private static EvalResult run(String body, long big) {
    return runModule(
        "def put(xs: list[int], v: int) -> int:\n"
            + "    xs[0] = v\n"
            + "    return 0\n"
            + "def filter(big: int) -> int:\n"
            + body,
        big);
  }

  private static EvalResult runModule(String source, long big) {
    var out = COMPILER.compile("s.py", source);
    var udf = UdfRuntime.builder().build().load(out.wasm(), out.manifest());
    return udf.evaluator()
        .evaluate(
            DocumentView.parse("{}", "d"),
            udf.bind(Map.of("big", Json.parse(Long.toString(big), "v"))));
  }

  @Test
  void whereACheckMustStayTheLargestIntStillOverflows() {
    List<String> bodies =
        List.of(
            "    y = big\n    y = y + 1\n    return y\n",
            "    xs = [0] * 3\n    ys = xs\n    ys[0] = big\n    return xs[0] + 1\n",
            "    xs = [0] * 3\n    zs = [0] * 3\n    ys = xs if big > 0 else zs\n"
                + "    ys[1] = big\n    return xs[1] + 1\n",
            "    xs = [0] * 3\n    zs = [0] * 3\n    ys = xs or zs\n    ys[2] = big\n"
                + "    return xs[2] + 1\n",
            "    xs = [0] * 3\n    put(xs, big)\n    return xs[0] + 1\n",
            "    x = 1\n    for i in range(big if big < 100 else 70):\n        x = x + x\n"
                + "    return x\n",
            "    xs = [0]\n    xs.append(big)\n    return xs[1] + 1\n",
            "    x = 0\n    x += big\n    x += 1\n    return x\n",
            "    xs = [big]\n    return xs[0] + 1\n",
            "    x = 0\n    for i in range(big - 1, big):\n        x = i + 1\n    return x + 1\n",
            // a list reached through a conditional or `or`: a store, a method, a user function
            "    xs = [0]\n    (xs if big > 0 else xs)[0] = big\n    return xs[0] + 1\n",
            "    xs = [0]\n    (xs if big > 0 else xs).append(big)\n    return xs[1] + 1\n",
            "    xs = [0, 0]\n    put(xs if big > 0 else xs, big)\n    return xs[0] + 1\n",
            "    xs = [0]\n    ys = [0]\n    (xs or ys).append(big)\n    for v in xs:\n"
                + "        ys[0] = v\n    ys[0] += 1\n    return ys[0]\n");
    for (String body : bodies) {
      EvalResult r = run(body, Long.MAX_VALUE);
      assertThat(r.ok()).as(body + " returned " + r.value()).isFalse();
      assertThat(r.message()).as(body).contains("OverflowError");
      EvalResult small = run(body, 5);
      assertThat(small.ok()).as(body + ": " + small.message()).isTrue();
    }
    // a module's list: its items are the module's and every function's
    List<String> modules =
        List.of(
            "G = [9223372036854775807]\ndef filter(big: int) -> int:\n    G[0] += 1\n"
                + "    return G[0]\n",
            "G = [0, 0]\ndef store(v: int) -> None:\n    G[0] = v\n"
                + "def filter(big: int) -> int:\n    G[1] = 0\n    store(big)\n"
                + "    return G[0] + 1\n");
    for (String source : modules) {
      EvalResult r = runModule(source, Long.MAX_VALUE);
      assertThat(r.ok()).as(source + " returned " + r.value()).isFalse();
      assertThat(r.message()).as(source).contains("OverflowError");
    }
    EvalResult low = run("    x = 0\n    x = big\n    x = x - 1\n    return x\n", Long.MIN_VALUE);
    assertThat(low.message()).contains("OverflowError");
  }
}
