package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.NewskgException;

class BoilerplateTest {
  private static final Boilerplate SHIPPED = Boilerplate.fromClasspath();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Be the first to comment", "Share this article", "Share on Facebook", "SHARE",
      "Subscribe to our newsletter", "Sign up for our daily briefing", "Advertisement",
      "Read more: Iran rejects talks", "Click here to read the full report", "Follow us on X",
      "Related articles", "Related:", "Leave a comment", "Comments", "12 Comments", "Comments (3)",
      "Copyright 2025 Townhall Media", "© 2025 Euronews", "All rights reserved.",
      "2025 Politico LLC. All rights reserved", "Tweet", "__NOEDITSECTION__", "]]", "  — • —  ",
  })
  void shippedPatternsMatchBoilerplate(String line) {
    assertTrue(SHIPPED.matches(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Subscribers to the state broadcaster heard the speech live.",
      "Share prices in Tehran fell sharply after the announcement.",
      "Comments by the foreign minister were widely reported.",
      "Iran’s Position",
      "Sign up rates for the government programme rose after the announcement, officials said,"
          + " adding that the rise was the largest in a decade and surprised most analysts.",
  })
  void shippedPatternsKeepArticleText(String line) {
    assertFalse(SHIPPED.matches(line), line);
  }

  @Test
  void parsesCommentsAndBlankLines() {
    Boilerplate b = Boilerplate.parse("# a comment\n\n  promo code \\d+  \n", "test");
    assertEquals(1, b.size());
    assertTrue(b.matches("PROMO CODE 42"));
    assertFalse(b.matches("promo code 42 applies"));
  }

  @Test
  void badPatternNamesTheLine() {
    NewskgException e = assertThrows(NewskgException.class,
        () -> Boilerplate.parse("# ok\nfine\n(unclosed\n", "patterns.txt"));
    assertTrue(e.getMessage().startsWith("patterns.txt, line 3: not a valid regular expression"),
        e.getMessage());
  }

  @Test
  void fromFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("bp.txt"), "newsletter\n");
    assertTrue(Boilerplate.fromFile(file).matches("Newsletter"));
  }
}
