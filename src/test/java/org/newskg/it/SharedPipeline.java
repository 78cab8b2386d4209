package org.newskg.it;

import java.nio.file.Path;
import java.util.List;
import org.newskg.Pipeline;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleOverrides;
import org.newskg.ingest.InputCollector;
import org.newskg.ingest.ReadResult;

/** One CoreNLP pipeline per test JVM: models load once for all integration tests. */
final class SharedPipeline {
  private SharedPipeline() {}

  static Pipeline get() {
    return Pipeline.shared();
  }

  /** Reads one bundled article from data/articles/. */
  static Article article(String fileName) {
    List<ReadResult> r =
        InputCollector.standard().collect(List.of(Path.of("data/articles", fileName).toString()), ArticleOverrides.none());
    if (!(r.get(0) instanceof ReadResult.Ok ok)) {
      throw new AssertionError("cannot read " + fileName + ": " + r.get(0));
    }
    return ok.article();
  }
}
