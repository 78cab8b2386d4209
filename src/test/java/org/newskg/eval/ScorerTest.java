package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.eval.Predicted.Range;
import org.newskg.eval.Predicted.Role;
import org.newskg.eval.Scores.Cause;

class ScorerTest {
  @TempDir Path dir;

  private static final String S1 = "Iran rejected talks with the US and Britain.";
  private static final String S2 = "France and Germany condemned Israel, which did not retaliate.";
  private static final String S3 = "Russia said it might attack Georgia.";
  private static final String TEXT = S1 + "\n" + S2 + "\n" + S3 + "\n";

  private static GoldRecord record(String id, String plover, List<String> src, List<String> tgt) {
    return new GoldRecord(id, null, "text " + id, List.of(new GoldRecord.GoldEvent(src, tgt, plover, null)));
  }

  private static Predicted predicted(String plover, String src, String tgt) {
    return new Predicted(plover, "120", src == null ? List.of() : List.of(new Role(src, src + "GOV")),
        tgt == null ? List.of() : List.of(new Role(tgt, tgt)), "t", "s", List.of(new Range(0, 1)), null);
  }

  private static GoldRecord.GoldEvent gold(String cameo, List<String> src, List<String> tgt, String sentence,
      String trigger) {
    return new GoldRecord.GoldEvent(src, tgt, null, cameo, sentence, trigger, false, null);
  }

  private static GoldRecord.GoldEvent notAsserted(String cameo, List<String> src, List<String> tgt, String sentence,
      String trigger) {
    return new GoldRecord.GoldEvent(src, tgt, null, cameo, sentence, trigger, false, "hypothetical");
  }

  /** An extracted event whose trigger is the given word of the given sentence. */
  private static Predicted got(String cameo, String plover, List<String> src, List<String> tgt, String sentence,
      String trigger, String modality) {
    int at = TEXT.indexOf(sentence) + sentence.indexOf(trigger);
    return new Predicted(plover, cameo, src.stream().map(c -> new Role(c.substring(0, 3), c)).toList(),
        tgt.stream().map(c -> new Role(c.substring(0, 3), c)).toList(), trigger, sentence,
        List.of(new Range(at, at + trigger.length())), modality);
  }

  @Test
  void countsDetectionRolesAndTriplesOnOneSentenceRecords() {
    Scorer s = new Scorer();
    s.add(record("1", "REJECT", List.of("IRNGOV"), List.of("USA")), List.of(predicted("REJECT", "IRN", "USA")));
    s.add(record("2", "REJECT", List.of("RUS"), List.of("USA")), List.of(predicted("REJECT", "RUS", "GBR"),
        predicted("ACCUSE", "RUS", "USA")));
    s.add(record("3", "THREATEN", List.of("PRK"), List.of("KOR")), List.of());
    Scores sc = s.scores();
    assertEquals(2, sc.detection().truePositives());
    assertEquals(3, sc.detection().predicted());
    assertEquals(3, sc.detection().gold());
    assertEquals(1.0, sc.sourceCountry().value(), 1e-9);
    assertEquals(0.5, sc.sourceCode().value(), 1e-9);
    assertEquals(0.5, sc.targetCountry().value(), 1e-9);
    assertEquals(1, sc.triple().truePositives());
    assertFalse(sc.tripleByRoot(), "gold without CAMEO codes keys the triple by PLOVER type");
    assertEquals(1, sc.confusion().get("THREATEN").get("-"));
  }

  @Test
  void anEventMatchesOnlyInTheGoldSentence() {
    GoldRecord r = new GoldRecord("a", null, TEXT, List.of(gold("125", List.of("IRN"), List.of("USA"), S1, "rejected")));
    Scorer s = new Scorer();
    s.add(r, List.of(got("125", "REJECT", List.of("IRN"), List.of("USA"), S2, "condemned", null)));
    assertEquals(0, s.scores().cameoRoot().truePositives());
    assertEquals(1, s.scores().causes().get(Cause.MISSED_TRIGGER));
    assertEquals(0, s.scores().causes().get(Cause.SPURIOUS_TRIGGER), "same act and roles elsewhere is a repeat");
    assertEquals(1, s.scores().causes().get(Cause.REPEAT_NOT_MERGED));
  }

