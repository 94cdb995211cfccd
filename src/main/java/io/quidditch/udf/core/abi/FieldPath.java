package io.quidditch.udf.core.abi;

import com.fasterxml.jackson.databind.JsonNode;

/** Resolves ABI field paths ({@code metadata.vendor.name}, {@code tags[0]}) in a JSON document. */
public final class FieldPath {

  private FieldPath() {}

  /**
   * Follows the path from {@code root}.
   *
   * @return the node (a JSON null is a present {@code NullNode}), or null when any segment or index
   *     is missing or the path is malformed
   */
  public static JsonNode resolve(JsonNode root, String path) {
    if (path.isEmpty()) {
      return null;
    }
    if (path.indexOf('.') < 0 && path.indexOf('[') < 0) {
      // the common case: a top-level name, looked up without copying it
      return root.isObject() ? root.get(path) : null;
    }
    JsonNode node = root;
    int start = 0;
    int len = path.length();
    while (start <= len) {
      int dot = path.indexOf('.', start);
      int end = dot < 0 ? len : dot;
      node = segment(node, path, start, end);
      if (node == null) {
        return null;
      }
      if (dot < 0) {
        return node;
      }
      start = dot + 1;
    }
    return null;
  }

  private static JsonNode segment(JsonNode node, String path, int start, int end) {
    int bracket = path.indexOf('[', start);
    if (bracket < 0 || bracket >= end) {
      return end > start && node.isObject() ? node.get(path.substring(start, end)) : null;
    }
    if (bracket > start) {
      if (!node.isObject()) {
        return null;
      }
      node = node.get(path.substring(start, bracket));
    }
    int i = bracket;
    while (node != null && i < end) {
      if (path.charAt(i) != '[') {
        return null;
      }
      int close = path.indexOf(']', i);
      if (close < 0 || close >= end || close == i + 1) {
        return null;
      }
      int index = 0;
      for (int k = i + 1; k < close; k++) {
        char c = path.charAt(k);
        if (c < '0' || c > '9' || index > 100_000_000) {
          return null;
        }
        index = index * 10 + (c - '0');
      }
      node = node.isArray() ? node.get(index) : null;
      i = close + 1;
    }
    return node;
  }
}
