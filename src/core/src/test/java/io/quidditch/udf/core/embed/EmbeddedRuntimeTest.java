package io.quidditch.udf.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quidditch.udf.Fixtures;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.Limits;
import io.quidditch.udf.core.ParameterException;
import io.quidditch.udf.core.abi.FieldSource;
import io.quidditch.udf.core.abi.PlainDocument;
import io.quidditch.udf.core.runtime.UdfCallException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API an engine embeds: specs that travel, a runtime per JVM, plain fields, primitives. */
class EmbeddedRuntimeTest {
  private static final Path CUSTOM_SCORE = Fixtures.root().resolve("examples/custom-score");

  private static UdfSpec customScore() throws Exception {
    return UdfSpec.of(
        Files.readAllBytes(CUSTOM_SCORE.resolve("custom_score.wasm")),
        Files.readString(CUSTOM_SCORE.resolve("udf.yaml")));
  }

  @Test
  void aSpecSurvivesJavaSerializationAndItsJsonForm() throws Exception {
    UdfSpec spec = customScore().withParameters(Map.of("min_score", 0.9)).withFunction("score");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(spec);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(spec);
    }
    UdfSpec back = UdfSpec.fromJson(spec.toJson());
    assertThat(back.wasm()).isEqualTo(spec.wasm());
    assertThat(back.manifestYaml()).isEqualTo(spec.manifestYaml());
    assertThat(back.function()).isEqualTo("score");
    assertThat(back.parameters()).as("parameters come with each query").isEmpty();
    assertThatThrownBy(() -> UdfSpec.fromJson("{\"manifest\": \"x\"}"))
        .hasMessageContaining("module_base64 and manifest");
  }

  @Test
  void filtersAndScoresPlainDocumentsFromAnyThread() throws Exception {
    EmbeddedRuntime rt = EmbeddedRuntime.create(Limits.defaults(), true);
    Udf filter = rt.load(customScore().withParameters(Map.of("min_score", 0.5)));
    Udf score = rt.load(customScore().withFunction("score"));
    assertThat(filter.isFilter()).isTrue();
    assertThat(score.isFilter()).isFalse();
    assertThat(filter.declaredFields()).containsEntry("base_score", "f64");
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("base_score", 0.3);
    doc.put("boost", 2);
    assertThat(filter.filter(new PlainDocument(doc, "d1", 0))).isTrue();
    assertThat(score.score(new PlainDocument(doc, "d1", 0)))
        .isEqualTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(
            filter.withParameters(Map.of("min_score", 0.7)).filter(new PlainDocument(doc, "d1", 0)))
        .isFalse();
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      Thread th =
          new Thread(
              () -> {
                try {
                  PlainDocument d = new PlainDocument(Map.of(), "", 0);
                  for (int i = 0; i < 1000; i++) {
                    d.reset(Map.of("base_score", i / 1000.0), "", 0);
                    if (filter.filter(d) != (i >= 500)) {
                      throw new AssertionError("document " + i);
                    }
                  }
                } catch (Throwable e) {
                  failures.add(e);
                }
              });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void missingRequiredParametersFailTheCallNotTheLoad() throws Exception {
    Path sd = Fixtures.root().resolve("examples/string-distance");
    UdfSpec spec =
        UdfSpec.of(
            Files.readAllBytes(sd.resolve("string_distance.wasm")),
            Files.readString(sd.resolve("udf.yaml")));
    Udf udf = EmbeddedRuntime.create(Limits.defaults(), true).load(spec);
    FieldSource doc = new PlainDocument(Map.of("title", "iphone"), "", 0);
    assertThatThrownBy(() -> udf.filter(doc))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("missing required parameter 'target'");
    assertThat(udf.withParameters(Map.of("target", "iphnoe")).filter(doc)).isTrue();
    assertThatThrownBy(() -> udf.withParameters(Map.of("target", List.of(1))))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("give a string, a number or a boolean");
  }

  @Test
  void aRunawayCallIsATypedTimeout() {
    byte[] spin =
        Fixtures.wat(
            "(module (func (export \"filter\") (param i64) (result i32) (loop $l (br $l)) (i32.const 0)))");
    Udf udf =
        EmbeddedRuntime.create(Limits.defaults().withTimeout(Duration.ofMillis(100)), true)
            .load(UdfSpec.of(spin, "{name: spin, version: 1.0.0}"));
    assertThatThrownBy(() -> udf.filter(new PlainDocument(Map.of(), "", 0)))
        .isInstanceOfSatisfying(
            UdfCallException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.TIMEOUT));
  }

  @Test
  void plainDocumentsResolveLikeJsonOnes() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("lat", 45.5);
    nested.put("none", null);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("location", nested);
    doc.put("tags", List.of("a", 2));
    doc.put("n", 7);
    PlainDocument d = new PlainDocument(doc, "id1", 2.5);
    assertThat(d.kind("location.lat")).isEqualTo(FieldSource.Kind.NUMBER);
    assertThat(d.f64("location.lat")).isEqualTo(45.5);
    assertThat(d.kind("location.none")).isEqualTo(FieldSource.Kind.NULL);
    assertThat(d.kind("location.gone")).isEqualTo(FieldSource.Kind.ABSENT);
    assertThat(d.text("tags")).isEqualTo("[\"a\",2]");
    assertThat(d.text("tags[1]")).isEqualTo("2");
    assertThat(d.i64("n")).isEqualTo(7);
    assertThat(d.text("location")).isEqualTo("{\"lat\":45.5,\"none\":null}");
    assertThat(d.id()).isEqualTo("id1");
    assertThat(d.score()).isEqualTo(2.5);
  }
}
