package io.quidditch.udf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SemVerAndManifestTest {

  @Test
  void ordersBySemverPrecedence() {
    List<String> in =
        List.of(
            "1.0.0",
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "0.9.9",
            "1.10.0",
            "1.2.0",
            "1.0.0-rc.1");
    List<SemVer> parsed = new ArrayList<>();
    in.forEach(s -> parsed.add(SemVer.parse(s)));
    Collections.sort(parsed);
    assertThat(parsed.stream().map(SemVer::toString))
        .containsExactly(
            "0.9.9",
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
            "1.2.0",
            "1.10.0");
  }

  @Test
  void refusesNonSemver() {
    for (String bad :
        new String[] {
          "1", "1.0", "01.0.0", "1.0.0-", "v1.0.0", "1.0.0.0", "../1.0.0", "1.0.0/x", ""
        }) {
      assertThatThrownBy(() -> SemVer.parse(bad))
          .as(bad)
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("semantic version");
    }
  }

  @Test
  void refusesBadNamesBeforeAnyPathIsBuilt() {
    for (String bad :
        new String[] {
          "../x", "a/b", "/etc/passwd", "A", "-x", "", "x".repeat(65), "a b", "a\u0000b"
        }) {
      assertThatThrownBy(() -> UdfRef.checkName(bad))
          .as(bad)
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("invalid UDF name");
    }
    assertThat(UdfRef.parse("my_udf-2@1.2.3")).isEqualTo(new UdfRef("my_udf-2", "1.2.3"));
  }

  @Test
  void parsesAFullManifestWithAliasesAndDefaults() {
    Manifest m =
        ManifestCodec.parseYaml(
            String.join(
                "\n",
                "name: geo",
                "version: 2.1.0",
                "description: near things",
                "function_name: near",
                "parameters:",
                "  - {name: lat, type: float, required: true}",
                "  - {name: radius, type: int, default: 5}",
                "  - {name: label, type: str, required: false}",
                "  - {name: strict, type: bool, default: true}",
                "returns: bool",
                "tags: [geo, demo]",
                "permissions: [read_document]",
                "limits: {memory_mb: 2, timeout_ms: 50}"),
            "udf.yaml");
    assertThat(m.functionName()).isEqualTo("near");
    assertThat(m.parameters())
        .extracting(ParamSpec::type)
        .containsExactly(ParamType.F64, ParamType.I64, ParamType.STRING, ParamType.BOOL);
    assertThat(m.parameter("lat").required()).isTrue();
    assertThat(m.parameter("radius").required()).isFalse();
    assertThat(m.parameter("radius").defaultValue().asLong()).isEqualTo(5);
    assertThat(m.permissions()).containsExactly(Permission.READ_DOCUMENT);
    assertThat(m.limits().memoryPages()).isEqualTo(32);
    assertThat(m.limits().timeoutMs()).isEqualTo(50L);
    Manifest again = ManifestCodec.parseYaml(ManifestCodec.toYaml(m), "round-trip");
    assertThat(again).isEqualTo(m);
  }

  @Test
  void quidditchsManifestShapesAreAccepted() {
    // as the seed's upload sends it: returns as a list, types i64/i32/f32, required left out
    Manifest m =
        ManifestCodec.parseYaml(
            String.join(
                "\n",
                "name: string_distance",
                "version: 1.0.0",
                "language: rust",
                "parameters:",
                "  - {name: field, type: string}",
                "  - {name: max_distance, type: i64}",
                "  - {name: weight, type: f32}",
                "  - {name: limit, type: i32}",
                "returns: [{name: keep, type: bool, description: whether it matched}]",
                "abi: quidditch-go"),
            "udf.yaml");
    assertThat(m.parameters()).noneMatch(ParamSpec::required);
    assertThat(m.parameters())
        .extracting(ParamSpec::type)
        .containsExactly(ParamType.STRING, ParamType.I64, ParamType.F64, ParamType.I64);
    assertThat(m.returns()).isEqualTo(ReturnType.FILTER);
    assertThat(m.returnLabel()).isEqualTo(new Manifest.ReturnLabel("keep", "whether it matched"));
    assertThat(m.abi()).isEqualTo(HostDialect.QUIDDITCH_GO);
    assertThat(ManifestCodec.parseYaml(ManifestCodec.toYaml(m), "round-trip")).isEqualTo(m);
    assertThat(
            ManifestCodec.parseYaml("name: a\nversion: 1.0.0\nreturns: [{type: i32}]", "u")
                .returns())
        .isEqualTo(ReturnType.INTEGER);
    assertThat(
            ManifestCodec.parseYaml("name: a\nversion: 1.0.0\nreturns: [{type: f32}]", "u")
                .returns())
        .isEqualTo(ReturnType.SCORE);
    assertThatThrownBy(
            () ->
                ManifestCodec.parseYaml(
                    "name: a\nversion: 1.0.0\nreturns: [{type: bool}, {type: f64}]", "u.yaml"))
        .hasMessageContaining("'returns' lists 2 values, but a UDF returns one");
    assertThatThrownBy(() -> ManifestCodec.parseYaml("name: a\nversion: 1.0.0\nabi: go", "u"))
        .hasMessageContaining("unknown abi 'go'; use documented (the default) or quidditch-go");
  }

  @Test
  void manifestErrorsNameTheProblem() {
    assertThatThrownBy(
            () -> ManifestCodec.parseYaml("name: x\nversion: 1.0.0\nfucntion_name: f", "u.yaml"))
        .hasMessageContaining("unknown manifest key 'fucntion_name'");
    assertThatThrownBy(() -> ManifestCodec.parseYaml("name: x\nversion: one", "u.yaml"))
        .hasMessageContaining("invalid version 'one'");
    assertThatThrownBy(
            () ->
                ManifestCodec.parseYaml(
                    "name: x\nversion: 1.0.0\nparameters: [{name: a, type: uint8}]", "u.yaml"))
        .hasMessageContaining("unknown parameter type 'uint8'");
    assertThatThrownBy(
            () ->
                ManifestCodec.parseYaml(
                    "name: x\nversion: 1.0.0\nparameters: [{name: a, type: int, default: abc}]",
                    "u.yaml"))
        .hasMessageContaining("parameter 'a' must be an integer");
    assertThatThrownBy(() -> ManifestCodec.parseYaml("name: [x\n", "u.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("u.yaml: not valid YAML");
    assertThatThrownBy(() -> ManifestCodec.parseYaml("name: ../etc\nversion: 1.0.0", "u.yaml"))
        .hasMessageContaining("invalid UDF name");
  }

  @Test
  void bindingChecksTypesAndAppliesDefaults() {
    Manifest m =
        ManifestCodec.parseYaml(
            "name: x\nversion: 1.0.0\nparameters: [{name: q, type: str, required: true}, {name: n, type: int, default: 2}]",
            "u");
    var bound = ParameterBinder.bind(m, java.util.Map.of("q", Json.parse("\"hi\"", "v")));
    assertThat(bound.get("n").asLong()).isEqualTo(2);
    assertThatThrownBy(() -> ParameterBinder.bind(m, java.util.Map.of()))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("missing required parameter 'q'");
    assertThatThrownBy(() -> ParameterBinder.bind(m, java.util.Map.of("q", Json.parse("5", "v"))))
        .hasMessageContaining("must be a string");
    assertThatThrownBy(
            () ->
                ParameterBinder.bind(
                    m, java.util.Map.of("q", Json.parse("\"a\"", "v"), "zz", Json.parse("1", "v"))))
        .hasMessageContaining("unknown parameter 'zz'");
    assertThat(ParameterBinder.fromText(m.parameter("n"), "n", "42").asLong()).isEqualTo(42);
    assertThat(ParameterBinder.fromText(m.parameter("q"), "q", "42").asText()).isEqualTo("42");
    assertThatThrownBy(() -> ParameterBinder.fromText(m.parameter("n"), "n", "4.5x"))
        .hasMessageContaining("must be an integer");
  }

  @Test
  void duplicateKeysAndYamlBooleansForTextAreRefused() {
    assertThatThrownBy(
            () -> ManifestCodec.parseYaml("name: a\nversion: 1.0.0\nname: b\n", "udf.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("Duplicate field 'name'");
    assertThatThrownBy(() -> ManifestCodec.parseYaml("name: yes\nversion: 1.0.0\n", "udf.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("'name' is the boolean true")
        .hasMessageContaining("quote it");
    assertThatThrownBy(() -> Json.parse("{\"price\": 1, \"price\": 2}", "document"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("Duplicate field 'price'");
  }
}
