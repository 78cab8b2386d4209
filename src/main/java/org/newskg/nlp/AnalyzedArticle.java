package org.newskg.nlp;

import java.util.List;
import org.newskg.ingest.Article;

/** An article with its linguistic analysis: what the extractors read. No CoreNLP types. */
public record AnalyzedArticle(
    Article article, List<Sentence> sentences, List<CorefChain> corefChains, List<QuoteSpan> quotes) implements java.io.Serializable {
  public AnalyzedArticle {
    sentences = List.copyOf(sentences);
    corefChains = List.copyOf(corefChains);
    quotes = List.copyOf(quotes);
  }

  public String text() {
    return article.text();
  }
}
