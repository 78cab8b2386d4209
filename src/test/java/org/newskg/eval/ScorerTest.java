package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {
  @TempDir Path dir;

  private static GoldRecord record(String id, String plover, List<String> src, List<String> tgt) {
    return new GoldRecord(id, null, "text " + id, List.of(new GoldRecord.GoldEvent(src, tgt, plover, null)));
  }

  private static Predicted predicted(String plover, String src, String tgt) {
    return new Predicted(plover, "120", src, src == null ? null : src + "GOV", tgt, tgt, "t", "s");
  }

  @Test
  void countsDetectionRolesAndTriples() {
    Scorer s = new Scorer();
    s.add(record("1", "REJECT", List.of("IRNGOV"), List.of("USA")), List.of(predicted("REJECT", "IRN", "USA")));
    s.add(record("2", "REJECT", List.of("RUS"), List.of("USA")), List.of(predicted("REJECT", "RUS", "GBR"),
        predicted("ACCUSE", "RUS", "USA")));
    s.add(record("3", "THREATEN", List.of("PRK"), List.of("KOR")), List.of());
    Scores sc = s.scores();
    assertEquals(2, sc.detection().truePositives());
    assertEquals(3, sc.detection().predicted());
    assertEquals(3, sc.detection().gold());
    assertEquals(2.0 / 3, sc.detection().precision(), 1e-9);
    assertEquals(1.0, sc.sourceCountry().value(), 1e-9);
    assertEquals(0.5, sc.sourceCode().value(), 1e-9);
    assertEquals(0.5, sc.targetCountry().value(), 1e-9);
    assertEquals(1, sc.triple().truePositives());
    assertEquals(1, sc.confusion().get("THREATEN").get("-"));
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
  void readsOurJsonLines() throws IOException {
    Path f = Files.writeString(dir.resolve("gold.jsonl"), """
        {"id": "a", "date": "2025-03-30", "text": "Iran rejected talks.", "events": [{"source": "IRN", "target": ["USA"], "cameo": "125", "plover": "reject"}]}
        {"id": "b", "text": "Nothing happened.", "events": []}
        """);
    List<GoldRecord> r = GoldReader.read(f);
    assertEquals(2, r.size());
    GoldRecord.GoldEvent e = r.get(0).events().get(0);
    assertEquals("REJECT", e.plover());
    assertEquals("125", e.cameo());
    assertEquals(List.of("USA"), e.targets());
  }

  @Test
  void organisationsMatchByKindAndLegacyCountryCodesByCountry() {
    org.junit.jupiter.api.Assertions.assertTrue(Scorer.countryIn("IGOUNO", List.of("IGOGOV")));
    org.junit.jupiter.api.Assertions.assertTrue(Scorer.countryIn("JPN", List.of("JAP")));
    org.junit.jupiter.api.Assertions.assertFalse(Scorer.countryIn("NGOHRIAMN", List.of("IGO")));
    org.junit.jupiter.api.Assertions.assertFalse(Scorer.countryIn("IRN", List.of("IRQ")));
  }
}
