package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Article.TextRange;

class HtmlArticleReaderTest {
  private static final HtmlArticleReader READER = new HtmlArticleReader(Fixtures.PARSER);

  private static Article read(String html) {
    return READER.read(html, "page", "page.html", ArticleOverrides.none());
  }

  @Test
  void aSavedPageGivesItsArticleWithoutScriptsNavigationSharingAdsAndComments() {
    Article a = read(Fixtures.text("html/saved-page.html"));
    assertEquals("Ceasefire talks resume in Doha", a.headline());
    assertEquals(LocalDate.of(2025, 3, 30), a.date());
    assertEquals(String.join("\n",
        "Negotiators from Israel and Hamas met in Doha on Sunday, officials said.",
        "Qatar and Egypt are mediating the talks, which stalled in February.",
        "What is on the table",
        "The proposal includes a release of hostages and a pause in fighting.",
        "A six-week truce.",
        "Aid deliveries to Gaza.",
        "\"We are cautiously hopeful,\" a Qatari official said."), a.text());
    int h2 = a.text().indexOf("What is on the table");
    assertEquals(List.of(new TextRange(h2, h2 + "What is on the table".length())), a.headings());
    assertEquals(Map.of("url", "https://example.org/world/ceasefire-talks", "publisher", "Example News"),
        a.metadata());
    assertEquals("page.html", a.origin());
    assertEquals("page", a.id());
  }

  @Test
  void scriptInTheBodyLeavesNoTrace() {
    Article a = read("<html><body><p>Talks ended in Geneva.</p><script>alert(1)</script>"
        + "<p>Both sides left.<script>document.write('x')</script></p></body></html>");
    assertEquals("Talks ended in Geneva.\nBoth sides left.", a.text());
    assertFalse(a.text().contains("alert"));
  }

  @Test
  void titleFallsBackToTheTitleElementThenTheFirstH1() {
    assertEquals("Page title", read("<title>Page title</title><h1>Big</h1><p>Text here.</p>").headline());
    assertEquals("Big", read("<h1>Big</h1><p>Text here.</p>").headline());
    assertNull(read("<p>Text here.</p>").headline());
  }

  @Test
  void dateFromItempropOrTimeElementOrADatelineInTheText() {
    assertEquals(LocalDate.of(2024, 1, 2), read("<meta itemprop=\"datePublished\" content=\"2024-01-02\">"
        + "<p>Text here.</p>").date());
    assertEquals(LocalDate.of(2024, 5, 6), read("<p><time datetime=\"2024-05-06T10:00Z\">May 6</time></p>"
        + "<p>Text here.</p>").date());
    assertEquals(LocalDate.of(2023, 11, 13), read("<main><p>Published November 13, 2023</p>"
        + "<p>Text here.</p></main>").date());
  }

  @Test
  void mainTextComesFromMainWhenThereIsNoArticleElementElseFromBody() {
    assertEquals("Inside main.", read("<body><div>Outside.</div><main><p>Inside main.</p></main></body>").text());
    assertEquals("Only body.", read("<body><div><p>Only body.</p></div></body>").text());
  }

  @Test
  void ogUrlIsUsedWithoutACanonicalLink() {
    Article a = read("<meta property=\"og:url\" content=\"https://example.org/a\"><p>Text here.</p>");
    assertEquals(Map.of("url", "https://example.org/a"), a.metadata());
  }
}
