package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;

class ActorAndRelationTest {
  private static final LocalDate DATE = LocalDate.of(2025, 3, 30);

  private static Extraction extract(Parses p) {
    return Fixtures.extractor().extract(p.build(DATE));
  }

  private static Actor actor(Extraction x, String key) {
    return x.actors().stream().filter(a -> a.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + key + " in " + x.actors()));
  }

  private static boolean hasRelation(Extraction x, String s, RelationType t, String o) {
    return x.relations().stream().anyMatch(r -> r.subjectKey().equals(s) && r.type() == t && r.objectKey().equals(o));
  }

  @Test
  void adjectivePlusAgentNounIsTheCountryWithASector() {
    Extraction x = extract(new Parses().sentence(
        "Iranian/JJ/Iranian/MISC officials/NNS/official dismissed/VBD/dismiss it/PRP/it ./.",
        "root(-1,2) amod(1,0) nsubj(2,1) obj(2,3) punct(2,4)"));
    ActorMention m = x.mentions().get(0);
    assertEquals("IRN", m.actorKey());
    assertEquals("GOV", m.sector());
    assertEquals("Iranian officials", m.span().text());
    assertTrue(actor(x, "IRN").aliases().contains("Iranian officials"));
  }

  @Test
  void capitalStandsForTheCountryNotForACity() {
    Extraction x = extract(new Parses().sentence("Washington/NNP/Washington/LOCATION objected/VBD/object ./.",
        "root(-1,1) nsubj(1,0) punct(1,2)"));
    assertEquals(List.of("USA"), x.actors().stream().map(Actor::key).toList());
    assertEquals("GOV", x.mentions().get(0).sector());
  }

  @Test
  void titleBeforeANameGivesRoleRelationAndCode() {
    Extraction x = extract(new Parses().sentence(
        "Iranian/JJ/Iranian/MISC Foreign/NNP/Foreign/ORGANIZATION Ministry/NNP/Ministry/ORGANIZATION"
            + " spokesperson/NN/spokesperson Nasser/NNP/Nasser/PERSON Kanaani/NNP/Kanaani/PERSON spoke/VBD/speak ./.",
        "root(-1,6) compound(5,3) compound(5,4) compound(3,2) compound(2,1) amod(2,0) nsubj(6,5) punct(6,7)"));
    Actor ministry = actor(x, "org/IRN/foreign-ministry");
    assertEquals("Iranian Foreign Ministry", ministry.label());
    assertEquals(ActorType.GOVERNMENT_ORGANIZATION, ministry.type());
    assertEquals("IRNGOV", ministry.code());
    Actor kanaani = actor(x, "person/nasser-kanaani");
    assertEquals("IRNGOV", kanaani.code());
    assertTrue(hasRelation(x, "person/nasser-kanaani", RelationType.SPOKESPERSON_OF, "org/IRN/foreign-ministry"));
    assertTrue(hasRelation(x, "org/IRN/foreign-ministry", RelationType.PART_OF, "IRN"));
    assertTrue(x.actors().stream().anyMatch(a -> a.key().equals("IRN")), "the country a relation points at is an actor");
  }

  @Test
  void possessiveOwnerCommaAndHonorific() {
    Extraction x = extract(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION 's/POS/'s Supreme/NNP/Supreme Leader/NNP/Leader ,/,/, Ayatollah/NNP/Ayatollah/PERSON"
            + " Ali/NNP/Ali/PERSON Khamenei/NNP/Khamenei/PERSON ,/,/, spoke/VBD/speak ./.",
        "root(-1,9) nsubj(9,3) appos(3,7) punct(9,10)"));
    Actor k = actor(x, "person/ali-khamenei");
    assertEquals("Ali Khamenei", k.label());
    assertTrue(hasRelation(x, "person/ali-khamenei", RelationType.LEADER_OF, "IRN"));
    Relation r = x.relations().stream().filter(y -> y.type() == RelationType.LEADER_OF).findFirst().orElseThrow();
    assertEquals("Supreme Leader", r.role());
  }

  @Test
  void formerTitleIsMarkedAndSurnameResolvesToTheFullName() {
    Extraction x = extract(new Parses()
        .sentence("former/JJ/former U.S./NNP/U.S./LOCATION President/NNP/President Donald/NNP/Donald/PERSON"
            + " Trump/NNP/Trump/PERSON spoke/VBD/speak ./.", "root(-1,5) nsubj(5,4) punct(5,6)")
        .sentence("Trump/NNP/Trump/PERSON left/VBD/leave ./.", "root(-1,1) nsubj(1,0) punct(1,2)"));
    Relation r = x.relations().stream().filter(y -> y.type() == RelationType.LEADER_OF).findFirst().orElseThrow();
    assertEquals("person/donald-trump", r.subjectKey());
    assertEquals("USA", r.objectKey());
    assertTrue(r.former());
    assertEquals(2, x.mentions().stream().filter(m -> m.actorKey().equals("person/donald-trump")).count());
  }

  @Test
  void leadersAdministrationIsTheGovernmentOfTheirCountry() {
    Extraction x = extract(new Parses().sentence(
        "The/DT/the Trump/NNP/Trump/PERSON administration/NN/administration withdrew/VBD/withdraw ./.",
        "root(-1,3) det(2,0) compound(2,1) nsubj(3,2) punct(3,4)"));
    Actor adm = actor(x, "org/USA/trump-administration");
    assertEquals("USAGOV", adm.code());
    assertTrue(hasRelation(x, "org/USA/trump-administration", RelationType.GOVERNMENT_OF, "USA"));
  }

  @Test
  void adversariesIncludingAreAdversariesOfTheOwner() {
    Extraction x = extract(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION and/CC/and its/PRP$/its adversaries/NNS/adversary ,/,/, including/VBG/include"
            + " Israel/NNP/Israel/LOCATION and/CC/and Saudi/NNP/Saudi/LOCATION Arabia/NNP/Arabia/LOCATION ./.",
        "root(-1,0) conj:and(0,3) nmod:poss(3,2) nmod:including(3,6) case(6,5) conj:and(6,9) cc(9,7) compound(9,8)"),
        List.of(new CorefChain(1, new CorefMention(0, 0, 1, 0, "Iran", false),
            List.of(new CorefMention(0, 0, 1, 0, "Iran", false), new CorefMention(0, 2, 3, 2, "its", true)))));
    assertTrue(hasRelation(x, "IRN", RelationType.ADVERSARY_OF, "ISR"));
    assertTrue(hasRelation(x, "IRN", RelationType.ADVERSARY_OF, "SAU"));
  }

  private static Extraction extract(Parses p, List<CorefChain> chains) {
    return Fixtures.extractor().extract(p.build(DATE, chains));
  }

  @Test
  void pronounsTakeTheActorOfTheirChain() {
    Extraction x = extract(new Parses()
        .sentence("Kanaani/NNP/Kanaani/PERSON spoke/VBD/speak ./.", "root(-1,1) nsubj(1,0) punct(1,2)")
        .sentence("He/PRP/he rejected/VBD/reject talks/NNS/talk ./.", "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)"),
        List.of(new CorefChain(1, new CorefMention(0, 0, 1, 0, "Kanaani", false),
            List.of(new CorefMention(0, 0, 1, 0, "Kanaani", false), new CorefMention(1, 0, 1, 0, "He", true)))));
    Event e = x.events().get(0);
    assertEquals("person/kanaani", e.source().actorKey());
    assertTrue(e.source().viaCoref());
  }

  @Test
  void theCountryOfAnActorIsAnActorToo() {
    Extraction x = extract(new Parses().sentence("Trump/NNP/Trump/PERSON left/VBD/leave ./.", "root(-1,1) nsubj(1,0) punct(1,2)"));
    assertEquals("USA", actor(x, "person/donald-trump").country());
    assertEquals(ActorType.COUNTRY, actor(x, "USA").type());
  }

  @Test
  void aHeadOfStateWithoutAKnownCountryTakesTheOnlyCountryOfTheSentence() {
    Extraction x = extract(new Parses().sentence(
        "President/NNP/President Yoweri/NNP/Yoweri/PERSON Museveni/NNP/Museveni/PERSON threatened/VBD/threaten"
            + " Iranian/JJ/Iranian/MISC officials/NNS/official ./.",
        "root(-1,3) compound(2,0) compound(2,1) nsubj(3,2) obj(3,5) amod(5,4) punct(3,6)"));
    assertTrue(hasRelation(x, "person/yoweri-museveni", RelationType.LEADER_OF, "IRN"));
    assertEquals("IRNGOV", actor(x, "person/yoweri-museveni").code());
  }

  @Test
  void aKnownPersonNamedWithMiddleNamesOrAnArticleBeforeTheSurnameIsStillKnown() {
    // "Muammar Abu Minyar al-Gaddafi" is the gazetteer's "Muammar Gaddafi"
    for (String name : List.of("Donald/NNP/Donald/PERSON John/NNP/John/PERSON Trump/NNP/Trump/PERSON",
        "Donald/NNP/Donald/PERSON Abu/NNP/Abu/PERSON al-Trump/NNP/al-Trump/PERSON")) {
      Extraction x = extract(new Parses().sentence(name + " spoke/VBD/speak ./.",
          "root(-1,3) compound(2,0) compound(2,1) nsubj(3,2) punct(3,4)"));
      assertEquals("USA", actor(x, "person/donald-trump").country(), name);
    }
  }

  @Test
  void anAppositiveTitleWithItsCountryAfterItGivesTheCode() {
    // "Mir Hossein Mousavi, an opposition leader in Iran, ..."
    Extraction x = extract(new Parses().sentence(
        "Ali/NNP/Ali/PERSON Khan/NNP/Khan/PERSON ,/,/, an/DT/a opposition/NN/opposition leader/NN/leader in/IN/in"
            + " Iran/NNP/Iran/LOCATION ,/,/, spoke/VBD/speak ./.",
        "root(-1,9) compound(1,0) nsubj(9,1) punct(1,2) det(5,3) compound(5,4) appos(1,5) case(7,6) nmod:in(5,7)"
            + " punct(1,8) punct(9,10)"));
    assertEquals("IRNOPP", actor(x, "person/ali-khan").code());
  }

  @Test
  void aStateBodyNamedWithoutItsCountryIsOfTheCountryInFocus() {
    // "The Senate met": of the one country named just before, else of the country the article is about
    Extraction near = extract(new Parses()
        .sentence("Iran/NNP/Iran/LOCATION objected/VBD/object ./.", "root(-1,1) nsubj(1,0) punct(1,2)")
        .sentence("The/DT/the Senate/NNP/Senate/ORGANIZATION met/VBD/meet ./.", "root(-1,2) det(1,0) nsubj(2,1) punct(2,3)"));
    Actor senate = actor(near, "org/IRN/senate");
    assertEquals("IRNLEG", senate.code());
    assertEquals("IRN", senate.country());
    assertTrue(near.actors().stream().noneMatch(x -> x.key().equals("org/senate")), "the unplaced body is gone");
    Parses far = new Parses()
        .sentence("Iran/NNP/Iran/LOCATION objected/VBD/object ./.", "root(-1,1) nsubj(1,0) punct(1,2)")
        .sentence("Iran/NNP/Iran/LOCATION protested/VBD/protest ./.", "root(-1,1) nsubj(1,0) punct(1,2)")
        .sentence("Syria/NNP/Syria/LOCATION agreed/VBD/agree ./.", "root(-1,1) nsubj(1,0) punct(1,2)");
    for (int i = 0; i < 3; i++) {
      far.sentence("Nothing/NN/nothing happened/VBD/happen ./.", "root(-1,1) nsubj(1,0) punct(1,2)");
    }
    far.sentence("The/DT/the Senate/NNP/Senate/ORGANIZATION met/VBD/meet ./.", "root(-1,2) det(1,0) nsubj(2,1) punct(2,3)");
    assertEquals("IRNLEG", actor(extract(far), "org/IRN/senate").code());
    // with no country in focus, the body stays unplaced
    Extraction none = extract(new Parses()
        .sentence("The/DT/the Senate/NNP/Senate/ORGANIZATION met/VBD/meet ./.", "root(-1,2) det(1,0) nsubj(2,1) punct(2,3)"));
    assertEquals(null, actor(none, "org/senate").country());
  }

  @Test
  void anOfficialsTitleWithNoCountryNearIsOfTheCountryTheArticleIsAbout() {
    Parses p = new Parses()
        .sentence("Iran/NNP/Iran/LOCATION objected/VBD/object ./.", "root(-1,1) nsubj(1,0) punct(1,2)")
        .sentence("Iran/NNP/Iran/LOCATION protested/VBD/protest ./.", "root(-1,1) nsubj(1,0) punct(1,2)");
    for (int i = 0; i < 3; i++) {
      p.sentence("Nothing/NN/nothing happened/VBD/happen ./.", "root(-1,1) nsubj(1,0) punct(1,2)");
    }
    p.sentence("Judge/NNP/Judge Ali/NNP/Ali/PERSON Khan/NNP/Khan/PERSON and/CC/and President/NNP/President"
            + " Reza/NNP/Reza/PERSON Amini/NNP/Amini/PERSON spoke/VBD/speak ./.",
        "root(-1,7) compound(2,0) compound(2,1) nsubj(7,2) cc(6,3) compound(6,4) compound(6,5) conj:and(2,6) nsubj(7,6)"
            + " punct(7,8)");
    Extraction x = extract(p);
    assertEquals("IRNJUD", actor(x, "person/ali-khan").code());
    // who leads a country is not guessed from what the article is about
    assertEquals(null, actor(x, "person/reza-amini").country());
  }

  @Test
  void aPluralTitleBeforeCoordinatedNamesGivesEachNameTheRole() {
    Extraction x = extract(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION warned/VBD/warn judges/NNS/judge Ali/NNP/Ali/PERSON Khan/NNP/Khan/PERSON and/CC/and"
            + " Reza/NNP/Reza/PERSON Amini/NNP/Amini/PERSON ./.",
        "root(-1,1) nsubj(1,0) obj(1,4) compound(4,2) compound(4,3) cc(7,5) compound(7,6) conj:and(4,7) obj(1,7)"
            + " punct(1,8)"));
    assertTrue(hasRelation(x, "person/ali-khan", RelationType.OFFICIAL_OF, "IRN"), () -> x.relations().toString());
    assertTrue(hasRelation(x, "person/reza-amini", RelationType.OFFICIAL_OF, "IRN"), () -> x.relations().toString());
    assertEquals("IRNJUD", actor(x, "person/reza-amini").code());
  }

  @Test
  void aCountryFollowedByATwoWordAgentPhraseTakesItsSector() {
    Extraction x = extract(new Parses().sentence(
        "Iranian/JJ/Iranian/MISC rebel/JJ/rebel leaders/NNS/leader agreed/VBD/agree ./.",
        "root(-1,3) amod(2,0) amod(2,1) nsubj(3,2) punct(3,4)"));
    ActorMention m = x.mentions().get(0);
    assertEquals("IRN", m.actorKey());
    assertEquals("REB", m.sector());
    assertEquals("Iranian rebel leaders", m.span().text());
  }

  @Test
  void formerBetweenOwnerAndTitleStillMarksTheRoleAsPast() {
    Extraction x = extract(new Parses().sentence(
        "Iran/NNP/Iran/LOCATION 's/POS/'s former/JJ/former President/NNP/President Hassan/NNP/Hassan/PERSON"
            + " Rouhani/NNP/Rouhani/PERSON spoke/VBD/speak ./.",
        "root(-1,6) nmod:poss(3,0) case(0,1) amod(3,2) compound(5,3) compound(5,4) nsubj(6,5) punct(6,7)"));
    Relation r = x.relations().stream().filter(y -> y.type() == RelationType.LEADER_OF).findFirst().orElseThrow();
    assertEquals("person/hassan-rouhani", r.subjectKey());
    assertEquals("IRN", r.objectKey());
    assertTrue(r.former());
    assertEquals("Iran 's former President Hassan Rouhani", r.evidence().text(), "the fixture joins tokens with spaces");
  }

  @Test
  void aLeadersCodeFollowsTheArticleDateUnlessTheTextGivesTheTitle() {
    String said = "Reagan/NNP/Reagan/PERSON spoke/VBD/speak ./.";
    Extraction in1985 = Fixtures.extractor().extract(new Parses().sentence(said, "root(-1,1) nsubj(1,0) punct(1,2)")
        .build(LocalDate.of(1985, 6, 1)));
    assertEquals("USAGOV", actor(in1985, "person/ronald-reagan").code());
    Extraction in2025 = extract(new Parses().sentence(said, "root(-1,1) nsubj(1,0) punct(1,2)"));
    assertEquals("USAELI", actor(in2025, "person/ronald-reagan").code(), "out of office on the article's date");
    Extraction titled = extract(new Parses().sentence("President/NNP/President Reagan/NNP/Reagan/PERSON spoke/VBD/speak ./.",
        "root(-1,2) compound(1,0) nsubj(2,1) punct(2,3)"));
    assertEquals("USAGOV", actor(titled, "person/ronald-reagan").code(), "the text calls him President");
    Extraction former = extract(new Parses().sentence(
        "former/JJ/former President/NNP/President Donald/NNP/Donald/PERSON Trump/NNP/Trump/PERSON spoke/VBD/speak ./.",
        "root(-1,4) amod(3,0) compound(3,1) compound(3,2) nsubj(4,3) punct(4,5)"));
    assertEquals("USAELI", actor(former, "person/donald-trump").code(), "a former president is an elite");
  }

  @Test
  void aKnownTermOfOfficeOnTheArticleDateOutranksAFormerInTheText() {
    Extraction x = Fixtures.extractor().extract(new Parses().sentence(
        "former/JJ/former President/NNP/President Ronald/NNP/Ronald/PERSON Reagan/NNP/Reagan/PERSON spoke/VBD/speak ./.",
        "root(-1,4) amod(3,0) compound(3,1) compound(3,2) nsubj(4,3) punct(4,5)").build(LocalDate.of(1985, 6, 1)));
    assertEquals("USAGOV", actor(x, "person/ronald-reagan").code(), "in office on the date");
    assertTrue(x.relations().stream().anyMatch(Relation::former), "the text's 'former' is still recorded");
  }

  @Test
  void theAgencyIsTheAgencyNamedBefore() {
    Extraction x = extract(new Parses()
        .sentence("The/DT/the Atomic/NNP/Atomic/ORGANIZATION Energy/NNP/Energy/ORGANIZATION Agency/NNP/Agency/ORGANIZATION"
            + " met/VBD/meet ./.", "root(-1,4) det(3,0) compound(3,1) compound(3,2) nsubj(4,3) punct(4,5)")
        .sentence("The/DT/the agency/NN/agency denounced/VBD/denounce Iran/NNP/Iran/LOCATION ./.",
            "root(-1,2) det(1,0) nsubj(2,1) obj(2,3) punct(2,4)")
        .sentence("A/DT/a agency/NN/agency denounced/VBD/denounce Israel/NNP/Israel/LOCATION ./.",
            "root(-1,2) det(1,0) nsubj(2,1) obj(2,3) punct(2,4)"));
    List<ActorMention> agency = x.mentions().stream().filter(m -> m.span().text().equals("agency")).toList();
    assertEquals(1, agency.size(), () -> "only the definite one: " + agency);
    assertEquals(1, agency.get(0).span().sentence());
    assertEquals("org/atomic-energy-agency", agency.get(0).actorKey());
  }

  @Test
  void anAgentNounWithANationalityBeforeANameGivesThePersonCountryAndSector() {
    Extraction x = extract(new Parses().sentence(
        "Norway/NNP/Norway/LOCATION extradited/VBD/extradite suspected/JJ/suspected Serbian/JJ/Serbian/MISC"
            + " student/NN/student Ivan/NNP/Ivan/PERSON Petrovic/NNP/Petrovic/PERSON ./.",
        "root(-1,1) nsubj(1,0) amod(6,2) amod(6,3) compound(6,4) compound(6,5) obj(1,6) punct(1,7)"));
    Actor ivan = actor(x, "person/ivan-petrovic");
    assertEquals("SRB", ivan.country());
    assertEquals("SRBEDU", ivan.code());
  }

  @Test
  void anyTitleWithoutAKnownCountryTakesTheOnlyCountryOfTheSentence() {
    Extraction x = extract(new Parses().sentence(
        "Judge/NNP/Judge Alejandro/NNP/Alejandro/PERSON Rivera/NNP/Rivera/PERSON threatened/VBD/threaten"
            + " Iranian/JJ/Iranian/MISC officials/NNS/official ./.",
        "root(-1,3) compound(2,0) compound(2,1) nsubj(3,2) obj(3,5) amod(5,4) punct(3,6)"));
    assertEquals("IRNJUD", actor(x, "person/alejandro-rivera").code());
  }

  @Test
  void anOrganisationNamedAfterAPlaceBelongsToItsCountry() {
    Extraction x = extract(new Parses().sentence(
        "The/DT/the Bus/NNP/Bus/ORGANIZATION Company/NNP/Company/ORGANIZATION of/IN/of/ORGANIZATION"
            + " Tehran/NNP/Tehran/ORGANIZATION struck/VBD/strike ./.",
        "root(-1,5) det(2,0) compound(2,1) nsubj(5,2) case(4,3) nmod:of(2,4) punct(5,6)"));
    Actor bus = x.actors().stream().filter(a -> a.type() == ActorType.ORGANIZATION).findFirst().orElseThrow();
    assertEquals("IRN", bus.country());
    assertEquals("Bus Company of Tehran", bus.label(), "no adjective is put before a name that already names the place");
  }

  @Test
  void anUnknownPlaceLiesInTheCountryNamedRightAfterItOrOnItsTownNoun() {
    Extraction x = extract(new Parses()
        .sentence("Riots/NNS/riot hit/VBD/hit Meymaneh/NNP/Meymaneh/LOCATION ,/,/, Iran/NNP/Iran/LOCATION ./.",
            "root(-1,1) nsubj(1,0) obj(1,2) punct(2,3) appos(2,4) punct(1,5)")
        .sentence("Riots/NNS/riot hit/VBD/hit the/DT/the Saudi/JJ/Saudi/MISC town/NN/town of/IN/of Gorazde/NNP/Gorazde/LOCATION ./.",
            "root(-1,1) nsubj(1,0) det(4,2) amod(4,3) obj(1,4) case(6,5) nmod:of(4,6) punct(1,7)")
        .sentence("Riots/NNS/riot hit/VBD/hit Greenville/NNP/Greenville/LOCATION ./.",
            "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)")
        .sentence("Riots/NNS/riot hit/VBD/hit Cizre/NNP/Cizre/LOCATION in/IN/in southeastern/JJ/southeastern"
            + " Israel/NNP/Israel/LOCATION ./.",
            "root(-1,1) nsubj(1,0) obj(1,2) case(5,3) amod(5,4) nmod:in(2,5) punct(1,6)"));
    assertEquals("IRN", actor(x, "place/meymaneh").country());
    assertEquals("SAU", actor(x, "place/gorazde").country());
    assertEquals(null, actor(x, "place/greenville").country());
    assertEquals("ISR", actor(x, "place/cizre").country(), "a place in a country");
  }

  @Test
  void aPlaceLiesInTheCountryOfTheNextInPhraseOfTheSameVerb() {
    // "imposed a curfew in the town of Cizre in southeastern Turkey", both phrases parsed on the verb
    Extraction x = extract(new Parses().sentence(
        "Officials/NNS/official imposed/VBD/impose a/DT/a curfew/NN/curfew in/IN/in the/DT/the town/NN/town of/IN/of"
            + " Kraljevo/NNP/Kraljevo/LOCATION in/IN/in central/JJ/central Serbia/NNP/Serbia/LOCATION ./.",
        "root(-1,1) nsubj(1,0) det(3,2) obj(1,3) case(6,4) det(6,5) obl:in(1,6) case(8,7) nmod:of(6,8) case(11,9)"
            + " amod(11,10) obl:in(1,11) punct(1,12)"));
    assertEquals("SRB", actor(x, "place/kraljevo").country());
  }

  @Test
  void anUnknownAdjectiveTaggedAsAnOrganisationIsNoActor() {
    Extraction x = extract(new Parses().sentence(
        "Israel/NNP/Israel/LOCATION outlawed/VBD/outlaw the/DT/the Protestant/JJ/Protestant/ORGANIZATION"
            + " extremist/NN/extremist organization/NN/organization ./.",
        "root(-1,1) nsubj(1,0) det(5,2) amod(5,3) compound(5,4) obj(1,5) punct(1,6)"));
    assertTrue(x.actors().stream().noneMatch(a -> a.key().startsWith("org/")), x.actors()::toString);
  }

  @Test
  void aKnownOrganisationWithAGenericWordAfterItIsThatOrganisation() {
    Extraction x = extract(new Parses().sentence(
        "The/DT/the Hezbollah/NNP/Hezbollah/ORGANIZATION Party/NNP/Party/ORGANIZATION met/VBD/meet ./.",
        "root(-1,3) det(2,0) compound(2,1) nsubj(3,2) punct(3,4)"));
    ActorMention m = x.mentions().get(0);
    assertEquals("org/hezbollah", m.actorKey());
    assertEquals("Hezbollah Party", m.span().text());
  }

  @Test
  void anUnknownOrganisationNamedAfterAKnownOneBelongsToItsCountry() {
    Extraction x = extract(new Parses().sentence(
        "The/DT/the Hezbollah/NNP/Hezbollah/ORGANIZATION Youth/NNP/Youth/ORGANIZATION Council/NNP/Council/ORGANIZATION"
            + " met/VBD/meet ./.",
        "root(-1,4) det(3,0) compound(3,1) compound(3,2) nsubj(4,3) punct(4,5)"));
    Actor org = actor(x, x.mentions().get(0).actorKey());
    assertEquals("LBN", org.country());
    assertEquals("Hezbollah Youth Council", org.label());
  }

  @Test
  void aLocationEntityOnTheCityListCodesAsItsCountryButACapitalisedWordAloneIsNoPlace() {
    Extraction x = extract(new Parses()
        .sentence("Israeli/JJ/Israeli/MISC tanks/NNS/tank fired/VBD/fire at/IN/at targets/NNS/target in/IN/in"
            + " Jericho/NNP/Jericho/LOCATION ./.",
            "root(-1,2) amod(1,0) nsubj(2,1) case(4,3) obl:at(2,4) case(6,5) nmod:in(4,6) punct(2,7)")
        .sentence("Belfast/NNP/Belfast said/VBD/say no/UH/no ./.", "root(-1,1) nsubj(1,0) obj(1,2) punct(1,3)"));
    Actor jericho = actor(x, "place/jericho");
    assertEquals(ActorType.LOCATION, jericho.type());
    assertEquals("PSE", jericho.country());
    assertEquals("PSE", jericho.code());
    assertTrue(x.mentions().stream().noneMatch(m -> m.span().sentence() == 1), "not tagged LOCATION, so no place");
  }

  @Test
  void theTextOverridesTheCityListCountry() {
    Extraction x = extract(new Parses().sentence(
        "Riots/NNS/riot hit/VBD/hit Belfast/NNP/Belfast/LOCATION ,/,/, United/NNP/United/LOCATION"
            + " States/NNP/States/LOCATION ./.",
        "root(-1,1) nsubj(1,0) obj(1,2) punct(2,3) compound(5,4) appos(2,5) punct(1,6)"));
    assertEquals("USA", actor(x, "place/belfast").country());
    assertEquals("USA", actor(x, "place/belfast").code(), "the code follows the country the text gives");
  }

  @Test
  void aRegionOnTheCityListIsNotCutDownToTheCountryInsideItsName() {
    Extraction x = extract(new Parses().sentence(
        "Riots/NNS/riot hit/VBD/hit Northern/NNP/Northern/LOCATION Ireland/NNP/Ireland/LOCATION ./.",
        "root(-1,1) nsubj(1,0) compound(3,2) obj(1,3) punct(1,4)"));
    ActorMention m = x.mentions().get(0);
    assertEquals("Northern Ireland", m.span().text());
    assertEquals("GBR", actor(x, m.actorKey()).country());
  }
}
