package io.quidditch.udf.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quidditch.udf.Fixtures;
import io.quidditch.udf.core.CompileException;
import io.quidditch.udf.core.Diagnostic;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.EvalResult;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.abi.DocumentView;
import io.quidditch.udf.core.runtime.UdfRuntime;
import io.quidditch.udf.core.runtime.wat.WatCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PythonCompilerTest {
  private static final PythonCompiler COMPILER =
      new PythonCompiler((f, t) -> new WatCompiler().compile(f, t).wasm());

  private static List<Diagnostic> errors(String source) {
    try {
      COMPILER.compile("bad.py", source);
    } catch (CompileException e) {
      return e.diagnostics();
    }
    throw new AssertionError("expected compile errors");
  }

  @Test
  void typeErrorsAreReportedWithPositionsAndSeveralAtOnce() {
    List<Diagnostic> d =
        errors(
            String.join(
                "\n",
                "def filter(n: int) -> bool:",
                "    s = \"a\" + n",
                "    t = helper(1, 2)",
                "    return n > 0",
                "",
                "def helper(x: int) -> int:",
                "    if x > 0:",
                "        return 1.5",
                "    return x",
                ""));
    assertThat(d).extracting(Diagnostic::line).containsExactly(2, 3, 8);
    assertThat(d.get(0).message()).contains("unsupported operand types for +: str and int");
    assertThat(d.get(1).message()).contains("helper() takes 1 argument, got 2");
    assertThat(d.get(2).message()).contains("return value must be int, not float");
    assertThat(d.get(0).render())
        .startsWith("bad.py:2:")
        .contains("error:")
        .contains("\n    s = \"a\" + n\n")
        .endsWith("^");
  }

  /**
   * Every program under python/errors holds one construct outside the subset (or one mistake), and
   * its first line the one error it must give: where, and what it says. One error, not a cascade,
   * and its caret under a line with something on it.
   */
  @TestFactory
  Stream<DynamicTest> eachConstructOutsideTheSubsetIsOneNamedError() throws Exception {
    Path dir = Fixtures.root().resolve("src/tools/src/test/resources/python/errors");
    List<Path> programs;
    try (Stream<Path> s = Files.list(dir)) {
      programs = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
    }
    assertThat(programs).hasSizeGreaterThanOrEqualTo(35);
    return programs.stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.getFileName().toString(),
                    () -> {
                      String source = Files.readString(p);
                      String want = source.lines().findFirst().orElseThrow();
                      assertThat(want).startsWith("# error ");
                      List<Diagnostic> d = errors(source);
                      assertThat(d).as(d.toString()).hasSize(1);
                      Diagnostic one = d.get(0);
                      assertThat(
                              "# error " + one.line() + ":" + one.column() + ": " + one.message())
                          .isEqualTo(want);
                      assertThat(one.sourceLine()).as("the line under the caret").isNotBlank();
                      assertThat(one.render()).endsWith("^");
                    }));
  }

  @Test
  void dictsOutsideTheSubsetSayWhatToWrite() {
    assertThat(one("def filter() -> bool:\n    s = {1, 2}\n    return True\n"))
        .contains("sets are outside the subset");
    assertThat(one("def filter() -> bool:\n    d = {k: 1 for k in \"ab\"}\n    return True\n"))
        .contains("dict comprehensions are outside the subset");
    assertThat(one("def filter() -> bool:\n    xs = []\n    return sum(xs) > 0\n"))
        .contains("xs: list[int] = []");
    assertThat(one("def filter() -> bool:\n    d = {\"a\": 1}\n    return d.get(\"a\") > 0\n"))
        .contains("get() needs a default");
    assertThat(
            one(
                "def filter() -> bool:\n    d = {\"a\": 1}\n    log(str(d.keys()))\n    return True\n"))
        .contains("keys() gives a view in CPython");
    assertThat(one("def filter() -> bool:\n    d = {}\n    return True\n"))
        .contains("d: dict[str, int] = {}");
    assertThat(one("def filter() -> bool:\n    d = {\"a\": 1.5, \"b\": 2}\n    return True\n"))
        .contains("this value is an int where a float is expected");
    assertThat(one("def filter() -> bool:\n    d = {1.5: 1}\n    return True\n"))
        .contains("keys are str or int");
  }

  /** What a newcomer's walkthrough found accepted silently, or crashing the compiler. */
  @Test
  void loopKeywordsFallingOffTheEndAndZeroGroupingAreRefused() {
    assertThat(
            one(
                "def filter() -> bool:\n    for i in range(0, 6, step=2):\n        pass\n    return True\n"))
        .contains("range() takes 1 to 3 arguments, and no keywords");
    assertThat(
            one(
                "def filter() -> bool:\n    for a, b in zip(\"ab\", \"c\", strict=True):\n        pass\n    return True\n"))
        .contains("zip() keywords (strict=) are outside the subset");
    assertThat(
            one(
                "def filter() -> bool:\n    for i, c in enumerate(\"ab\", begin=1):\n        pass\n    return True\n"))
        .contains("enumerate() takes a str or list and an optional start (or start=)");
    assertThat(one("def filter(n: int) -> bool:\n    if n > 0:\n        return True\n"))
        .contains("function 'filter' can reach its end without returning a bool")
        .contains("end it with a return");
    assertThat(one("def filter(n: int) -> bool:\n    log(f\"{n:08,}\")\n    return True\n"))
        .contains("zero padding with , grouping is outside the subset");
    // an endless loop, and if/else that both return, end a function too
    COMPILER.compile(
        "ok.py",
        "def f(n: int) -> int:\n    while True:\n        if n > 3:\n            return n\n        n += 1\n"
            + "def filter(n: int) -> bool:\n    if f(n) > 4:\n        return True\n    else:\n        return False\n");
  }

  private static String one(String source) {
    List<Diagnostic> d = errors(source);
    assertThat(d).as(d.toString()).hasSize(1);
    return d.get(0).message();
  }

  /** A statement that fails to define a name is the one error: its uses are not reported again. */
  @Test
  void aNameThatFailedIsNotReportedAgainWhereItIsUsed() {
    List<Diagnostic> d =
        errors(
            "def filter(s: str) -> int:\n    n = s + 1\n    m = n * 2\n    if m > 3:\n"
                + "        return n\n    return len(s)\n");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).line()).isEqualTo(2);
    assertThat(d.get(0).message()).contains("unsupported operand types for +: str and int");
  }

  /** CPython keeps an int in a place annotated float; the compiler refuses rather than convert. */
  @Test
  void anIntWhereAFloatStaysIsRefusedWithAHint() {
    String half =
        errors(
                "def half(n: int) -> float:\n    return n // 2\n"
                    + "def filter(n: int) -> bool:\n    log(str(half(n)))\n    return True\n")
            .get(0)
            .message();
    assertThat(half)
        .contains("the return value is an int where a float is expected")
        .contains("CPython would keep it an int")
        .contains("write float(...) around it");
    assertThat(
            errors("def filter() -> bool:\n    x = 0.0\n    x = 7\n    return x > 1\n")
                .get(0)
                .message())
        .contains("the value of 'x' is an int")
        .contains("write 7.0");
    Diagnostic list = errors("def filter() -> bool:\n    xs = [1, 2.5]\n    return True\n").get(0);
    assertThat(list.message()).contains("this list item is an int").contains("write 1.0");
    assertThat(list.column()).isEqualTo(11);
    assertThat(
            errors(
                    "def f(x: float) -> float:\n    return x\n"
                        + "def filter(n: int) -> bool:\n    return f(n) > 1.0\n")
                .get(0)
                .message())
        .contains("argument 'x' is an int");
    assertThat(
            errors("def filter(n: int, m: float = 1) -> bool:\n    return True\n").get(0).message())
        .contains("the default of 'm' is an int")
        .contains("write 1.0");
    assertThat(
            errors("def filter(n: int) -> bool:\n    x = 1.5 if n > 0 else n\n    return True\n")
                .get(0)
                .message())
        .contains("this branch is an int");
    // arithmetic makes a float in CPython too, and the entry's result goes to the host as one
    COMPILER.compile(
        "ok.py",
        "def filter(n: int) -> float:\n    x = n * 0.5\n    if n > 3:\n        return 0\n    return x\n");
  }

  @Test
  void constructsOutsideTheSubsetAreNamed() {
    assertThat(errors("x + 1\ndef filter() -> bool:\n    return True\n").get(0).message())
        .contains("only imports, constants and 'def'");
    assertThat(
            errors(
                    "def filter() -> bool:\n    xs = [i for i in range(3) for j in range(i)]\n"
                        + "    return True\n")
                .get(0)
                .message())
        .contains("a comprehension with two 'for' clauses is outside the subset")
        .contains("nested for loops");
    assertThat(errors("def filter(x) -> bool:\n    return True\n").get(0).message())
        .contains("needs a type annotation");
    // one function nothing calls is the entry; of two, neither can be told apart
    assertThat(
            errors("def other() -> bool:\n    return True\ndef more() -> bool:\n    return True\n")
                .get(0)
                .message())
        .contains("no function 'filter'")
        .contains("# @udf: function=NAME");
    assertThat(errors("def filter() -> bool:\n    return y > 1\n").get(0).message())
        .contains("name 'y' is not defined");
    assertThat(errors("def filter() -> bool:\n    a, b = 1\n    return True\n").get(0).message())
        .contains("unpacking needs as many values on the right as names on the left (2)");
    assertThat(
            errors(
                    "def filter(s: str) -> bool:\n    for a, b in s:\n        pass\n    return True\n")
                .get(0)
                .message())
        .contains("for with 2 names needs enumerate(x) or d.items() (for 2) or zip(a, b, ...)");
    assertThat(
            errors("def filter() -> bool:\n    xs = list(3)\n    return True\n").get(0).message())
        .contains("list() of int is outside the subset");
    assertThat(one("def filter(x: float) -> bool:\n    log(\"%.2f\" % x)\n    return True\n"))
        .contains("use an f-string");
    assertThat(one("def filter() -> bool:\n    return any([x > 1 for x in [1, 2]])\n"))
        .contains("drop the brackets");
    assertThat(errors("def filter() -> bool:\n    return \"\\x4\" == \"\"\n").get(0).message())
        .contains("truncated escape: \\xNN needs 2 hex digits");
    assertThat(
            errors("def filter() -> bool:\n    return \"\\N{NO SUCH}\" == \"\"\n").get(0).message())
        .contains("\\N{...} needs a Unicode character name");
    assertThat(errors("import os\ndef filter() -> bool:\n    return True\n").get(0).message())
        .contains("only 'import math'");
    assertThat(
            errors("import math\ndef filter(x: float) -> float:\n    return math.hypot(x, x)\n")
                .get(0)
                .message())
        .contains("math.hypot is outside the subset (available: sqrt");
    assertThat(
            errors("def filter() -> bool:\n    x = 1\n    x = \"s\"\n    return True\n")
                .get(0)
                .message())
        .contains("'x' must be int, not str");
  }

  @Test
  void overflowBeyond64BitsIsAnOverflowErrorTrap() {
    var out = COMPILER.compile("big.py", "def filter(n: int) -> int:\n    return n * n\n");
    var udf = UdfRuntime.builder().build().load(out.wasm(), out.manifest());
    EvalResult ok =
        udf.evaluator()
            .evaluate(
                DocumentView.parse("{}", "d"),
                udf.bind(Map.of("n", Json.parse("3037000499", "v"))));
    assertThat(ok.value().asLong()).isEqualTo(3037000499L * 3037000499L);
    EvalResult big =
        udf.evaluator()
            .evaluate(
                DocumentView.parse("{}", "d"),
                udf.bind(Map.of("n", Json.parse("3037000500", "v"))));
    assertThat(big.error()).isEqualTo(ErrorKind.TRAP);
    assertThat(big.message()).contains("OverflowError");
  }

  @Test
  void trigonometryRefusesArgumentsItCannotReduceExactly() {
    var out =
        COMPILER.compile(
            "trig.py", "import math\ndef filter(x: float) -> float:\n    return math.sin(x)\n");
    var udf = UdfRuntime.builder().build().load(out.wasm(), out.manifest());
    EvalResult near =
        udf.evaluator()
            .evaluate(
                DocumentView.parse("{}", "d"), udf.bind(Map.of("x", Json.parse("1e30", "v"))));
    assertThat(near.ok()).as(near.message()).isTrue();
    EvalResult far =
        udf.evaluator()
            .evaluate(
                DocumentView.parse("{}", "d"), udf.bind(Map.of("x", Json.parse("1e31", "v"))));
    assertThat(far.error()).isEqualTo(ErrorKind.TRAP);
    assertThat(far.message()).contains("ValueError: sin, cos and tan of |x| >= 2**100");
  }

  @Test
  void theExampleIsSmallDeterministicAndDescribedByItsSource() throws Exception {
    var path = Fixtures.root().resolve("examples/python-filter/text_similarity.py");
    String src = Files.readString(path);
    var out = COMPILER.compile("text_similarity.py", src);
    assertThat(out.wasm().length).isLessThan(8 * 1024);
    assertThat(out.wasm())
        .isEqualTo(Files.readAllBytes(path.resolveSibling("text_similarity.wasm")));
    Manifest m = out.manifest();
    assertThat(m.name()).isEqualTo("python-filter");
    assertThat(
            m.parameters().stream()
                .map(p -> p.name() + ":" + p.type().yamlName() + ":" + p.required())
                .collect(Collectors.toList()))
        .containsExactly("query:string:true", "threshold:i64:false");
    assertThat(m.parameter("threshold").defaultValue().asLong()).isEqualTo(2);
    assertThat(m.parameter("query").description()).isEqualTo("Search query string");
    assertThat(m.description()).isEqualTo("Text similarity filter using edit distance");
    assertThatThrownBy(() -> COMPILER.compile("x.py", "def filter() -> str:\n    return \"s\"\n"))
        .isInstanceOf(CompileException.class);
  }

  @Test
  void generatedCodeAvoidsTheUnsignedComparisonChicoryRoutesThroughACall() throws Exception {
    // On Java 17 Chicory compiles i32.ge_u to an interface call (a JIT workaround); the runtime and
    // the generated code write (i32.le_u b a) instead. Checked over every differential program.
    java.nio.file.Path dir =
        Fixtures.root().resolve("src/tools/src/test/resources/python/programs");
    List<java.nio.file.Path> programs;
    try (java.util.stream.Stream<java.nio.file.Path> s = Files.list(dir)) {
      programs = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
    }
    assertThat(programs).isNotEmpty();
    for (java.nio.file.Path p : programs) {
      String wat = COMPILER.generatedText(p.getFileName().toString(), Files.readString(p));
      assertThat(wat).as(p.toString()).doesNotContain("i32.ge_u").contains("(export \"filter\")");
    }
  }

  @Test
  void loopsReadListHeadersOnceUnlessTheLoopMayResizeTheList() {
    String fixed =
        String.join(
            "\n",
            "def filter(n: int) -> int:",
            "    xs = [1] * n",
            "    t = 0",
            "    for i in range(n):",
            "        t += xs[i]",
            "    return t",
            "");
    String growing =
        fixed.replace("        t += xs[i]", "        t += xs[i]\n        xs.append(i)");
    String a = COMPILER.generatedText("a.py", fixed);
    String b = COMPILER.generatedText("b.py", growing);
    assertThat(a)
        .contains("(i32.load offset=8 (local.get $v_xs))")
        .doesNotContain("call $list_addr");
    assertThat(b)
        .doesNotContain("(i32.load offset=8 (local.get $v_xs))")
        .contains("call $list_addr");
  }

  private static EvalResult run(String source, String params) {
    var out = COMPILER.compile("s.py", source);
    var udf = UdfRuntime.builder().build().load(out.wasm(), out.manifest());
    Map<String, com.fasterxml.jackson.databind.JsonNode> bound = new java.util.LinkedHashMap<>();
    Json.parse(params, "p").properties().forEach(e -> bound.put(e.getKey(), e.getValue()));
    return udf.evaluator().evaluate(DocumentView.parse("{}", "d"), udf.bind(bound));
  }

  @Test
  void aKeyErrorNamesTheKeyAsCPythonDoes() {
    String source =
        "T = {\"a\": 1}\nN = {1: 10}\n"
            + "def filter(k: str, n: int) -> int:\n"
            + "    return T[k] if n == 0 else N[n]\n";
    assertThat(run(source, "{\"k\": \"zz\", \"n\": 0}").message()).endsWith("KeyError: 'zz'");
    assertThat(run(source, "{\"k\": \"é'x\", \"n\": 0}").message()).endsWith("KeyError: \"é'x\"");
    assertThat(run(source, "{\"k\": \"a\", \"n\": -7}").message()).endsWith("KeyError: -7");
  }

  @Test
  void stringMistakesAreNamed() {
    assertThat(errors("def filter(s: str) -> int:\n    return ord(1)\n").get(0).message())
        .contains("expected a str, not int");
    assertThat(errors("def filter(s: str) -> bool:\n    return chr(s) == s\n").get(0).message())
        .contains("must be int, not str");
    assertThat(
            errors("def filter() -> bool:\n    xs = [1, 2]\n    return xs[::-1] == xs\n")
                .get(0)
                .message())
        .contains("only strings can be sliced");
    assertThat(
            errors("def filter(s: str) -> bool:\n    return s.join([1, 2]) == s\n")
                .get(0)
                .message())
        .contains("str.join() takes a list[str], not list[int]");
    assertThat(errors("def filter(s: str) -> bool:\n    return s.title() == s\n").get(0).message())
        .contains("str.title() is outside the subset (available: lower upper strip lstrip rstrip");
    assertThat(
            errors("def filter(s: str) -> bool:\n    return s.replace(\"a\") == s\n")
                .get(0)
                .message())
        .contains("replace() takes 2 to 3 arguments, got 1");
  }

  /** A Python error is the trap's whole message: the engine's "unreachable" adds nothing. */
  @Test
  void aPythonErrorIsTheTrapsMessage() {
    EvalResult r = run("def filter(n: int) -> int:\n    return 7 // n\n", "{\"n\": 0}");
    assertThat(r.error()).isEqualTo(ErrorKind.TRAP);
    assertThat(r.message()).isEqualTo("ZeroDivisionError: integer division or modulo by zero");
  }

  @Test
  void runningOutOfMemoryIsKindMemory() {
    // doubling a string in place until memory.grow is refused: MemoryError, reported as memory
    EvalResult r =
        run(
            "def filter(s: str) -> int:\n    while len(s) < 100000000:\n        s = s + s\n"
                + "    return len(s)\n",
            "{\"s\": \"é\"}");
    assertThat(r.error()).isEqualTo(ErrorKind.MEMORY);
    assertThat(r.message()).contains("MemoryError: out of memory");
  }

  @Test
  void unicodeBeyondTheTablesIsRefusedNotAnsweredWrongly() {
    String lower = "def filter(s: str) -> bool:\n    log(s.lower())\n    return True\n";
    // Armenian has case mappings that the tables (below U+0530) do not hold
    EvalResult armenian = run(lower, "{\"s\": \"Բարեւ\"}");
    assertThat(armenian.error()).isEqualTo(ErrorKind.TRAP);
    assertThat(armenian.message()).contains("NotImplementedError: lower() and upper()");
    // caseless scripts past the tables are left as they are, as CPython does
    EvalResult arabic = run(lower, "{\"s\": \"مرحبا 東京 😀\"}");
    assertThat(arabic.ok()).as(arabic.message()).isTrue();
    assertThat(arabic.logs().get(0).message()).isEqualTo("مرحبا 東京 😀");
    // the final sigma hangs on whether the next code point is cased
    EvalResult sigma = run(lower, "{\"s\": \"ΑΣ\u0531\"}");
    assertThat(sigma.message())
        .contains("NotImplementedError: the answer needs a Unicode property");
    String alpha = "def filter(s: str) -> bool:\n    return s.isalpha()\n";
    assertThat(run(alpha, "{\"s\": \"مرحبا\"}").message())
        .contains("NotImplementedError: the answer needs a Unicode property");
    // one code point known not to be alphabetic decides it
    assertThat(run(alpha, "{\"s\": \"مرحبا!\"}").value().asBoolean()).isFalse();
    assertThat(run(alpha, "{\"s\": \"東京\"}").value().asBoolean()).isTrue();
  }

  @Test
  void buildingAStringGrowsItInPlaceAndCopiesOnlyWhenShared() {
    String source =
        String.join(
            "\n",
            "def filter(n: int) -> int:",
            "    s = \"\"",
            "    for i in range(n):",
            "        s += \"é\"",
            "        if len(s) == 3:",
            "            t = s",
            "    return len(s)",
            "");
    String wat = COMPILER.generatedText("b.py", source);
    assertThat(wat)
        .contains("(call $str_append (local.get $v_s)")
        .contains("(call $str_share (local.get $v_s))");
    // half a million wide code points (2 MB) in the 16 MiB of memory: with a copy per += this
    // would need hundreds of gigabytes
    assertThat(run(source, "{\"n\": 500000}").value().asLong()).isEqualTo(500000);
  }
}
