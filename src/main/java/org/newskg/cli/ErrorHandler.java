package org.newskg.cli;

import org.newskg.NewskgException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Maps exceptions to exit codes: the message alone on stderr, the stack trace only with --verbose. */
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    boolean verbose = isVerbose(parseResult);
    if (ex instanceof NewskgException nex) {
      cmd.getErr().println("newskg: " + nex.getMessage());
      if (verbose) {
        ex.printStackTrace(cmd.getErr());
      }
      return nex.exitCode();
    }
    cmd.getErr().println("newskg: unexpected error: " + ex);
    if (verbose) {
      ex.printStackTrace(cmd.getErr());
    } else {
      cmd.getErr().println("(run again with --verbose for details)");
    }
    return NewskgException.RUNTIME;
  }

  static int onParameterError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    cmd.getErr().println("newskg: " + ex.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr())) {
      cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
    }
    return NewskgException.BAD_INPUT;
  }

  private static boolean isVerbose(ParseResult pr) {
    for (ParseResult p = pr; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
