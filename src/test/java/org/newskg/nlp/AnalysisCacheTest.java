package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.Article;

class AnalysisCacheTest {
  @TempDir Path dir;

  private final AtomicInteger loads = new AtomicInteger();
  private final AtomicInteger analyses = new AtomicInteger();

  private TextAnalyzer counting() {
    loads.incrementAndGet();
    return a -> {
      analyses.incrementAndGet();
      Token t = new Token(0, "Iran", "Iran", "NNP", "LOCATION", 0, 4);
      Sentence s = new Sentence(0, 0, 4, List.of(t), List.of(), List.of(), false);
      return new AnalyzedArticle(a, List.of(s), List.of(), List.of());
    };
  }

  private static Article article(String text) {
    return new Article("a", null, LocalDate.of(2025, 3, 30), text, List.of(), List.of(), "test");
  }

  @Test
  void aSecondRunReadsTheAnalysisAndNeverLoadsTheModels() throws IOException {
    Properties config = new Properties();
    config.setProperty("annotators", "tokenize");
    AnalyzedArticle first = new AnalysisCache(dir, config, this::counting).analyze(article("Iran"));
    AnalysisCache again = new AnalysisCache(dir, config, this::counting);
    AnalyzedArticle second = again.analyze(article("Iran"));
    assertEquals(first, second);
    assertEquals(1, analyses.get());
    assertEquals(1, loads.get(), "a hit needs no models");
    again.analyze(article("Iraq"));
    assertEquals(2, analyses.get(), "another text is analysed");
    config.setProperty("annotators", "tokenize,ssplit");
    new AnalysisCache(dir, config, this::counting).analyze(article("Iran"));
    assertEquals(3, analyses.get(), "another NLP configuration is another key");
  }

  @Test
  void aDamagedEntryIsAnalysedAgain() throws IOException {
    Properties config = new Properties();
    new AnalysisCache(dir, config, this::counting).analyze(article("Iran"));
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.writeString(f, "not a serialised analysis");
      }
    }
    new AnalysisCache(dir, config, this::counting).analyze(article("Iran"));
    assertEquals(2, analyses.get());
  }
}
