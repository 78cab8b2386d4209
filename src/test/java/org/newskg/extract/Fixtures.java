package org.newskg.extract;

import java.math.BigDecimal;
import java.util.Set;
import org.newskg.resolve.CameoCodes;
import org.newskg.resolve.Gazetteer;
import org.newskg.resolve.GazetteerEntry;
import org.newskg.resolve.GazetteerEntry.Form;
import org.newskg.resolve.Lexicons;
import org.newskg.resolve.TriggerLexicon;

/** Small hand-made data (gazetteer, lexicons, CAMEO codes) so extractor tests need no data files. */
public final class Fixtures {
  private Fixtures() {}

  public static Gazetteer gazetteer() {
    Gazetteer g = Gazetteer.empty();
    country(g, "IRN", "Iran", "Q794", "Iranian", "Tehran");
    country(g, "USA", "United States", "Q30", "American", "Washington");
    g.add("U.S.", new GazetteerEntry("USA", "United States", ActorType.COUNTRY, "USA", "USA", "Q30", Form.NAME));
    country(g, "ISR", "Israel", "Q801", "Israeli", "Jerusalem");
    country(g, "SAU", "Saudi Arabia", "Q851", "Saudi", "Riyadh");
    country(g, "LBN", "Lebanon", "Q822", "Lebanese", "Beirut");
    country(g, "SYR", "Syria", "Q858", "Syrian", "Damascus");
    country(g, "NOR", "Norway", "Q20", "Norwegian", "Oslo");
    country(g, "SRB", "Serbia", "Q403", "Serbian", "Belgrade");
    country(g, "ALB", "Albania", "Q222", "Albanian", "Tirana");
    g.add("Albanians", new GazetteerEntry("ALB", "Albania", ActorType.COUNTRY, "ALB", "ALB", "Q222", Form.ADJECTIVE));
    country(g, "DEU", "Germany", "Q183", "German", "Berlin");
    country(g, "BLR", "Belarus", "Q184", "Belarusian", "Minsk");
    country(g, "KOR", "South Korea", "Q884", "South Korean", "Seoul");
    country(g, "PRK", "North Korea", "Q423", "North Korean", "Pyongyang");
    g.add("Donald Trump", new GazetteerEntry("person/donald-trump", "Donald Trump", ActorType.PERSON, "USAGOV", "USA",
        "Q22686", Form.NAME));
    g.add("Trump", new GazetteerEntry("person/donald-trump", "Donald Trump", ActorType.PERSON, "USAGOV", "USA",
        "Q22686", Form.NAME));
    GazetteerEntry reagan = new GazetteerEntry("person/ronald-reagan", "Ronald Reagan", ActorType.PERSON, "USAELI",
        "USA", null, Form.NAME, java.util.List.of(new GazetteerEntry.Term("USAGOV", java.time.LocalDate.of(1981, 1, 20),
            java.time.LocalDate.of(1989, 1, 20))));
    g.add("Ronald Reagan", reagan);
    g.add("Isaac Herzog", new GazetteerEntry("person/isaac-herzog", "Isaac Herzog", ActorType.PERSON, "ISRGOV", "ISR",
        null, Form.NAME));
    g.add("Hezbollah", new GazetteerEntry("org/hezbollah", "Hezbollah", ActorType.GROUP, "LBNREB", "LBN", null, Form.NAME));
    g.add("Kukes", new GazetteerEntry("place/kukes", "Kukes", ActorType.LOCATION, null, "ALB", null, Form.NAME));
    g.add("Reagan", reagan);
    country(g, "PSE", "Palestine", "Q219060", "Palestinian", "Ramallah");
    country(g, "GBR", "United Kingdom", "Q145", "British", "London");
    g.addCity("Jericho", "PSE");
    g.addCity("Belfast", "GBR");
    g.addCity("Northern Ireland", "GBR");
    country(g, "IRL", "Ireland", "Q27", "Irish", "Dublin");
    return g;
  }

