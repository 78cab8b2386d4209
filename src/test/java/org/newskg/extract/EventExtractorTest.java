package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventExtractorTest {
  private static final LocalDate DATE = LocalDate.of(2025, 3, 30);

  private static List<Event> events(Parses p) {
    return Fixtures.extractor().extract(p.build(DATE)).events();
  }

  static Event only(List<Event> events, String cameo) {
    List<Event> found = events.stream().filter(e -> e.cameo().equals(cameo)).toList();
    assertEquals(1, found.size(), () -> "expected one " + cameo + " event in " + events);
    return found.get(0);
  }

  @Test
  void verbWithObjectRowWinsAndTargetComesFromTheObjectsWithPhrase() {
    Event e = only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION rejected/VBD/reject talks/NNS/talk with/IN/with Washington/NNP/Washington/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) nmod:with(2,4) case(4,3) punct(1,5)")), "125");
    assertEquals("IRN", e.source().actorKey());
    assertEquals("USA", e.target().actorKey());
    assertEquals("Washington", e.target().span().text());
    assertEquals("rejected talks", e.trigger().text());
    assertEquals(DATE, e.date());
    assertEquals(Modality.ASSERTED, e.modality());
  }

  @Test
  void bareVerbWithoutTheObjectFallsBackToTheGeneralCode() {
    Event e = only(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION rejected/VBD/reject Iran/NNP/Iran/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)")), "120");
    assertEquals("ISR", e.source().actorKey());
    assertEquals("IRN", e.target().actorKey());
  }

  @Test
  void passiveAgentIsTheSourceAndPassiveSubjectTheTarget() {
    Event e = only(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION was/VBD/be attacked/VBN/attack by/IN/by Iran/NNP/Iran/LOCATION ./.",
        "root(-1,2) nsubj:pass(2,0) aux:pass(2,1) obl:agent(2,4) case(4,3) punct(2,5)")), "190");
    assertEquals("IRN", e.source().actorKey());
    assertEquals("ISR", e.target().actorKey());
  }

  @Test
  void possessorIsTheSourceOfANominalEvent() {
    Event e = only(events(new Parses().sentence(
        "Trump/NNP/Trump/PERSON 's/POS/'s letter/NN/letter reached/VBD/reach Tehran/NNP/Tehran/LOCATION ./.",
        "root(-1,3) nmod:poss(2,0) case(0,1) nsubj(3,2) obj(3,4) punct(3,5)")), "036");
    assertEquals("person/donald-trump", e.source().actorKey());
  }

  @Test
  void negatedCooperationWithANegatedCodeBecomesARefusal() {
    Event e = only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION will/MD/will not/RB/not engage/VB/engage in/IN/in talks/NNS/talk with/IN/with"
            + " Israel/NNP/Israel/LOCATION ./.",
        "root(-1,3) nsubj(3,0) aux(3,1) advmod(3,2) obl:in(3,5) case(5,4) nmod:with(5,7) case(7,6) punct(3,8)")), "125");
    assertEquals("IRN", e.source().actorKey());
    assertEquals("ISR", e.target().actorKey());
    assertEquals("will not engage in talks", e.trigger().text());
    assertFalse(e.modality().negated(), "the refusal itself is asserted");
  }

  @Test
  void negationWithoutANegatedCodeIsFlagged() {
    Event e = only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION did/VBD/do not/RB/not attack/VB/attack Israel/NNP/Israel/LOCATION ./.",
        "root(-1,3) nsubj(3,0) aux(3,1) advmod(3,2) obj(3,4) punct(3,5)")), "190");
    assertTrue(e.modality().negated());
  }

  @Test
  void modalMakesAnEventHypothetical() {
    Event e = only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION could/MD/could attack/VB/attack Israel/NNP/Israel/LOCATION ./.",
        "root(-1,2) nsubj(2,0) aux(2,1) obj(2,3) punct(2,4)")), "190");
    assertTrue(e.modality().hypothetical());
    assertFalse(e.modality().negated());
  }

  @Test
  void cuePhraseBeforeANominalEventMakesItHistorical() {
    Event e = only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION objected/VBD/object in/IN/in light/NN/light of/IN/of the/DT/the American/JJ/American/MISC"
            + " withdrawal/NN/withdrawal from/IN/from talks/NNS/talk ./.",
        "root(-1,1) nsubj(1,0) obl:in(1,3) case(3,2) nmod:of(3,7) case(7,4) det(7,5) amod(7,6) nmod:from(7,9)"
            + " case(9,8) punct(1,10)")), "160");
    assertEquals("USA", e.source().actorKey());
    assertTrue(e.modality().historical());
  }

  @Test
  void aSourceIsNeverItsOwnTarget() {
    List<Event> evs = events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION rejected/VBD/reject Tehran/NNP/Tehran/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)"));
    Event e = only(evs, "120");
    assertNull(e.target());
  }

  @Test
  void eventsWithoutAnyActorAreDropped() {
    assertTrue(events(new Parses().sentence(
        "The/DT/the talks/NNS/talk continued/VBD/continue ./.", "root(-1,2) det(1,0) nsubj(2,1) punct(2,3)")).isEmpty());
  }

  @Test
  void betweenPhraseGivesSourceAndTargetOfANominalEvent() {
    Event e = only(events(new Parses().sentence(
        "Talks/NNS/talk between/IN/between Israel/NNP/Israel/LOCATION and/CC/and Iran/NNP/Iran/LOCATION continue/VBP/continue ./.",
        "root(-1,5) nsubj(5,0) nmod:between(0,2) case(2,1) nmod:between(0,4) cc(4,3) conj:and(2,4) punct(5,6)")), "040");
    assertEquals("ISR", e.source().actorKey());
    assertEquals("IRN", e.target().actorKey());
  }

  @Test
  void inResponseToLinksEventsAndCompletesTheInitiativesTarget() {
    List<Event> evs = events(new Parses().sentence(
        "In/IN/in response/NN/response to/IN/to Trump/NNP/Trump/PERSON 's/POS/'s overture/NN/overture ,/,/,"
            + " Iran/NNP/Iran/LOCATION rejected/VBD/reject talks/NNS/talk ./.",
        "root(-1,8) obl:in(8,1) case(1,0) nmod:to(1,5) case(5,2) nmod:poss(5,3) case(3,4) punct(8,6) nsubj(8,7)"
            + " obj(8,9) punct(8,10)"));
    Event overture = only(evs, "036");
    Event rejection = only(evs, "125");
    assertEquals(overture.id(), rejection.inResponseTo());
    assertEquals("IRN", overture.target().actorKey());
    assertEquals("person/donald-trump", rejection.target().actorKey());
  }

  @Test
  void eventsInsideAQuoteAreAttributedToTheSpeaker() {
    Extraction x = Fixtures.extractor().extract(new Parses().sentence(
        "Kanaani/NNP/Kanaani/PERSON stated/VBD/state ,/,/, \"/``/\" Iran/NNP/Iran/LOCATION rejected/VBD/reject"
            + " talks/NNS/talk with/IN/with Israel/NNP/Israel/LOCATION for/IN/for good/JJ/good \"/''/\"",
        "root(-1,1) nsubj(1,0) punct(1,2) ccomp(1,5) nsubj(5,4) obj(5,6) nmod:with(6,8) case(8,7) obl:for(5,10)"
            + " case(10,9)").build(DATE));
    assertEquals(1, x.quotes().size());
    assertEquals("person/kanaani", x.quotes().get(0).speakerKey());
    assertEquals("person/kanaani", only(x.events(), "125").speaker());
  }

  @Test
  void aStatedFutureActIsCodedAsTheIntent() {
    Event e = only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION will/MD/will attack/VB/attack Israel/NNP/Israel/LOCATION ./.",
        "root(-1,2) nsubj(2,0) aux(2,1) obj(2,3) punct(2,4)")), "138");
    assertEquals("IRN", e.source().actorKey());
    assertEquals("ISR", e.target().actorKey());
  }

  @Test
  void anActUnderAnIntentPredicateIsCodedAsTheIntent() {
    Event e = only(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION is/VBZ/be willing/JJ/willing to/TO/to meet/VB/meet Iran/NNP/Iran/LOCATION ./.",
        "root(-1,2) nsubj(2,0) cop(2,1) xcomp(2,4) mark(4,3) nsubj:xsubj(4,0) obj(4,5) punct(2,6)")), "036");
    assertEquals("ISR", e.source().actorKey());
    assertEquals("IRN", e.target().actorKey());
  }

  @Test
  void aNegatedFutureActStaysTheActAndIsNegated() {
    Event e = only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION will/MD/will not/RB/not attack/VB/attack Israel/NNP/Israel/LOCATION ./.",
        "root(-1,3) nsubj(3,0) aux(3,1) advmod(3,2) obj(3,4) punct(3,5)")), "190");
    assertTrue(e.modality().negated());
  }

  @Test
  void theTargetOfAnIntendedActComesFromTheActsOwnPhrases() {
    Event e = only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION agreed/VBD/agree to/TO/to meet/VB/meet with/IN/with Israel/NNP/Israel/LOCATION ./.",
        "root(-1,1) nsubj(1,0) xcomp(1,3) mark(3,2) nsubj:xsubj(3,0) obl:with(3,5) case(5,4) punct(1,6)")), "036");
    assertEquals("IRN", e.source().actorKey());
    assertEquals("ISR", e.target().actorKey());
  }

  @Test
  void anAgentNounStandsForTheActorItBelongsTo() {
    Event e = only(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION attacked/VBD/attack the/DT/the officials/NNS/official of/IN/of Iran/NNP/Iran/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obj(1,3) det(3,2) nmod:of(3,5) case(5,4) punct(1,6)")), "190");
    assertEquals("IRN", e.target().actorKey());
  }

  @Test
  void theAddresseeOfADemandIsTheSubjectOfTheDemandedClause() {
    Event e = only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION demanded/VBD/demand that/IN/that Israel/NNP/Israel/LOCATION leave/VB/leave ./.",
        "root(-1,1) nsubj(1,0) ccomp(1,4) mark(4,2) nsubj(4,3) punct(1,5)")), "100");
    assertEquals("IRN", e.source().actorKey());
    assertEquals("ISR", e.target().actorKey());
  }

  @Test
  void sayingThatSomeoneMustActIsADemand() {
    List<Event> evs = events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION said/VBD/say Israel/NNP/Israel/LOCATION must/MD/must leave/VB/leave ./.",
        "root(-1,1) nsubj(1,0) ccomp(1,4) nsubj(4,2) aux(4,3) punct(1,5)"));
    Event e = only(evs, "100");
    assertEquals("IRN", e.source().actorKey());
    assertEquals("ISR", e.target().actorKey());
    assertEquals("must leave", e.trigger().text());
  }

  @Test
  void anIntentUnlessAConditionIsMetIsAThreat() {
    Event e = only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION will/MD/will meet/VB/meet Israel/NNP/Israel/LOCATION unless/IN/unless it/PRP/it"
            + " leaves/VBZ/leave ./.",
        "root(-1,2) nsubj(2,0) aux(2,1) obj(2,3) advcl(2,6) mark(6,4) nsubj(6,5) punct(2,7)")), "134");
    assertEquals("IRN", e.source().actorKey());
  }

  @Test
  void aCooperativeIntentUnderAnIfConditionStaysAnIntent() {
    only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION will/MD/will meet/VB/meet Israel/NNP/Israel/LOCATION if/IN/if it/PRP/it"
            + " leaves/VBZ/leave ./.",
        "root(-1,2) nsubj(2,0) aux(2,1) obj(2,3) advcl(2,6) mark(6,4) nsubj(6,5) punct(2,7)")), "036");
  }

  @Test
  void theSubjectOfALightVerbIsTheSourceOfItsEventNoun() {
    Event e = only(events(new Parses().sentence(
        "Officials/NNS/official throughout/IN/throughout Iran/NNP/Iran/LOCATION staged/VBD/stage talks/NNS/talk ./.",
        "root(-1,3) nsubj(3,0) nmod:throughout(0,2) case(2,1) obj(3,4) punct(3,5)")), "040");
    assertEquals("IRN", e.source().actorKey());
  }

  @Test
  void theSourceOfAnEventInsideTheObjectIsTheTarget() {
    // CoreNLP's parse of "South Korea has rejected North Korea's demand to sever the alliance with Washington"
    Event e = only(events(new Parses().sentence(
        "South/NNP/South/LOCATION Korea/NNP/Korea/LOCATION rejected/VBD/reject North/NNP/North/LOCATION"
            + " Korea/NNP/Korea/LOCATION 's/POS/'s demand/NN/demand to/TO/to sever/VB/sever the/DT/the"
            + " alliance/NN/alliance ./.",
        "root(-1,2) compound(1,0) nsubj(2,1) compound(4,3) nmod:poss(6,4) case(4,5) nsubj(8,6) mark(8,7)"
            + " ccomp(2,8) det(10,9) obj(8,10) punct(2,11)")), "120");
    assertEquals("KOR", e.source().actorKey());
    assertEquals("PRK", e.target().actorKey());
  }

  @Test
  void anAgentNounInTheObjectsByPhraseIsTheTarget() {
    Event e = only(events(new Parses().sentence(
        "Berlin/NNP/Berlin/LOCATION rejected/VBD/reject recent/JJ/recent plans/NNS/plan by/IN/by"
            + " Belarus/NNP/Belarus/LOCATION 's/POS/'s rulers/NNS/ruler ./.",
        "root(-1,1) nsubj(1,0) amod(3,2) obj(1,3) case(7,4) nmod:poss(7,5) case(5,6) nmod:by(3,7) punct(1,8)")), "120");
    assertEquals("DEU", e.source().actorKey());
    assertEquals("BLR", e.target().actorKey());
  }

  @Test
  void theTargetOfAChainOfInfinitivesIsTheLastActsObject() {
    List<Event> all = events(new Parses().sentence(
        "Norway/NNP/Norway/LOCATION is/VBZ/be willing/JJ/willing to/TO/to send/VB/send material/NN/material"
            + " to/TO/to help/VB/help defend/VB/defend Saudi/NNP/Saudi/LOCATION Arabia/NNP/Arabia/LOCATION ./.",
        "root(-1,2) nsubj(2,0) cop(2,1) mark(4,3) xcomp(2,4) nsubj:xsubj(4,0) obj(4,5) mark(7,6) xcomp(4,7)"
            + " xcomp(7,8) compound(10,9) obj(8,10) punct(2,11)"));
    Event send = only(all, "033");
    assertEquals("NOR", send.source().actorKey());
    assertEquals("SAU", send.target().actorKey());
  }

  @Test
  void aProtestWithoutATargetIsAimedAtTheCountryWhereItHappens() {
    Event e = only(events(new Parses().sentence(
        "Albanian/JJ/Albanian/MISC students/NNS/student demonstrated/VBD/demonstrate in/IN/in Serbia/NNP/Serbia/LOCATION ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) case(4,3) obl:in(2,4) punct(2,5)")), "141");
    assertEquals("ALB", e.source().actorKey());
    assertEquals("SRB", e.target().actorKey());
  }

  @Test
  void aStatementWithoutATargetIsNotAimedAtThePlaceWhereItIsMade() {
    Event e = only(events(new Parses().sentence(
        "Albania/NNP/Albania/LOCATION denounced/VBD/denounce the/DT/the vote/NN/vote in/IN/in Serbia/NNP/Serbia/LOCATION ./.",
        "root(-1,1) nsubj(1,0) det(3,2) obj(1,3) case(5,4) nmod:in(3,5) punct(1,6)")), "111");
    assertNull(e.target());
  }

  @Test
  void aTitleWithAnAdjectiveAfterItsOwnerStillGivesThePersonTheOwnersCode() {
    Extraction x = Fixtures.extractor().extract(new Parses().sentence(
        "Syria/NNP/Syria/LOCATION offered/VBD/offer troops/NNS/troop to/IN/to Lebanon/NNP/Lebanon/LOCATION 's/POS/'s"
            + " new/JJ/new President/NNP/President Elias/NNP/Elias/PERSON Hrawi/NNP/Hrawi/PERSON ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) case(9,3) nmod:poss(7,4) case(4,5) amod(7,6) compound(9,7) compound(9,8)"
            + " obl:to(1,9) punct(1,10)").build(DATE));
    Event e = only(x.events(), "030");
    assertEquals("person/elias-hrawi", e.target().actorKey());
    Actor hrawi = x.actors().stream().filter(a -> a.key().equals("person/elias-hrawi")).findFirst().orElseThrow();
    assertEquals("LBNGOV", hrawi.code());
    assertTrue(x.relations().stream().anyMatch(r -> r.subjectKey().equals("person/elias-hrawi")
        && r.type() == RelationType.LEADER_OF && r.objectKey().equals("LBN") && !r.former()));
  }

  @Test
  void aProtestsPurposeClauseNamesItsTarget() {
    Event e = only(events(new Parses().sentence(
        "Albanian/JJ/Albanian/MISC students/NNS/student demonstrated/VBD/demonstrate to/TO/to protest/VB/protest"
            + " Serbia/NNP/Serbia/LOCATION 's/POS/'s decision/NN/decision ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) mark(4,3) advcl:to(2,4) nmod:poss(7,5) case(5,6) obj(4,7) punct(2,8)")), "141");
    assertEquals("ALB", e.source().actorKey());
    assertEquals("SRB", e.target().actorKey());
  }

  @Test
  void theSubjectOfAThreatsConditionIsItsTarget() {
    // "Russia threatened to stop talks if the United States goes ahead"
    Event e = only(events(new Parses().sentence(
        "Russia/NNP/Russia/LOCATION threatened/VBD/threaten to/TO/to stop/VB/stop talks/NNS/talk if/IN/if"
            + " Washington/NNP/Washington/LOCATION goes/VBZ/go ahead/RB/ahead ./.",
        "root(-1,1) nsubj(1,0) mark(3,2) xcomp(1,3) obj(3,4) mark(7,5) nsubj(7,6) advcl:if(3,7) advmod(7,8) punct(1,9)")),
        "130");
    assertEquals("USA", e.target().actorKey());
  }

  @Test
  void aRefusedActsPlaceIsTheRefusalsTarget() {
    Event e = only(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION refused/VBD/refuse to/TO/to deploy/VB/deploy troops/NNS/troop in/IN/in"
            + " Lebanon/NNP/Lebanon/LOCATION ./.",
        "root(-1,1) nsubj(1,0) mark(3,2) xcomp(1,3) obj(3,4) case(6,5) obl:in(3,6) punct(1,7)")), "120");
    assertEquals("LBN", e.target().actorKey());
  }

  @Test
  void aRefusalIsNotAimedAtThePlaceWhereItIsMade() {
    Event e = only(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION refused/VBD/refuse in/IN/in Lebanon/NNP/Lebanon/LOCATION ./.",
        "root(-1,1) nsubj(1,0) case(3,2) obl:in(1,3) punct(1,4)")), "120");
    assertNull(e.target());
  }

  @Test
  void coordinatedSubjectsAreAllSourcesOfTheOneEvent() {
    // enhanced++ gives each conjunct its own nsubj, as CoreNLP does
    Event e = only(events(new Parses().sentence(
        "Norway/NNP/Norway/LOCATION and/CC/and Germany/NNP/Germany/LOCATION denounced/VBD/denounce"
            + " Serbia/NNP/Serbia/LOCATION and/CC/and Albania/NNP/Albania/LOCATION ./.",
        "root(-1,3) nsubj(3,0) cc(2,1) conj:and(0,2) nsubj(3,2) obj(3,4) cc(6,5) conj:and(4,6) obj(3,6) punct(3,7)")),
        "111");
    assertEquals(List.of("NOR", "DEU"), e.sources().stream().map(ActorMention::actorKey).toList());
    assertEquals(List.of("SRB", "ALB"), e.targets().stream().map(ActorMention::actorKey).toList());
  }

  @Test
  void coordinatedAdjectivesShareTheAgentNounsSector() {
    Event e = only(events(new Parses().sentence(
        "Serbian/JJ/Serbian/MISC and/CC/and Albanian/JJ/Albanian/MISC officials/NNS/official denounced/VBD/denounce"
            + " Norway/NNP/Norway/LOCATION ./.",
        "root(-1,4) amod(3,0) cc(2,1) conj:and(0,2) amod(3,2) nsubj(4,3) obj(4,5) punct(4,6)")), "111");
    assertEquals(2, e.sources().size(), e.sources()::toString);
    assertEquals(java.util.Set.of("SRB", "ALB"), e.sources().stream().map(ActorMention::actorKey).collect(java.util.stream.Collectors.toSet()));
    assertTrue(e.sources().stream().allMatch(m -> "GOV".equals(m.sector())), e.sources()::toString);
    assertEquals("NOR", e.target().actorKey());
  }

  @Test
  void aPairThatActsTogetherIsNotAlsoItsOwnTarget() {
    // "Norway and Germany agreed on a pact between the two countries"
    Event e = only(events(new Parses().sentence(
        "Norway/NNP/Norway/LOCATION and/CC/and Germany/NNP/Germany/LOCATION rejected/VBD/reject a/DT/a"
            + " pact/NN/pact between/IN/between Norway/NNP/Norway/LOCATION and/CC/and Germany/NNP/Germany/LOCATION ./.",
        "root(-1,3) nsubj(3,0) cc(2,1) conj:and(0,2) nsubj(3,2) det(5,4) obj(3,5) case(7,6) nmod:between(5,7)"
            + " cc(9,8) conj:and(7,9) punct(3,10)")), "120");
    assertEquals(List.of("NOR", "DEU"), e.sources().stream().map(ActorMention::actorKey).toList());
    assertNull(e.target(), () -> "target " + e.target());
  }

  @Test
  void theSameActReportedTwiceIsOneEventWithTwoMentions() {
    String rejected = "Iran/NNP/Iran/LOCATION rejected/VBD/reject talks/NNS/talk with/IN/with Washington/NNP/Washington/LOCATION ./.";
    String deps = "root(-1,1) nsubj(1,0) obj(1,2) nmod:with(2,4) case(4,3) punct(1,5)";
    String bare = "Iran/NNP/Iran/LOCATION rejected/VBD/reject Washington/NNP/Washington/LOCATION ./.";
    List<Event> all = events(new Parses().sentence(bare, "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)")
        .sentence(rejected, deps));
    assertEquals(1, all.size(), all::toString);
    Event e = all.get(0);
    assertEquals("125", e.cameo(), "the more specific code is kept");
    assertEquals("rejected talks", e.trigger().text());
    assertEquals(2, e.mentions().size());
    assertEquals(List.of(1, 0), e.mentions().stream().map(Span::sentence).toList(), "main mention first");
  }

  @Test
  void actsWithDifferentTargetsOrPolarityStaySeparate() {
    List<Event> all = events(new Parses()
        .sentence("Iran/NNP/Iran/LOCATION rejected/VBD/reject Washington/NNP/Washington/LOCATION ./.",
            "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)")
        .sentence("Iran/NNP/Iran/LOCATION rejected/VBD/reject Israel/NNP/Israel/LOCATION ./.",
            "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)")
        .sentence("Iran/NNP/Iran/LOCATION did/VBD/do not/RB/not attack/VB/attack Israel/NNP/Israel/LOCATION ./.",
            "root(-1,3) nsubj(3,0) aux(3,1) advmod(3,2) obj(3,4) punct(3,5)")
        .sentence("Iran/NNP/Iran/LOCATION attacked/VBD/attack Israel/NNP/Israel/LOCATION ./.",
            "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)"));
    assertEquals(4, all.size(), all::toString);
    assertTrue(all.stream().allMatch(e -> e.mentions().size() == 1));
  }

  @Test
  void anActThatIsOnlyThePurposeOfAnotherIsIntended() {
    List<Event> all = events(new Parses().sentence(
        "Norway/NNP/Norway/LOCATION sent/VBD/send material/NN/material to/TO/to help/VB/help defend/VB/defend"
            + " Saudi/NNP/Saudi/LOCATION Arabia/NNP/Arabia/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) mark(4,3) xcomp(1,4) xcomp(4,5) compound(7,6) obj(5,7) punct(1,8)")
        .sentence("Albanian/JJ/Albanian/MISC students/NNS/student demonstrated/VBD/demonstrate to/TO/to"
            + " denounce/VB/denounce Serbia/NNP/Serbia/LOCATION ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) mark(4,3) advcl:to(2,4) obj(4,5) punct(2,6)"));
    assertFalse(only(all, "033").modality().intended(), "the sending happened");
    assertTrue(only(all, "052").modality().intended(), "defending is what the sending is for");
    assertFalse(only(all, "141").modality().intended());
    assertTrue(only(all, "111").modality().intended(), "the denunciation is the demonstration's purpose");
  }

  @Test
  void anEventDaysBeforePublicationAcrossNewYearIsNotBackground() {
    // published 2000-01-01, "on Tuesday" = 1999-12-28
    Event e = only(Fixtures.extractor().extract(new Parses().sentence(
        "Albanian/JJ/Albanian/MISC students/NNS/student demonstrated/VBD/demonstrate on/IN/on Tuesday/NNP/Tuesday/DATE=1999-12-28"
            + " in/IN/in Serbia/NNP/Serbia/LOCATION ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) case(4,3) obl:on(2,4) case(6,5) nmod:in(4,6) punct(2,7)")
        .build(LocalDate.of(2000, 1, 1))).events(), "141");
    assertFalse(e.modality().historical());
    assertEquals(LocalDate.of(1999, 12, 28), e.date());
    assertEquals("SRB", e.target().actorKey(), "the place hangs off the date phrase in CoreNLP's parse");
  }

  @Test
  void anEventMonthsBeforePublicationIsBackground() {
    Event e = only(Fixtures.extractor().extract(new Parses().sentence(
        "Albanian/JJ/Albanian/MISC students/NNS/student demonstrated/VBD/demonstrate in/IN/in March/NNP/March/DATE=1999-03"
            + " ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) case(4,3) obl:in(2,4) punct(2,5)")
        .build(LocalDate.of(1999, 11, 1))).events(), "141");
    assertTrue(e.modality().historical());
  }

  @Test
  void aNominalEventTakesThePurposeOfTheVerbThatStagesIt() {
    // "Albanian students began a hunger strike to protest Serbia's decision"
    List<Event> all = events(new Parses().sentence(
        "Albanian/JJ/Albanian/MISC students/NNS/student began/VBD/begin a/DT/a strike/NN/strike to/TO/to"
            + " protest/VB/protest Serbia/NNP/Serbia/LOCATION 's/POS/'s decision/NN/decision ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) det(4,3) obj(2,4) mark(6,5) xcomp(2,6) nmod:poss(9,7) case(7,8) obj(6,9)"
            + " punct(2,10)"));
    Event strike = only(all, "143");
    assertEquals("ALB", strike.source().actorKey());
    assertEquals("SRB", strike.target().actorKey());
  }

  @Test
  void theSubjectPronounOfAReportedClauseIsTheReporterWhenCoreferenceIsSilent() {
    Event e = only(events(new Parses().sentence(
        "Iranian/JJ/Iranian/MISC officials/NNS/official said/VBD/say they/PRP/they will/MD/will attack/VB/attack"
            + " Israel/NNP/Israel/LOCATION ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) nsubj(5,3) aux(5,4) ccomp(2,5) obj(5,6) punct(2,7)")), "138");
    assertEquals("IRN", e.source().actorKey());
    assertEquals("GOV", e.source().sector());
    assertEquals("they", e.source().span().text());
  }

  @Test
  void aPronounThatDisagreesInNumberIsNotTheReporter() {
    Event e = only(events(new Parses().sentence(
        "Iranian/JJ/Iranian/MISC officials/NNS/official said/VBD/say he/PRP/he attacked/VBD/attack"
            + " Israel/NNP/Israel/LOCATION ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) nsubj(4,3) ccomp(2,4) obj(4,5) punct(2,6)")), "190");
    assertNull(e.source());
  }

  @Test
  void aReporterNamedByAnAdjectiveOnAPluralNounIsTheReporter() {
    // "Palestinian leaders said they would boycott …": "leaders" is no agent noun, the adjective names the actor
    Event e = only(events(new Parses().sentence(
        "Iranian/JJ/Iranian/MISC leaders/NNS/leader said/VBD/say they/PRP/they attacked/VBD/attack"
            + " Israel/NNP/Israel/LOCATION ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) nsubj(4,3) ccomp(2,4) obj(4,5) punct(2,6)")), "190");
    assertEquals("IRN", e.source().actorKey());
  }

  @Test
  void aCompoundAgentNounWithAPlaceIsThatCountrysSector() {
    Event e = only(events(new Parses().sentence(
        "Opposition/NN/opposition groups/NNS/group in/IN/in Serbia/NNP/Serbia/LOCATION denounced/VBD/denounce"
            + " Albania/NNP/Albania/LOCATION ./.",
        "root(-1,4) compound(1,0) nsubj(4,1) case(3,2) nmod:in(1,3) obj(4,5) punct(4,6)")), "111");
    assertEquals("SRB", e.source().actorKey());
    assertEquals("OPP", e.source().sector());
  }

  @Test
  void aNominalEventTakesItsTargetFromTheVerbThatGivesIt() {
    // "Norway gave Serbia a letter": the indirect object of the verb whose object is the event
    Event e = only(events(new Parses().sentence(
        "Norway/NNP/Norway/LOCATION gave/VBD/give Serbia/NNP/Serbia/LOCATION a/DT/a letter/NN/letter ./.",
        "root(-1,1) nsubj(1,0) iobj(1,2) det(4,3) obj(1,4) punct(1,5)")), "036");
    assertEquals("SRB", e.target().actorKey());
  }

  @Test
  void anActThatIsDemandedIsHypotheticalButADemandedIntentIsNot() {
    // "Iran demanded that Israel attack Saudi Arabia" / "Iran agreed to meet Israel"
    List<Event> all = events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION demanded/VBD/demand that/IN/that Israel/NNP/Israel/LOCATION attack/VB/attack"
            + " Saudi/NNP/Saudi/LOCATION Arabia/NNP/Arabia/LOCATION ./.",
        "root(-1,1) nsubj(1,0) mark(4,2) nsubj(4,3) ccomp(1,4) compound(6,5) obj(4,6) punct(1,7)")
        .sentence("Iran/NNP/Iran/LOCATION agreed/VBD/agree to/TO/to meet/VB/meet Israel/NNP/Israel/LOCATION ./.",
        "root(-1,1) nsubj(1,0) mark(3,2) xcomp(1,3) nsubj:xsubj(3,0) obj(3,4) punct(1,5)"));
    Event demand = only(all, "100");
    assertFalse(demand.modality().hypothetical());
    Event attack = only(all, "190");
    assertTrue(attack.modality().hypothetical(), "the attack is only demanded");
    Event meet = only(all, "036");
    assertFalse(meet.modality().hypothetical(), "a stated intent is itself the event");
  }

  @Test
  void anAgentNounWithoutACountryBelongsToThePlaceOfTheAct() {
    // "Students attacked a German base in Serbia"
    Event e = only(events(new Parses().sentence(
        "Students/NNS/student attacked/VBD/attack a/DT/a German/JJ/German/MISC base/NN/base in/IN/in"
            + " Serbia/NNP/Serbia/LOCATION ./.",
        "root(-1,1) nsubj(1,0) det(4,2) amod(4,3) obj(1,4) case(6,5) nmod:in(4,6) punct(1,7)")), "190");
    assertEquals("SRB", e.source().actorKey());
    assertEquals("EDU", e.source().sector());
    assertEquals("Students", e.source().span().text());
    assertEquals("DEU", e.target().actorKey());
  }

  @Test
  void anAgentNounWithoutACountryOrPlaceStaysUnknown() {
    Event e = only(events(new Parses().sentence(
        "Students/NNS/student attacked/VBD/attack a/DT/a German/JJ/German/MISC base/NN/base ./.",
        "root(-1,1) nsubj(1,0) det(4,2) amod(4,3) obj(1,4) punct(1,5)")), "190");
    assertNull(e.source());
  }

  @Test
  void theOwnerOfAnObjectInAnOfPhraseIsTheTarget() {
    // "Israel shelled positions of the Syrian officials"
    Event e = only(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION attacked/VBD/attack positions/NNS/position of/IN/of Syrian/JJ/Syrian/MISC"
            + " officials/NNS/official ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) case(5,3) amod(5,4) nmod:of(2,5) punct(1,6)")), "190");
    assertEquals("SYR", e.target().actorKey());
  }

  @Test
  void whatIsTakenFromSomeoneMakesThemTheTargetWhenNothingElseDoes() {
    // "Norway rejected demands from Serbia" / "Norway rejected demands from Serbia at a meeting with Albania"
    List<Event> all = events(new Parses()
        .sentence("Norway/NNP/Norway/LOCATION rejected/VBD/reject plans/NNS/plan from/IN/from Serbia/NNP/Serbia/LOCATION ./.",
            "root(-1,1) nsubj(1,0) obj(1,2) case(4,3) obl:from(1,4) punct(1,5)")
        .sentence("Norway/NNP/Norway/LOCATION rejected/VBD/reject plans/NNS/plan from/IN/from Serbia/NNP/Serbia/LOCATION"
            + " with/IN/with Albania/NNP/Albania/LOCATION ./.",
            "root(-1,1) nsubj(1,0) obj(1,2) case(4,3) obl:from(1,4) case(6,5) obl:with(1,6) punct(1,7)"));
    assertEquals(List.of("SRB", "ALB"), all.stream().map(e -> e.target().actorKey()).toList());
  }

  @Test
  void aTriggerThatModifiesAHeadNounSharesItsBetweenPhrase() {
    // "Norway launched a mediation effort between Serbia and Albania"
    Event e = only(events(new Parses().sentence(
        "Norway/NNP/Norway/LOCATION launched/VBD/launch a/DT/a talk/NN/talk effort/NN/effort between/IN/between"
            + " Serbia/NNP/Serbia/LOCATION and/CC/and Albania/NNP/Albania/LOCATION ./.",
        "root(-1,1) nsubj(1,0) det(4,2) compound(4,3) obj(1,4) case(6,5) nmod:between(4,6) cc(8,7) conj:and(6,8)"
            + " punct(1,9)")), "040");
    assertEquals("NOR", e.source().actorKey());
    assertEquals("SRB", e.target().actorKey());
    assertEquals(List.of("SRB", "ALB"), e.targets().stream().map(ActorMention::actorKey).toList());
  }

  @Test
  void anUnnamedGroupActedOnIsOfTheSentencesOnlyCountry() {
    List<Event> all = events(new Parses()
        .sentence("Trump/NNP/Trump/PERSON attacked/VBD/attack students/NNS/student ,/,/, Serbian/JJ/Serbian/MISC"
            + " officials/NNS/official said/VBD/say ./.",
            "root(-1,6) nsubj(1,0) obj(1,2) ccomp(6,1) punct(6,3) amod(5,4) nsubj(6,5) punct(6,7)")
        .sentence("Serbian/JJ/Serbian/MISC officials/NNS/official attacked/VBD/attack students/NNS/student"
            + " from/IN/from Albania/NNP/Albania/LOCATION and/CC/and Norway/NNP/Norway/LOCATION ./.",
            "root(-1,2) amod(1,0) nsubj(2,1) obj(2,3) case(5,4) nmod:from(3,5) cc(7,6) conj:and(5,7) punct(2,8)")
        .sentence("Serbian/JJ/Serbian/MISC officials/NNS/official met/VBD/meet Albanian/JJ/Albanian/MISC"
            + " officials/NNS/official and/CC/and attacked/VBD/attack students/NNS/student ./.",
            "root(-1,2) amod(1,0) nsubj(2,1) amod(4,3) obj(2,4) cc(6,5) conj:and(2,6) nsubj(6,1) obj(6,7) punct(2,8)"));
    List<Event> attacks = all.stream().filter(e -> e.cameo().equals("190")).toList();
    assertEquals(3, attacks.size(), all::toString);
    assertEquals("SRB", attacks.get(0).target().actorKey(), "the only country in the sentence");
    assertEquals("EDU", attacks.get(0).target().sector());
    assertEquals("students", attacks.get(0).target().span().text());
    assertEquals("ALB", attacks.get(1).target().actorKey(), "the group's own country wins");
    assertNull(attacks.get(2).target(), "two countries in the sentence: unknown");
    // a group of the source's own country is another party of that country: a domestic dyad
    Event domestic = only(events(new Parses().sentence(
        "Serbian/JJ/Serbian/MISC officials/NNS/official attacked/VBD/attack students/NNS/student ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) obj(2,3) punct(2,4)")), "190");
    assertEquals("SRB", domestic.source().actorKey());
    assertEquals("GOV", domestic.source().sector());
    assertEquals("SRB", domestic.target().actorKey());
    assertEquals("EDU", domestic.target().sector());
  }

  @Test
  void aPlaceOfUnknownCountryGivesAnAgentNounNoSource() {
    Event e = only(events(new Parses().sentence(
        "Students/NNS/student attacked/VBD/attack a/DT/a German/JJ/German/MISC base/NN/base in/IN/in"
            + " Faryab/NNP/Faryab/LOCATION ./.",
        "root(-1,1) nsubj(1,0) det(4,2) amod(4,3) obj(1,4) case(6,5) nmod:in(4,6) punct(1,7)")), "190");
    assertNull(e.source(), () -> "source " + e.source());
  }

  @Test
  void naturalDisastersAreNoActors() {
    List<Event> all = events(new Parses()
        .sentence("An/DT/an earthquake/NN/earthquake attacked/VBD/attack Israel/NNP/Israel/LOCATION ./.",
            "root(-1,2) det(1,0) nsubj(2,1) obj(2,3) punct(2,4)")
        .sentence("Israelis/NNPS/Israeli/MISC were/VBD/be attacked/VBN/attack in/IN/in a/DT/a storm/NN/storm ./.",
            "root(-1,2) nsubj:pass(2,0) aux:pass(2,1) case(5,3) det(5,4) obl:in(2,5) punct(2,6)")
        .sentence("Iran/NNP/Iran/LOCATION attacked/VBD/attack Israel/NNP/Israel/LOCATION in/IN/in a/DT/a storm/NN/storm ./.",
            "root(-1,1) nsubj(1,0) obj(1,2) case(5,3) det(5,4) obl:in(1,5) punct(1,6)"));
    assertEquals(1, all.size(), all::toString);
    assertEquals("IRN", all.get(0).source().actorKey(), "an actor acting in a storm is still an actor");
  }

  @Test
  void anEthnicGroupBelongsToTheCountryItLivesInNotToItsNationality() {
    List<Event> all = events(new Parses()
        .sentence("Ethnic/JJ/ethnic Albanians/NNPS/Albanian/MISC demonstrated/VBD/demonstrate in/IN/in Serbia/NNP/Serbia/LOCATION ./.",
            "root(-1,2) amod(1,0) nsubj(2,1) case(4,3) obl:in(2,4) punct(2,5)")
        .sentence("Israel/NNP/Israel/LOCATION attacked/VBD/attack ethnic/JJ/ethnic Albanians/NNPS/Albanian/MISC"
            + " in/IN/in Serbia/NNP/Serbia/LOCATION ./.",
            "root(-1,1) nsubj(1,0) amod(3,2) obj(1,3) case(5,4) nmod:in(3,5) punct(1,6)")
        .sentence("Israel/NNP/Israel/LOCATION attacked/VBD/attack ethnic/JJ/ethnic Albanians/NNPS/Albanian/MISC ./.",
            "root(-1,1) nsubj(1,0) amod(3,2) obj(1,3) punct(1,4)"));
    assertEquals("SRB", only(all.subList(0, 1), "141").source().actorKey());
    List<Event> attacks = all.stream().filter(e -> e.cameo().equals("190")).toList();
    assertEquals("SRB", attacks.get(0).target().actorKey());
    assertNull(attacks.get(1).target(), "where they live is not said: unknown, not Albania");
  }

  @Test
  void aComplaintIsAimedAtWhatItIsAboutNotAtWhomItIsMadeTo() {
    List<Event> all = events(new Parses()
        .sentence("Lebanon/NNP/Lebanon/LOCATION denounced/VBD/denounce to/IN/to Norway/NNP/Norway/LOCATION Israeli/JJ/Israeli/MISC"
            + " raids/NNS/raid ./.",
            "root(-1,1) nsubj(1,0) case(3,2) obl:to(1,3) amod(5,4) obl:over(1,5) punct(1,6)")
        .sentence("Lebanon/NNP/Lebanon/LOCATION denounced/VBD/denounce to/IN/to Norway/NNP/Norway/LOCATION ./.",
            "root(-1,1) nsubj(1,0) case(3,2) obl:to(1,3) punct(1,4)"));
    assertEquals(List.of("ISR", "NOR"), all.stream().map(e -> e.target().actorKey()).toList());
  }

  @Test
  void aPhraseOnTheOfNounOfTheObjectNamesTheTarget() {
    // "the United States suspended part of an aid program for Bosnia"
    Event e = only(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION attacked/VBD/attack part/NN/part of/IN/of a/DT/a convoy/NN/convoy to/IN/to"
            + " Lebanon/NNP/Lebanon/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) case(5,3) det(5,4) nmod:of(2,5) case(7,6) nmod:to(5,7) punct(1,8)")), "190");
    assertEquals("LBN", e.target().actorKey());
  }

  @Test
  void aNameRightAfterATitleIsTheActorEvenWhenParsedLoosely() {
    // "rallied against the party's leader Mahmoud Abbas": the name, not the title's owner
    Event e = only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION rejected/VBD/reject Israel/NNP/Israel/LOCATION 's/POS/'s president/NN/president"
            + " Isaac/NNP/Isaac/PERSON Herzog/NNP/Herzog/PERSON ./.",
        "root(-1,1) nsubj(1,0) nmod:poss(4,2) case(2,3) obj(1,4) compound(6,5) dep(4,6) punct(1,7)")), "120");
    assertEquals("person/isaac-herzog", e.target().actorKey());
  }

  @Test
  void aDisasterIsNoActorAlsoAsTheSubjectOfARaisingVerb() {
    // "The earthquake is estimated to have killed 170,000 people"
    List<Event> all = events(new Parses().sentence(
        "The/DT/the Serbian/JJ/Serbian/MISC earthquake/NN/earthquake is/VBZ/be estimated/VBN/estimate to/TO/to"
            + " have/VB/have attacked/VBN/attack students/NNS/student ./.",
        "root(-1,4) det(2,0) amod(2,1) nsubj:pass(4,2) aux:pass(4,3) mark(7,5) aux(7,6) xcomp(4,7) obj(7,8) punct(4,9)"));
    assertTrue(all.stream().noneMatch(e -> e.cameo().equals("190")), all::toString);
  }

  @Test
  void aDisasterIsNoActorAlsoThroughARelativePronoun() {
    // "the earthquake there, which is thought to have killed 200,000 people"
    List<Event> all = events(new Parses().sentence(
        "Syria/NNP/Syria/LOCATION recalled/VBD/recall the/DT/the earthquake/NN/earthquake ,/,/, which/WDT/which"
            + " is/VBZ/be thought/VBN/think to/TO/to have/VB/have attacked/VBN/attack students/NNS/student ./.",
        "root(-1,1) nsubj(1,0) det(3,2) obj(1,3) punct(3,4) dep(3,7) nsubj:pass(7,5) aux:pass(7,6) mark(10,8)"
            + " aux(10,9) xcomp(7,10) nsubj:xsubj(10,5) obj(10,11) punct(1,12)"));
    assertTrue(all.stream().noneMatch(e -> e.cameo().equals("190")), all::toString);
  }

  @Test
  void aResponseToAnEventThatIsNotKeptLinksToNothing() {
    // "fired warning shots in response to the demonstrators' attacks": the attacks have no actor
    // we know, so they are no event, and the response must not point at them
    List<Event> all = events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION attacked/VBD/attack Syria/NNP/Syria/LOCATION in/IN/in response/NN/response"
            + " to/TO/to the/DT/the students/NNS/student '/POS/' demand/NN/demand ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) case(4,3) obl:in(1,4) case(9,5) det(7,6) nmod:poss(9,7) case(7,8)"
            + " nmod:to(4,9) punct(1,10)"));
    Event attack = only(all, "190");
    java.util.Set<String> ids = all.stream().map(Event::id).collect(java.util.stream.Collectors.toSet());
    assertTrue(attack.inResponseTo() == null || ids.contains(attack.inResponseTo()), all::toString);
  }
}
