package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.ingest.Fixtures.parse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.NewskgException;
import org.newskg.ingest.Article.CitedSource;
import org.newskg.ingest.Article.TextRange;

class TextArticleParserTest {

  private static final String TOWNHALL_TITLE =
      "Iran Rejects Direct Negotiations With the U.S. In Response to Trump’s Letter";

  private final Article seed =
      Fixtures.PARSER.parse("seed", Fixtures.text("seed.txt"), "seed.txt", ArticleOverrides.none());

  @Test
  void seedMetadata() {
    assertEquals("seed", seed.id());
    assertEquals("seed.txt", seed.origin());
    assertEquals(LocalDate.of(2025, 3, 30), seed.date());
    assertEquals(TOWNHALL_TITLE, seed.headline());
    assertEquals(List.of(
        new CitedSource("Townhall", TOWNHALL_TITLE),
        new CitedSource("Politico", "In response to Trump’s letter, Iran rejects direct negotiations"),
        new CitedSource("Euronews", "Iran rejects direct negotiations with US and requests proof"
            + " that it ‘can build trust")), seed.sources());
  }

  @Test
  void seedBodyIsCleaned() {
    String body = seed.text();
    assertTrue(body.startsWith("In a decisive response to a diplomatic overture"), body);
    assertTrue(body.endsWith("before any form of U.S.-Iran reconciliation can take place."));
    assertFalse(body.contains("Be the first to comment"));
    assertFalse(body.contains("SOURCES"));
    assertFalse(body.contains("TOWNHALL"));
    assertFalse(body.contains("Published"));
    assertFalse(body.contains("\n\n"), "no empty lines");
    assertFalse(body.contains("\r"));
    assertEquals(11, body.split("\n").length, "8 paragraphs and 3 headings");
  }

  @Test
  void seedHeadingsPointIntoTheBody() {
    List<String> expected =
        List.of("Iran’s Position", "U.S. Reaction and Regional Implications", "A Path Forward?");
    assertEquals(3, seed.headings().size());
    for (int i = 0; i < 3; i++) {
      TextRange range = seed.headings().get(i);
      assertEquals(expected.get(i), seed.text().substring(range.begin(), range.end()));
      assertEquals(seed.text().indexOf(expected.get(i)), range.begin());
      assertEquals('\n', seed.text().charAt(range.begin() - 1));
      assertEquals('\n', seed.text().charAt(range.end()));
      assertTrue(seed.inHeading(range.begin()));
      assertFalse(seed.inHeading(range.end()));
    }
  }

  @Test
  void wikinewsTitleDatelineAndBody() {
    Article a = parse(Fixtures.text("wikinews-001.txt"));
    assertEquals("Iran close to decision on nuclear program", a.headline());
    assertEquals(LocalDate.of(2004, 11, 13), a.date());
    assertTrue(a.text().startsWith("Iranian representatives say negotiations with Europe on its"
        + " nuclear program are in the final stages.\nIran's foreign minister, Kamal Kharazi,"));
    assertFalse(a.text().contains("November 13, 2004"));
    assertFalse(a.text().contains("Iran close to decision"));
    assertEquals(List.of(), a.headings());
    assertEquals(List.of(), a.sources());
  }

  @Test
  void wikinewsTitleMayEndInAnAbbreviation() {
    Article a = parse(Fixtures.text("wikinews-025.txt"));
    assertEquals("Dozens left dead in Caribbean as Hurricane Dennis moves toward U.S.", a.headline());
    assertEquals(LocalDate.of(2005, 7, 9), a.date());
    assertTrue(a.text().startsWith("After scouring the Caribbean islands, Hurricane Dennis"));
  }

  @Test
  void wikinewsEmptySourcesSectionsAreDropped() {
    Article a = parse(Fixtures.text("wikinews-157.txt"));
    assertEquals("Israeli-Palestinian conflict: Day 20", a.headline());
    assertEquals(LocalDate.of(2009, 1, 15), a.date());
    assertFalse(List.of(a.text().split("\n")).contains("Sources"));
    List<String> lines = List.of(a.text().split("\n"));
    int before = indexOfLineStartingWith(lines, "The Israeli government is said to be looking");
    assertTrue(lines.get(before + 1).startsWith("The leader of al-Qaeda, Osama bin Laden"));
    assertEquals(List.of(), a.sources());
    assertEquals(List.of(), a.headings());
  }