  @Test
  void matchingIsOneToOneAndMaximalWhateverTheOrder() {
    List<GoldRecord.GoldEvent> golds = List.of(gold("125", List.of("IRN"), List.of("USA"), S1, "rejected"),
        gold("125", List.of("IRN"), List.of("GBR"), S1, "rejected"));
    List<Predicted> preds = List.of(got("125", "REJECT", List.of("IRN"), List.of("GBR"), S1, "rejected", null),
        got("125", "REJECT", List.of("IRN"), List.of("USA"), S1, "talks", null));
    for (List<Predicted> order : List.of(preds, List.of(preds.get(1), preds.get(0)))) {
      Scorer s = new Scorer();
      s.add(new GoldRecord("a", null, TEXT, golds), order);
      assertEquals(2, s.scores().triple().truePositives());
      assertEquals(2, s.scores().cameoRoot().truePositives());
      assertEquals(1.0, s.scores().targetCountry().value(), 1e-9, "role accuracy on the best pairing");
    }
  }

  @Test
  void everySourceOfACoordinatedEventCounts() {
    GoldRecord r = new GoldRecord("a", null, TEXT,
        List.of(gold("111", List.of("FRA", "DEU"), List.of("ISR"), S2, "condemned")));
    Scorer both = new Scorer();
    both.add(r, List.of(got("111", "ACCUSE", List.of("FRA", "DEU"), List.of("ISR"), S2, "condemned", null)));
    assertEquals(2, both.scores().triple().gold());
    assertEquals(2, both.scores().triple().truePositives());
    Scorer one = new Scorer();
    one.add(r, List.of(got("111", "ACCUSE", List.of("FRA"), List.of("ISR"), S2, "condemned", null)));
    assertEquals(1, one.scores().triple().truePositives());
    assertEquals(1, one.scores().triple().predicted());
    assertEquals(1, one.scores().causes().get(Cause.SOURCE_WRONG), "a coordinated source left out is a wrong source");
  }

  @Test
  void statementsAreScoredByCameoRootAndAreNeverSpurious() {
    GoldRecord r = new GoldRecord("a", null, TEXT, List.of(gold("012", List.of("IRN"), List.of("USA"), S1, "rejected")));
    Scorer s = new Scorer();
    s.add(r, List.of(got("010", null, List.of("IRN"), List.of("USA"), S1, "rejected", null)));
    assertEquals(1, s.scores().detection().truePositives());
    assertEquals(1, s.scores().detection().predicted());
    assertEquals(0, s.scores().causes().get(Cause.SPURIOUS_TRIGGER));
    assertEquals(1, s.scores().confusion().get("CAMEO 01").get("CAMEO 01"));
  }

  @Test
  void notAssertedActsStatedAsEventsAreFalseAssertions() {
    GoldRecord r = new GoldRecord("a", null, TEXT, List.of(),
        List.of(notAsserted("190", List.of("RUS"), List.of("GEO"), S3, "attack"),
            notAsserted("190", List.of("ISR"), List.of("FRA"), S2, "retaliate")));
    Scorer s = new Scorer();
    s.add(r, List.of(got("190", "ASSAULT", List.of("RUS"), List.of("GEO"), S3, "attack", null),
        got("190", "ASSAULT", List.of("ISR"), List.of(), S2, "retaliate", "negated")));
    assertEquals(1, s.scores().falseAssertions().truePositives());
    assertEquals(2, s.scores().falseAssertions().gold());
    assertEquals(1, s.scores().causes().get(Cause.FALSE_ASSERTION));
    assertEquals(0, s.scores().cameoRoot().gold());
    assertEquals(1, s.scores().cameoRoot().predicted(), "only the asserted extraction counts as predicted");
  }

  @Test
  void eachErrorGetsItsCause() {
    GoldRecord r = new GoldRecord("a", null, TEXT, List.of(
        gold("125", List.of("IRN"), List.of("USA", "GBR"), S1, "rejected"),
        gold("111", List.of("FRA", "DEU"), List.of("ISR"), S2, "condemned"),
        gold("138", List.of("RUS"), List.of("GEO"), S3, "said it might attack")));
    Scorer s = new Scorer();
    Scorer.Outcome o = s.add(r, List.of(
        got("125", "REJECT", List.of(), List.of("USA", "GBR"), S1, "rejected", null),
        got("172", "COERCE", List.of("FRA"), List.of("ISR"), S2, "condemned", null),
        got("138", "THREATEN", List.of("RUS"), List.of("GEO"), S3, "attack", "hypothetical"),
        got("040", "CONSULT", List.of("IRN"), List.of("USA"), S1, "talks", null)));
    Scores sc = s.scores();
    assertEquals(1, sc.causes().get(Cause.SOURCE_MISSING));
    assertEquals(1, sc.causes().get(Cause.WRONG_TYPE));
    assertEquals(1, sc.causes().get(Cause.MODALITY_NOT_ASSERTED));
    assertEquals(1, sc.causes().get(Cause.SPURIOUS_TRIGGER));
    assertEquals(0, sc.causes().get(Cause.MISSED_TRIGGER));
    assertFalse(o.perfect());
    List<String> kinds = new ArrayList<>();
    o.lines().forEach(l -> kinds.add(l.kind()));
    assertEquals(List.of("gold", "gold", "gold", "got"), kinds);
  }

