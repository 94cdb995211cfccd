package io.quidditch.udf.core.runtime;

import static io.quidditch.udf.Fixtures.wat;
import static org.assertj.core.api.Assertions.assertThat;

import io.quidditch.udf.core.BoundParams;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.abi.DocumentView;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskCompileCacheTest {
  @TempDir Path home;
  private Path dir;

  @org.junit.jupiter.api.BeforeEach
  void cacheDir() {
    dir = home.resolve("compiled");
  }

  private static final String MODULE =
      "(module (func (export \"filter\") (param i64) (result i64) (i64.mul (local.get 0) (i64.const 3))))";

  private long evaluateWithFreshRuntime() {
    return evaluateWithFreshRuntime(MODULE, dir);
  }

  private static long evaluateWithFreshRuntime(String module, Path cache) {
    UdfRuntime rt = UdfRuntime.builder().withCompileCache(cache).build();
    LoadedUdf udf = rt.load(wat(module), Manifest.anonymous("c", null));
    return udf.evaluator()
        .evaluate(DocumentView.parse("{}", "doc"), BoundParams.none())
        .value()
        .asLong();
  }

  private List<Path> entries() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".bin")).collect(Collectors.toList());
    }
  }

  @Test
  void aCompiledModuleIsStoredAndReused() throws Exception {
    assertThat(evaluateWithFreshRuntime()).isEqualTo(3);
    List<Path> first = entries();
    assertThat(first).hasSize(1);
    long modified = Files.getLastModifiedTime(first.get(0)).toMillis();
    assertThat(evaluateWithFreshRuntime()).isEqualTo(3);
    assertThat(Files.getLastModifiedTime(first.get(0)).toMillis()).isEqualTo(modified);
  }

  @Test
  void aCorruptEntryIsIgnoredAndRebuilt() throws Exception {
    evaluateWithFreshRuntime();
    Path entry = entries().get(0);
    byte[] bytes = Files.readAllBytes(entry);
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(entry, bytes);
    assertThat(evaluateWithFreshRuntime()).isEqualTo(3);
    assertThat(Files.readAllBytes(entry)).isNotEqualTo(bytes);
  }

  @Test
  void anEntryIsBoundToItsKeyAndCanBeInvalidated() throws Exception {
    DiskCompileCache cache = new DiskCompileCache(dir);
    byte[] classes = "compiled classes".getBytes(StandardCharsets.UTF_8);
    cache.putIfAbsent("module-a", classes);
    assertThat(cache.get("module-a")).isEqualTo(classes);
    // the same authentic bytes renamed to another module's entry are refused and deleted
    Files.copy(cache.fileFor("module-a"), cache.fileFor("module-b"));
    assertThat(cache.get("module-b")).isNull();
    assertThat(cache.fileFor("module-b")).doesNotExist();
    cache.invalidate("module-a");
    assertThat(cache.get("module-a")).isNull();
  }

  @Test
  void theKeyIsPrivateAndACacheWithAKeyOthersCanReadIsNotUsed() throws Exception {
    evaluateWithFreshRuntime();
    Path key = home.resolve("compiled.key");
    assertThat(java.nio.file.Files.getPosixFilePermissions(key))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.size(key)).isEqualTo(32);
    Path shared = home.resolve("shared");
    Files.createDirectories(shared);
    Files.write(home.resolve("shared.key"), new byte[32]);
    Files.setPosixFilePermissions(
        home.resolve("shared.key"),
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(evaluateWithFreshRuntime(MODULE, shared)).isEqualTo(3);
    try (Stream<Path> s = Files.list(shared)) {
      assertThat(s.count()).as("nothing cached under a readable key").isZero();
    }
  }

  @Test
  void anEntryPlantedUnderAModulesNameNeverRuns() throws Exception {
    // the classes of another module (x5 instead of x3), compiled by another cache
    Path elsewhere = home.resolve("elsewhere");
    String times5 = MODULE.replace("(i64.const 3)", "(i64.const 5)");
    assertThat(evaluateWithFreshRuntime(times5, elsewhere)).isEqualTo(5);
    byte[] foreign;
    try (Stream<Path> s = Files.list(elsewhere)) {
      foreign = Files.readAllBytes(s.filter(p -> p.toString().endsWith(".bin")).findFirst().get());
    }
    evaluateWithFreshRuntime();
    Path entry = entries().get(0);
    // planted as it was made elsewhere, and re-checksummed in the old unauthenticated format
    Files.write(entry, foreign);
    assertThat(evaluateWithFreshRuntime()).isEqualTo(3);
    byte[] payload =
        java.util.Arrays.copyOfRange(foreign, 8 + payloadOffset(foreign), foreign.length);
    CRC32 crc = new CRC32();
    crc.update(payload);
    ByteBuffer b = ByteBuffer.allocate(16 + payload.length);
    b.put("QUDFCC01".getBytes(StandardCharsets.US_ASCII)).putLong(crc.getValue()).put(payload);
    Files.write(entry, b.array());
    assertThat(evaluateWithFreshRuntime()).isEqualTo(3);
  }

  /** Bytes between the magic and the payload: a CRC32 (v1) or an HMAC-SHA256 (v2). */
  private static int payloadOffset(byte[] entry) {
    String magic = new String(entry, 0, 8, StandardCharsets.US_ASCII);
    return magic.equals("QUDFCC01") ? 8 : 32;
  }
}
