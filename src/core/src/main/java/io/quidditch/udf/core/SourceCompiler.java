package io.quidditch.udf.core;

import java.util.Set;

/** A front end that turns UDF source text into WebAssembly module bytes. */
public interface SourceCompiler {

  /** The language name used in manifests ({@code wat}, {@code python}). */
  String language();

  /** File extensions (without the dot) this front end reads. */
  Set<String> extensions();

  /**
   * Compiles one source file.
   *
   * @param fileName the name shown in diagnostics
   * @param source the source text
   * @throws CompileException with every diagnostic when the source does not compile
   */
  CompiledSource compile(String fileName, String source);

  /**
   * As {@link #compile(String, String)}, with the function to use as the UDF's entry ({@code
   * compile --function}); null leaves the choice to the front end, and a front end whose modules
   * name their entry in the manifest only (the text format) ignores it.
   */
  default CompiledSource compile(String fileName, String source, String entry) {
    return compile(fileName, source);
  }

  /**
   * The WebAssembly text this front end generates on the way to a module, for a user who wants to
   * see it; null when the front end has no such stage (the text format itself).
   *
   * @throws CompileException as {@link #compile}
   */
  default String generatedText(String fileName, String source) {
    return null;
  }

  /** The output of a compile: the module bytes and, where the source declares one, a manifest. */
  record CompiledSource(byte[] wasm, Manifest manifest) {}
}
