package io.quidditch.udf.harness;

import java.util.List;

/**
 * The outcome of one spec file.
 *
 * @param udf what was tested ({@code name@version (engine)}), or null when the spec was bad
 * @param error why the spec could not run (a bad spec), or null
 * @param udfName the UDF's name, or null when the spec was bad
 * @param udfVersion the UDF's version, or null when the spec was bad
 */
public record SuiteResult(
    String spec,
    String udf,
    List<CaseResult> cases,
    String error,
    String udfName,
    String udfVersion) {}
