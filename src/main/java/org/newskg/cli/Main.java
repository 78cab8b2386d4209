package org.newskg.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newskg} command line: subcommands for ingest, query, export, explore, validate and serve. */
@Command(
    name = "newskg",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns English news articles into an event-centric knowledge graph in an embedded TDB2 store.",
    subcommands = {
      IngestCommand.class,
      QueryCommand.class,
      ExportCommand.class,
      ExploreCommand.class,
      ValidateCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    for (String a : args) {
      if (a.equals("-v") || a.equals("--verbose")) {
        // must be set before the first logger is created
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
      }
    }
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given streams and returns the exit code (0 ok, 1 runtime failure, 2 bad usage or input). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setParameterExceptionHandler(ErrorHandler::onParameterError);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
