package org.newskg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.NewskgException;
import org.newskg.query.FixtureStore;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Vocab;

class ActorLookupTest {
  private static final String ID = NKG.actorIri("");
  private final ActorLookup lookup = ActorLookup.load(FixtureStore.inMemory());

  private List<String> keys(String name) {
    return lookup.match(name).stream().map(ActorInfo::key).toList();
  }

  @Test
  void readsTheActorsGraph() {
    ActorInfo iran = lookup.resolve("Iran");
    assertEquals(
        new ActorInfo(ID + "IRN", "Iran", "Country", "IRN", ID + "IRN", "Iran",
            Vocab.WIKIDATA + "Q794", List.of("Iranian officials", "Tehran")),
        iran);
    ActorInfo kanaani = lookup.resolve("Nasser Kanaani");
    assertEquals("Person", kanaani.type());
    assertEquals("Iran", kanaani.countryLabel());
    assertEquals(6, lookup.actors().size());
  }

  @Test
  void matchesLabelsAndAliasesIgnoringCase() {
    assertEquals(List.of("SAU"), keys("saudi arabia"));
    assertEquals(List.of("SAU"), keys("  Saudi   ARABIA "));
    assertEquals(List.of("IRN"), keys("Tehran"));
    assertEquals(List.of("IRN"), keys("iranian officials"));
    assertEquals(List.of("USA"), keys("US"));
  }

  @Test
  void thenCodesThenKeys() {
    assertEquals(List.of("USA"), keys("usa"));
    assertEquals(List.of("ISR"), keys("ISR"));
    assertEquals(List.of("person/nasser-kanaani"), keys("person/nasser-kanaani"));
    assertEquals(List.of("org/iranian-foreign-ministry"), keys("iranian-foreign-ministry"));
    assertEquals(List.of("IRN"), keys("<" + ID + "IRN>"));
  }

  @Test
  void ambiguousNamesListEveryCandidate() {
    assertEquals(List.of("org/iranian-foreign-ministry", "person/nasser-kanaani"), keys("IRNGOV"));
    NewskgException e = assertThrows(NewskgException.class, () -> lookup.resolve("irngov"));
    assertEquals(NewskgException.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("Iranian Foreign Ministry (GovernmentOrganization, IRNGOV)"), e.getMessage());
    assertTrue(e.getMessage().contains("Nasser Kanaani (Person, IRNGOV)"), e.getMessage());
  }

  @Test
  void unknownNamesGetSuggestions() {
    assertEquals(List.of("IRN"), lookup.suggest("Iram").stream().map(ActorInfo::key).toList());
    assertEquals(List.of("org/iranian-foreign-ministry"), lookup.suggest("foreign ministry").stream().map(ActorInfo::key).toList());
    assertEquals(List.of("SAU"), lookup.suggest("Saudi").stream().map(ActorInfo::key).toList());
    NewskgException e = assertThrows(NewskgException.class, () -> lookup.resolve("Isreal"));
    assertEquals("no actor matches 'Isreal'; did you mean Israel (Country, ISR)?", e.getMessage());
    NewskgException none = assertThrows(NewskgException.class, () -> lookup.resolve("Atlantis"));
    assertTrue(none.getMessage().startsWith("no actor matches 'Atlantis' (list the actors"), none.getMessage());
  }
}
