package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.NewskgException;
import org.newskg.bench.Benchmark;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleOverrides;
import org.newskg.ingest.InputCollector;
import org.newskg.ingest.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newskg bench PATH...}: measures ingest on a corpus in throw-away stores and prints the figures. */
@Command(
    mixinStandardHelpOptions = true,
    name = "bench",
    description = "Benchmark ingest on the given articles (in temporary stores, never your store): articles/s and"
        + " tokens/s with 1 thread and with --threads, time by stage, store writes against the TDB2 bulk loader,"
        + " the no-change re-run, peak heap and RSS.")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or directories.")
  List<String> inputs;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel run (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--batch", paramLabel = "N", description = "Articles per store transaction (default: as ingest).")
  int batch = org.newskg.IngestOptions.defaults().batchSize();

  @Option(names = "--work", paramLabel = "DIR", description = "Where to put the temporary stores (default: a temp dir).")
  Path work;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    List<Article> articles = new ArrayList<>();
    for (ReadResult r : InputCollector.standard().collect(inputs, ArticleOverrides.none())) {
      if (r instanceof ReadResult.Ok ok) {
        articles.add(ok.article());
      }
    }
    long readMillis = (System.nanoTime() - t0) / 1_000_000;
    if (articles.isEmpty()) {
      throw NewskgException.badInput("no readable article in " + inputs);
    }
    Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("newskg-bench");
    new Benchmark(out, dir, batch).run(articles, readMillis, threads);
    out.println("work dir (safe to delete): " + dir);
    return 0;
  }
}