  @Test
  void reportsTheBreakdownAsTextAndJson() {
    GoldRecord r = new GoldRecord("a", null, TEXT, List.of(gold("125", List.of("IRN"), List.of("USA"), S1, "rejected")));
    Scorer s = new Scorer();
    Scorer.Outcome o = s.add(r, List.of(got("125", "REJECT", List.of("IRN"), List.of("GBR"), S1, "rejected", null)));
    List<Evaluator.RecordResult> results = List.of(new Evaluator.RecordResult(r, List.of(), o));
    StringWriter text = new StringWriter();
    EvalReport.text(new PrintWriter(text), s.scores(), results, true);
    assertTrue(text.toString().contains("target wrong                   1"), text.toString());
    assertTrue(text.toString().contains("\"" + S1 + "\""), "verbose records group by sentence");
    StringWriter json = new StringWriter();
    EvalReport.json(new PrintWriter(json), s.scores(), results, true);
    assertTrue(json.toString().contains("\"target wrong\" : 1"), json.toString());
    assertTrue(json.toString().contains("recordDetails"));
  }

  @Test
  void assignmentMaximisesTheTotalNotGreedily() {
    // Greedy row by row would pair row 0 with column 0 (weight 3) and leave row 1 with nothing.
    int[] m = Assignment.maximize(new double[][] {{3, 2}, {2, 0}}, 2);
    assertEquals(1, m[0]);
    assertEquals(0, m[1]);
    assertEquals(-1, Assignment.maximize(new double[][] {{0}}, 1)[0], "weight 0 may not be paired");
    assertEquals(1, Assignment.size(Assignment.maximize(new double[][] {{1, 1, 1}}, 3)));
  }

  @Test
  void readsPloverGoldWithCurrentTypeNames() throws IOException {
    Path f = Files.writeString(dir.resolve("gold.json"), """
        [ {"id": "DOC", "event": "DOCUMENT"},
          {"id": "X-1", "date": "2000-01-01", "event": "DEMAND", "text": "Iran demanded talks.",
           "source": [{"actorText": "Iran", "code": "IRN", "sector": "GOV"}], "target": []} ]""");
    List<GoldRecord> r = GoldReader.read(f);
    assertEquals(1, r.size());
    assertEquals("REQUEST", r.get(0).events().get(0).plover());
    assertEquals(List.of("IRNGOV"), r.get(0).events().get(0).sources());
  }

  @Test
  void readsOurJsonLinesWithSentencesAndNotAssertedActs() throws IOException {
    Path f = Files.writeString(dir.resolve("gold.jsonl"), """
        {"id": "a", "date": "2025-03-30", "text": "Iran rejected talks.", "events": [{"source": "IRN", "target": ["USA"], "cameo": "125", "plover": "reject", "sentence": "Iran rejected talks.", "trigger": "rejected", "historical": true}], "notAsserted": [{"source": "USA", "target": null, "cameo": "190", "why": "negated", "sentence": "Iran rejected talks.", "trigger": "talks"}]}
        {"id": "b", "text": "Nothing happened.", "events": []}
        """);
    List<GoldRecord> r = GoldReader.read(f);
    assertEquals(2, r.size());
    GoldRecord.GoldEvent e = r.get(0).events().get(0);
    assertEquals("REJECT", e.plover());
    assertEquals("125", e.cameo());
    assertEquals(List.of("USA"), e.targets());
    assertEquals("rejected", e.trigger());
    assertTrue(e.historical());
    GoldRecord.GoldEvent n = r.get(0).notAsserted().get(0);
    assertEquals("negated", n.why());
    assertEquals(List.of(), n.targets());
    assertTrue(r.get(1).notAsserted().isEmpty());
  }

  @Test
  void organisationsMatchByKindAndLegacyCountryCodesByCountry() {
    assertTrue(Scorer.rolesRight(List.of("IGOGOV"), List.of(new Role("IGOUNO", "IGOUNO"))));
    assertTrue(Scorer.rolesRight(List.of("JAP"), List.of(new Role("JPN", "JPN"))));
    assertFalse(Scorer.rolesRight(List.of("IGO"), List.of(new Role("NGOHRIAMN", "NGOHRIAMN"))));
    assertFalse(Scorer.rolesRight(List.of("IRQ"), List.of(new Role("IRN", "IRN"))));
    assertTrue(Scorer.rolesRight(List.of(), List.of()), "no recipient, none extracted");
  }
}
