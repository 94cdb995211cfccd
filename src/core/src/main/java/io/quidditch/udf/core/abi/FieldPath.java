package io.quidditch.udf.core.abi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Resolves ABI field paths ({@code metadata.vendor.name}, {@code tags[0]}) in a document: a JSON
 * tree, or plain Java maps and lists (what search engines and DataFrames hand us).
 */
public final class FieldPath {

  /** How to step into one kind of tree; null means "not there". */
  private interface Tree<T> {
    T child(T node, String name);

    T element(T node, int index);
  }

  private static final Tree<JsonNode> JSON =
      new Tree<>() {
        @Override
        public JsonNode child(JsonNode node, String name) {
          return node.isObject() ? node.get(name) : null;
        }

        @Override
        public JsonNode element(JsonNode node, int index) {
          return node.isArray() ? node.get(index) : null;
        }
      };

  /** Plain values; a JSON null is {@link #NULL}, so that it counts as present. */
  private static final Tree<Object> PLAIN =
      new Tree<>() {
        @Override
        public Object child(Object node, String name) {
          if (!(node instanceof Map<?, ?> m)) {
            return null;
          }
          Object v = m.get(name);
          return v == null ? (m.containsKey(name) ? NULL : null) : v;
        }

        @Override
        public Object element(Object node, int index) {
          if (!(node instanceof List<?> l) || index >= l.size()) {
            return null;
          }
          Object v = l.get(index);
          return v == null ? NULL : v;
        }
      };

  /** A present null in a plain tree. */
  public static final Object NULL = new Object();

  private FieldPath() {}

  /**
   * Follows the path from {@code root}.
   *
   * @return the node (a JSON null is a present {@code NullNode}), or null when any segment or index
   *     is missing or the path is malformed
   */
  public static JsonNode resolve(JsonNode root, String path) {
    return resolve(root, path, JSON);
  }

  /**
   * Follows the path through plain maps and lists.
   *
   * @return the value ({@link #NULL} for a present null), or null when missing or malformed
   */
  public static Object resolvePlain(Object root, String path) {
    return resolve(root, path, PLAIN);
  }

  private static <T> T resolve(T root, String path, Tree<T> tree) {
    if (path.isEmpty()) {
      return null;
    }
    if (path.indexOf('.') < 0 && path.indexOf('[') < 0) {
      // the common case: a top-level name, looked up without copying it
      return tree.child(root, path);
    }
    T node = root;
    int start = 0;
    int len = path.length();
    while (start <= len) {
      int dot = path.indexOf('.', start);
      int end = dot < 0 ? len : dot;
      node = segment(node, path, start, end, tree);
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

  private static <T> T segment(T node, String path, int start, int end, Tree<T> tree) {
    int bracket = path.indexOf('[', start);
    if (bracket < 0 || bracket >= end) {
      return end > start ? tree.child(node, path.substring(start, end)) : null;
    }
    if (bracket > start) {
      node = tree.child(node, path.substring(start, bracket));
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
      node = tree.element(node, index);
      i = close + 1;
    }
    return node;
  }
}
