package io.quidditch.udf.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

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
    // this test's own class path holds the writer, the core and its dependencies
    String cp = System.getProperty("java.class.path");
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
      // kill after a random number of whole versions, mid-way through the next one's write
      int wait = 1 + rnd.nextInt(20);
      for (int i = 0; i < wait; i++) {
        assertThat(out.readLine()).isEqualTo("wrote " + i);
      }
      p.destroyForcibly(); // SIGKILL
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

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
