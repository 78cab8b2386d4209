package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newskg.NewskgException;

class ArticleOverridesTest {

  @Test
  void fromCliValues() {
    ArticleOverrides o = ArticleOverrides.of("iran-talks", "2025-03-30");
    assertEquals("iran-talks", o.id());
    assertEquals(LocalDate.of(2025, 3, 30), o.date());
    assertEquals("iran-talks", o.idOr("file-id"));
    assertEquals(LocalDate.of(2025, 3, 30), o.dateOr(LocalDate.of(2000, 1, 1)));
  }

  @Test
  void noneKeepsWhatTheTextSays() {
    assertEquals(ArticleOverrides.none(), ArticleOverrides.of(null, null));
    assertEquals("file-id", ArticleOverrides.none().idOr("file-id"));
    assertEquals(LocalDate.of(2000, 1, 1), ArticleOverrides.none().dateOr(LocalDate.of(2000, 1, 1)));
  }

  @Test
  void badDate() {
    NewskgException e = assertThrows(NewskgException.class, () -> ArticleOverrides.of(null, "30/03/2025"));
    assertEquals(NewskgException.BAD_INPUT, e.exitCode());
    assertEquals("--date '30/03/2025' is not a date: write it as YYYY-MM-DD (e.g. 2025-03-30)",
        e.getMessage());
  }

  @Test
  void badIdSuggestsAGoodOne() {
    NewskgException e = assertThrows(NewskgException.class, () -> ArticleOverrides.of("My Article", null));
    assertEquals(NewskgException.BAD_INPUT, e.exitCode());
    assertEquals("--id 'My Article' is not a valid article id: use lower-case letters, digits and"
        + " single '-' between them, at most 80 characters (e.g. 'my-article')", e.getMessage());
  }
}
