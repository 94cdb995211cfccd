package io.quidditch.udf.core.abi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.Json;
import org.junit.jupiter.api.Test;

class FieldPathTest {
  private final JsonNode doc =
      Json.parse(
          "{\"a\":{\"b\":{\"c\":5}},\"tags\":[\"x\",[1,2]],\"n\":null,\"list\":[{\"k\":\"v\"}]}",
          "doc");

  @Test
  void resolvesNestedObjectsAndArrays() {
    assertThat(FieldPath.resolve(doc, "a.b.c").asInt()).isEqualTo(5);
    assertThat(FieldPath.resolve(doc, "tags[0]").asText()).isEqualTo("x");
    assertThat(FieldPath.resolve(doc, "tags[1][1]").asInt()).isEqualTo(2);
    assertThat(FieldPath.resolve(doc, "list[0].k").asText()).isEqualTo("v");
  }

  @Test
  void nullIsPresentButMissingIsNull() {
    assertThat(FieldPath.resolve(doc, "n")).isNotNull();
    assertThat(FieldPath.resolve(doc, "n").isNull()).isTrue();
    assertThat(FieldPath.resolve(doc, "zzz")).isNull();
    assertThat(FieldPath.resolve(doc, "a.zzz.c")).isNull();
  }

  @Test
  void malformedPathsAreMissing() {
    for (String p :
        new String[] {
          "",
          ".",
          "a.",
          ".a",
          "tags[",
          "tags[]",
          "tags[x]",
          "tags[0",
          "tags]0[",
          "a..b",
          "tags[99]",
          "a[0]",
          "tags[0].x"
        }) {
      assertThat(FieldPath.resolve(doc, p)).as(p).isNull();
    }
  }

  @Test
  void documentViewConvertsAsTheAbiSays() {
    DocumentView v =
        DocumentView.parse(
            "{\"_id\":\"d1\",\"_score\":2.5,\"f\":-3.7,\"i\":9,\"s\":\"7\",\"b\":false,\"o\":{\"x\":[1]}}",
            "doc");
    assertThat(v.id()).isEqualTo("d1");
    assertThat(v.score()).isEqualTo(2.5);
    assertThat(v.kind("f")).isEqualTo(FieldSource.Kind.NUMBER);
    assertThat(v.i64("f")).isEqualTo(-3L);
    assertThat(v.kind("s")).isEqualTo(FieldSource.Kind.STRING);
    assertThat(v.f64("i")).isEqualTo(9.0);
    assertThat(v.kind("b")).isEqualTo(FieldSource.Kind.BOOLEAN);
    assertThat(v.bool("b")).isFalse();
    assertThat(v.kind("o")).isEqualTo(FieldSource.Kind.OTHER);
    assertThat(v.kind("missing")).isEqualTo(FieldSource.Kind.ABSENT);
    assertThat(DocumentView.parse("{\"n\": null}", "doc").kind("n"))
        .isEqualTo(FieldSource.Kind.NULL);
    assertThat(v.text("o")).isEqualTo("{\"x\":[1]}");
    assertThat(v.text("i")).isEqualTo("9");
    assertThat(v.text("missing")).isNull();
  }
}
