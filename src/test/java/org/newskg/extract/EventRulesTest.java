package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.resolve.CameoCodes;
import org.newskg.resolve.Lexicons;
import org.newskg.resolve.TriggerLexicon;

/**
 * The event rules learned from real news, each on hand-made sentences: mutual acts, harm caused by
 * an event noun, statements that need another actor, trigger senses, alleged and planned acts,
 * unnamed actors, accusations and denials, definite event nouns, patient nouns.
 */
class EventRulesTest {
  private static final LocalDate DATE = LocalDate.of(2025, 3, 30);

  private static List<Event> events(Parses p) {
    Lexicons lex = Fixtures.lexicons();
    for (String w : List.of("meet", "clash", "conflict")) {
      lex.addCue("mutual", w);
    }
    for (String c : List.of("010", "04")) {
      lex.addCue("needs-target", c);
    }
    for (String w : List.of("accuse", "deny", "believe")) {
      lex.addCue("alleging", w);
    }
    lex.addCue("light", "hold");
    lex.addCue("state-act-root", "17");
    lex.addCue("speech-root", "03");
    lex.addCue("claiming", "claim");
    lex.addCue("denial-code", "016");
    lex.addCue("negating-noun", "lack");
    lex.addCue("patient-noun", "arrest");
    lex.addCue("negation", "no");
    lex.addCue("wanting", "want");
    lex.addCue("exercise-noun", "exercise");
    lex.addCue("accusation-root", "11");
    lex.addCue("alleging", "claim");
    lex.addCue("intent", "plan");
    lex.addCue("document", "letter");
    lex.addCue("claiming-noun", "concern");
    lex.addCue("alleging", "concern");
    lex.addCue("holding", "have");
    lex.addCue("addressee-clause", "13");
    lex.addCue("addressee-clause", "01");
    lex.addCue("occurrence", "begin");
    lex.addCue("state-act-code", "115");
    lex.addCue("judicial-code", "115");
    for (String sector : List.of("GOV", "MIL", "COP", "OPP")) {
      lex.addCue("domestic-sector", sector);
    }
    lex.addAgent("people", "PPL");
    lex.addAgent("candidates", "OPP");
    lex.addCue("test-weapon", "missile");
    lex.addCue("aim-preposition", "at");
    lex.addCue("crowd-root", "14");
    lex.addCue("protester", "demonstrator");
    lex.addAgent("demonstrators", "OPP");
    TriggerLexicon t = Fixtures.triggers();
    t.add(new TriggerLexicon.Entry("clash", true, Set.of(), "", "190", ""));
    t.add(new TriggerLexicon.Entry("conflict", false, Set.of(), "between", "190", ""));
    t.add(new TriggerLexicon.Entry("strike", false, Set.of("air"), "", "195", ""));
    t.add(new TriggerLexicon.Entry("kill", true, Set.of(), "", "180", ""));
    t.add(new TriggerLexicon.Entry("target", true, Set.of(), "", "190", ""));
    t.add(new TriggerLexicon.Entry("release", false, Set.of(), "", "084", ""));
    t.add(new TriggerLexicon.Entry("call", true, Set.of(), "", "041", ""));
    t.add(new TriggerLexicon.Entry("accuse", true, Set.of(), "", "112", ""));
    t.add(new TriggerLexicon.Entry("deny", true, Set.of(), "", "016", ""));
    t.add(new TriggerLexicon.Entry("support", true, Set.of(), "", "051", ""));
    t.add(new TriggerLexicon.Entry("hold", true, Set.of("exercise"), "", "150", ""));
    t.add(new TriggerLexicon.Entry("condemn", true, Set.of(), "", "111", ""));
    t.add(new TriggerLexicon.Entry("arrest", true, Set.of(), "", "173", ""));
    t.add(new TriggerLexicon.Entry("arrest", false, Set.of(), "", "173", ""));
    t.add(new TriggerLexicon.Entry("fire", true, Set.of(), "", "190", ""));
    t.add(new TriggerLexicon.Entry("decry", true, Set.of(), "", "111", ""));
    t.add(new TriggerLexicon.Entry("call", true, Set.of(), "for", "020", ""));
    t.add(new TriggerLexicon.Entry("sign", true, Set.of(), "", "057", ""));
    t.addSense(new TriggerLexicon.Sense("call", true, List.of("iobj"), Set.of()));
    t.add(new TriggerLexicon.Entry("reject", true, Set.of("offer"), "", "125", ""));
    t.add(new TriggerLexicon.Entry("visit", false, Set.of(), "", "042", ""));
    t.add(new TriggerLexicon.Entry("protest", false, Set.of(), "", "141", ""));
    t.add(new TriggerLexicon.Entry("hope", true, Set.of(), "", "013", ""));
    t.add(new TriggerLexicon.Entry("indictment", false, Set.of(), "", "115", ""));
    t.add(new TriggerLexicon.Entry("exercise", false, Set.of("joint"), "", "062", ""));
    t.add(new TriggerLexicon.Entry("offer", false, Set.of("talk"), "", "036", ""));
    t.add(new TriggerLexicon.Entry("protest", false, Set.of(), "against", "141", ""));
    t.add(new TriggerLexicon.Entry("launch", true, Set.of("investigation"), "", "090", ""));
    t.addSense(new TriggerLexicon.Sense("release", false, List.of("compound"), Set.of("press")));
    t.addSense(new TriggerLexicon.Sense("call", true, List.of("xcomp[N]"), Set.of()));
    CameoCodes cameo = Fixtures.cameo();
    for (String[] row : new String[][] {{"180", "Use unconventional violence", "-9", "4", "ASSAULT"},
        {"195", "Employ aerial weapons", "-10", "4", "ASSAULT"}, {"084", "Return, release", "7", "1", "CONCEDE"},
        {"041", "Discuss by telephone", "1", "1", "CONSULT"}, {"042", "Make a visit", "1.9", "1", "CONSULT"}, {"013", "Make optimistic comment", "0.4", "1", ""},
        {"141", "Demonstrate or rally", "-6.5", "3", "PROTEST"}, {"115", "Bring lawsuit against", "-2", "2", "ACCUSE"}, {"112", "Accuse", "-2", "2", "ACCUSE"},
        {"016", "Deny responsibility", "-2", "1", ""}, {"051", "Praise or endorse", "3.4", "1", "SUPPORT"},
        {"062", "Cooperate militarily", "7.4", "1", "COOPERATE"}, {"150", "Demonstrate military power", "-7.2", "3", "MOBILIZE"},
        {"020", "Make an appeal or request", "3", "1", ""}, {"0212", "Appeal for military cooperation", "3", "1", ""}, {"057", "Sign formal agreement", "8", "1", "AGREE"},
        {"090", "Investigate", "-2", "2", "ACCUSE"}, {"173", "Arrest, detain", "-5", "3", "COERCE"}}) {
      cameo.add(new CameoCodes.Code(row[0], row[1], new BigDecimal(row[2]), Integer.parseInt(row[3]), row[4].isEmpty() ? null : row[4]));
    }
    return new Extractor(Fixtures.gazetteer(), lex, t, cameo).extract(p.build(DATE)).events();
  }

