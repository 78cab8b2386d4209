package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newskg.resolve.Lexicons;

/** Who speaks a quotation, whom "we" and "they" in it stand for, and what "the country" refers to. */
class SpeakersAndDescriptionsTest {
  private static final LocalDate DATE = LocalDate.of(2025, 3, 30);

  private static Extraction extract(Parses p) {
    return extract(p, lexicons());
  }

  /** The fixture lexicons with the pronoun cues and description nouns these rules read. */
  private static Lexicons lexicons() {
    Lexicons lex = Fixtures.lexicons();
    lex.addCue("speaker-pronoun", "i");
    lex.addCue("speaker-group-pronoun", "we");
    lex.addCue("other-group-pronoun", "they");
    lex.addDescription(new Lexicons.Description("country", "country", ""));
    lex.addDescription(new Lexicons.Description("regime", "country", "GOV"));
    lex.addDescription(new Lexicons.Description("group", "group", ""));
    return lex;
  }

  private static Extraction extract(Parses p, Lexicons lex) {
    return new Extractor(Fixtures.gazetteer(), lex, Fixtures.triggers(), Fixtures.cameo()).extract(p.build(DATE));
  }

  private static ActorMention mentionOf(Extraction x, int sentence, String word) {
    return x.mentions().stream()
        .filter(m -> m.span().sentence() == sentence && m.span().text().equals(word)).findFirst().orElse(null);
  }

  @Test
  void aRelativeClauseReportingVerbIsSpokenByTheNamedNounItDescribes() {
    // the parser's reading of "The Hezbollah organization who are the rulers said "…""
    Extraction x = extract(new Parses().sentence(
        "The/DT Hezbollah/NNP/Hezbollah/ORGANIZATION organization/NN who/WP are/VBP the/DT rulers/NNS said/VBD/say"
            + " \"/``/\" it/PRP was/VBD/be not/RB helpful/JJ at/IN all/DT \"/''/\"",
        "det(2,0) compound(2,1) ref(2,3) cop(6,4) det(6,5) nsubj(7,6) acl:relcl(2,7) punct(7,8) nsubj(11,9) cop(11,10)"
            + " advmod(11,12) root(-1,11) obl(11,14) case(14,13) punct(11,15)"));
    assertEquals("org/hezbollah", x.quotes().get(0).speakerKey());
  }

  @Test
  void aQuoteOpeningTheNextSentenceIsSpokenByThePreviousReporter() {
    Extraction x = extract(new Parses()
        .sentence("Trump/NNP/Trump/PERSON said/VBD/say Iran/NNP/Iran/LOCATION is/VBZ/be worried/JJ ./.",
            "nsubj(1,0) root(-1,1) nsubj(4,2) cop(4,3) ccomp(1,4) punct(1,5)")
        .sentence("\"/``/\" The/DT talks/NNS/talk are/VBP/be going/VBG/go very/RB well/RB indeed/RB \"/''/\"",
            "punct(4,0) det(2,1) nsubj(4,2) aux(4,3) root(-1,4) advmod(6,5) advmod(4,6) advmod(4,7) punct(4,8)"));
    assertEquals("person/donald-trump", x.quotes().get(0).speakerKey());
  }

  @Test
  void aQuoteWithAnotherSpeakersReportingVerbDoesNotInheritThePreviousSpeaker() {
    Extraction x = extract(new Parses()
        .sentence("Trump/NNP/Trump/PERSON said/VBD/say \"/``/\" the/DT talks/NNS/talk are/VBP/be going/VBG/go well/RB \"/''/\"",
            "nsubj(1,0) root(-1,1) punct(6,2) det(4,3) nsubj(6,4) aux(6,5) ccomp(1,6) advmod(6,7) punct(6,8)")
        .sentence("The/DT analysts/NNS/analyst said/VBD/say \"/``/\" the/DT talks/NNS/talk are/VBP/be failing/VBG/fail badly/RB \"/''/\"",
            "det(1,0) nsubj(2,1) root(-1,2) punct(7,3) det(5,4) nsubj(7,5) aux(7,6) ccomp(2,7) advmod(7,8) punct(7,9)"));
    assertEquals("person/donald-trump", x.quotes().get(0).speakerKey());
    assertNull(x.quotes().get(1).speakerKey());
  }

  @Test
  void aQuoteHangingOnANonReportingVerbIsSpokenByItsSubject() {
    Extraction x = extract(new Parses().sentence(
        "Trump/NNP/Trump/PERSON condemned/VBD/condemn it/PRP ;/: \"/``/\" these/DT leaks/NNS/leak are/VBP/be very/RB harmful/JJ \"/''/\"",
        "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3) punct(9,4) det(6,5) nsubj(9,6) cop(9,7) advmod(9,8) parataxis(1,9)"
            + " punct(9,10)"));
    assertEquals("person/donald-trump", x.quotes().get(0).speakerKey());
  }

