package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.IngestOptions;
import org.newskg.NewskgException;
import org.newskg.Pipeline;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleOverrides;
import org.newskg.ingest.InputCollector;
import org.newskg.ingest.InputFormat;
import org.newskg.ingest.ReadResult;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newskg ingest PATH...}: reads articles, extracts their graph and stores it. */
@Command(
    mixinStandardHelpOptions = true,
    name = "ingest",
    description = "Read news articles (files, directories, or - for stdin), extract actors, events, relations and"
        + " quotes, and store them in the TDB2 store. Unchanged articles are skipped without running NLP.")
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Article files (.txt, .jsonl/.ndjson, .html/.htm, each optionally .gz), directories (recursive) or -.")
  List<String> inputs;

  @Option(names = "--format", paramLabel = "txt|jsonl|html",
      description = "Read every input in this format instead of going by file extension (also for -).")
  String format;

  @Option(names = "--id", description = "Article id to use (only with a single article).")
  String id;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date to use instead of the one in the text.")
  String date;

  @Option(names = "--force", description = "Re-extract articles even when they are unchanged.")
  boolean force;

  @Option(names = "--threads", paramLabel = "N", description = "Articles analysed in parallel (default: number of cores).")
  Integer threads;

  @Option(names = "--batch", paramLabel = "N", description = "Articles written per store transaction (default: 100).")
  Integer batch;

  @Option(names = {"-q", "--quiet"}, description = "No per-article lines and no progress bar; only the summary and errors.")
  boolean quiet;

  @Option(names = "--errors", paramLabel = "FILE", description = "Also write every failure as a JSON line to FILE.")
  Path errors;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    IngestOptions options = IngestOptions.defaults().withForce(force);
    if (threads != null) {
      options = options.withThreads(threads);
    }
    if (batch != null) {
      options = new IngestOptions(options.threads(), options.force(), batch);
    }
    InputFormat inputFormat = format == null ? null : InputFormat.parse(format);
    List<ReadResult> read = InputCollector.standard().collect(inputs, ArticleOverrides.of(id, date), inputFormat);
    try (IngestReport report = new IngestReport(spec.commandLine().getOut(), err, quiet, errors)) {
      List<Article> articles = new ArrayList<>();
      for (ReadResult r : read) {
        if (r instanceof ReadResult.Ok ok) {
          ok.warnings().forEach(w -> err.println("newskg: warning: " + w));
          articles.add(ok.article());
        } else if (r instanceof ReadResult.Failed f) {
          report.unreadable(f.origin(), f.message());
        }
      }
      if (id != null && articles.size() > 1) {
        throw NewskgException.badInput("--id names one article, but " + articles.size() + " were given");
      }
      if (articles.isEmpty()) {
        err.println("newskg: no article could be read; nothing was stored");
        return NewskgException.BAD_INPUT;
      }
      try (GraphStore store = GraphStore.openForWrite(storeOptions.storeDir())) {
        Pipeline.shared().ingest(articles, store, options, report);
        report.summary(store.location());
      }
      return report.failures() == 0 ? 0 : NewskgException.RUNTIME;
    }
  }
}
