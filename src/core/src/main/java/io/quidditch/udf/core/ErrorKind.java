package io.quidditch.udf.core;

/** Stable error codes shared by the CLI exit code, JSON output and HTTP error bodies. */
public enum ErrorKind {
  INVALID_MODULE("invalid_module", ExitCode.BAD_INPUT),
  LINK("link", ExitCode.BAD_INPUT),
  TIMEOUT("timeout", ExitCode.NO),
  MEMORY("memory", ExitCode.NO),
  STACK("stack", ExitCode.NO),
  TRAP("trap", ExitCode.NO),
  PARAMETER("parameter", ExitCode.BAD_INPUT),
  COMPILE("compile", ExitCode.BAD_INPUT),
  BAD_INPUT("bad_input", ExitCode.BAD_INPUT),
  /** A command line that does not parse (exit 2); a request the API cannot read is bad_input. */
  USAGE("usage", ExitCode.USAGE),
  NOT_FOUND("not_found", ExitCode.BAD_INPUT),
  CONFLICT("conflict", ExitCode.BAD_INPUT),
  SIGNATURE("signature", ExitCode.NO),
  /** Every execution slot stayed busy: retry later (HTTP 503). */
  BUSY("busy", ExitCode.NO),
  /** Whoever asked stopped waiting (an HTTP client closed its connection): HTTP 499. */
  CANCELLED("cancelled", ExitCode.NO),
  INTERNAL("internal", ExitCode.INTERNAL);

  private final String code;
  private final int exitCode;

  ErrorKind(String code, int exitCode) {
    this.code = code;
    this.exitCode = exitCode;
  }

  /** The snake_case code used in every output format. */
  public String code() {
    return code;
  }

  /** The process exit code a CLI command returns when it fails with this kind. */
  public int exitCode() {
    return exitCode;
  }

  /** True for the kinds a UDF call can end with (as opposed to errors before running). */
  public boolean isExecutionFailure() {
    return this == TIMEOUT || this == MEMORY || this == STACK || this == TRAP;
  }

  /** Looks a kind up by its code; null when unknown. */
  public static ErrorKind fromCode(String code) {
    for (ErrorKind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    return null;
  }
}
