package io.quidditch.udf.cli;

import io.quidditch.udf.core.CompileException;
import io.quidditch.udf.core.Diagnostic;
import io.quidditch.udf.core.ExitCode;
import io.quidditch.udf.core.QuidudfException;
import java.io.PrintWriter;
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
    err.println(
        commandName(cl)
            + ": "
            + e.getMessage().replaceAll("\\s+", " ").trim()
            + "; see '"
            + cl.getCommandSpec().qualifiedName()
            + " --help'");
    err.flush();
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

  private static boolean wantsStacktrace(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--stacktrace")) {
        return true;
      }
    }
    return false;
  }
}
