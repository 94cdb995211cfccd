package io.quidditch.udf.core;

import java.util.List;

/** Source that failed to compile; carries every diagnostic found in the run. */
public class CompileException extends QuidudfException {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public CompileException(String file, List<Diagnostic> diagnostics) {
    super(
        ErrorKind.COMPILE,
        file
            + ": "
            + diagnostics.size()
            + " error"
            + (diagnostics.size() == 1 ? "" : "s")
            + "; fix the source and compile again");
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