  @Test
  void weInAnOfficialsQuoteIsTheOfficialsCountryInTheOfficialsSectorAndTheyTheOtherSide() {
    Extraction x = extract(new Parses().sentence(
        "Trump/NNP/Trump/PERSON said/VBD/say \"/``/\" we/PRP will/MD talk/VB to/IN Iran/NNP/Iran/LOCATION but/CC"
            + " they/PRP must/MD stop/VB \"/''/\"",
        "nsubj(1,0) root(-1,1) punct(5,2) nsubj(5,3) aux(5,4) ccomp(1,5) obl:to(5,7) case(7,6) cc(11,8) nsubj(11,9)"
            + " aux(11,10) conj:but(5,11) punct(5,12)"));
    ActorMention we = mentionOf(x, 0, "we");
    assertEquals("USA", we.actorKey());
    assertEquals("GOV", we.sector());
    assertEquals("IRN", mentionOf(x, 0, "they").actorKey());
  }

  @Test
  void weInAnOrganisationsQuoteIsTheOrganisationItself() {
    Extraction x = extract(new Parses().sentence(
        "Hezbollah/NNP/Hezbollah/ORGANIZATION said/VBD/say \"/``/\" we/PRP will/MD never/RB give/VB up/RP \"/''/\"",
        "nsubj(1,0) root(-1,1) punct(6,2) nsubj(6,3) aux(6,4) advmod(6,5) ccomp(1,6) compound:prt(6,7) punct(6,8)"));
    assertEquals("org/hezbollah", mentionOf(x, 0, "we").actorKey());
  }

  @Test
  void theCountryIsTheNearestCountryNamedBeforeAndTheRegimeItsGovernment() {
    Extraction x = extract(new Parses()
        .sentence("Iran/NNP/Iran/LOCATION tested/VBD/test missiles/NNS/missile ./.", "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)")
        .sentence("The/DT country/NN said/VBD/say the/DT regime/NN is/VBZ/be strong/JJ ./.",
            "det(1,0) nsubj(2,1) root(-1,2) det(4,3) nsubj(6,4) cop(6,5) ccomp(2,6) punct(2,7)"));
    assertEquals("IRN", mentionOf(x, 1, "country").actorKey());
    ActorMention regime = mentionOf(x, 1, "regime");
    assertEquals("IRN", regime.actorKey());
    assertEquals("GOV", regime.sector());
  }

  @Test
  void theGroupIsTheNearestGroupAndNotACountry() {
    Extraction x = extract(new Parses()
        .sentence("Israel/NNP/Israel/LOCATION struck/VBD/strike Hezbollah/NNP/Hezbollah/ORGANIZATION ./.",
            "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)")
        .sentence("The/DT group/NN said/VBD/say nothing/NN ./.", "det(1,0) nsubj(2,1) root(-1,2) obj(2,3) punct(2,4)"));
    assertEquals("org/hezbollah", mentionOf(x, 1, "group").actorKey());
  }

  @Test
  void theTwoCountriesIsAPairNotOneCountry() {
    Extraction x = extract(new Parses()
        .sentence("Iran/NNP/Iran/LOCATION met/VBD/meet Syria/NNP/Syria/LOCATION ./.", "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)")
        .sentence("The/DT two/CD countries/NN/country agreed/VBD/agree ./.",
            "det(2,0) nummod(2,1) nsubj(3,2) root(-1,3) punct(3,4)"));
    assertNull(mentionOf(x, 1, "countries"));
  }

  @Test
  void theSouthAfterNorthKoreaIsSouthKorea() {
    Lexicons lex = lexicons();
    lex.addDescription(new Lexicons.Description("south", "compass", ""));
    Extraction x = extract(new Parses()
        .sentence("North/NNP/North/LOCATION Korea/NNP/Korea/LOCATION fired/VBD/fire shells/NNS/shell ./.",
            "compound(1,0) nsubj(2,1) root(-1,2) obj(2,3) punct(2,4)")
        .sentence("The/DT South/NNP/South protested/VBD/protest ./.", "det(1,0) nsubj(2,1) root(-1,2) punct(2,3)"), lex);
    assertEquals("KOR", mentionOf(x, 1, "South").actorKey());
  }

  @Test
  void anUnknownPersonsAppositiveTitleGivesTheirCountryAndSector() {
    Extraction x = extract(new Parses().sentence(
        "James/NNP/James/PERSON Jeffrey/NNP/Jeffrey/PERSON ,/, U.S./NNP/U.S./LOCATION spokesperson/NN ,/, said/VBD/say"
            + " it/PRP failed/VBD/fail ./.",
        "compound(1,0) nsubj(6,1) punct(1,2) compound(4,3) appos(1,4) punct(1,5) root(-1,6) nsubj(8,7) ccomp(6,8)"
            + " punct(6,9)"));
    Actor jeffrey = x.actors().stream().filter(a -> a.key().equals("person/james-jeffrey")).findFirst().orElseThrow();
    assertEquals("USAGOV", jeffrey.code());
  }
}
