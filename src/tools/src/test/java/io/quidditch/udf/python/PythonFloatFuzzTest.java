package io.quidditch.udf.python;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random inputs for the float library, compared with CPython through the differential
 * harness: str(float) and float(str) and the floor operators must match exactly, the libm functions
 * within one unit in the last place.
 */
class PythonFloatFuzzTest {
  private static final int CASES = 300;

  @Test
  void textAndFloorOperatorsMatchCPythonExactly(@TempDir Path dir) throws Exception {
    Random rnd = new Random(20261124);
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < CASES; i++) {
      double x = randomDouble(rnd);
      double y = randomDouble(rnd);
      if (y == 0) {
        y = 1.5;
      }
      p.append(
          String.format(
              Locale.ROOT, "# case: {\"params\": {\"x\": %s, \"y\": %s}}%n", json(x), json(y)));
    }
    p.append(
        String.join(
            "\n",
            "def filter(x: float, y: float) -> bool:",
            "    log(str(x) + \" \" + str(y) + \" \" + str(x // y) + \" \" + str(x % y))",
            "    log(str(float(str(x * 3.0))) + \" \" + str(float(\"%s\")))".formatted("1.5e-7"),
            "    log(f\"{x:.0f} {x:.3f} {y:.17f} {x:.1%} \" + str(round(x, 2)) + \" \""
                + " + str(round(y, 7)) + \" \" + str(round(x, 0)))",
            "    return float(str(x)) == x",
            ""));
    Path file = dir.resolve("fuzz_text.py");
    Files.writeString(file, p);
    PythonDifferentialTest.check(file);
  }

  @Test
  void mathFunctionsAreWithinOneUlpOfCPython(@TempDir Path dir) throws Exception {
    Random rnd = new Random(7);
    String[] fns = {"sin", "cos", "tan", "exp", "log", "atan2", "pow"};
    StringBuilder p = new StringBuilder("# ulps: 1\n");
    for (int i = 0; i < CASES; i++) {
      String fn = fns[i % fns.length];
      double x;
      double y = rnd.nextDouble() * 10 - 5;
      switch (fn) {
        case "exp":
          x = rnd.nextDouble() * 1400 - 700;
          break;
        case "log":
          x = Math.abs(randomDouble(rnd)) + Double.MIN_VALUE;
          break;
        case "pow":
          x = rnd.nextDouble() * 50;
          y = rnd.nextDouble() * 20 - 10;
          break;
        case "atan2":
          x = randomDouble(rnd);
          y = randomDouble(rnd);
          break;
        default:
          x = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(12));
      }
      p.append(
          String.format(
              Locale.ROOT,
              "# case: {\"params\": {\"fn\": \"%s\", \"x\": %s, \"y\": %s}}%n",
              fn,
              json(x),
              json(y)));
    }
    p.append(
        String.join(
            "\n",
            "import math",
            "def filter(fn: str, x: float, y: float) -> float:",
            "    if fn == \"sin\":",
            "        return math.sin(x)",
            "    if fn == \"cos\":",
            "        return math.cos(x)",
            "    if fn == \"tan\":",
            "        return math.tan(x)",
            "    if fn == \"exp\":",
            "        return math.exp(x)",
            "    if fn == \"log\":",
            "        return math.log(x)",
            "    if fn == \"atan2\":",
            "        return math.atan2(x, y)",
            "    return x ** y",
            ""));
    Path file = dir.resolve("fuzz_math.py");
    Files.writeString(file, p);
    PythonDifferentialTest.check(file);
  }

  /** Any finite double: random bits, or a short decimal, or a small or huge magnitude. */
  private static double randomDouble(Random rnd) {
    switch (rnd.nextInt(4)) {
      case 0:
        {
          double d;
          do {
            d = Double.longBitsToDouble(rnd.nextLong());
          } while (Double.isNaN(d) || Double.isInfinite(d));
          return d;
        }
      case 1:
        return Math.round(rnd.nextDouble() * 1e6) / 1000.0 * (rnd.nextBoolean() ? 1 : -1);
      case 2:
        return rnd.nextDouble() * Math.pow(10, rnd.nextInt(40) - 20);
      default:
        return rnd.nextGaussian() * 1e300;
    }
  }

  private static String json(double d) {
    return Double.toString(d).replace("Infinity", "1e400");
  }
}
