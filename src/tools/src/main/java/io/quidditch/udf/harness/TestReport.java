package io.quidditch.udf.harness;

import java.util.List;

/**
 * The outcome of a test run over one or more specs.
 *
 * @param filteredOut how many cases a name filter left out
 */
public record TestReport(List<SuiteResult> suites, long filteredOut) {

  public TestReport(List<SuiteResult> suites) {
    this(suites, 0);
  }

  public long count(CaseResult.Status status) {
    return suites.stream()
        .flatMap(s -> s.cases().stream())
        .filter(c -> c.status() == status)
        .count();
  }

  public long badSpecs() {
    return suites.stream().filter(s -> s.error() != null).count();
  }

  public boolean allPassed() {
    return badSpecs() == 0
        && count(CaseResult.Status.FAIL) == 0
        && count(CaseResult.Status.ERROR) == 0;
  }
}
