package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.query.FixtureStore;

class ExploreCommandTest {
  @TempDir static Path tmp;
  static String store;

  @BeforeAll
  static void load() {
    store = FixtureStore.create(tmp).toString();
  }

  static CliRun explore(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "explore";
    all[1] = "--store";
    all[2] = store;
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.of(all);
  }

  @Test
  void actorCard() {
    CliRun r = explore("saudi arabia");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Saudi Arabia\n  type:      Country\n  code:      SAU\n"), r.out());
    assertTrue(r.out().contains("Relations (1)\n  2025-03-30  Iran adversaryOf Saudi Arabia\n"), r.out());
  }

  @Test
  void pathBetweenTwoActors() {
    CliRun r = explore("Israel", "--to", "Washington");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Israel (Country, ISR) and United States (Country, USA)\n"), r.out());
    assertTrue(r.out().contains("Direct events (0)\n  (none)\n"), r.out());
    assertTrue(r.out().contains("  Israel ←[adversaryOf]— Iran —[125 Reject proposal"), r.out());
    assertTrue(explore("Israel", "--to", "USA", "--max-hops", "1").out().contains("hops) (0)\n  (none)"));
  }

  @Test
  void json() {
    CliRun r = explore("Iran", "--to", "United States", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonObject o = JSON.parse(r.out());
    assertEquals(2, o.get("events").getAsArray().size());
    assertEquals("USA", o.getObj("to").getString("code"));
  }

  @Test
  void ambiguousAndUnknownNamesExitTwo() {
    CliRun ambiguous = explore("IRNGOV");
    assertEquals(2, ambiguous.code());
    assertTrue(ambiguous.err().contains("'IRNGOV' matches 2 actors"), ambiguous.err());
    assertTrue(ambiguous.err().contains("Nasser Kanaani (Person, IRNGOV)  [key: person/nasser-kanaani]"), ambiguous.err());
    assertTrue(ambiguous.err().contains("Iranian Foreign Ministry (GovernmentOrganization, IRNGOV)"), ambiguous.err());
    CliRun unknown = explore("Iran", "--to", "Saudi Arabai");
    assertEquals(2, unknown.code());
    assertEquals("newskg: no actor matches 'Saudi Arabai'; did you mean Saudi Arabia (Country, SAU)?", unknown.err().strip());
    assertEquals(2, explore("Iran", "-f", "yaml").code());
    assertEquals(2, explore().code());
  }
}
