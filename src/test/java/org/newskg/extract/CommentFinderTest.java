package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.resolve.CameoCodes;
import org.newskg.resolve.Lexicons;
import org.newskg.resolve.TriggerLexicon;

/** Statements that evaluate another actor become comments (CAMEO 111, 112, 012, 013, 051). */
class CommentFinderTest {
  private static final LocalDate DATE = LocalDate.of(2025, 3, 30);

  private static Extractor extractor() {
    Lexicons lex = Fixtures.lexicons();
    lex.addEvaluation(new Lexicons.Evaluation("unacceptable", "J", "111", ""));
    lex.addEvaluation(new Lexicons.Evaluation("dangerous", "J", "111", ""));
    lex.addEvaluation(new Lexicons.Evaluation("cruel", "J", "111", ""));
    lex.addEvaluation(new Lexicons.Evaluation("helpful", "J", "051", "111"));
    lex.addEvaluation(new Lexicons.Evaluation("concerned", "J", "012", ""));
    lex.addEvaluation(new Lexicons.Evaluation("provocation", "N", "111", ""));
    lex.addCue("reporting", "tell");
    lex.addCue("warning", "warn");
    lex.addCue("personal-pronoun", "their");
    lex.addCue("naming", "call");
    lex.addEvaluation(new Lexicons.Evaluation("butcher", "N", "111", ""));
    TriggerLexicon triggers = Fixtures.triggers();
    triggers.add(new TriggerLexicon.Entry("warn", true, Set.of(), "", "130", ""));
    triggers.add(new TriggerLexicon.Entry("call", true, Set.of(), "", "041", ""));
    CameoCodes cameo = Fixtures.cameo();
    for (String code : List.of("012", "013", "041", "051", "112")) {
      cameo.add(new CameoCodes.Code(code, "comment " + code, BigDecimal.ZERO, 1, null));
    }
    return new Extractor(Fixtures.gazetteer(), lex, triggers, cameo);
  }

  private static List<Event> events(Parses p) {
    return extractor().extract(p.build(DATE)).events();
  }

  private static Event only(List<Event> events, String cameo) {
    return EventExtractorTest.only(events, cameo);
  }

  @Test
  void aThatClauseJudgingAnotherActorsActIsACriticismOfThatActor() {
    Event e = only(events(new Parses().sentence(
        "Trump/NNP/Trump/PERSON said/VBD/say Iran/NNP/Iran/LOCATION 's/POS/'s ambitions/NNS/ambition were/VBD/be"
            + " dangerous/JJ/dangerous ./.",
        "root(-1,1) nsubj(1,0) ccomp(1,6) nsubj(6,4) nmod:poss(4,2) case(2,3) cop(6,5) punct(1,7)")), "111");
    assertEquals("person/donald-trump", e.source().actorKey());
    assertEquals("IRN", e.target().actorKey());
    assertEquals("dangerous", e.trigger().text());
  }

  @Test
  void aJudgedDefiniteNounRefersBackToTheActorOfItsWord() {
    Event e = only(events(new Parses()
        .sentence("Iran/NNP/Iran/LOCATION released/VBD/release documents/NNS/document ./.",
            "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)")
        .sentence("Trump/NNP/Trump/PERSON said/VBD/say the/DT/the release/NN/release was/VBD/be dangerous/JJ/dangerous ./.",
            "root(-1,1) nsubj(1,0) ccomp(1,5) det(3,2) nsubj(5,3) cop(5,4) punct(1,6)")), "111");
    assertEquals("IRN", e.target().actorKey());
  }

  @Test
  void callingAnotherActorAnEvaluativeNameIsTheEvaluation() {
    // "calls President Bush a 'butcher'", parsed as an object with an apposition or with a predicate
    for (String deps : List.of("root(-1,1) nsubj(1,0) obj(1,2) det(4,3) appos(2,4) punct(1,5)",
        "root(-1,1) nsubj(1,0) obj(1,2) det(4,3) xcomp(1,4) punct(1,5)",
        "root(-1,1) nsubj(1,0) xcomp(1,4) nsubj(4,2) det(4,3) punct(1,5)")) {
      List<Event> es = events(new Parses().sentence(
          "Iran/NNP/Iran/LOCATION calls/VBZ/call Trump/NNP/Trump/PERSON a/DT/a butcher/NN/butcher ./.", deps));
      Event e = only(es, "111");
      assertEquals("IRN", e.source().actorKey());
      assertEquals("person/donald-trump", e.target().actorKey());
      assertTrue(es.stream().noneMatch(x -> x.cameo().equals("041")), "no phone call: " + es);
    }
  }

