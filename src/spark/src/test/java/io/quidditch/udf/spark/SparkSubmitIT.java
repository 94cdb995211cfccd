package io.quidditch.udf.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.Fixtures;
import io.quidditch.udf.spark.it.SubmitJob;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A job run the way a cluster user runs one: {@code spark-submit --jars quidudf-spark-bundle.jar
 * app.jar}, in a JVM whose classpath is Spark's jars only (its own Jackson among them), so quidudf
 * is loaded by Spark's class loader from the bundle.
 */
class SparkSubmitIT {
  private static final String JOB = SubmitJob.class.getName();

  @Test
  void theBundleRunsAJobSubmittedWithJars() throws Exception {
    Path bundle = Path.of(System.getProperty("quidudf.spark.bundle"));
    Path dir = Files.createDirectories(Path.of("target", "spark-submit").toAbsolutePath());
    Path docs = Corpus.write(dir.resolve("docs.ndjson"), 2_000, 5);
    Path app = appJar(dir.resolve("app.jar"));
    Path module = Fixtures.root().resolve("examples/custom-score/custom_score.wasm");
    Path out = dir.resolve("kept.txt");
    Files.deleteIfExists(out);

    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(Arrays.asList(System.getProperty("quidudf.spark.opens").trim().split("\\s+")));
    cmd.add("-cp");
    cmd.add(Files.readString(Path.of(System.getProperty("quidudf.spark.classpath"))).trim());
    cmd.addAll(
        List.of(
            "org.apache.spark.deploy.SparkSubmit",
            "--master",
            "local[2]",
            "--conf",
            "spark.ui.enabled=false",
            "--conf",
            "spark.driver.bindAddress=127.0.0.1",
            "--conf",
            "spark.driver.host=127.0.0.1",
            "--class",
            JOB,
            "--jars",
            bundle.toString(),
            app.toString(),
            module.toString(),
            docs.toString(),
            out.toString()));
    Path log = dir.resolve("spark-submit.log");
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().put("SPARK_HOME", dir.toString());
    int rc = pb.start().waitFor();
    assertThat(rc).as("spark-submit exit code; its output is in " + log).isZero();

    Map<String, JsonNode> cli =
        Cli.results(
            module,
            null,
            docs,
            Map.of("min_score", "0.5"),
            Files.createDirectories(dir.resolve("home")));
    List<String> expected = new ArrayList<>();
    cli.forEach(
        (id, r) -> {
          if (r.asBoolean()) {
            expected.add(id);
          }
        });
    Collections.sort(expected);
    assertThat(expected).hasSizeBetween(100, 1_900);
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void theBundleCarriesItsJacksonUnderItsOwnPackage() throws IOException {
    try (JarFile jar = new JarFile(System.getProperty("quidudf.spark.bundle"))) {
      List<String> names = jar.stream().map(JarEntry::getName).toList();
      assertThat(names)
          .contains("io/quidditch/udf/spark/QuidudfSpark.class")
          .contains("io/quidditch/udf/core/embed/EmbeddedRuntime.class")
          .anyMatch(n -> n.startsWith("io/quidditch/udf/spark/shaded/jackson/databind/"))
          .noneMatch(n -> n.startsWith("com/fasterxml/"))
          .noneMatch(n -> n.startsWith("org/yaml/"))
          .noneMatch(n -> n.startsWith("org/apache/spark/"));
    }
  }

  /** The job's class alone in a jar, as a user's build would make it. */
  private static Path appJar(Path jar) throws IOException {
    String entry = JOB.replace('.', '/') + ".class";
    Path classes = Path.of("target", "test-classes");
    try (OutputStream os = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(os)) {
      out.putNextEntry(new JarEntry(entry));
      out.write(Files.readAllBytes(classes.resolve(entry)));
      out.closeEntry();
    }
    return jar;
  }
}