  private static String dyad(Event e) {
    return e.source().actorKey() + ">" + e.target().actorKey();
  }

  @Test
  void coordinatedSubjectsThatMeetMeetEachOther() {
    List<Event> es = events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION and/CC/and Syria/NNP/Syria/LOCATION met/VBD/meet in/IN/in Oslo/NNP/Oslo/LOCATION ./.",
        "root(-1,3) nsubj(3,0) cc(2,1) conj:and(0,2) nsubj(3,2) obl:in(3,5) case(5,4) punct(3,6)"));
    assertEquals(Set.of("ISR>SYR", "SYR>ISR"), Set.copyOf(es.stream().map(EventRulesTest::dyad).toList()));
    assertNotEquals(es.get(0).id(), es.get(1).id(), "each direction has its own id");
  }

  @Test
  void aConflictBetweenTwoActorsIsFoughtBothWays() {
    List<Event> es = events(new Parses().sentence(
        "The/DT/the conflict/NN/conflict between/IN/between Israel/NNP/Israel/LOCATION and/CC/and"
            + " Hezbollah/NNP/Hezbollah/ORGANIZATION continued/VBD/continue ./.",
        "root(-1,6) det(1,0) nsubj(6,1) nmod:between(1,3) case(3,2) cc(5,4) conj:and(3,5) nmod:between(1,5) punct(6,7)"));
    assertEquals(Set.of("ISR>org/hezbollah", "org/hezbollah>ISR"), Set.copyOf(es.stream().map(EventRulesTest::dyad).toList()));
  }

  @Test
  void aClashWithSomeoneIsMutualButAnAttackIsNot() {
    List<Event> clash = events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION clashed/VBD/clash with/IN/with Syria/NNP/Syria/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obl:with(1,3) case(3,2) punct(1,4)"));
    assertEquals(2, clash.size());
    List<Event> attack = events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION attacked/VBD/attack Syria/NNP/Syria/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)"));
    assertEquals(List.of("ISR>SYR"), attack.stream().map(EventRulesTest::dyad).toList());
  }

  @Test
  void harmDoneByAnEventNounIsThatEvent() {
    List<Event> es = events(new Parses().sentence(
        "An/DT/a Israeli/JJ/israeli/MISC air/NN/air strike/NN/strike killed/VBD/kill Syrian/JJ/syrian/MISC"
            + " soldiers/NNS/soldier ./.",
        "root(-1,4) det(3,0) amod(3,1) compound(3,2) nsubj(4,3) amod(6,5) obj(4,6) punct(4,7)"));
    assertEquals(1, es.size(), () -> es.toString());
    Event strike = EventExtractorTest.only(es, "195");
    assertEquals("ISR", strike.source().actorKey());
    assertEquals("SYR", strike.target().actorKey());
  }

  @Test
  void aStatementOrMeetingWithNobodyElseIsNoEvent() {
    assertTrue(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION commented/VBD/comment on/IN/on the/DT/the incidents/NNS/incident ./.",
        "root(-1,1) nsubj(1,0) obl:on(1,4) case(4,2) det(4,3) punct(1,5)")).isEmpty());
    assertTrue(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION met/VBD/meet behind/IN/behind closed/JJ/closed doors/NNS/door ./.",
        "root(-1,1) nsubj(1,0) obl:behind(1,4) case(4,2) amod(4,3) punct(1,5)")).isEmpty());
    assertEquals(1, events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION commented/VBD/comment on/IN/on Israel/NNP/Israel/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) punct(1,4)")).size());
  }

  @Test
  void aPressReleaseIsNoReleaseAndNamingIsNoCall() {
    assertTrue(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION 's/POS/'s press/NN/press release/NN/release reached/VBD/reach Israel/NNP/Israel/LOCATION ./.",
        "root(-1,4) nmod:poss(3,0) case(0,1) compound(3,2) nsubj(4,3) obj(4,5) punct(4,6)")).isEmpty());
    assertTrue(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION called/VBD/call Trump/NNP/Trump/PERSON a/DT/a butcher/NN/butcher ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) det(4,3) xcomp(1,4) punct(1,5)")).isEmpty());
    assertEquals(1, events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION called/VBD/call Trump/NNP/Trump/PERSON ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)")).size());
    assertTrue(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION called/VBD/call Israel/NNP/Israel/LOCATION an/DT/a outpost/NN/outpost ./.",
        "root(-1,1) nsubj(1,0) iobj(1,2) det(4,3) obj(1,4) punct(1,5)")).isEmpty(), "a naming with two objects");
  }

  @Test
  void aCallForAClauseWhoseMarkIsForIsAnAppeal() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION called/VBD/call for/IN/for Israel/NNP/Israel/LOCATION to/TO/to leave/VB/leave ./.",
        "root(-1,1) nsubj(1,0) xcomp(1,5) mark(5,2) nsubj(5,3) mark(5,4) punct(1,6)")), "020");
    assertEquals("IRN", e.source().actorKey());
  }

  @Test
  void aPastPerfectInReportedSpeechIsNoBackground() {
    Event reported = EventExtractorTest.only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION said/VBD/say it/PRP/it had/VBD/have signed/VBN/sign with/IN/with Israel/NNP/Israel/LOCATION ./.",
        "root(-1,1) nsubj(1,0) ccomp(1,4) nsubj(4,2) aux(4,3) obl:with(4,6) case(6,5) punct(1,7)")), "057");
    assertFalse(reported.modality().historical(), "the report's backshift");
    Event told = EventExtractorTest.only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION had/VBD/have signed/VBN/sign with/IN/with Israel/NNP/Israel/LOCATION ./.",
        "root(-1,2) nsubj(2,0) aux(2,1) obl:with(2,4) case(4,3) punct(2,5)")), "057");
    assertTrue(told.modality().historical());
  }

  @Test
  void anAccusedOrDeniedActIsNotAsserted() {
    List<Event> es = events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION accused/VBD/accuse Iran/NNP/Iran/LOCATION of/IN/of attacking/VBG/attack"
            + " Syria/NNP/Syria/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) advcl:of(1,4) mark(4,3) obj(4,5) punct(1,6)"));
    assertFalse(EventExtractorTest.only(es, "112").modality().hypothetical(), "the accusation itself is asserted");
    assertTrue(EventExtractorTest.only(es, "190").modality().hypothetical(), "the attack is only alleged");
    List<Event> denied = events(new Parses().sentence(
        "Syria/NNP/Syria/LOCATION denied/VBD/deny supporting/VBG/support Hezbollah/NNP/Hezbollah/ORGANIZATION ./.",
        "root(-1,1) nsubj(1,0) xcomp(1,2) obj(2,3) punct(1,4)"));
    assertTrue(EventExtractorTest.only(denied, "051").modality().hypothetical());
  }

  @Test
  void aLightVerbTakesTheCodeOfItsObjectNounReadWithItsModifiers() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION held/VBD/hold joint/JJ/joint exercises/NNS/exercise with/IN/with"
            + " Syria/NNP/Syria/LOCATION ./.",
        "root(-1,1) nsubj(1,0) amod(3,2) obj(1,3) obl:with(1,5) case(5,4) punct(1,6)")), "062");
    assertEquals("SYR", e.target().actorKey());
    // "rejected a fresh offer of talks" is a rejection: reject is no light verb
    EventExtractorTest.only(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION rejected/VBD/reject an/DT/a offer/NN/offer of/IN/of talks/NNS/talk"
            + " from/IN/from Syria/NNP/Syria/LOCATION ./.",
        "root(-1,1) nsubj(1,0) det(3,2) obj(1,3) nmod:of(3,5) case(5,4) nmod:from(3,7) case(7,6) punct(1,8)")), "125");
  }

  @Test
  void aScheduledActWithoutAnIntentCodeIsNotYetDone() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION is/VBZ/be to/TO/to launch/VB/launch an/DT/a investigation/NN/investigation"
            + " into/IN/into Israel/NNP/Israel/LOCATION ./.",
        "root(-1,3) nsubj(3,0) aux(3,1) mark(3,2) det(5,4) obj(3,5) nmod:into(5,7) case(7,6) punct(3,8)")), "090");
    assertTrue(e.modality().intended(), "a plan, not an investigation under way");
  }

  @Test
  void unnamedProtestersAreTheCiviliansOfTheTargetsCountry() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Public/JJ/public protests/NNS/protest against/IN/against Iran/NNP/Iran/LOCATION grew/VBD/grow ./.",
        "root(-1,4) amod(1,0) nsubj(4,1) nmod:against(1,3) case(3,2) punct(4,5)")), "141");
    assertEquals("IRN", e.source().actorKey());
    assertEquals("CVL", e.source().sector());
    assertEquals("IRN", e.target().actorKey());
  }

  @Test
  void forceUsedOnProtestersIsViolentRepression() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Syrian/JJ/syrian/MISC forces/NNS/force attacked/VBD/attack demonstrators/NNS/demonstrator ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) obj(2,3) punct(2,4)")), "175");
    assertEquals("SYR", e.source().actorKey());
  }

  @Test
  void aBelievedActIsNotAsserted() {
    List<Event> es = events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION is/VBZ/be believed/VBN/believe to/TO/to have/VB/have attacked/VBN/attack"
            + " Syria/NNP/Syria/LOCATION ./.",
        "root(-1,2) nsubj:pass(2,0) aux:pass(2,1) xcomp(2,5) mark(5,3) aux(5,4) obj(5,6) punct(2,7)"));
    assertTrue(EventExtractorTest.only(es, "190").modality().hypothetical());
  }

  @Test
  void aDefiniteEventNounTakesTheActorsOfTheLastEventOfItsKind() {
    List<Event> es = events(new Parses()
        .sentence("An/DT/a Israeli/JJ/israeli/MISC air/NN/air strike/NN/strike hit/VBD/hit Syria/NNP/Syria/LOCATION ./.",
            "root(-1,4) det(3,0) amod(3,1) compound(3,2) nsubj(4,3) obj(4,5) punct(4,6)")
        .sentence("The/DT/the air/NN/air strike/NN/strike killed/VBD/kill Syrian/JJ/syrian/MISC soldiers/NNS/soldier ./.",
            "root(-1,3) det(2,0) compound(2,1) nsubj(3,2) amod(5,4) obj(3,5) punct(3,6)"));
    Event second = es.stream().filter(e -> e.trigger().sentence() == 1).findFirst().orElseThrow();
    assertEquals("195", second.cameo());
    assertEquals("ISR", second.source().actorKey(), "the strike of the sentence before");
    assertEquals("SYR", second.target().actorKey(), "from the verb it is the subject of");
    assertTrue(es.stream().noneMatch(e -> e.cameo().equals("180")), "the killing is the strike");
  }

  @Test
  void anArrestWithNoAgentIsByTheStateOfThoseArrested() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Syrian/JJ/syrian/MISC students/NNS/student were/VBD/be arrested/VBN/arrest ./.",
        "root(-1,3) amod(1,0) nsubj:pass(3,1) aux:pass(3,2) punct(3,4)")), "173");
    assertEquals("SYR", e.source().actorKey());
    assertEquals("GOV", e.source().sector());
  }

  @Test
  void missilesFiredAtNobodyAreAShowOfForce() {
    EventExtractorTest.only(events(new Parses().sentence(
        "Syria/NNP/Syria/LOCATION fired/VBD/fire two/CD/two missiles/NNS/missile on/IN/on Monday/NNP/Monday/DATE ./.",
        "root(-1,1) nsubj(1,0) nummod(3,2) obj(1,3) obl:on(1,5) case(5,4) punct(1,6)")), "150");
    Event attack = EventExtractorTest.only(events(new Parses().sentence(
        "Syria/NNP/Syria/LOCATION fired/VBD/fire missiles/NNS/missile at/IN/at Israel/NNP/Israel/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) obl:at(1,4) case(4,3) punct(1,5)")), "190");
    assertEquals("ISR", attack.target().actorKey());
  }

  @Test
  void anUnnamedGroupThatActsIsOfTheOnlyCountryNamed() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION 's/POS/'s election/NN/election was/VBD/be decried/VBN/decry by/IN/by"
            + " opposition/NN/opposition candidates/NNS/candidate ./.",
        "root(-1,4) nmod:poss(2,0) case(0,1) nsubj:pass(4,2) aux:pass(4,3) obl:agent(4,7) case(7,5) compound(7,6)"
            + " punct(4,8)")), "111");
    assertEquals("IRN", e.source().actorKey());
    assertEquals("OPP", e.source().sector());
    // "people" at large are no organised actor of the country
    Event people = EventExtractorTest.only(events(new Parses().sentence(
        "People/NNS/people decried/VBD/decry Iran/NNP/Iran/LOCATION 's/POS/'s election/NN/election ./.",
        "root(-1,1) nsubj(1,0) nmod:poss(4,2) case(2,3) obj(1,4) punct(1,5)")), "111");
    assertNull(people.source());
  }

  @Test
  void aWhereClauseHappensAtThePlaceItDescribesAndForceOnProtestersThereIsRepression() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "It/PRP/it differs/VBZ/differ in/IN/in Syria/NNP/Syria/LOCATION ,/,/, where/WRB/where the/DT/the"
            + " police/NN/police attacked/VBD/attack demonstrators/NNS/demonstrator ./.",
        "root(-1,1) nsubj(1,0) obl:in(1,3) case(3,2) punct(3,4) acl:relcl(3,8) advmod(8,5) det(7,6) nsubj(8,7)"
            + " obj(8,9) punct(1,10)")), "175");
    assertEquals("SYR", e.source().actorKey());
    assertEquals("COP", e.source().sector());
  }

  @Test
  void aStatedFutureStatementOrIntentIsStillMade() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION will/MD/will offer/VB/offer help/NN/help to/IN/to Syria/NNP/Syria/LOCATION ./.",
        "root(-1,2) nsubj(2,0) aux(2,1) obj(2,3) obl:to(2,5) case(5,4) punct(2,6)")), "030");
    assertFalse(e.modality().intended(), "an intent said of the future is an intent now");
  }

  @Test
  void anActUnderAPlanNounIsCodedAsTheIntent() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION announced/VBD/announce plans/NNS/plan to/TO/to meet/VB/meet Israel/NNP/Israel/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) acl(2,4) mark(4,3) obj(4,5) punct(1,6)")), "036");
    assertEquals("ISR", e.target().actorKey());
  }

  @Test
  void claimingThatAnotherActorDidSomethingIsAnAccusation() {
    List<Event> es = events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION claimed/VBD/claim that/IN/that Syria/NNP/Syria/LOCATION attacked/VBD/attack"
            + " Lebanon/NNP/Lebanon/LOCATION ./.",
        "root(-1,1) nsubj(1,0) ccomp(1,4) mark(4,2) nsubj(4,3) obj(4,5) punct(1,6)"));
    Event accusation = EventExtractorTest.only(es, "112");
    assertEquals("ISR>SYR", dyad(accusation));
    assertTrue(EventExtractorTest.only(es, "190").modality().hypothetical(), "the attack is only claimed");
    // a negated claim defends, and a claimant we cannot place accuses no one
    assertTrue(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION claimed/VBD/claim that/IN/that Syria/NNP/Syria/LOCATION did/VBD/do not/RB/not"
            + " attack/VB/attack Lebanon/NNP/Lebanon/LOCATION ./.",
        "root(-1,1) nsubj(1,0) ccomp(1,6) mark(6,2) nsubj(6,3) aux(6,4) advmod(6,5) obj(6,7) punct(1,8)")).stream()
        .noneMatch(e -> e.cameo().equals("112")));
    assertTrue(events(new Parses().sentence(
        "Wang/NNP/Wang/PERSON claimed/VBD/claim that/IN/that Syria/NNP/Syria/LOCATION attacked/VBD/attack"
            + " Lebanon/NNP/Lebanon/LOCATION ./.",
        "root(-1,1) nsubj(1,0) ccomp(1,4) mark(4,2) nsubj(4,3) obj(4,5) punct(1,6)")).stream()
        .noneMatch(e -> e.cameo().equals("112")), "Wang is nobody we can place");
    // a claim about oneself accuses no one
    assertTrue(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION claimed/VBD/claim that/IN/that it/PRP/it won/VBD/win ./.",
        "root(-1,1) nsubj(1,0) ccomp(1,4) mark(4,2) nsubj(4,3) punct(1,5)")).stream()
        .noneMatch(e -> e.cameo().equals("112")));
  }

  @Test
  void aDocumentStandsForTheActorItComesFrom() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "The/DT/the letter/NN/letter from/IN/from Israel/NNP/Israel/LOCATION accused/VBD/accuse Syria/NNP/Syria/LOCATION ./.",
        "root(-1,4) det(1,0) nsubj(4,1) nmod:from(1,3) case(3,2) obj(4,5) punct(4,6)")), "112");
    assertEquals("ISR>SYR", dyad(e));
    // a letter to someone is not theirs
    Event to = EventExtractorTest.only(events(new Parses().sentence(
        "The/DT/the letter/NN/letter to/IN/to Israel/NNP/Israel/LOCATION accused/VBD/accuse Syria/NNP/Syria/LOCATION ./.",
        "root(-1,4) det(1,0) nsubj(4,1) nmod:to(1,3) case(3,2) obj(4,5) punct(4,6)")), "112");
    assertNull(to.source());
  }

  @Test
  void concernsThatAnotherActorDoesSomethingAccuseIt() {
    List<Event> es = events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION has/VBZ/have concerns/NNS/concern that/IN/that Syria/NNP/Syria/LOCATION"
            + " attacked/VBD/attack Lebanon/NNP/Lebanon/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) ccomp(2,5) mark(5,3) nsubj(5,4) obj(5,6) punct(1,7)"));
    assertEquals("ISR>SYR", dyad(EventExtractorTest.only(es, "112")));
    assertTrue(EventExtractorTest.only(es, "190").modality().hypothetical(), "the attack is only a concern");
    // concerns about oneself accuse no one
    assertTrue(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION has/VBZ/have concerns/NNS/concern that/IN/that it/PRP/it lost/VBD/lose ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) ccomp(2,5) mark(5,3) nsubj(5,4) punct(1,6)")).stream()
        .noneMatch(e -> e.cameo().equals("112")));
  }

  @Test
  void aWarningIsAimedAtTheSubjectOfWhatItWarnsOf() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION threatened/VBD/threaten that/IN/that Israel/NNP/Israel/LOCATION will/MD/will"
            + " lose/VB/lose if/IN/if it/PRP/it attacks/VBZ/attack ./.",
        "root(-1,1) nsubj(1,0) ccomp(1,5) mark(5,2) nsubj(5,3) aux(5,4) advcl:if(5,8) mark(8,6) nsubj(8,7) punct(1,9)")),
        "130");
    assertEquals("IRN>ISR", dyad(e));
  }

  @Test
  void aDefiniteNounWithNoActorRefersBackToTheLastUseOfItsWordThatHasOne() {
    Parses p = new Parses()
        .sentence("Syria/NNP/Syria/LOCATION released/VBD/release documents/NNS/document ./.",
            "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)")
        .sentence("The/DT/the documents/NNS/document were/VBD/be released/VBN/release again/RB/again ./.",
            "root(-1,3) det(1,0) nsubj:pass(3,1) aux:pass(3,2) advmod(3,4) punct(3,5)")
        .sentence("Israel/NNP/Israel/LOCATION condemned/VBD/condemn the/DT/the release/NN/release ./.",
            "root(-1,1) nsubj(1,0) obj(1,3) det(3,2) punct(1,4)");
    assertEquals("ISR>SYR", dyad(EventExtractorTest.only(events(p), "111")));
    // an indefinite noun names a new thing
    Parses indefinite = new Parses()
        .sentence("Syria/NNP/Syria/LOCATION released/VBD/release documents/NNS/document ./.",
            "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)")
        .sentence("Israel/NNP/Israel/LOCATION condemned/VBD/condemn a/DT/a release/NN/release ./.",
            "root(-1,1) nsubj(1,0) obj(1,3) det(3,2) punct(1,4)");
    assertNull(EventExtractorTest.only(events(indefinite), "111").target());
  }

  @Test
  void anOwnedEventNounIsAimedAtTheCountryThatModifiesIt() {
    // "his first US visit", "Israel's Gaza offensive": with the possessor acting, the modifier is the target
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Trump/NNP/Trump/PERSON 's/POS/'s first/JJ/first Iran/NNP/Iran/LOCATION visit/NN/visit ended/VBD/end ./.",
        "root(-1,5) nmod:poss(4,0) case(0,1) amod(4,2) compound(4,3) nsubj(5,4) punct(5,6)")), "042");
    assertEquals("person/donald-trump>IRN", dyad(e));
    // without a possessor the modifier is the one who acts
    Event own = EventExtractorTest.only(events(new Parses().sentence(
        "The/DT/the Iran/NNP/Iran/LOCATION visit/NN/visit to/IN/to Syria/NNP/Syria/LOCATION ended/VBD/end ./.",
        "root(-1,5) det(2,0) compound(2,1) nsubj(5,2) case(4,3) nmod:to(2,4) punct(5,6)")), "042");
    assertEquals("IRN>SYR", dyad(own));
  }

  @Test
  void protestsThatBeganInACountryAreItsPeoples() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Protests/NNS/protest began/VBD/begin in/IN/in cities/NNS/city of/IN/of Iran/NNP/Iran/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obl:in(1,3) case(3,2) nmod:of(3,5) case(5,4) punct(1,6)")), "141");
    assertEquals("IRN", e.source().actorKey());
    assertEquals("CVL", e.source().sector());
  }

  @Test
  void hopingThatAnotherActorActsIsACommentOnIt() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Syria/NNP/Syria/LOCATION hopes/VBZ/hope Israel/NNP/Israel/LOCATION will/MD/will help/VB/help ./.",
        "root(-1,1) nsubj(1,0) ccomp(1,4) nsubj(4,2) aux(4,3) punct(1,5)")), "013");
    assertEquals("SYR>ISR", dyad(e));
  }

  @Test
  void anIndictmentWithNoAgentIsBroughtByTheJudiciaryOfTheAccusedsCountry() {
    List<Event> es = events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION criticized/VBD/criticize the/DT/the indictment/NN/indictment of/IN/of"
            + " Trump/NNP/Trump/PERSON ./.",
        "root(-1,1) nsubj(1,0) det(3,2) obj(1,3) case(5,4) nmod:of(3,5) punct(1,6)"));
    Event e = EventExtractorTest.only(es, "115");
    assertEquals("USA", e.source().actorKey());
    assertEquals("JUD", e.source().sector());
    assertEquals("person/donald-trump", e.target().actorKey());
  }

  @Test
  void aParticipleAdjunctActsThroughTheSubjectOfItsClause() {
    // "the Russians refuse, denying ...", "Australia tried to stop the vote, accusing Japan of ..."
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION objected/VBD/object ,/,/, accusing/VBG/accuse Syria/NNP/Syria/LOCATION ./.",
        "root(-1,1) nsubj(1,0) punct(1,2) advcl(1,3) obj(3,4) punct(1,5)")), "112");
    assertEquals("ISR>SYR", dyad(e));
    // "was detained after attacking": the passive subject did it
    Event passive = EventExtractorTest.only(events(new Parses().sentence(
        "Syria/NNP/Syria/LOCATION was/VBD/be condemned/VBN/condemn after/IN/after attacking/VBG/attack"
            + " Israel/NNP/Israel/LOCATION ./.",
        "root(-1,2) nsubj:pass(2,0) aux:pass(2,1) mark(4,3) advcl:after(2,4) obj(4,5) punct(2,6)")), "190");
    assertEquals("SYR>ISR", dyad(passive));
  }

  @Test
  void aThreatIsAimedAtWhoeverDoesTheDefiniteActOfItsCondition() {
    // "South Korea held exercises. North Korea threatened retaliation if the exercises went ahead."
    Event e = EventExtractorTest.only(events(new Parses()
        .sentence("Israel/NNP/Israel/LOCATION held/VBD/hold exercises/NNS/exercise ./.",
            "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)")
        .sentence("Syria/NNP/Syria/LOCATION threatened/VBD/threaten if/IN/if the/DT/the exercises/NNS/exercise"
            + " continued/VBD/continue ./.",
            "root(-1,1) nsubj(1,0) advcl:if(1,5) mark(5,2) det(4,3) nsubj(5,4) punct(1,6)")), "130");
    assertEquals("SYR>ISR", dyad(e));
  }

  @Test
  void aSentenceNamingNoCountryIsAboutTheCountryOfTheSentenceBefore() {
    List<Event> es = events(new Parses()
        .sentence("Syria/NNP/Syria/LOCATION is/VBZ/be tense/JJ/tense ./.", "root(-1,2) nsubj(2,0) cop(2,1) punct(2,3)")
        .sentence("The/DT/the police/NN/police attacked/VBD/attack demonstrators/NNS/demonstrator ./.",
            "root(-1,2) det(1,0) nsubj(2,1) obj(2,3) punct(2,4)"));
    Event e = EventExtractorTest.only(es, "175");
    assertEquals("SYR", e.source().actorKey());
    assertEquals("COP", e.source().sector());
    // a sentence before that names two countries gives none
    List<Event> two = events(new Parses()
        .sentence("Syria/NNP/Syria/LOCATION and/CC/and Israel/NNP/Israel/LOCATION are/VBP/be tense/JJ/tense ./.",
            "root(-1,4) nsubj(4,0) cc(2,1) conj:and(0,2) cop(4,3) punct(4,5)")
        .sentence("The/DT/the police/NN/police attacked/VBD/attack demonstrators/NNS/demonstrator ./.",
            "root(-1,2) det(1,0) nsubj(2,1) obj(2,3) punct(2,4)"));
    assertTrue(two.stream().allMatch(x -> x.source() == null), () -> two.toString());
  }

  @Test
  void anUnnamedStateBodyFarFromAnyCountryIsOfTheCountryTheArticleIsAbout() {
    Parses p = new Parses()
        .sentence("Syria/NNP/Syria/LOCATION is/VBZ/be tense/JJ/tense ./.", "root(-1,2) nsubj(2,0) cop(2,1) punct(2,3)")
        .sentence("Syria/NNP/Syria/LOCATION is/VBZ/be calm/JJ/calm ./.", "root(-1,2) nsubj(2,0) cop(2,1) punct(2,3)");
    for (int i = 0; i < 3; i++) {
      p.sentence("Nothing/NN/nothing happened/VBD/happen ./.", "root(-1,1) nsubj(1,0) punct(1,2)");
    }
    p.sentence("The/DT/the police/NN/police attacked/VBD/attack demonstrators/NNS/demonstrator ./.",
        "root(-1,2) det(1,0) nsubj(2,1) obj(2,3) punct(2,4)");
    Event e = EventExtractorTest.only(events(p), "190");
    assertEquals("SYR", e.source().actorKey());
    assertEquals("COP", e.source().sector());
    // the people acted on are not guessed from it: on real news that named the wrong side too often
    assertNull(e.target());
  }

  @Test
  void aDenialIsAimedAtTheAccuserNotAtTheDeniedActsObject() {
    List<Event> es = events(new Parses()
        .sentence("Israel/NNP/Israel/LOCATION accused/VBD/accuse Syria/NNP/Syria/LOCATION ./.",
            "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)")
        .sentence("Syria/NNP/Syria/LOCATION denied/VBD/deny supporting/VBG/support Hezbollah/NNP/Hezbollah/ORGANIZATION ./.",
            "root(-1,1) nsubj(1,0) xcomp(1,2) obj(2,3) punct(1,4)"));
    assertEquals("SYR>ISR", dyad(EventExtractorTest.only(es, "016")));
    List<Event> alone = events(new Parses().sentence(
        "Syria/NNP/Syria/LOCATION denied/VBD/deny supporting/VBG/support Hezbollah/NNP/Hezbollah/ORGANIZATION ./.",
        "root(-1,1) nsubj(1,0) xcomp(1,2) obj(2,3) punct(1,4)"));
    assertNull(EventExtractorTest.only(alone, "016").target(), "no accuser named: no target, not Hezbollah");
  }

  @Test
  void aLackOfAnActNegatesIt() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION regretted/VBD/regret a/DT/a lack/NN/lack of/IN/of Israeli/JJ/israeli/MISC"
            + " talks/NNS/talk with/IN/with Syria/NNP/Syria/LOCATION ./.",
        "root(-1,1) nsubj(1,0) det(3,2) obj(1,3) nmod:of(3,6) case(6,4) amod(6,5) nmod:with(6,8) case(8,7) punct(1,9)")),
        "040");
    assertEquals("ISR>SYR", dyad(e));
    assertTrue(e.modality().negated());
  }

  @Test
  void thePossessorOfAPatientNounIsActedOn() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION condemned/VBD/condemn Syria/NNP/Syria/LOCATION 's/POS/'s arrest/NN/arrest by/IN/by"
            + " Iranian/JJ/iranian/MISC police/NN/police ./.",
        "root(-1,1) nsubj(1,0) obj(1,4) nmod:poss(4,2) case(2,3) nmod:by(4,7) case(7,5) amod(7,6) punct(1,8)")), "173");
    assertEquals("IRN>SYR", dyad(e));
  }

  @Test
  void aGroupTheGazetteerKnowsIsNoPersonWhateverTheNerSays() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Hezbollah/NNP/Hezbollah/PERSON attacked/VBD/attack Israel/NNP/Israel/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)")), "190");
    assertEquals("org/hezbollah>ISR", dyad(e));
  }

  @Test
  void aParticipleOnAnEventNounTellsTheSameAct() {
    List<Event> es = events(new Parses().sentence(
        "He/PRP/he survived/VBD/survive an/DT/a Israeli/JJ/israeli/MISC air/NN/air strike/NN/strike"
            + " targeting/VBG/target Syria/NNP/Syria/LOCATION ./.",
        "root(-1,1) nsubj(1,0) det(5,2) amod(5,3) compound(5,4) obj(1,5) acl(5,6) obj(6,7) punct(1,8)"));
    Event strike = EventExtractorTest.only(es, "195");
    assertEquals("ISR>SYR", dyad(strike));
    assertEquals(1, es.size(), () -> es.toString());
  }

  @Test
  void aNegatedArgumentNegatesTheAct() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION attacked/VBD/attack no/DT/no Israeli/JJ/israeli/MISC targets/NNS/target ./.",
        "root(-1,1) nsubj(1,0) det(4,2) amod(4,3) obj(1,4) punct(1,5)")), "190");
    assertTrue(e.modality().negated());
  }

  @Test
  void aCountryIsAlsoATheyWhenItReportsItsOwnAct() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Syria/NNP/Syria/LOCATION said/VBD/say they/PRP/they attacked/VBD/attack Israel/NNP/Israel/LOCATION ./.",
        "root(-1,1) nsubj(1,0) nsubj(3,2) ccomp(1,3) obj(3,4) punct(1,5)")), "190");
    assertEquals("SYR>ISR", dyad(e));
  }

  @Test
  void wantingAnotherActorToActIsAnAppeal() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION wants/VBZ/want Syria/NNP/Syria/LOCATION to/TO/to leave/VB/leave ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) xcomp(1,4) mark(4,3) punct(1,5)")), "020");
    assertEquals("ISR>SYR", dyad(e));
    assertTrue(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION wants/VBZ/want to/TO/to leave/VB/leave ./.",
        "root(-1,1) nsubj(1,0) xcomp(1,3) mark(3,2) punct(1,4)")).isEmpty(), "wanting to act oneself appeals to no one");
  }

  @Test
  void exercisesHeldWithAPartnerAreMilitaryCooperation() {
    Event e = EventExtractorTest.only(events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION held/VBD/hold military/JJ/military exercises/NNS/exercise with/IN/with"
            + " Syria/NNP/Syria/LOCATION ./.",
        "root(-1,1) nsubj(1,0) amod(3,2) obj(1,3) nmod:with(3,5) case(5,4) punct(1,6)")), "062");
    assertEquals("ISR>SYR", dyad(e));
    assertEquals(1, events(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION held/VBD/hold military/JJ/military exercises/NNS/exercise near/IN/near"
            + " Syria/NNP/Syria/LOCATION ./.",
        "root(-1,1) nsubj(1,0) amod(3,2) obj(1,3) nmod:near(3,5) case(5,4) punct(1,6)")).stream()
        .filter(x -> x.cameo().equals("150")).count(), "exercises near a country are a show of force");
  }

  @Test
  void aDefiniteEventNounWithItsOwnTargetPhraseIsNoBackReference() {
    List<Event> es = events(new Parses()
        .sentence("An/DT/a Israeli/JJ/israeli/MISC air/NN/air strike/NN/strike hit/VBD/hit Syria/NNP/Syria/LOCATION ./.",
            "root(-1,4) det(3,0) amod(3,1) compound(3,2) nsubj(4,3) obj(4,5) punct(4,6)")
        .sentence("Iran/NNP/Iran/LOCATION condemned/VBD/condemn the/DT/the air/NN/air strike/NN/strike on/IN/on"
            + " Lebanon/NNP/Lebanon/LOCATION ./.",
            "root(-1,1) nsubj(1,0) det(4,2) compound(4,3) obj(1,4) nmod:on(4,6) case(6,5) punct(1,7)"));
    assertTrue(es.stream().noneMatch(e -> e.mentions().stream().anyMatch(m -> m.sentence() == 1) && e.cameo().equals("195")
        && e.source() != null), () -> "the strike on Lebanon is not the strike on Syria: " + es);
  }
}
