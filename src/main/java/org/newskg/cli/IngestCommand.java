package org.newskg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.IngestResult;
import org.newskg.NewskgException;
import org.newskg.Pipeline;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleOverrides;
import org.newskg.ingest.InputCollector;
import org.newskg.ingest.ReadResult;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg ingest PATH...}: reads articles, extracts their graph and stores it. */
@Command(
    name = "ingest",
    description = "Read news articles (files, directories, or - for stdin), extract actors, events, relations and"
        + " quotes, and store them in the TDB2 store. Unchanged articles are skipped.")
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files (.txt), directories (recursive) or -.")
  List<String> inputs;

  @Option(names = "--id", description = "Article id to use (only with a single article).")
  String id;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date to use instead of the one in the text.")
  String date;

  @Option(names = "--force", description = "Re-extract articles even when they are unchanged.")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleOverrides overrides = ArticleOverrides.of(id, date);
    List<ReadResult> read = InputCollector.standard().collect(inputs, overrides);
    List<Article> articles = new ArrayList<>();
    int readFailures = 0;
    for (ReadResult r : read) {
      if (r instanceof ReadResult.Ok ok) {
        ok.warnings().forEach(w -> err.println("newskg: warning: " + w));
        articles.add(ok.article());
      } else if (r instanceof ReadResult.Failed f) {
        err.println("newskg: skipped " + f.origin() + ": " + f.message());
        readFailures++;
      }
    }
    if (id != null && articles.size() > 1) {
      throw NewskgException.badInput("--id names one article, but " + articles.size() + " were given");
    }
    IngestSummary summary = new IngestSummary(out, err);
    if (!articles.isEmpty()) {
      try (GraphStore store = GraphStore.openForWrite(storeOptions.storeDir())) {
        Pipeline.shared().ingest(articles, store, force, summary::article);
        summary.total(store, readFailures);
      }
    } else {
      err.println("newskg: no article could be read; nothing was stored");
    }
    if (readFailures == 0 && summary.failures() == 0) {
      return 0;
    }
    return articles.isEmpty() ? NewskgException.BAD_INPUT : NewskgException.RUNTIME;
  }
}