  private static void country(Gazetteer g, String code, String label, String qid, String adj, String capital) {
    GazetteerEntry e = new GazetteerEntry(code, label, ActorType.COUNTRY, code, code, qid, Form.NAME);
    g.add(label, e);
    g.add(adj, e.as(Form.ADJECTIVE));
    g.add(capital, e.as(Form.CAPITAL));
  }

  public static Lexicons lexicons() {
    Lexicons l = Lexicons.empty();
    l.addAgent("officials", "GOV");
    l.addAgent("ministry", "GOV");
    l.addAgent("administration", "GOV");
    l.addAgent("rebel leaders", "REB");
    l.addAgent("students", "EDU");
    l.addAgent("student", "EDU");
    l.addAgent("opposition group", "OPP");
    l.addAgent("police", "COP");
    l.addAgent("senate", "LEG");
    l.addAgent("rebels", "REB");
    l.addAgent("forces", "MIL");
    for (String sector : Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY")) {
      l.addCue("state-sector", sector);
    }
    l.addCue("org-suffix", "party");
    l.addCue("org-suffix", "movement");
    l.addRole(new Lexicons.Role("spokesperson", "spokespersonOf", "GOV", false));
    l.addRole(new Lexicons.Role("president", "leaderOf", "GOV", true));
    l.addRole(new Lexicons.Role("judge", "officialOf", "JUD", false));
    l.addRole(new Lexicons.Role("opposition leader", "memberOf", "OPP", false));
    l.addRole(new Lexicons.Role("supreme leader", "leaderOf", "GOV", true));
    for (String w : Set.of("not", "never", "n't")) {
      l.addCue("negation", w);
    }
    for (String w : Set.of("could", "might", "may", "would")) {
      l.addCue("modal", w);
    }
    l.addCue("conditional", "if");
    l.addCue("conditional", "unless");
    l.addCue("historical", "in light of");
    l.addCue("historical", "after");
    l.addCue("reporting", "say");
    l.addCue("reporting", "state");
    l.addCue("response", "response");
    l.addCue("adversary", "adversary");
    l.addCue("tension", "tension");
    l.addCue("light", "maintain");
    l.addCue("light", "stage");
    l.addCue("light", "begin");
    l.addCue("light", "give");
    l.addCue("light", "launch");
    l.addAgent("official", "GOV");
    l.addCue("honorific", "Ayatollah");
    l.addCue("government", "administration");
    l.addCue("personal-pronoun", "he");
    l.addCue("personal-pronoun", "its");
    l.addCue("future", "will");
    l.addCue("former", "former");
    l.addCue("obligation", "must");
    l.addCue("modal", "must");
    l.addCue("addressee-clause", "10");
    l.addCue("intent", "willing");
    l.addCue("intent", "agree");
    l.addCue("location-target", "14");
    l.addCue("location-target", "19");
    l.addCue("purpose", "help");
    l.addCue("place-noun", "town");
    l.addCue("ethnic", "ethnic");
    l.addCue("addressee-last", "11");
    l.addCue("natural-cause", "earthquake");
    l.addCue("natural-cause", "storm");
    l.addCue("requesting-root", "10");
    l.addCue("requesting-root", "03");
    l.addCue("act-location-target", "12");
    l.addCue("condition-target", "13");
    return l;
  }

