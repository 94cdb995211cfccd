package io.quidditch.udf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quidditch.udf.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * src/compat/seed_replay.py against the packaged jar: every HTTP request of the seed report
 * (../shared/seed) answered with the status the report gives.
 */
class SeedReplayIT {
  @Test
  void everyRequestOfTheSeedIsAnsweredAsItSays() throws Exception {
    Path root = Fixtures.root();
    Path seed = root.getParent().resolve("shared/seed/000_07f3dc0a3f41bc01.txt");
    Process p =
        new ProcessBuilder(
                "python3", root.resolve("src/compat/seed_replay.py").toString(), seed.toString())
            .directory(root.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out).contains("0 request(s) answered otherwise than the seed says");
    // the Usage Example's query found the two product names within two edits of "iPhone"
    assertThat(out).contains("\"total\":2").contains("\"product_name\":\"iPhome\"");
    assertThat(out.lines().filter(l -> l.startsWith("ok "))).hasSize(11);
  }
}
