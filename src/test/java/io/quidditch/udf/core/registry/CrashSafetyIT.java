package io.quidditch.udf.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.quidditch.udf.Fixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registering process killed with SIGKILL mid-write leaves every version whole or absent. */
class CrashSafetyIT {
  @TempDir Path home;

  @Test
  void killedWritersLeaveAConsistentRegistry() throws Exception {
    Random rnd = new Random(7);
    String cp =
        Fixtures.root().resolve("target/test-classes")
            + java.io.File.pathSeparator
            + Fixtures.root().resolve("target/quidudf.jar");
    int before = 0;
    for (int round = 0; round < 3; round++) {
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  cp,
                  RegistryWriterMain.class.getName(),
                  home.toString(),
                  String.valueOf(round + 1))
              .redirectErrorStream(true)
              .start();
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("started");
      Thread.sleep(200 + rnd.nextInt(600));
      p.destroyForcibly(); // SIGKILL
      assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();

      Registry r = new Registry(home);
      List<String> versions = r.versions("crash");
      assertThat(versions.size()).as("round %d wrote something", round).isGreaterThan(before);
      for (String v : versions) {
        RegistryEntry e = r.get("crash", v);
        assertThat(r.readModule(e))
            .as(v + " is whole")
            .hasSize(v.startsWith("9.9.") ? 1 : 64 * 1024);
      }
      before = versions.size();
      // the next writer carries on (and sweeps any half-written staging directory)
      r.register(
          io.quidditch.udf.core.Manifest.anonymous("crash", null)
              .withNameAndVersion("crash", "9.9." + round),
          new byte[] {1});
      before++;
    }
  }
}
