package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** People files with dated terms (leaders.tsv, phoenix-people.tsv): codes by date, precedence, new states. */
class DatedPeopleTest {
  private static DataFiles.Row row(String key, String label, String country, String terms) {
    return new DataFiles.Row(Map.of("key", key, "label", label, "country", country, "terms", terms,
        "wikidata", "Q1", "aliases", ""));
  }

  private static GazetteerEntry entry(Gazetteer g, String name) {
    return g.lookup(name).orElseThrow(() -> new AssertionError("not found: " + name));
  }

  @Test
  void aLeaderIsGovWithinTheTermAndEliteAfterIt() {
    Gazetteer g = Gazetteer.empty();
    g.loadDatedPeople(List.of(row("person/ana-example", "Ana Example", "DZA", "DZAGOV@2019-12-28..2021-07-07")));
    GazetteerEntry e = entry(g, "Ana Example");
    assertEquals("DZAGOV", e.codeOn(LocalDate.of(2020, 6, 1)));
    assertEquals("DZAELI", e.codeOn(LocalDate.of(2023, 1, 1)));
    assertEquals("Q1", e.wikidata());
  }

  @Test
  void aForeignMinisterInOfficeIsGovOfTheirCountry() {
    Gazetteer g = Gazetteer.empty();
    g.loadDatedPeople(List.of(row("person/bo-minister", "Bo Minister", "LBN", "LBNGOV@2021-09-10..")));
    assertEquals("LBNGOV", entry(g, "Bo Minister").codeOn(LocalDate.of(2022, 3, 1)));
  }

  @Test
  void aPresidentAfterIndependenceCodesAsTheNewCountry() {
    Gazetteer g = Gazetteer.empty();
    g.loadDatedPeople(List.of(row("person/cy-founder", "Cy Founder", "SSD",
        "SDNGOV@2005-08-11..2011-07-09|SSDGOV@2011-07-09..")));
    GazetteerEntry e = entry(g, "Cy Founder");
    assertEquals("SDNGOV", e.codeOn(LocalDate.of(2008, 1, 1)));
    assertEquals("SSDGOV", e.codeOn(LocalDate.of(2012, 1, 1)));
  }

  @Test
  void theFirstFileLoadedWinsAName() {
    Gazetteer g = Gazetteer.empty();
    g.loadDatedPeople(List.of(row("person/dee-leader", "Dee Leader", "FRA", "FRAGOV@2017-05-14..")));
    g.loadDatedPeople(List.of(row("person/dee-leader", "Dee Leader", "FRA", "FRAGOV@1990-01-01..1995-01-01")));
    assertEquals("FRAGOV", entry(g, "Dee Leader").codeOn(LocalDate.of(2020, 1, 1)));
  }

  @Test
  void theShippedLeadersFileResolvesHeadsOfGovernmentAndForeignMinisters() {
    Gazetteer g = Gazetteer.load();
    GazetteerEntry djerrad = entry(g, "Abdelaziz Djerrad");
    assertEquals("DZAGOV", djerrad.codeOn(LocalDate.of(2020, 6, 1)));
    assertEquals("DZAELI", djerrad.codeOn(LocalDate.of(2023, 6, 1)));
    GazetteerEntry bouHabib = entry(g, "Abdallah Bou Habib");
    assertEquals("LBNGOV", bouHabib.codeOn(LocalDate.of(2022, 6, 1)));
    assertEquals("Q108504531", bouHabib.wikidata());
    // South Sudan's president: Phoenix's dated terms are kept in leaders.tsv
    assertEquals("SSDGOV", entry(g, "Salva Kiir Mayardit").codeOn(LocalDate.of(2012, 1, 1)));
  }
}
