package io.quidditch.udf.python;

import io.quidditch.udf.core.CompileException;
import io.quidditch.udf.core.Diagnostic;
import io.quidditch.udf.core.Manifest;
import io.quidditch.udf.core.ParamSpec;
import io.quidditch.udf.core.ParamType;
import io.quidditch.udf.core.ParameterBinder;
import io.quidditch.udf.core.ReturnType;
import io.quidditch.udf.core.SourceCompiler;
import io.quidditch.udf.core.UdfRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiler from a typed Python subset to WebAssembly: lexer, parser, a code generator that checks
 * types as it goes, then WebAssembly text through {@code wat} (the text compiler is passed in, so
 * this package needs nothing but {@code core}). The entry function is {@code filter}, or the one
 * named by {@code # @udf: function=NAME}; its parameters become the UDF's parameters.
 */
public final class PythonCompiler implements SourceCompiler {
  private static final Pattern UDF_LINE =
      Pattern.compile("^\\s*#\\s*@udf:\\s*(\\w+)\\s*=\\s*(.*?)\\s*$");
  private static final Pattern DOC_PARAM =
      Pattern.compile("@quidditch\\.param\\s+(\\w+)\\s*:\\s*[\\w\\[\\]]+\\s*-\\s*(.*)");

  private final BiFunction<String, String, byte[]> watToWasm;

  /**
   * @param watToWasm compiles WebAssembly text (file name, text) to module bytes
   */
  public PythonCompiler(BiFunction<String, String, byte[]> watToWasm) {
    this.watToWasm = watToWasm;
  }

  @Override
  public String language() {
    return "python";
  }

  @Override
  public Set<String> extensions() {
    return Set.of("py");
  }

  @Override
  public CompiledSource compile(String fileName, String source) {
    return compile(fileName, source, null);
  }

  @Override
  public CompiledSource compile(String fileName, String source, String entry) {
    String wat = generatedText(fileName, source, entry);
    byte[] wasm = watToWasm.apply(fileName + ".wat", wat);
    return new CompiledSource(wasm, manifest(fileName, source, entry));
  }

  /** The WebAssembly text generated from the source, which {@link #compile} assembles. */
  @Override
  public String generatedText(String fileName, String source) {
    return generatedText(fileName, source, null);
  }

  private String generatedText(String fileName, String source, String entryName) {
    try {
      return generatedTextUnguarded(fileName, source, entryName);
    } catch (StackOverflowError e) {
      // an expression thousands of terms long (1 + 1 + ... + 1) nests as deep as it is long
      throw new CompileException(
          fileName,
          List.of(
              new Diagnostic(
                  fileName,
                  1,
                  1,
                  "the program is nested too deeply to compile (a very long expression, or"
                      + " parentheses hundreds deep); split it into smaller steps",
                  null)));
    }
  }

  private String generatedTextUnguarded(String fileName, String source, String entryName) {
    List<Lexer.Diag> errors = new ArrayList<>();
    List<Token> tokens = new Lexer(source, errors).tokens();
    Ast.Module module = errors.isEmpty() ? new Parser(tokens, errors).module() : null;
    if (module != null && errors.isEmpty()) {
      module = Desugar.apply(module, errors);
    }
    String wat = null;
    if (module != null && errors.isEmpty()) {
      Ast.FunctionDef entry = entry(module, source, named(source, entryName), errors);
      if (entry != null) {
        wat = new Codegen(module, errors).generate(entry);
      }
    }
    if (!errors.isEmpty()) {
      throw new CompileException(fileName, diagnostics(fileName, source, errors));
    }
    return wat;
  }

  /**
   * The entry function: the one {@code # @udf: function=NAME} names; else {@code filter}; else the
   * one function no other function calls (Quidditch's {@code udf_main}, say).
   */
  /** The entry a user named: {@code --function}, else the source's {@code # @udf: function=}. */
  private static String named(String source, String override) {
    return override != null ? override : meta(source).get("function");
  }

  private static Ast.FunctionDef entry(
      Ast.Module module, String source, String named, List<Lexer.Diag> errors) {
    String wanted = named != null ? named : "filter";
    for (Ast.FunctionDef f : module.functions()) {
      if (f.name().equals(wanted)) {
        return f;
      }
    }
    if (named == null) {
      List<Ast.FunctionDef> uncalled = new ArrayList<>();
      for (Ast.FunctionDef f : module.functions()) {
        if (!Desugar.isHostStub(f)
            && !Pattern.compile("\\b" + Pattern.quote(f.name()) + "\\s*\\(")
                .matcher(withoutDefinition(source, f.name()))
                .find()) {
          uncalled.add(f);
        }
      }
      if (uncalled.size() == 1) {
        return uncalled.get(0);
      }
    }
    errors.add(
        new Lexer.Diag(
            1,
            1,
            "no function '"
                + wanted
                + "' to use as the UDF; define def "
                + wanted
                + "(...) -> bool, or name yours with # @udf: function=NAME (or --function NAME)"));
    return null;
  }

  /** The source without the {@code def NAME(} line, so that only calls of NAME remain. */
  private static String withoutDefinition(String source, String name) {
    return source.replaceAll("(?m)^\\s*def\\s+" + Pattern.quote(name) + "\\s*\\(", "def (");
  }

  private static List<Diagnostic> diagnostics(String file, String source, List<Lexer.Diag> errors) {
    String[] lines = source.replace("\r\n", "\n").split("\n", -1);
    List<Diagnostic> out = new ArrayList<>();
    errors.stream()
        .sorted(Comparator.comparingInt(Lexer.Diag::line).thenComparingInt(Lexer.Diag::col))
        .distinct()
        .forEach(
            d ->
                out.add(
                    new Diagnostic(
                        file,
                        d.line(),
                        d.col(),
                        d.message(),
                        d.line() >= 1 && d.line() <= lines.length ? lines[d.line() - 1] : null)));
    return out;
  }

  private static Map<String, String> meta(String source) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : source.split("\n")) {
      Matcher m = UDF_LINE.matcher(line);
      if (m.matches()) {
        out.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
      }
    }
    return out;
  }

  /** The manifest: # @udf: lines, the module docstring's @quidditch tags, and the signature. */
  Manifest manifest(String fileName, String source, String entryName) {
    List<Lexer.Diag> ignored = new ArrayList<>();
    Ast.Module module =
        Desugar.apply(new Parser(new Lexer(source, ignored).tokens(), ignored).module(), ignored);
    Map<String, String> meta = meta(source);
    Ast.FunctionDef entry = entry(module, source, named(source, entryName), ignored);
    String stem =
        fileName
            .replaceAll(".*[/\\\\]", "")
            .replaceAll("\\.py$", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_-]", "-");
    String name = meta.getOrDefault("name", UdfRef.isValidName(stem) ? stem : "python-udf");
    String doc = module.docstring() == null ? "" : module.docstring();
    Map<String, String> paramDocs = new LinkedHashMap<>();
    String description = meta.getOrDefault("description", "");
    for (String line : doc.split("\n")) {
      String t = line.strip();
      Matcher m = DOC_PARAM.matcher(t);
      if (m.find()) {
        paramDocs.put(m.group(1), m.group(2).strip());
      } else if (description.isEmpty() && !t.isEmpty() && !t.startsWith("@")) {
        description = t;
      }
    }
    List<ParamSpec> params = new ArrayList<>();
    for (Ast.Param p : entry.params()) {
      ParamType type = ParamType.parse(p.type());
      com.fasterxml.jackson.databind.JsonNode dflt =
          p.defaultValue() == null ? null : constantJson(p.defaultValue(), module, 0);
      if (dflt != null) {
        dflt = ParameterBinder.coerce(p.name(), type, dflt);
      }
      params.add(
          new ParamSpec(p.name(), type, dflt == null, dflt, paramDocs.getOrDefault(p.name(), "")));
    }
    // parameters read with get_param_*("name"), as Quidditch's examples do: optional, so a
    // missing one reads as the type's zero value ("", 0, 0.0, False)
    for (Manifest.FieldSpec read : reads(PARAM_READ, source)) {
      if (params.stream().noneMatch(p -> p.name().equals(read.name()))) {
        params.add(
            new ParamSpec(
                read.name(), read.type(), false, null, paramDocs.getOrDefault(read.name(), "")));
      }
    }
    List<String> tags = new ArrayList<>();
    if (meta.containsKey("tags")) {
      for (String t : meta.get("tags").split(",")) {
        if (!t.isBlank()) {
          tags.add(t.strip());
        }
      }
    }
    return new Manifest(
        name,
        meta.getOrDefault("version", "1.0.0"),
        description,
        meta.getOrDefault("category", ""),
        meta.getOrDefault("author", ""),
        "python",
        "filter",
        params,
        ReturnType.parse(entry.returns()),
        tags,
        EnumSet.of(
            io.quidditch.udf.core.Permission.READ_DOCUMENT,
            io.quidditch.udf.core.Permission.WRITE_LOG),
        null,
        new Manifest.Inputs(fields(source), false, false));
  }

  private static final Pattern FIELD_READ =
      Pattern.compile("get_field_(string|int|float|bool)\\(\\s*(\"[^\"\\\\]*\"|'[^'\\\\]*')");

  private static final Pattern PARAM_READ =
      Pattern.compile(
          "get_param_(string|i64|int|f64|float|bool)\\(\\s*(\"[^\"\\\\]*\"|'[^'\\\\]*')");

  /** The fields the source reads by a literal name, with the type it reads each as. */
  private static List<Manifest.FieldSpec> fields(String source) {
    return reads(FIELD_READ, source);
  }

  /** The names a source reads with one family of functions, with the type it reads each as. */
  private static List<Manifest.FieldSpec> reads(Pattern family, String source) {
    Map<String, Manifest.FieldSpec> out = new LinkedHashMap<>();
    Matcher m = family.matcher(source);
    while (m.find()) {
      String name = m.group(2).substring(1, m.group(2).length() - 1);
      ParamType type =
          switch (m.group(1)) {
            case "string" -> ParamType.STRING;
            case "int", "i64" -> ParamType.I64;
            case "float", "f64" -> ParamType.F64;
            default -> ParamType.BOOL;
          };
      if (!name.isEmpty()) {
        out.putIfAbsent(name, new Manifest.FieldSpec(name, type));
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * A parameter default's value, when it is a constant expression: a literal ({@code .5}, {@code
   * 5.}, {@code 1_000}), a module constant, or arithmetic on them ({@code 7 * 86400}, {@code 1 /
   * 3}); null otherwise (the generator then reports it).
   */
  static com.fasterxml.jackson.databind.JsonNode constantJson(
      Ast.Expr e, Ast.Module module, int depth) {
    var f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
    if (depth > 32) {
      return null;
    }
    if (e instanceof Ast.Num n) {
      String t = n.text().replace("_", "");
      if (!n.isFloat()) {
        try {
          return f.numberNode(Long.parseLong(t));
        } catch (NumberFormatException big) {
          return null;
        }
      }
      return f.numberNode(Double.parseDouble(t));
    }
    if (e instanceof Ast.Unary u && u.op().equals("-")) {
      var v = constantJson(u.operand(), module, depth + 1);
      return v == null || !v.isNumber()
          ? null
          : v.isIntegralNumber() ? f.numberNode(-v.asLong()) : f.numberNode(-v.asDouble());
    }
    if (e instanceof Ast.Name n) {
      for (Ast.Constant c : module.constants()) {
        if (c.name().equals(n.id())) {
          return constantJson(c.value(), module, depth + 1);
        }
      }
      return null;
    }
    if (e instanceof Ast.BinOp b) {
      var l = constantJson(b.left(), module, depth + 1);
      var r = constantJson(b.right(), module, depth + 1);
      if (l == null || r == null || !l.isNumber() || !r.isNumber()) {
        return null;
      }
      boolean ints = l.isIntegralNumber() && r.isIntegralNumber();
      try {
        switch (b.op()) {
          case "+":
            return ints
                ? f.numberNode(Math.addExact(l.asLong(), r.asLong()))
                : f.numberNode(l.asDouble() + r.asDouble());
          case "-":
            return ints
                ? f.numberNode(Math.subtractExact(l.asLong(), r.asLong()))
                : f.numberNode(l.asDouble() - r.asDouble());
          case "*":
            return ints
                ? f.numberNode(Math.multiplyExact(l.asLong(), r.asLong()))
                : f.numberNode(l.asDouble() * r.asDouble());
          case "/":
            // true division, rounded once as CPython's: 100 digits hold an int / int exactly where
            // it is a midpoint between two doubles (at most 54 bits over 2^63) and otherwise round
            // it
            // far closer than any int / int comes to one, so the double from them is CPython's
            return r.asDouble() == 0
                ? null
                : ints
                    ? f.numberNode(
                        new java.math.BigDecimal(l.asLong())
                            .divide(
                                new java.math.BigDecimal(r.asLong()),
                                new java.math.MathContext(100))
                            .doubleValue())
                    : f.numberNode(l.asDouble() / r.asDouble());
          case "//":
            return ints && r.asLong() != 0
                ? f.numberNode(Math.floorDiv(l.asLong(), r.asLong()))
                : null;
          case "%":
            return ints && r.asLong() != 0
                ? f.numberNode(Math.floorMod(l.asLong(), r.asLong()))
                : null;
          default:
            return null;
        }
      } catch (ArithmeticException overflow) {
        return null;
      }
    }
    return literalJson(e);
  }

  private static com.fasterxml.jackson.databind.JsonNode literalJson(Ast.Expr e) {
    if (e instanceof Ast.Str s) {
      return com.fasterxml.jackson.databind.node.TextNode.valueOf(s.value());
    }
    if (e instanceof Ast.Bool b) {
      return com.fasterxml.jackson.databind.node.BooleanNode.valueOf(b.value());
    }
    return null;
  }
}
