package org.newskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.export.ExportFormat;
import org.newskg.export.Exporter;
import org.newskg.extract.Fixtures;
import org.newskg.ingest.Article;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.TextAnalyzer;
import org.newskg.nlp.Token;
import org.newskg.store.GraphStore;

/** Parallel ingest with a stand-in analyser (no models): same graph as one thread, failures isolated. */
class ParallelIngestTest {
  @TempDir Path dir;

  /** Splits on spaces; every capitalised word a LOCATION, so the fixture gazetteer finds countries. */
  private static final TextAnalyzer WORDS = article -> {
    if (article.id().startsWith("broken")) {
      throw NewskgException.runtime("stand-in analyser refuses " + article.id(), null);
    }
    List<Token> tokens = new ArrayList<>();
    String text = article.text();
    int i = 0;
    for (String w : text.split(" ")) {
      String ner = Character.isUpperCase(w.charAt(0)) ? "LOCATION" : "O";
      tokens.add(new Token(tokens.size(), w, w.toLowerCase(), "NNP", ner, i, i + w.length()));
      i += w.length() + 1;
    }
    Sentence s = new Sentence(0, 0, text.length(), tokens, List.of(), List.of(), false);
    return new AnalyzedArticle(article, List.of(s), List.of(), List.of());
  };

  private static List<Article> articles() {
    List<Article> out = new ArrayList<>();
    String[] texts = {"Iran and Israel", "Washington and Tehran", "Saudi Arabia and Iran", "Israel alone",
        "United States and Iran", "Tehran again"};
    for (int i = 0; i < 12; i++) {
      String id = (i == 5 ? "broken-" : "a") + i;
      out.add(new Article(id, "H" + i, LocalDate.of(2025, 1, 1 + i), texts[i % texts.length], List.of(), List.of(), id));
    }
    return out;
  }

  private String ingest(int threads, String name, List<IngestResult> results) {
    Pipeline p = new Pipeline(() -> WORDS, Fixtures.extractor(), Fixtures.cameo());
    try (GraphStore store = GraphStore.openForWrite(dir.resolve(name))) {
      results.addAll(p.ingest(articles(), store, new IngestOptions(threads, false, 4), IngestListener.none()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new Exporter(store).write(ExportFormat.NQUADS, Optional.empty(), out);
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void twoThreadsGiveTheSameStoreAsOne() {
    List<IngestResult> one = new ArrayList<>();
    List<IngestResult> two = new ArrayList<>();
    String a = ingest(1, "one", one);
    String b = ingest(2, "two", two);
    assertEquals(a, b);
    assertEquals(one.stream().map(IngestResult::articleId).toList(), two.stream().map(IngestResult::articleId).toList(),
        "results are reported in input order");
  }

  @Test
  void aFailingArticleIsReportedAndTheOthersAreStored() {
    List<IngestResult> results = new ArrayList<>();
    String nq = ingest(2, "failing", results);
    assertEquals(12, results.size());
    IngestResult broken = results.stream().filter(r -> r.articleId().equals("broken-5")).findFirst().orElseThrow();
    assertEquals(IngestResult.Status.FAILED, broken.status());
    assertTrue(broken.message().contains("refuses"), broken.message());
    assertEquals(11, results.stream().filter(r -> r.status() == IngestResult.Status.INGESTED).count());
    assertTrue(nq.contains("/graph/article/a11>"));
    assertTrue(!nq.contains("/graph/article/broken-5>"));
  }

  @Test
  void unchangedArticlesAreSkippedWithoutAnalysis() {
    List<IngestResult> first = new ArrayList<>();
    ingest(2, "again", first);
    List<IngestResult> second = new ArrayList<>();
    ingest(2, "again", second);
    assertEquals(11, second.stream().filter(r -> r.status() == IngestResult.Status.UNCHANGED).count());
    assertEquals(1, second.stream().filter(r -> r.status() == IngestResult.Status.FAILED).count());
  }
}
