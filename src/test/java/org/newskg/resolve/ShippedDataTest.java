package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.ActorType;
import org.newskg.resolve.GazetteerEntry.Form;

/** The data files shipped in data/ load and resolve what news text names. */
class ShippedDataTest {
  private static Gazetteer gazetteer;
  private static Lexicons lexicons;
  private static TriggerLexicon triggers;
  private static CameoCodes cameo;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load();
    lexicons = Lexicons.load();
    triggers = TriggerLexicon.load();
    cameo = CameoCodes.load();
  }

  private static GazetteerEntry entry(String surface) {
    return gazetteer.lookup(surface).orElseThrow(() -> new AssertionError("not in the gazetteer: " + surface));
  }

  @Test
  void capitalsAdjectivesAndAbbreviationsResolveToTheirCountry() {
    assertEquals("IRN", entry("Tehran").key());
    assertEquals(Form.CAPITAL, entry("Tehran").form());
    assertEquals("USA", entry("Washington").key());
    assertEquals("USA", entry("U.S.").key());
    assertEquals(Form.ADJECTIVE, entry("Iranian").form());
    assertEquals("IRN", entry("Iranian").key());
    assertEquals("Q794", entry("Iran").wikidata());
    assertEquals("Iranian", gazetteer.adjective("IRN"));
  }

  @Test
  void worldRegionsAreActorsWithTheirCameoRegionCodes() {
    assertEquals("EUR", entry("Europe").code());
    assertEquals(ActorType.LOCATION, entry("Europe").type());
    assertEquals("EUR", entry("European").code());
    assertEquals("MEA", entry("Middle East").code());
    assertEquals("WST", entry("Western").code());
    assertFalse(gazetteer.lookup("West").isPresent(), "\"West Darfur\" is not the West");
    // a longer name wins: the European Union and South Africa are no regions
    assertEquals("IGOEUREEC", entry("European Union").code());
    assertEquals("ZAF", entry("South Africa").code());
    assertEquals(null, entry("Europe").country(), "a region is no country");
  }

  @Test
  void shortUpperCaseAliasesNeverMatchOrdinaryWords() {
    assertTrue(gazetteer.lookup("US").isPresent());
    assertFalse(gazetteer.lookup("us").isPresent());
    assertFalse(gazetteer.lookup("Us").isPresent());
  }

  @Test
  void everyCountryHasAWikidataIdAndAThreeLetterCode() {
    for (String code : List.of("USA", "IRN", "ISR", "SAU", "RUS", "CHN", "GBR", "FRA", "DEU", "UKR", "PRK", "KOR")) {
      GazetteerEntry e = gazetteer.country(code).orElseThrow(() -> new AssertionError(code));
      assertTrue(e.wikidata() != null && e.wikidata().matches("Q\\d+"), code);
      assertEquals(ActorType.COUNTRY, e.type());
    }
  }

  @Test
  void organisationsAgreementsAndLeadersAreKnown() {
    assertEquals(ActorType.INTERNATIONAL_ORGANIZATION, entry("NATO").type());
    assertEquals(ActorType.AGREEMENT, entry("JCPOA").type());
    assertEquals(entry("JCPOA").key(), entry("Joint Comprehensive Plan of Action").key());
    assertEquals("Q22686", entry("Donald Trump").wikidata());
    assertEquals("USA", entry("Joe Biden").country());
  }

  @Test
  void citiesAndRegionsOfTheCityListHaveTheirCountryButAreNoGazetteerForms() {
    assertEquals("PSE", gazetteer.cityCountry("Jericho").orElseThrow());
    assertEquals("GBR", gazetteer.cityCountry("Belfast").orElseThrow());
    assertEquals("GBR", gazetteer.cityCountry("Northern Ireland").orElseThrow());
    assertEquals("TUR", gazetteer.cityCountry("Cizre").orElseThrow());
    assertEquals("TUR", gazetteer.cityCountry("Şanlıurfa").orElseThrow());
    assertFalse(gazetteer.lookup("Jericho").isPresent(), "a city alone must not make a capitalised word a place");
    assertFalse(gazetteer.lookup("Belfast").isPresent());
    // Ramallah and Juba are capitals in countries.tsv, so the city list leaves them out
    assertEquals("PSE", entry("Ramallah").key());
    assertFalse(gazetteer.cityCountry("Ramallah").isPresent());
    // in several countries with no reading ten times more populous than the next: dropped
    for (String ambiguous : List.of("Reading", "Orange", "Punjab", "Aberdeen")) {
      assertFalse(gazetteer.cityCountry(ambiguous).isPresent(), ambiguous);
    }
    assertFalse(gazetteer.cityCountry("Eastern").isPresent(), "generic region names are left out");
    // "Asia" is also a town in the Philippines, "the Sahel" one in Burkina Faso: in news they are the region
    for (String region : List.of("Asia", "Sahel", "Andes")) {
      assertFalse(gazetteer.cityCountry(region).isPresent(), region);
    }
  }

  @Test
  void agentNounsAndTitlesCarryTheirSector() {
    assertEquals("GOV", lexicons.agentSector("officials").orElseThrow());
    assertEquals("MIL", lexicons.agentSector("forces").orElseThrow(), "Serb forces");
    assertTrue(lexicons.agentSector("force").isEmpty(), "the use of force");
    assertEquals("MIL", lexicons.agentSector("army").orElseThrow());
    assertEquals("spokespersonOf", lexicons.role("spokesperson").orElseThrow().relation());
    assertEquals("leaderOf", lexicons.role("supreme leader").orElseThrow().relation());
    assertTrue(lexicons.isCue("historical", "in light of"));
  }

  @Test
  void everyTriggerCodeIsACameoCodeAndAllTwentyRootsAreCovered() {
    Set<String> roots = new java.util.TreeSet<>();
    for (String lemma : List.of("reject", "impose", "withdraw", "meet", "attack", "accuse", "threaten", "praise",
        "demand", "protest", "arrest", "fight", "aid", "investigate", "appeal", "comment", "offer", "mobilize",
        "release", "kill")) {
      for (boolean verb : List.of(true, false)) {
        for (TriggerLexicon.Entry e : triggers.candidates(lemma, verb)) {
          assertTrue(cameo.contains(e.cameo()), e.toString());
          roots.add(e.cameo().substring(0, 2));
        }
      }
    }
    assertTrue(roots.size() >= 15, "roots covered by common verbs: " + roots);
    assertEquals("REJECT", cameo.get("125").orElseThrow().plover());
  }

  @Test
  void specificRowsComeBeforeBareOnes() {
    List<TriggerLexicon.Entry> rows = triggers.candidates("reject", true);
    assertFalse(rows.get(0).objects().isEmpty());
    assertTrue(rows.get(rows.size() - 1).objects().isEmpty());
  }

  @Test
  void phoenixLeadersCarryDatedCodesAndPlacesCodeAsTheirCountry() {
    GazetteerEntry reagan = entry("Ronald Reagan");
    assertEquals("USAGOV", reagan.codeOn(java.time.LocalDate.of(1985, 6, 1)));
    assertEquals("USAELI", reagan.codeOn(java.time.LocalDate.of(1995, 6, 1)));
    GazetteerEntry mubarak = entry("Hosni Mubarak");
    assertEquals("EGYGOV", mubarak.codeOn(java.time.LocalDate.of(2005, 6, 1)));
    assertEquals("EGYELI", mubarak.codeOn(java.time.LocalDate.of(2015, 6, 1)), "hand-curated term end");
    GazetteerEntry kirkuk = entry("Kirkuk");
    assertEquals(org.newskg.extract.ActorType.LOCATION, kirkuk.type());
    assertEquals("IRQ", kirkuk.country());
    assertEquals("IRN", entry("Iran").key(), "a country name stays the country, not a place");
  }

  @Test
  void aPhoenixNameWithAMiddleNameIsFoundByFirstAndLastName() {
    assertEquals("person/carlos-saul-menem", entry("Carlos Menem").key());
    assertEquals(java.util.Optional.of("Carlos Menem"), Gazetteer.shortForm("Carlos Saul Menem"));
    assertEquals(java.util.Optional.empty(), Gazetteer.shortForm("Hosni Mubarak"));
    assertEquals(java.util.Optional.empty(), Gazetteer.shortForm("Osama bin laden"), "a lower-case last word is no surname");
  }

  @Test
  void evaluativeWordsCarryTheirCodeAndTheirNegatedCode() {
    assertEquals("111", lexicons.evaluation("unacceptable", "J").orElseThrow().cameo());
    assertEquals("111", lexicons.evaluation("helpful", "J").orElseThrow().negatedCameo());
    assertEquals("012", lexicons.evaluation("concerned", "J").orElseThrow().cameo());
    assertTrue(lexicons.evaluation("unacceptable", "V").isEmpty());
    assertTrue(lexicons.isCue("warning", "warn"));
    for (String code : List.of("111", "112", "012", "013", "051")) {
      assertTrue(cameo.contains(code), code);
    }
  }

  @Test
  void theGovernmentIsTheStateOfTheCountryInFocusAndTriggerSensesLoad() {
    Lexicons.Description d = lexicons.description("government").orElseThrow();
    assertEquals("country", d.kind());
    assertEquals("GOV", d.sector());
    assertFalse(triggers.nonActSenses("release", false).isEmpty(), "a press release is no release");
    assertTrue(lexicons.isCue("mutual", "clash"));
    assertTrue(lexicons.isCue("needs-target", "04"));
  }
}