  public static TriggerLexicon triggers() {
    TriggerLexicon t = TriggerLexicon.empty();
    t.add(new TriggerLexicon.Entry("reject", true, Set.of(), "", "120", ""));
    t.add(new TriggerLexicon.Entry("reject", true, Set.of("talk", "negotiation"), "", "125", ""));
    t.add(new TriggerLexicon.Entry("engage", true, Set.of("talk"), "", "046", "125"));
    t.add(new TriggerLexicon.Entry("comment", true, Set.of(), "", "010", "011"));
    t.add(new TriggerLexicon.Entry("letter", false, Set.of(), "", "036", ""));
    t.add(new TriggerLexicon.Entry("overture", false, Set.of(), "", "036", ""));
    t.add(new TriggerLexicon.Entry("withdrawal", false, Set.of(), "from", "160", ""));
    t.add(new TriggerLexicon.Entry("imposition", false, Set.of("sanction"), "", "163", ""));
    t.add(new TriggerLexicon.Entry("talk", false, Set.of(), "", "040", ""));
    t.add(new TriggerLexicon.Entry("attack", true, Set.of(), "", "190", ""));
    t.add(new TriggerLexicon.Entry("meet", true, Set.of(), "", "040", ""));
    t.add(new TriggerLexicon.Entry("demand", true, Set.of(), "", "100", ""));
    t.add(new TriggerLexicon.Entry("demand", false, Set.of(), "", "100", ""));
    t.add(new TriggerLexicon.Entry("sever", true, Set.of(), "", "161", ""));
    t.add(new TriggerLexicon.Entry("offer", true, Set.of(), "", "030", ""));
    t.add(new TriggerLexicon.Entry("send", true, Set.of(), "", "033", ""));
    t.add(new TriggerLexicon.Entry("defend", true, Set.of(), "", "052", ""));
    t.add(new TriggerLexicon.Entry("demonstrate", true, Set.of(), "", "141", ""));
    t.add(new TriggerLexicon.Entry("threaten", true, Set.of(), "", "130", ""));
    t.add(new TriggerLexicon.Entry("strike", false, Set.of(), "", "143", ""));
    t.add(new TriggerLexicon.Entry("refuse", true, Set.of(), "", "120", ""));
    t.add(new TriggerLexicon.Entry("denounce", true, Set.of(), "", "111", ""));
    t.add(new TriggerLexicon.Entry("suppression", false, Set.of(), "", "175", ""));
    return t;
  }

  public static CameoCodes cameo() {
    CameoCodes c = CameoCodes.empty();
    for (String[] row : new String[][] {
        {"010", "Make statement", "0", "1", ""}, {"011", "Decline comment", "-0.1", "1", ""},
        {"036", "Express intent to meet or negotiate", "4", "1", "AGREE"}, {"040", "Consult", "1", "1", "CONSULT"},
        {"046", "Engage in negotiation", "7", "1", "CONSULT"}, {"120", "Reject", "-4", "3", "REJECT"},
        {"125", "Reject proposal to meet, discuss, or negotiate", "-5", "3", "REJECT"},
        {"160", "Reduce relations", "-4", "3", "REDUCE"}, {"163", "Impose embargo, boycott, or sanctions", "-8", "3", "SANCTION"},
        {"190", "Use conventional military force", "-10", "4", "ASSAULT"},
        {"138", "Threaten with military force", "-7", "3", "THREATEN"},
        {"036", "Express intent to meet or negotiate", "4", "1", "AGREE"},
        {"100", "Demand", "-5", "2", "REQUEST"}, {"161", "Reduce or break diplomatic relations", "-4", "3", "REDUCE"},
        {"030", "Express intent to cooperate", "4", "1", "AGREE"}, {"033", "Express intent to provide material aid", "5.2", "1", "AGREE"},
        {"052", "Defend verbally", "3.5", "1", "SUPPORT"}, {"141", "Demonstrate or rally", "-6.5", "3", "PROTEST"},
        {"130", "Threaten", "-4.4", "3", "THREATEN"}, {"143", "Conduct strike or boycott", "-6.5", "3", "PROTEST"},
        {"111", "Criticize or denounce", "-2", "2", "ACCUSE"}, {"175", "Use tactics of violent repression", "-9", "4", "COERCE"},
        {"134", "Threaten to halt negotiations", "-5.8", "3", "THREATEN"}}) {
      c.add(new CameoCodes.Code(row[0], row[1], new BigDecimal(row[2]), Integer.parseInt(row[3]), row[4].isEmpty() ? null : row[4]));
    }
    c.addIntent("04", "036");
    c.addIntent("19", "138");
    c.addThreat("04", "134");
    return c;
  }

  public static Extractor extractor() {
    return new Extractor(gazetteer(), lexicons(), triggers(), cameo());
  }
}
