package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules that live in the shipped data files (data/lexicon, data/gazetteer), checked on hand-made
 * parses with the extractor as the program builds it: trigger senses, cues and regions.
 */
class ShippedDataRulesTest {
  private static final LocalDate DATE = LocalDate.of(2010, 3, 30);
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.withShippedData();
  }

  private static List<Event> events(Parses p) {
    return extractor.extract(p.build(DATE)).events();
  }

  @Test
  void consideringSomethingToBeSomethingIsNoPolicyOption() {
    List<Event> trait = events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION considers/VBZ/consider Hezbollah/NNP/Hezbollah/ORGANIZATION a/DT/a"
            + " terrorist/JJ/terrorist organization/NN/organization ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) det(5,3) amod(5,4) xcomp(1,5) punct(1,6)"));
    assertTrue(trait.stream().noneMatch(e -> e.cameo().startsWith("014")), trait::toString);
    List<Event> as = events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION considers/VBZ/consider Hezbollah/NNP/Hezbollah/ORGANIZATION as/IN/as"
            + " a/DT/a threat/NN/threat ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) case(5,3) det(5,4) obl:as(1,5) punct(1,6)"));
    assertTrue(as.stream().noneMatch(e -> e.cameo().startsWith("014")), as::toString);
    // considering an option still is one
    List<Event> option = events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION is/VBZ/be considering/VBG/consider sanctions/NNS/sanction against/IN/against"
            + " Syria/NNP/Syria/LOCATION ./.",
        "root(-1,2) nsubj(2,0) aux(2,1) obj(2,3) case(5,4) nmod:against(3,5) punct(2,6)"));
    assertTrue(option.stream().anyMatch(e -> e.cameo().startsWith("014")), option::toString);
  }

  @Test
  void hopesAndFearsAboutAnotherActorAreCommentsOnIt() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Syria/NNP/Syria/LOCATION hopes/VBZ/hope Israel/NNP/Israel/LOCATION will/MD/will withdraw/VB/withdraw ./.",
        "root(-1,1) nsubj(1,0) ccomp(1,4) nsubj(4,2) aux(4,3) punct(1,5)")), "013");
    assertEquals("SYR", e.source().actorKey());
    assertEquals("ISR", e.target().actorKey());
  }

  @Test
  void protestsThatBrokeOutInACountryAreByItsPeople() {
    List<Event> es = events(new Parses().sentence(
        "Protests/NNS/protest erupted/VBD/erupt in/IN/in cities/NNS/city of/IN/of Iran/NNP/Iran/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obl:in(1,3) case(3,2) nmod:of(3,5) case(5,4) punct(1,6)"));
    Event e = es.stream().filter(x -> x.cameo().startsWith("14")).findFirst().orElseThrow(() -> new AssertionError(es));
    assertEquals("IRN", e.source().actorKey());
    assertEquals("CVL", e.source().sector());
  }

  @Test
  void hailingFromAPlaceIsNoPraise() {
    List<Event> from = events(new Parses().sentence(
        "The/DT/the students/NNS/student hailed/VBD/hail from/IN/from India/NNP/India/LOCATION ./.",
        "root(-1,2) det(1,0) nsubj(2,1) obl:from(2,4) case(4,3) punct(2,5)"));
    assertTrue(from.stream().noneMatch(e -> e.cameo().startsWith("05")), from::toString);
    List<Event> praise = events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION hailed/VBD/hail India/NNP/India/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)"));
    assertTrue(praise.stream().anyMatch(e -> e.cameo().startsWith("05")), praise::toString);
  }

  @Test
  void aWorldRegionActsWithItsCameoRegionCode() {
    List<Event> es = events(new Parses().sentence(
        "Europe/NNP/Europe/LOCATION condemned/VBD/condemn Iran/NNP/Iran/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)"));
    Event e = EventExtractorTest.only(es, "111");
    assertEquals("region/eur", e.source().actorKey());
    assertEquals("IRN", e.target().actorKey());
  }
}
