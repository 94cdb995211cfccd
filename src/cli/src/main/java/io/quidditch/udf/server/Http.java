package io.quidditch.udf.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.Json;

/** What every handler does the same way: read a JSON body, check numbers, write a record. */
final class Http {
  private Http() {}

  /** Writes a body record with the one naming policy ({@link Json#BODIES}). */
  static void json(Context ctx, int status, Object body) {
    ctx.status(status).contentType("application/json").result(Json.body(body));
  }

  /** The request's body, which must be a JSON object. */
  static JsonNode body(Context ctx) {
    JsonNode node = Json.parse(ctx.body(), "request body");
    if (!node.isObject()) {
      throw new BadInputException("request body must be a JSON object");
    }
    return node;
  }

  /** A whole number in a body, between {@code min} and {@code max}. */
  static int checked(JsonNode v, int min, int max, String what) {
    if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
      throw new BadInputException(what + " must be a whole number between " + min + " and " + max);
    }
    return v.asInt();
  }

  /** A whole number in a query parameter, {@code def} when absent. */
  static int intParam(String text, int def, int min, int max, String what) {
    if (text == null) {
      return def;
    }
    try {
      int v = Integer.parseInt(text.trim());
      if (v < min || v > max) {
        throw new BadInputException(what + " must be between " + min + " and " + max);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new BadInputException(what + " must be a whole number, not '" + text + "'");
    }
  }
}
