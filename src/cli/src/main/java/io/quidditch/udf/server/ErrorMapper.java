package io.quidditch.udf.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.quidditch.udf.core.CompileException;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.QuidudfException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place where exceptions become an HTTP status and a JSON error body. A message keeps its
 * code and its words, but not what only the server's operator should see: the registry's directory,
 * and hints for the command line ("see 'quidudf list'").
 */
final class ErrorMapper {
  private static final Pattern CLI_HINT = Pattern.compile("'quidudf [^']*'|--[a-z][a-z-]+");

  private static final Pattern PARENTHESIZED_HINT =
      Pattern.compile("\\s*\\([^()]*(?:'quidudf [^']*'|--[a-z][a-z-]+)[^()]*\\)");

  private final List<String> hidden = new ArrayList<>();

  /**
   * @param home the registry home, whose paths never reach a client
   */
  ErrorMapper(Path home) {
    Path absolute = home.toAbsolutePath().normalize();
    hidden.add(absolute.resolve("registry").toString());
    hidden.add(absolute.toString());
    try {
      hidden.add(home.toRealPath().resolve("registry").toString());
      hidden.add(home.toRealPath().toString());
    } catch (java.io.IOException e) {
      // not created yet: its absolute path is the one messages can hold
    }
    hidden.sort((a, b) -> b.length() - a.length());
  }

  static int status(ErrorKind kind) {
    switch (kind) {
      case BAD_INPUT:
      case USAGE:
        return 400;
      case NOT_FOUND:
        return 404;
      case CONFLICT:
        return 409;
      case SIGNATURE:
        return 403;
      case INTERNAL:
        return 500;
      case BUSY:
        return 503;
      case CANCELLED:
        return 499; // as nginx logs it: nobody is left to read the answer
      default:
        // invalid module, link, compile, parameter and every execution failure of the UDF
        return 422;
    }
  }

  void handle(Exception e, Context ctx) {
    int status;
    String code;
    String message;
    List<String> diagnostics = null;
    if (e instanceof ApiException) {
      ApiException a = (ApiException) e;
      status = a.status;
      code = a.code;
      message = a.getMessage();
    } else if (e instanceof QuidudfException) {
      QuidudfException q = (QuidudfException) e;
      status = status(q.kind());
      code = q.kind().code();
      message = q.getMessage();
      if (e instanceof CompileException) {
        diagnostics =
            ((CompileException) e).diagnostics().stream().map(d -> forClient(d.render())).toList();
      }
    } else if (e instanceof HttpResponseException) {
      status = ((HttpResponseException) e).getStatus();
      code = status == 413 ? "too_large" : "http_" + status;
      message =
          status == 413
              ? "request body over the size limit; send a smaller module or body"
              : e.getMessage();
    } else {
      status = 500;
      code = "internal";
      message = "internal error: " + e;
    }
    if (status == 503) {
      ctx.header("Retry-After", "1");
    }
    ApiBodies.ErrorBody body =
        new ApiBodies.ErrorBody(new ApiBodies.ErrorInfo(code, forClient(message), diagnostics));
    ctx.status(status).contentType("application/json").result(Json.body(body));
  }

  /** The message without server paths, and without the clauses that address a CLI user. */
  String forClient(String message) {
    if (message == null) {
      return null;
    }
    String out = message;
    for (String h : hidden) {
      out = out.replace(h, "the registry");
    }
    // "(or --function NAME)": an aside for the command line goes, the rest of its clause stays
    out = PARENTHESIZED_HINT.matcher(out).replaceAll("");
    if (CLI_HINT.matcher(out).find()) {
      List<String> kept = new ArrayList<>();
      for (String clause : out.split("; ")) {
        if (!CLI_HINT.matcher(clause).find()) {
          kept.add(clause);
        }
      }
      out = kept.isEmpty() ? out : String.join("; ", kept);
    }
    return out;
  }
}