  @Test
  void aNegatedPraiseIsACriticismOfTheOwnerOfTheSubject() {
    Event e = only(events(new Parses().sentence(
        "Hezbollah/NNP/Hezbollah/ORGANIZATION said/VBD/say the/DT/the appointment/NN/appointment of/IN/of"
            + " Trump/NNP/Trump/PERSON was/VBD/be not/RB/not helpful/JJ/helpful ./.",
        "root(-1,1) nsubj(1,0) ccomp(1,8) det(3,2) nsubj(8,3) nmod:of(3,5) case(5,4) cop(8,6) advmod(8,7) punct(1,9)")),
        "111");
    assertEquals("org/hezbollah", e.source().actorKey());
    assertEquals("person/donald-trump", e.target().actorKey());
  }

  @Test
  void concernAboutASituationInACountryIsAPessimisticCommentOnIt() {
    Event e = only(events(new Parses().sentence(
        "Trump/NNP/Trump/PERSON said/VBD/say he/PRP/he was/VBD/be concerned/JJ/concerned by/IN/by the/DT/the"
            + " situation/NN/situation in/IN/in Lebanon/NNP/Lebanon/LOCATION ./.",
        "root(-1,1) nsubj(1,0) ccomp(1,4) nsubj(4,2) cop(4,3) obl:by(4,7) case(7,5) det(7,6) nmod:in(7,9) case(9,8)"
            + " punct(1,10)")), "012");
    assertEquals("person/donald-trump", e.source().actorKey());
    assertEquals("LBN", e.target().actorKey());
  }

  @Test
  void aNeutralStatementOrOneAboutNoOtherActorIsNoEvent() {
    assertTrue(events(new Parses().sentence(
        "Trump/NNP/Trump/PERSON said/VBD/say Iran/NNP/Iran/LOCATION held/VBD/hold elections/NNS/election ./.",
        "root(-1,1) nsubj(1,0) ccomp(1,3) nsubj(3,2) obj(3,4) punct(1,5)")).isEmpty());
    assertTrue(events(new Parses().sentence(
        "Trump/NNP/Trump/PERSON said/VBD/say the/DT/the decision/NN/decision was/VBD/be dangerous/JJ/dangerous ./.",
        "root(-1,1) nsubj(1,0) ccomp(1,5) det(3,2) nsubj(5,3) cop(5,4) punct(1,6)")).isEmpty());
  }

  @Test
  void aQuotationIsTheStatementOfItsSpeaker() {
    // the quote hangs loosely off the verb, so only the quotation makes it a statement
    Event e = only(events(new Parses().sentence(
        "Trump/NNP/Trump/PERSON said/VBD/say :/:/: \"/``/\" Iran/NNP/Iran/LOCATION 's/POS/'s behavior/NN/behavior"
            + " is/VBZ/be unacceptable/JJ/unacceptable \"/''/\"",
        "root(-1,1) nsubj(1,0) punct(1,2) dep(1,8) nsubj(8,6) nmod:poss(6,4) case(4,5) cop(8,7)")), "111");
    assertEquals("person/donald-trump", e.source().actorKey());
    assertEquals("IRN", e.target().actorKey());
  }

  @Test
  void whatAStatementIsSaidOfIsItsTarget() {
    Event e = only(events(new Parses().sentence(
        "Trump/NNP/Trump/PERSON said/VBD/say of/IN/of Iran/NNP/Iran/LOCATION ,/,/, \"/``/\" The/DT/the"
            + " decision/NN/decision was/VBD/be a/DT/a cruel/JJ/cruel one/NN/one ./. \"/''/\"",
        "root(-1,1) nsubj(1,0) obl:of(1,3) case(3,2) punct(1,4) ccomp(1,11) det(7,6) nsubj(11,7) cop(11,8) det(11,9)"
            + " amod(11,10) punct(1,12)")), "111");
    assertEquals("IRN", e.target().actorKey());
    assertEquals("cruel", e.trigger().text());
  }

