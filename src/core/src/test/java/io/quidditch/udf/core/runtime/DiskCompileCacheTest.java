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
  @TempDir Path dir;

  private static final String MODULE =
      "(module (func (export \"filter\") (param i64) (result i64) (i64.mul (local.get 0) (i64.const 3))))";

  private long evaluateWithFreshRuntime() {
    UdfRuntime rt = UdfRuntime.builder().withCompileCache(dir).build();
    LoadedUdf udf = rt.load(wat(MODULE), Manifest.anonymous("c", null));
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
  void anEntryWithAValidChecksumButUnloadableClassesIsReplaced() throws Exception {
    evaluateWithFreshRuntime();
    Path entry = entries().get(0);
    byte[] junk = "not a class archive".getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(junk);
    ByteBuffer b = ByteBuffer.allocate(8 + 8 + junk.length);
    b.put("QUDFCC01".getBytes(StandardCharsets.US_ASCII)).putLong(crc.getValue()).put(junk);
    Files.write(entry, b.array());
    assertThat(evaluateWithFreshRuntime()).isEqualTo(3);
  }
}
