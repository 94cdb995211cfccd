package io.quidditch.udf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quidditch.udf.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quidditch's own examples (src/compat/quidditch), built from their authors' sources, run under the
 * metadata their READMEs and tests give: what works passes, and each example's own bug is pointed
 * at rather than silently giving another answer.
 */
class QuidditchExamplesTest {
  @TempDir Path home;
  private final Path compat = Fixtures.root().resolve("src/compat/quidditch");

  record Run(int code, String out) {}

  private Run test(String example) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(err),
            "test",
            compat.resolve(example).resolve("tests.yaml").toString(),
            "--registry",
            home.toString());
    return new Run(code, out + err.toString());
  }

  @Test
  void stringDistancePassesItsReadmesCases() {
    Run r = test("string-distance");
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).contains("7 passed, 0 failed, 0 errors");
  }

  @Test
  void pythonFiltersSourceCompilesAsWrittenAndRunsUnderItsReadmesManifest() {
    Run r = test("python-filter");
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).contains("6 passed, 0 failed, 0 errors");
  }

  @Test
  void customScoresGlobalBoostIsReportedAsAStateLeak() {
    Run r = test("custom-score");
    assertThat(r.code()).as(r.out()).isEqualTo(1);
    assertThat(r.out()).contains("5 passed, 1 failed, 0 errors");
    assertThat(r.out())
        .contains("FAIL  Middle score, no boost")
        .contains("state leak: on a reused instance the result was 1 but on a fresh one 0");
  }

  @Test
  void geoFiltersSharedParameterBufferIsNamed() {
    Run r = test("geo-filter");
    assertThat(r.code()).as(r.out()).isEqualTo(1);
    // the documents outside the radius give 0 either way; every one inside is lost to the bug
    assertThat(r.out()).contains("2 passed, 4 failed, 0 errors");
    assertThat(r.out())
        .contains(
            "get_param_string wrote 'lon_field' over 'lat_field' (both at offset 4080): the module"
                + " reads two string parameters into one buffer");
  }
}