  @Test
  void anUnresolvedGroupPronounStandsForTheNearestOtherActorBeforeIt() {
    Event e = only(events(new Parses().sentence(
        "Trump/NNP/Trump/PERSON told/VBD/tell Iran/NNP/Iran/LOCATION that/IN/that their/PRP$/they behavior/NN/behavior"
            + " is/VBZ/be unacceptable/JJ/unacceptable ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) ccomp(1,7) mark(7,3) nsubj(7,5) nmod:poss(5,4) cop(7,6) punct(1,8)")), "111");
    assertEquals("IRN", e.target().actorKey());
  }

  @Test
  void aTriggerEventFromTheSpeakerOnTheSameTargetWins() {
    List<Event> evs = events(new Parses().sentence(
        "Trump/NNP/Trump/PERSON denounced/VBD/denounce Iran/NNP/Iran/LOCATION ,/,/, saying/VBG/say he/PRP/he was/VBD/be"
            + " concerned/JJ/concerned by/IN/by Iran/NNP/Iran/LOCATION 's/POS/'s behavior/NN/behavior ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3) advcl(1,4) ccomp(4,7) nsubj(7,5) cop(7,6) obl:by(7,11) case(11,8)"
            + " nmod:poss(11,9) case(9,10) punct(1,12)"));
    assertEquals(1, evs.size(), evs::toString);
    assertEquals("111", evs.get(0).cameo());
  }

  @Test
  void aQuestionEvaluatesNothing() {
    assertTrue(events(new Parses().sentence(
        "Did/VBD/do Trump/NNP/Trump/PERSON say/VB/say Iran/NNP/Iran/LOCATION was/VBD/be dangerous/JJ/dangerous ?/./?",
        "root(-1,2) aux(2,0) nsubj(2,1) ccomp(2,5) nsubj(5,3) cop(5,4) punct(2,6)")).isEmpty());
  }

  @Test
  void aWarningThatIsNoActOfTheSpeakersOwnIsAPessimisticComment() {
    Event e = only(events(new Parses().sentence(
        "Lebanon/NNP/Lebanon/LOCATION warned/VBD/warn Israel/NNP/Israel/LOCATION that/IN/that the/DT/the"
            + " resolution/NN/resolution will/MD/will not/RB/not end/VB/end the/DT/the conflict/NN/conflict ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) ccomp(1,8) mark(8,3) det(5,4) nsubj(8,5) aux(8,6) advmod(8,7) obj(8,10)"
            + " det(10,9) punct(1,11)")), "012");
    assertEquals("LBN", e.source().actorKey());
    assertEquals("ISR", e.target().actorKey());
  }

  @Test
  void aWarningWhoseClauseCriticisesAnActorIsACriticismOfIt() {
    Event e = only(events(new Parses().sentence(
        "Trump/NNP/Trump/PERSON warned/VBD/warn Israel/NNP/Israel/LOCATION that/IN/that Iran/NNP/Iran/LOCATION"
            + " 's/POS/'s ambitions/NNS/ambition were/VBD/be dangerous/JJ/dangerous ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) ccomp(1,8) mark(8,3) nsubj(8,6) nmod:poss(6,4) case(4,5) cop(8,7) punct(1,9)")),
        "111");
    assertEquals("person/donald-trump", e.source().actorKey());
    assertEquals("IRN", e.target().actorKey());
  }

  @Test
  void aWarningOfTheSpeakersOwnActStaysAThreat() {
    List<Event> evs = events(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION warned/VBD/warn that/IN/that it/PRP/it would/MD/would attack/VB/attack"
            + " Israel/NNP/Israel/LOCATION ./.",
        "root(-1,1) nsubj(1,0) ccomp(1,5) mark(5,2) nsubj(5,3) aux(5,4) obj(5,6) punct(1,7)"));
    only(evs, "130");
    assertTrue(evs.stream().noneMatch(e -> e.cameo().equals("012")), evs::toString);
  }

  @Test
  void anEvaluativeWordThatIsAnEventsObjectIsNoFurtherComment() {
    List<Event> evs = events(new Parses().sentence(
        "Trump/NNP/Trump/PERSON said/VBD/say Israel/NNP/Israel/LOCATION attacked/VBD/attack"
            + " provocations/NNS/provocation by/IN/by Iran/NNP/Iran/LOCATION ./.",
        "root(-1,1) nsubj(1,0) ccomp(1,3) nsubj(3,2) obj(3,4) nmod:by(4,6) case(6,5) punct(1,7)"));
    assertTrue(evs.stream().noneMatch(e -> e.cameo().equals("111")), evs::toString);
  }
}
