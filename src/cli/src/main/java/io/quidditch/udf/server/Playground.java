package io.quidditch.udf.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The playground page at {@code /}: static files from the jar, served with a
 * Content-Security-Policy that lets the page run only its own script and talk only to this server.
 */
final class Playground {
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

  private static final String DIR = "/io/quidditch/udf/server/playground/";
  private static final Map<String, String> TYPES =
      Map.of(
          "index.html", "text/html; charset=utf-8",
          "app.js", "text/javascript; charset=utf-8",
          "style.css", "text/css; charset=utf-8");

  private final Map<String, byte[]> files;

  Playground() {
    Map<String, byte[]> read = new java.util.HashMap<>();
    TYPES.keySet().forEach(name -> read.put(name, read(name)));
    this.files = Map.copyOf(read);
  }

  private static byte[] read(String name) {
    try (InputStream in = Playground.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("the playground's " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page itself. */
  Handler page() {
    return ctx -> send(ctx, "index.html");
  }

  /** Its script and style sheet, {@code /playground/{file}}. */
  Handler asset() {
    return ctx -> {
      String name = ctx.pathParam("file");
      if (!files.containsKey(name)) {
        throw new ApiException(404, "not_found", "no such file /playground/" + name);
      }
      send(ctx, name);
    };
  }

  private void send(Context ctx, String name) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(TYPES.get(name));
    ctx.result(files.get(name));
  }
}
