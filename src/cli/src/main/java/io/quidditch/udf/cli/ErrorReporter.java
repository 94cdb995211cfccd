package io.quidditch.udf.cli;

import io.quidditch.udf.core.CompileException;
import io.quidditch.udf.core.Diagnostic;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.QuidudfException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns exceptions into one-line messages and the exit codes of {@link ExitCode}. */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    String command = commandName(cl);
    int code;
    if (e instanceof CompileException) {
      for (Diagnostic d : ((CompileException) e).diagnostics()) {
        err.println(d.render());
      }
      err.println(command + ": " + e.getMessage());
      code = ((QuidudfException) e).kind().exitCode();
    } else if (e instanceof QuidudfException) {
      err.println(command + ": " + e.getMessage());
      code = ((QuidudfException) e).kind().exitCode();
    } else if (e instanceof java.nio.file.FileSystemException f) {
      // a path the user gave that cannot be read or written: bad input, not our defect
      err.println(command + ": " + fileProblem(f));
      code = ExitCode.BAD_INPUT;
    } else {
      err.println(
          command
              + ": internal error: "
              + e
              + "; please report it with the output of --stacktrace");
      code = ExitCode.INTERNAL;
    }
    if (wantsJson(parsed)) {
      // a script reading stdout gets the error in the format it asked for, with the same exit
      String kind =
          e instanceof QuidudfException q
              ? q.kind().code()
              : code == ExitCode.BAD_INPUT ? "bad_input" : "internal";
      String message =
          e instanceof java.nio.file.FileSystemException f
              ? fileProblem(f)
              : e instanceof QuidudfException ? e.getMessage() : String.valueOf(e);
      printJson(
          cl, kind, message, e instanceof CompileException c ? List.copyOf(c.diagnostics()) : null);
    }
    if (wantsStacktrace(parsed)) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    String message = e.getMessage().replaceAll("\\s+", " ").trim();
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String typed = u.getUnmatched().get(0);
      java.util.List<String> near = nearest(typed, cl.getSubcommands().keySet());
      if (!near.isEmpty()) {
        message =
            "unknown command or option '"
                + typed
                + "'; did you mean '"
                + String.join("' or '", near)
                + "'";
      }
    }
    message += "; see '" + cl.getCommandSpec().qualifiedName() + " --help'";
    err.println(commandName(cl) + ": " + message);
    err.flush();
    if (asksForJson(args)) {
      printJson(cl, io.quidditch.udf.core.ErrorKind.USAGE.code(), message, null);
    }
    return ExitCode.USAGE;
  }

  static String fileProblem(java.nio.file.FileSystemException f) {
    String what =
        f instanceof java.nio.file.NoSuchFileException
            ? "no such file or directory"
            : f instanceof java.nio.file.AccessDeniedException
                ? "permission denied"
                : f instanceof java.nio.file.FileAlreadyExistsException
                    ? "already exists"
                    : f.getReason() == null ? "cannot be used" : f.getReason();
    return f.getFile() + ": " + what + "; check the path";
  }

  private static String commandName(CommandLine cl) {
    return cl.getCommandSpec().qualifiedName();
  }

  /** The names within two edits (a swap of neighbours counts as one) of what was typed. */
  static java.util.List<String> nearest(String typed, java.util.Collection<String> names) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int limit = 1; limit <= 2 && out.isEmpty(); limit++) {
      for (String n : names) {
        if (distance(typed, n) <= limit) {
          out.add(n);
        }
      }
    }
    return out;
  }

  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** The error object of {@code --format json} output, as the HTTP API writes it. */
  record ErrorBody(Error error) {
    /**
     * @param diagnostics a compile error's messages with their positions, or null
     */
    record Error(String code, String message, List<Diagnostic> diagnostics) {}
  }

  private static void printJson(
      CommandLine cl, String kind, String message, List<Diagnostic> diagnostics) {
    try {
      cl.getOut()
          .println(
              io.quidditch.udf.core.Json.BODIES.writeValueAsString(
                  new ErrorBody(new ErrorBody.Error(kind, message, diagnostics))));
      cl.getOut().flush();
    } catch (com.fasterxml.jackson.core.JsonProcessingException ignored) {
      // the plain-text line on stderr stands
    }
  }

  /** Whether a command line that did not parse asked for JSON ({@code --format json}). */
  private static boolean asksForJson(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equalsIgnoreCase("--format=json")
          || (args[i].equals("--format")
              && i + 1 < args.length
              && args[i + 1].equalsIgnoreCase("json"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean wantsJson(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      var format = p.matchedOption("--format");
      Object value = format == null ? null : format.getValue();
      if (value != null && value.toString().equalsIgnoreCase("json")) {
        return true;
      }
    }
    return false;
  }

  private static boolean wantsStacktrace(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--stacktrace")) {
        return true;
      }
    }
    return false;
  }
}
