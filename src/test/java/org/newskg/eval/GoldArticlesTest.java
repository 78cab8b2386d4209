package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Article;

class GoldArticlesTest {
  @Test
  void titleAndDateLinesAreSkippedAsIngestWouldButOffsetsStay() {
    String text = "Iran rejects talks with US\n\nAugust 9, 2005\nIran rejected talks with the United States.\n"
        + "It said so on Tuesday.\n";
    GoldRecord r = new GoldRecord("x", LocalDate.of(2005, 8, 9), text, List.of());
    Article a = new GoldArticles().article("x", r);
    assertEquals(text, a.text(), "the text is kept whole");
    assertTrue(a.inHeading(0), "title line");
    assertTrue(a.inHeading(text.indexOf("August")), "date line");
    assertFalse(a.inHeading(text.indexOf("Iran rejected")));
    assertFalse(a.inHeading(text.indexOf("It said")));
  }

  @Test
  void aOneSentenceRecordIsLeftAlone() {
    GoldRecord r = new GoldRecord("x", null, "Iran rejected talks.", List.of());
    assertEquals(List.of(), new GoldArticles().article("x", r).headings());
  }
}
