package io.quidditch.udf.harness;

import java.util.ArrayList;
import java.util.List;

/** A line diff of two short lists (a longest common subsequence, as diff(1) shows it). */
final class LineDiff {
  private LineDiff() {}

  /**
   * The lines of both in order: {@code " "} common, {@code "- "} only expected, {@code "+ "} only
   * actual.
   */
  static List<String> of(List<String> expected, List<String> actual) {
    int n = expected.size();
    int m = actual.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            expected.get(i).equals(actual.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && expected.get(i).equals(actual.get(j))) {
        out.add("  " + expected.get(i++));
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        out.add("- " + expected.get(i++));
      } else {
        out.add("+ " + actual.get(j++));
      }
    }
    return out;
  }
}
