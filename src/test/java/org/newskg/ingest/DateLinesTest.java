package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.ingest.Fixtures.parse;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Published March 30, 2025; 2025-03-30; true",
      "|Published March 30, 2025; 2025-03-30; true",
      "Published: 2025-03-30; 2025-03-30; true",
      "Published on Sunday, March 30, 2025 10:32 AM EDT; 2025-03-30; true",
      "Posted Nov. 13, 2004; 2004-11-13; true",
      "Published March 30, 2025 | Updated March 31, 2025; 2025-03-30; true",
      "Updated March 31, 2025 · Published March 30, 2025; 2025-03-30; true",
      "November 13, 2004; 2004-11-13; false",
      "13 November 2004; 2004-11-13; false",
      "2004-11-13; 2004-11-13; false",
      "2004-11-13T09:30:00Z; 2004-11-13; false",
      "Nov. 13, 2004; 2004-11-13; false",
      "Sept. 3, 2010; 2010-09-03; false",
      "Sep 3 2010; 2010-09-03; false",
      "March 1st, 2020; 2020-03-01; false",
      "Saturday, November 13, 2004; 2004-11-13; false",
  })
  void dateOnlyLines(String line, String iso, boolean published) {
    assertEquals(Optional.of(new DateLines.DateLine(LocalDate.parse(iso), published)),
        DateLines.parse(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The talks began on November 13, 2004.",
      "February 30, 2025",
      "March 30",
      "May 2025",
      "Published by the ministry",
      "2004-13-01",
  })
  void otherLinesAreNotDateLines(String line) {
    assertEquals(Optional.empty(), DateLines.parse(line));
  }

  @Test
  void updatedOnlyLineIsMetadataWithoutADate() {
    assertEquals(Optional.of(new DateLines.DateLine(null, false)),
        DateLines.parse("Updated: April 2, 2025"));
    Article a = parse("Updated: April 2, 2025\nThe talks ended.");
    assertNull(a.date());
    assertEquals("The talks ended.", a.text());
  }

  @Test
  void publishedBeatsAnEarlierDateline() {
    Article a = parse("November 13, 2004\nThe talks ended.\nPublished November 14, 2004");
    assertEquals(LocalDate.of(2004, 11, 14), a.date());
    assertEquals("The talks ended.", a.text());
  }

  @Test
  void firstDatelineWinsAndAllDateLinesLeaveTheBody() {
    Article a = parse("The talks ended.\n2004-11-13\nMore talks are planned.\n2004-12-01");
    assertEquals(LocalDate.of(2004, 11, 13), a.date());
    assertEquals("The talks ended.\nMore talks are planned.", a.text());
  }

  @Test
  void impossibleDateStaysInTheBody() {
    Article a = parse("February 30, 2025\nThe talks ended.");
    assertNull(a.date());
    assertTrue(a.text().startsWith("February 30, 2025\n"));
  }
}
