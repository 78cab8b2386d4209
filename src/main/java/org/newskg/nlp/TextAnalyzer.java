package org.newskg.nlp;

import org.newskg.ingest.Article;

/** Turns an article into its linguistic analysis. Implementations are thread-safe. */
public interface TextAnalyzer {
  AnalyzedArticle analyze(Article article);
}
