package io.quidditch.udf.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.QuidudfException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP API of a running {@code quidudf serve}, as {@code register --server} and the {@code
 * remote} commands call it: the token on every request, and every way a call fails as a one-line
 * error that names the server (its own errors keep their code, and so their exit code).
 */
final class ServerClient {
  /** Holds the token when no {@code --token} is given. */
  static final String TOKEN_ENV = "QUIDUDF_TOKEN";

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final String HINT = "is 'quidudf serve' running there?";

  private final URI server;
  private final String base;
  private final String token;

  /**
   * @param token sent as {@code Authorization: Bearer}; null or empty sends none
   */
  ServerClient(URI server, String token) {
    String scheme = server.getScheme() == null ? "" : server.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || server.getHost() == null) {
      throw new BadInputException(
          "--server "
              + server
              + " is not an http:// or https:// URL; give one such as http://127.0.0.1:8080");
    }
    this.server = server;
    this.base = server.toString().replaceAll("/+$", "");
    this.token = token == null || token.isEmpty() ? null : token;
  }

  /** The token to send: {@code --token} when given, else {@code $QUIDUDF_TOKEN}, else none. */
  static String token(String explicit, Map<String, String> env) {
    if (explicit != null) {
      return explicit;
    }
    String t = env.get(TOKEN_ENV);
    return t == null || t.isBlank() ? null : t.strip();
  }

  /** The server as the user named it. */
  URI server() {
    return server;
  }

  /** One path segment, percent-encoded. */
  static String segment(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  JsonNode get(String path) {
    return call(HttpRequest.newBuilder(uri(path)).GET(), 200);
  }

  JsonNode delete(String path) {
    return call(HttpRequest.newBuilder(uri(path)).DELETE(), 200);
  }

  /** POSTs a JSON body; {@code expected} is the status of success (201 for a new UDF). */
  JsonNode post(String path, JsonNode body, int expected) {
    return call(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Json.compact(body))),
        expected);
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private JsonNode call(HttpRequest.Builder req, int expected) {
    if (token != null) {
      req.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> resp = send(req, server, HINT);
    JsonNode reply;
    try {
      reply = Json.parse(resp.body(), "the reply");
    } catch (QuidudfException e) {
      throw new BadInputException(
          server
              + " answered HTTP "
              + resp.statusCode()
              + " with something other than JSON; is it the URL of 'quidudf serve'?");
    }
    if (resp.statusCode() != expected) {
      JsonNode error = reply.path("error");
      ErrorKind kind = ErrorKind.fromCode(error.path("code").asText(""));
      // the server's own codes beyond ErrorKind (unauthorized, forbidden, too_large, ...) are
      // all a request it would not take: bad input, exit 3
      throw new QuidudfException(
          kind == null ? ErrorKind.BAD_INPUT : kind,
          server
              + " refused: "
              + error.path("message").asText(resp.body()).replaceAll("\\s+", " ").strip()
              + " (HTTP "
              + resp.statusCode()
              + ")");
    }
    return reply;
  }

  /**
   * Sends one request; a server that cannot be reached is a one-line error naming {@code where},
   * followed by {@code hint}.
   */
  static HttpResponse<String> send(HttpRequest.Builder req, URI where, String hint) {
    try {
      return HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .build()
          .send(req.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new BadInputException("cannot reach " + where + " (" + why(e) + "); " + hint);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException("interrupted while waiting for " + where);
    }
  }

  private static String why(IOException e) {
    if (e instanceof java.net.http.HttpConnectTimeoutException) {
      return "no answer within " + CONNECT_TIMEOUT.toSeconds() + " s";
    }
    if (e instanceof java.net.ConnectException) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof java.nio.channels.UnresolvedAddressException
            || c instanceof java.net.UnknownHostException) {
          return "unknown host";
        }
      }
      return e.getMessage() == null
          ? "connection refused"
          : e.getMessage().toLowerCase(Locale.ROOT);
    }
    return e.getMessage() != null ? e.getMessage().replaceAll("\\s+", " ") : "no answer";
  }
}
