package io.quidditch.udf.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.quidditch.udf.core.BadInputException;
import io.quidditch.udf.core.ErrorKind;
import io.quidditch.udf.core.Json;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ManifestCodec;
import io.quidditch.udf.core.QuidudfException;
import io.quidditch.udf.core.SourceCompiler;
import io.quidditch.udf.harness.Compilers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an upload ({@code POST /api/v1/udfs}) into a manifest and module bytes, in every shape
 * Quidditch's users send: a JSON body with {@code wasm_base64} (whatever its {@code language}) or
 * {@code source} to compile, or a multipart form with a {@code wasm} file part and a {@code
 * metadata} JSON part (plus form fields such as {@code name} and {@code version}).
 */
final class Uploads {
  private Uploads() {}

  /** What an upload carried. */
  record Upload(Manifest manifest, byte[] wasm) {}

  /** Languages whose {@code source} this server compiles; the others arrive built. */
  private static final Set<String> COMPILED = Set.of("wat", "python");

  private static final Set<String> LANGUAGES = Set.of("wasm", "rust", "c", "wat", "python");

  /** The form fields a multipart upload may carry besides {@code wasm} and {@code metadata}. */
  private static final Set<String> FORM_FIELDS =
      Set.of("name", "version", "description", "category", "author", "function_name", "language");

  /** The request's JSON object: the body, or a multipart form's fields and metadata merged. */
  static ObjectNode fields(Context ctx, long maxBytes) {
    if (!ctx.isMultipartFormData()) {
      JsonNode node = Json.parse(ctx.body(), "request body");
      if (!node.isObject()) {
        throw new BadInputException("request body must be a JSON object");
      }
      return (ObjectNode) node;
    }
    if (ctx.contentLength() > maxBytes) {
      throw new ApiException(
          413, "too_large", "the upload is over the " + maxBytes + "-byte limit; send less");
    }
    ObjectNode tree = Json.MAPPER.createObjectNode();
    String metadata = form(() -> ctx.formParam("metadata"));
    if (metadata != null) {
      JsonNode m = Json.parse(metadata, "the metadata part");
      if (!m.isObject()) {
        throw new BadInputException("the metadata part must be a JSON object");
      }
      tree.setAll((ObjectNode) m);
    }
    for (String f : FORM_FIELDS) {
      String v = form(() -> ctx.formParam(f));
      if (v != null) {
        tree.put(f, v);
      }
    }
    return tree;
  }

