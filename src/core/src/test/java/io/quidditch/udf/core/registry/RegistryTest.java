package io.quidditch.udf.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ConflictException;
import io.quidditch.udf.core.InvalidModuleException;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.NotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryTest {
  @TempDir Path home;

  private static Manifest manifest(String name, String version) {
    return Manifest.anonymous(name, null).withNameAndVersion(name, version);
  }

  @Test
  void registerThenFetchReturnsIdenticalBytes() {
    Registry r = new Registry(home);
    byte[] bytes = {0, 'a', 's', 'm', 1, 0, 0, 0, 42};
    RegistryEntry e = r.register(manifest("alpha", "1.0.0"), bytes);
    assertThat(r.readModule(r.get("alpha", "1.0.0"))).isEqualTo(bytes);
    assertThat(e.digest()).hasSize(64);
    assertThat(r.get("alpha", null).digest()).isEqualTo(e.digest());
  }

  @Test
  void latestIsTheHighestSemanticVersion() {
    Registry r = new Registry(home);
    for (String v : new String[] {"1.2.0", "1.10.0", "1.9.3", "2.0.0-rc.1", "0.1.0"}) {
      r.register(manifest("beta", v), new byte[] {1});
    }
    assertThat(r.versions("beta"))
        .containsExactly("0.1.0", "1.2.0", "1.9.3", "1.10.0", "2.0.0-rc.1");
    assertThat(r.get("beta", null).version()).isEqualTo("2.0.0-rc.1");
    assertThat(r.list()).hasSize(5);
  }

  @Test
  void aManifestEditedOnDiskIsRefusedNotObeyed() throws Exception {
    Registry r = new Registry(home);
    r.register(manifest("delta", "1.0.0"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
    java.nio.file.Path yaml = home.resolve("registry/delta/1.0.0/udf.yaml");
    if (!java.nio.file.Files.exists(yaml)) {
      try (var s = java.nio.file.Files.walk(home)) {
        yaml = s.filter(p -> p.endsWith("udf.yaml")).findFirst().orElseThrow();
      }
    }
    java.nio.file.Files.writeString(
        yaml, java.nio.file.Files.readString(yaml) + "limits: {timeout_ms: 999999}\n");
    assertThatThrownBy(() -> r.get("delta", "1.0.0"))
        .isInstanceOf(io.quidditch.udf.core.BadInputException.class)
        .hasMessage(
            "the manifest of delta@1.0.0 does not match its digest (udf.yaml changed on disk);"
                + " remove the version and register it again");
  }

  @Test
  void versionsThatDifferOnlyInBuildMetadataCannotBothExist() {
    Registry r = new Registry(home);
    r.register(manifest("eps", "1.0.0+a"), new byte[] {1});
    assertThatThrownBy(() -> r.register(manifest("eps", "1.0.0+b"), new byte[] {2}))
        .isInstanceOf(io.quidditch.udf.core.ConflictException.class)
        .hasMessageContaining("differs from the registered 1.0.0+a only in build metadata");
    r.register(manifest("eps", "1.0.1"), new byte[] {3});
    assertThat(r.get("eps", null).version()).isEqualTo("1.0.1");
  }

  @Test
  void versionsAreImmutable() {
    Registry r = new Registry(home);
    r.register(manifest("gamma", "1.0.0"), new byte[] {1});
    assertThatThrownBy(() -> r.register(manifest("gamma", "1.0.0"), new byte[] {2}))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already registered");
    assertThat(r.readModule(r.get("gamma", "1.0.0"))).containsExactly(1);
  }

  @Test
  void unknownNamesAndVersionsAreNotFound() {
    Registry r = new Registry(home);
    assertThatThrownBy(() -> r.get("nope", null)).isInstanceOf(NotFoundException.class);
    r.register(manifest("delta", "1.0.0"), new byte[] {1});
    assertThatThrownBy(() -> r.get("delta", "2.0.0"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("known versions: 1.0.0");
  }

  @Test
  void pathTraversalNamesNeverReachTheFileSystem() {
    Registry r = new Registry(home);
    for (String bad : new String[] {"../x", "a/b", "/abs", "..", "x".repeat(1_000_000)}) {
      assertThatThrownBy(() -> r.get(bad, null)).isInstanceOf(BadInputException.class);
      assertThatThrownBy(() -> r.remove(bad, "1.0.0")).isInstanceOf(BadInputException.class);
    }
    assertThatThrownBy(() -> r.remove("ok", "../../1.0.0")).isInstanceOf(BadInputException.class);
  }

  @Test
  void aModuleChangedOnDiskIsRefused() throws Exception {
    Registry r = new Registry(home);
    RegistryEntry e = r.register(manifest("eps", "1.0.0"), new byte[] {1, 2, 3});
    Files.write(e.modulePath(), new byte[] {1, 2, 4});
    assertThatThrownBy(() -> r.readModule(r.get("eps", "1.0.0")))
        .isInstanceOf(InvalidModuleException.class)
        .hasMessageContaining("does not match its digest");
  }

  @Test
  void removeDeletesOneVersionAndLeftoversOfACrashAreIgnored() throws Exception {
    Registry r = new Registry(home);
    r.register(manifest("zeta", "1.0.0"), new byte[] {1});
    r.register(manifest("zeta", "1.1.0"), new byte[] {2});
    Files.createDirectories(home.resolve("registry/zeta/.staging-crashed"));
    Files.write(home.resolve("registry/zeta/.staging-crashed/module.wasm"), new byte[] {9});
    r.remove("zeta", "1.1.0");
    assertThat(r.versions("zeta")).containsExactly("1.0.0");
    assertThatThrownBy(() -> r.remove("zeta", "1.1.0")).isInstanceOf(NotFoundException.class);
    r.register(manifest("zeta", "1.2.0"), new byte[] {3});
    assertThat(Files.exists(home.resolve("registry/zeta/.staging-crashed")))
        .as("swept by the next writer")
        .isFalse();
  }

  @Test
  void concurrentWritersAllLand() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int n = i;
      futures.add(
          pool.submit(
              () ->
                  new Registry(home)
                      .register(manifest("conc", "1.0." + n), new byte[] {(byte) n})));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    Registry r = new Registry(home);
    assertThat(r.versions("conc")).hasSize(40);
    for (int i = 0; i < 40; i++) {
      assertThat(r.readModule(r.get("conc", "1.0." + i))).containsExactly((byte) i);
    }
  }
}
