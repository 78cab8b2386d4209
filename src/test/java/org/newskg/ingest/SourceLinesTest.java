package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.ingest.Article.CitedSource;

class SourceLinesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "TOWNHALL, Townhall",
      "POLITICO, Politico",
      "EURONEWS, Euronews",
      "BBC, BBC",
      "CNN, CNN",
      "AP, AP",
      "NPR, NPR",
      "ABC NEWS, ABC News",
      "THE NEW YORK TIMES, The New York Times",
      "IRNA, IRNA",
      "TEHRAN TIMES, Tehran Times",
      "VOICE OF AMERICA, Voice of America",
      "AL-MONITOR, Al-Monitor",
      "REUTERS’S WIRE, Reuters’s Wire",
      "The Hill, The Hill",
      "euronews, euronews",
  })
  void readablePublisherNames(String raw, String readable) {
    assertEquals(readable, SourceLines.readable(raw));
  }

  @Test
  void separators() {
    assertEquals(Optional.of(new CitedSource("Politico", "Iran says no")), SourceLines.line("POLITICO – Iran says no"));
    assertEquals(Optional.of(new CitedSource("Politico", "Iran says no")), SourceLines.line("POLITICO — Iran says no"));
    assertEquals(Optional.of(new CitedSource("Politico", "Iran says no")), SourceLines.line("POLITICO - Iran says no"));
    assertEquals(Optional.of(new CitedSource("Politico", "Iran says no")), SourceLines.line("POLITICO: Iran says no"));
    assertEquals(Optional.of(new CitedSource("Al-Monitor", "U.S.-Iran talks stall")),
        SourceLines.line("Al-Monitor - U.S.-Iran talks stall"));
    assertEquals(Optional.of(new CitedSource("reuters.com", null)),
        SourceLines.line("https://www.reuters.com/world/iran-talks"));
  }

  @Test
  void paragraphsAreNotSourceLines() {
    assertEquals(Optional.empty(), SourceLines.line(
        "Despite the rejection, indirect talks between the U.S. and Iran continue – for now."));
    assertEquals(Optional.empty(), SourceLines.line("Iran – which rejected the talks – said no."));
  }

  @Test
  void markers() {
    assertEquals(Optional.of(List.of()), SourceLines.marker("Sources"));
    assertEquals(Optional.of(List.of()), SourceLines.marker("SOURCES:"));
    assertEquals(Optional.of(List.of(new CitedSource("Townhall", "Iran rejects talks"))),
        SourceLines.marker("SOURCES: TOWNHALL – Iran rejects talks"));
    assertEquals(Optional.empty(), SourceLines.marker("Sources said the talks failed."));
    assertEquals(Optional.empty(), SourceLines.marker("Sources: the deal is off, officials say."));
  }
}
