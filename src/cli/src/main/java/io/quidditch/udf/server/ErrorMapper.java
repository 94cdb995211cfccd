package io.quidditch.udf.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.quidditch.udf.core.CompileException;
import io.quidditch.udf.core.Diagnostic;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.QuidudfException;

/** The one place where exceptions become an HTTP status and a JSON error body. */
final class ErrorMapper {
  private ErrorMapper() {}

  static int status(ErrorKind kind) {
    switch (kind) {
      case BAD_INPUT:
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

  static void handle(Exception e, Context ctx) {
    int status;
    String code;
    String message;
    ObjectNode extra = null;
    if (e instanceof ApiException) {
      ApiException a = (ApiException) e;
      status = a.status;
      code = a.code;
      message = a.getMessage();
      if (status == 503) {
        ctx.header("Retry-After", "1");
      }
    } else if (e instanceof QuidudfException) {
      QuidudfException q = (QuidudfException) e;
      status = status(q.kind());
      if (status == 503) {
        ctx.header("Retry-After", "1");
      }
      code = q.kind().code();
      message = q.getMessage();
      if (e instanceof CompileException) {
        extra = Json.MAPPER.createObjectNode();
        var arr = extra.putArray("diagnostics");
        for (Diagnostic d : ((CompileException) e).diagnostics()) {
          arr.add(d.render());
        }
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
    ObjectNode body = Json.MAPPER.createObjectNode();
    ObjectNode err = body.putObject("error");
    err.put("code", code);
    err.put("message", message);
    if (extra != null) {
      err.setAll(extra);
    }
    ctx.status(status).contentType("application/json").result(Json.compact(body));
  }
}
