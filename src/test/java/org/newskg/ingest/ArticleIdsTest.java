package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleIdsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "001_Iran_close_to_decision.txt, 001-iran-close-to-decision",
      "'  Hello, World!.txt', hello-world",
      "__Trump’s letter__.TXT, trump-s-letter",
      "Café Müller.txt, cafe-muller",
      "archive.2024.txt, archive-2024",
      "README, readme",
      "iran.txt, iran",
  })
  void idsFromFileNames(String fileName, String id) {
    assertEquals(id, ArticleIds.fromFileName(fileName));
    assertTrue(ArticleIds.isValid(id));
  }

  @Test
  void longNamesAreCutAt80WithoutATrailingDash() {
    String name = "a".repeat(79) + "_b_c.txt";
    String id = ArticleIds.fromFileName(name);
    assertEquals("a".repeat(79), id);
    assertEquals(80, ArticleIds.fromFileName("x".repeat(200) + ".txt").length());
  }

  @Test
  void namesWithoutLatinLettersGetAStableHash() {
    String id = ArticleIds.fromFileName("новости.txt");
    assertTrue(id.matches("article-[0-9a-f]{8}"), id);
    assertEquals(id, ArticleIds.fromFileName("новости.txt"));
    assertNotEquals(id, ArticleIds.fromFileName("статья.txt"));
  }

  @Test
  void validity() {
    assertTrue(ArticleIds.isValid("stdin"));
    assertTrue(ArticleIds.isValid("001-iran"));
    assertFalse(ArticleIds.isValid("Iran"));
    assertFalse(ArticleIds.isValid("iran--talks"));
    assertFalse(ArticleIds.isValid("-iran"));
    assertFalse(ArticleIds.isValid("iran/talks"));
    assertFalse(ArticleIds.isValid(""));
    assertFalse(ArticleIds.isValid("a".repeat(81)));
  }
}
