package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.resolve.Lexicons;

/** Events inside one country: two parties of one country actor, told apart by their sectors. */
class DomesticDyadTest {
  private static final LocalDate DATE = LocalDate.of(2025, 3, 30);

  private static Extraction extract(Parses p) {
    return Fixtures.extractor().extract(p.build(DATE));
  }

  private static Event only(List<Event> events, String cameo) {
    return EventExtractorTest.only(events, cameo);
  }

  @Test
  void policeAgainstStudentsOfOneCountryIsADomesticDyad() {
    Event e = only(extract(new Parses().sentence(
        "Serbian/JJ/Serbian/MISC police/NNS/police attacked/VBD/attack Serbian/JJ/Serbian/MISC students/NNS/student ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) amod(4,3) obj(2,4) punct(2,5)")).events(), "190");
    assertEquals("SRB", e.source().actorKey());
    assertEquals("COP", e.source().sector());
    assertEquals("SRB", e.target().actorKey());
    assertEquals("EDU", e.target().sector());
  }

  @Test
  void aCountryAndItsOwnStateSectorAreOneParty() {
    // "Israel attacked Israeli forces": the army is the state itself, no dyad
    Event e = only(extract(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION attacked/VBD/attack Israeli/JJ/Israeli/MISC forces/NNS/force ./.",
        "root(-1,1) nsubj(1,0) amod(3,2) obj(1,3) punct(1,4)")).events(), "190");
    assertEquals("ISR", e.source().actorKey());
    assertNull(e.target());
  }

  @Test
  void anEthnicGroupIsCiviliansAndTheCountryItProtestsInIsTheTarget() {
    Event e = only(extract(new Parses().sentence(
        "Ethnic/JJ/ethnic Albanians/NNPS/Albanian/MISC demonstrated/VBD/demonstrate in/IN/in Serbia/NNP/Serbia/LOCATION ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) case(4,3) obl:in(2,4) punct(2,5)")).events(), "141");
    assertEquals("SRB", e.source().actorKey());
    assertEquals("CVL", e.source().sector());
    assertEquals("SRB", e.target().actorKey());
    assertNull(e.target().sector(), "the country as a whole");
  }

  @Test
  void whatAStateDoesInItsOwnCountryIsAimedAtItsPeople() {
    Event e = only(extract(new Parses().sentence(
        "Serbian/JJ/Serbian/MISC forces/NNS/force attacked/VBD/attack in/IN/in Serbia/NNP/Serbia/LOCATION ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) case(4,3) obl:in(2,4) punct(2,5)")).events(), "190");
    assertEquals("MIL", e.source().sector());
    assertEquals("SRB", e.target().actorKey());
    assertEquals("CVL", e.target().sector());
  }

  @Test
  void aCapitalWhereSomethingHappensIsThePlaceNotTheGovernment() {
    // "rebels attacked a base in Belgrade": the capital is where, not the government
    Event e = only(extract(new Parses().sentence(
        "Albanian/JJ/Albanian/MISC rebels/NNS/rebel attacked/VBD/attack in/IN/in Belgrade/NNP/Belgrade/LOCATION ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) case(4,3) obl:in(2,4) punct(2,5)")).events(), "190");
    assertEquals("SRB", e.target().actorKey());
    assertNull(e.target().sector());
  }

  @Test
  void aPlaceInAnotherCountryMakesTheOnlyCountryUnknown() {
    // "Serbian police attacked students near Kukes": Kukes lies in Albania, so whose students is open
    Event e = only(extract(new Parses().sentence(
        "Serbian/JJ/Serbian/MISC police/NNS/police attacked/VBD/attack students/NNS/student near/IN/near"
            + " Kukes/NNP/Kukes/LOCATION ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) obj(2,3) case(5,4) obl:near(2,5) punct(2,6)")).events(), "190");
    assertNull(e.target());
  }

  @Test
  void anOrganisationIsNotSplitBySector() {
    ActorRegistry registry = new ActorRegistry();
    registry.put(new Actor("org/hezbollah", "Hezbollah", ActorType.GROUP, "LBNREB", "LBN", null, Set.of()));
    registry.put(new Actor("LBN", "Lebanon", ActorType.COUNTRY, "LBN", "LBN", null, Set.of()));
    Parties parties = new Parties(Fixtures.lexicons(), registry);
    Span a = new Span(0, 0, 1, 0, 5, "a");
    Span b = new Span(0, 2, 3, 8, 12, "b");
    assertTrue(parties.same(new ActorMention("org/hezbollah", a, 0, "OPP", false), new ActorMention("org/hezbollah", b, 2, null, false)),
        "the activists of a group and the group are one party");
    assertFalse(parties.same(new ActorMention("LBN", a, 0, "OPP", false), new ActorMention("LBN", b, 2, null, false)));
    assertFalse(parties.same(new ActorMention("LBN", a, 0, "COP", false), new ActorMention("LBN", b, 2, "OPP", false)));
    assertTrue(parties.same(new ActorMention("LBN", a, 0, "GOV", false), new ActorMention("LBN", b, 2, null, false)));
    assertEquals("OPP", parties.party(new ActorMention("LBN", a, 0, "OPP", false)));
    assertEquals("", parties.party(new ActorMention("LBN", a, 0, "GOV", false)));
    assertEquals("", parties.party(new ActorMention("org/hezbollah", a, 0, "OPP", false)));
  }

  @Test
  void unnamedOfficialsAreNotTheSourcesOwnJustBecauseItsCountryIsTheOnlyOneNamed() {
    // "Chadian forces killed two jihadi leaders": whose leaders the sentence does not say
    Event e = only(extract(new Parses().sentence(
        "Serbian/JJ/Serbian/MISC forces/NNS/force attacked/VBD/attack officials/NNS/official ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) obj(2,3) punct(2,4)")).events(), "190");
    assertEquals("MIL", e.source().sector());
    assertNull(e.target());
  }

  @Test
  void aGroupWithAnOriginWeDoNotKnowIsNotOfTheOnlyCountryNamed() {
    // "Pirates in Somalia have seized two European tankers": the tankers are not Somalia's
    Event e = only(extract(new Parses().sentence(
        "Serbian/JJ/Serbian/MISC police/NNS/police attacked/VBD/attack Ruritanian/JJ/Ruritanian/MISC students/NNS/student ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) amod(4,3) obj(2,4) punct(2,5)")).events(), "190");
    assertNull(e.target());
    // a religion is no origin: "Egyptian police fired on Moslem demonstrators"
    Lexicons lex = Fixtures.lexicons();
    lex.addAgent("moslem", "MUS");
    Event religious = only(new Extractor(Fixtures.gazetteer(), lex, Fixtures.triggers(), Fixtures.cameo()).extract(
        new Parses().sentence(
            "Serbian/JJ/Serbian/MISC police/NNS/police attacked/VBD/attack Moslem/JJ/Moslem/MISC students/NNS/student ./.",
            "root(-1,2) amod(1,0) nsubj(2,1) amod(4,3) obj(2,4) punct(2,5)").build(DATE)).events(), "190");
    assertEquals("SRB", religious.target().actorKey());
  }
}