  @Test
  void lineEndingsBomAndOddSpacesAreNormalised() {
    Article a = parse("\uFEFFA title\r\n\r\nMarch 3, 2020\rFirst\u00A0paragraph. \r\n\u00A0 Second\tone.\u00A0");
    assertEquals("A title", a.headline());
    assertEquals("First paragraph.\nSecond one.", a.text());
  }

  @Test
  void titleNeedsABlankOrDateLineAfterIt() {
    Article a = parse("Short opening line\nThe first paragraph follows at once, without a gap.");
    assertNull(a.headline());
    assertEquals("Short opening line\nThe first paragraph follows at once, without a gap.", a.text());
    assertEquals(List.of(new TextRange(0, 18)), a.headings());
  }

  @Test
  void titleMayBeFollowedDirectlyByADateline() {
    Article a = parse("Storm hits coast\n13 November 2004\nThe storm hit the coast.");
    assertEquals("Storm hits coast", a.headline());
    assertEquals(LocalDate.of(2004, 11, 13), a.date());
    assertEquals("The storm hit the coast.", a.text());
  }

  @Test
  void aSentenceIsNotATitle() {
    Article a = parse("The talks ended.\n\nBoth sides left Geneva.");
    assertNull(a.headline());
    assertEquals("The talks ended.\nBoth sides left Geneva.", a.text());
  }

  @Test
  void headlineFallsBackToTheFirstCitedTitle() {
    Article a = parse("Talks ended on Friday.\nSources:\nREUTERS - Talks end in Geneva\nAP: Geneva talks over");
    assertEquals("Talks end in Geneva", a.headline());
    assertEquals(List.of(new CitedSource("Reuters", "Talks end in Geneva"),
        new CitedSource("AP", "Geneva talks over")), a.sources());
    assertEquals("Talks ended on Friday.", a.text());
  }

  @Test
  void noTitleAndNoSourcesMeansNoHeadline() {
    assertNull(parse("Talks ended on Friday.\nBoth sides left.").headline());
  }

  @Test
  void sourcesBlockEndsAtTheFirstLineThatIsNotASource() {
    Article a = parse("Talks ended.\nSource: BBC — Geneva talks end\n\nNPR – Diplomats go home\n"
        + "This paragraph came after the list and is longer than any publisher name could be.\nAdvertisement");
    assertEquals(List.of(new CitedSource("BBC", "Geneva talks end"),
        new CitedSource("NPR", "Diplomats go home")), a.sources());
    assertEquals("Talks ended.\nThis paragraph came after the list and is longer than any"
        + " publisher name could be.", a.text());
  }

  @Test
  void sourcesLineListingPublishersOnly() {
    Article a = parse("Talks ended.\nSources: Reuters, AP");
    assertEquals(List.of(new CitedSource("Reuters", null), new CitedSource("AP", null)), a.sources());
    assertNull(a.headline());
  }

  @Test
  void aSentenceStartingWithSourcesStaysInTheBody() {
    Article a = parse("Sources: the deal is off, officials say.\nNothing else was said.");
    assertEquals(List.of(), a.sources());
    assertTrue(a.text().startsWith("Sources: the deal is off"));
  }

  @Test
  void headingRules() {
    Article a = parse("Intro paragraph that opens the story.\n"
        + "Background\n"
        + "A paragraph under the background heading.\n"
        + "Why did the talks in Geneva collapse so fast?\n"
        + "A paragraph after a long question.\n"
        + "Part one\n"
        + "Part two\n"
        + "Only the second of two short lines is a heading.\n"
        + "Closing line");
    List<String> headings = a.headings().stream()
        .map(r -> a.text().substring(r.begin(), r.end())).toList();
    assertEquals(List.of("Background", "Part two"), headings);
  }

  @Test
  void overridesWin() {
    Article a = Fixtures.PARSER.parse("seed", Fixtures.text("seed.txt"), "seed.txt",
        ArticleOverrides.of("iran-talks", "2025-04-01"));
    assertEquals("iran-talks", a.id());
    assertEquals(LocalDate.of(2025, 4, 1), a.date());
  }

  @Test
  void boilerplateOnlyIsBadInput() {
    NewskgException e = assertThrows(NewskgException.class,
        () -> Fixtures.PARSER.parse("x", "Share this article\n\nAdvertisement\nPublished March 30, 2025",
            "feeds/x.txt", ArticleOverrides.none()));
    assertEquals(NewskgException.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().startsWith(
        "feeds/x.txt: no article text after removing metadata and boilerplate"), e.getMessage());
  }

  private static int indexOfLineStartingWith(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + prefix);
  }
}
