package io.quidditch.udf.core.harness;

import java.util.List;

/**
 * The outcome of one spec file.
 *
 * @param udf what was tested ({@code name@version (engine)}), or null when the spec was bad
 * @param error why the spec could not run (a bad spec), or null
 */
public record SuiteResult(String spec, String udf, List<CaseResult> cases, String error) {}