  /** Reads the upload; {@code fields} is what {@link #fields} returned for this request. */
  static Upload read(Context ctx, ObjectNode fields, Compilers compilers, long maxBytes) {
    String language = fields.path("language").asText("wasm").toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(language)) {
      throw new BadInputException(
          "unknown language '" + language + "'; use wasm, rust, c, wat or python");
    }
    SourceCompiler.CompiledSource built = module(ctx, fields, language, compilers, maxBytes);
    // a source's own metadata (a .py's # @udf: lines and signature) first; the request's keys win
    ObjectNode tree =
        built.manifest() == null
            ? Json.MAPPER.createObjectNode()
            : ManifestCodec.toTree(built.manifest());
    fields
        .properties()
        .forEach(
            e -> {
              if (ManifestCodec.KEYS.contains(e.getKey())) {
                tree.set(e.getKey(), e.getValue());
              }
            });
    tree.put("language", language);
    Manifest manifest = ManifestCodec.fromTree(tree, "request");
    return new Upload(manifest, built.wasm());
  }

  private static SourceCompiler.CompiledSource module(
      Context ctx, JsonNode req, String language, Compilers compilers, long maxBytes) {
    byte[] wasm = binary(ctx, req, language, maxBytes);
    if (wasm != null) {
      return new SourceCompiler.CompiledSource(wasm, null);
    }
    return compiled(req, language, compilers, maxBytes);
  }

  /** The built module the upload carries, or null when it carries source to compile. */
  private static byte[] binary(Context ctx, JsonNode req, String language, long maxBytes) {
    if (ctx.isMultipartFormData()) {
      UploadedFile part = form(() -> ctx.uploadedFile("wasm"));
      if (part == null) {
        throw new BadInputException(
            "a multipart upload needs the module as a file part named wasm (-F wasm=@udf.wasm)");
      }
      try (InputStream in = part.content()) {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
          throw new ApiException(
              413, "too_large", "the wasm part is over the " + maxBytes + "-byte limit");
        }
        return bytes;
      } catch (IOException e) {
        throw new BadInputException("cannot read the wasm part: " + e.getMessage());
      }
    }
    if (req.hasNonNull("wasm_base64")) {
      // whatever the language it was written in, wasm_base64 is the built module
      return base64(req.get("wasm_base64").asText(), "wasm_base64", maxBytes);
    }
    return null;
  }

  private static SourceCompiler.CompiledSource compiled(
      JsonNode req, String language, Compilers compilers, long maxBytes) {
    if (!req.hasNonNull("source")) {
      throw new BadInputException(
          "the upload carries no module: send wasm_base64 (the built module)"
              + (COMPILED.contains(language) ? " or source (the " + language + " text)" : ""));
    }
    if (!COMPILED.contains(language)) {
      throw new BadInputException(
          "this server does not compile "
              + language
              + "; build the module and upload it as wasm_base64");
    }
    String source = req.get("source").asText();
    String encoding = req.path("source_encoding").asText("");
    if (encoding.equals("base64")) {
      byte[] decoded = base64(source, "source", maxBytes);
      if (isModule(decoded)) {
        return new SourceCompiler.CompiledSource(decoded, null);
      }
      source = utf8(decoded, "source");
    } else if (!encoding.isEmpty()) {
      throw new BadInputException(
          "unknown source_encoding '" + encoding + "'; use base64 or leave it out");
    } else {
      // base64 sent without saying so: taken as such when it decodes to a module or to text of
      // the language, never otherwise (plain source is rarely valid base64, and then not text)
      byte[] decoded = quietBase64(source);
      if (decoded != null && isModule(decoded)) {
        return new SourceCompiler.CompiledSource(decoded, null);
      }
      String text = decoded == null ? null : quietUtf8(decoded);
      if (text != null && looksLike(language, text)) {
        source = text;
      }
    }
    SourceCompiler c = compilers.forFile("udf." + (language.equals("wat") ? "wat" : "py"));
    if (c == null) {
      throw new QuidudfException(
          ErrorKind.COMPILE,
          "this server has no " + language + " compiler; upload the built module as wasm_base64");
    }
    return c.compile("source." + (language.equals("wat") ? "wat" : "py"), source);
  }

  /**
   * Reads a part of the multipart form; a form that cannot be read (no boundary, a broken part, a
   * part over the size limit) is the client's mistake, said in one line.
   */
  private static <T> T form(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (Exception e) { // Javalin passes the servlet's checked exceptions on unchecked
      Throwable t = e;
      while (t.getCause() != null && t.getCause() != t) {
        t = t.getCause();
      }
      String why = t.getMessage() == null ? "" : t.getMessage().replaceFirst("^\\d{3}: ", "");
      if (why.toLowerCase(Locale.ROOT).contains("exceeds")
          || why.toLowerCase(Locale.ROOT).contains("too large")) {
        throw new ApiException(413, "too_large", "a part of the upload is too large: " + why);
      }
      throw new BadInputException(
          "the multipart form cannot be read ("
              + (why.isBlank() ? "malformed" : why)
              + "); send form fields and a wasm file part, as curl -F does");
    }
  }

  private static boolean isModule(byte[] b) {
    return b.length >= 4 && b[0] == 0 && b[1] == 'a' && b[2] == 's' && b[3] == 'm';
  }

  private static boolean looksLike(String language, String text) {
    String t = text.strip();
    return language.equals("wat")
        ? t.startsWith("(module") || t.startsWith(";;")
        : t.contains("def ") || t.startsWith("#") || t.startsWith("\"\"\"");
  }

  private static byte[] base64(String text, String field, long maxBytes) {
    if (text.length() / 4 * 3 > maxBytes) {
      throw new ApiException(413, "too_large", field + " is over the " + maxBytes + "-byte limit");
    }
    byte[] decoded = quietBase64(text);
    if (decoded == null) {
      throw new BadInputException(field + " is not valid base64; encode it with base64 -w0");
    }
    return decoded;
  }

  private static byte[] quietBase64(String text) {
    try {
      return Base64.getDecoder().decode(text.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String quietUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String utf8(byte[] bytes, String field) {
    String text = quietUtf8(bytes);
    if (text == null) {
      throw new BadInputException(field + " decodes to neither a module nor UTF-8 text");
    }
    return text;
  }
}
