package io.quidditch.udf.harness;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.ErrorKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A test spec file: the UDF under test, default parameters and cases.
 *
 * @param udf a module or source path relative to the spec, or {@code name@version}
 * @param manifest an explicit manifest path, or null
 * @param function an entry function overriding the manifest's, or null
 */
public record TestSpec(
    Path file,
    String udf,
    Path manifest,
    String function,
    Map<String, JsonNode> parameters,
    Duration timeout,
    List<Case> cases) {

  /** The same spec with only these cases. */
  public TestSpec withCases(List<Case> kept) {
    return new TestSpec(file, udf, manifest, function, parameters, timeout, List.copyOf(kept));
  }

  /**
   * One case.
   *
   * @param expect the expected value, or null when {@code expectError} is set
   * @param tolerance absolute tolerance for score comparisons
   * @param expectLogs the exact log lines ({@code "info: text"}) the call must produce, or null
   */
  public record Case(
      String name,
      JsonNode document,
      Map<String, JsonNode> parameters,
      JsonNode expect,
      double tolerance,
      ErrorKind expectError,
      String function,
      List<String> expectLogs) {}
}
