package org.newskg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewskgException;
import org.newskg.query.FixtureStore;
import org.newskg.query.NamedQueries;
import org.newskg.store.GraphStore;

class ExplorerTest {
  @TempDir static Path tmp;
  static GraphStore store;
  static Explorer explorer;

  @BeforeAll
  static void load() {
    store = GraphStore.openExisting(FixtureStore.create(tmp));
    explorer = new Explorer(store, NamedQueries.load());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void reportOfIran() {
    ActorReport r = explorer.explore("tehran");
    assertEquals("Iran", r.actor().label());
    assertEquals(List.of("adversaryOf Israel", "adversaryOf Saudi Arabia"), r.roles());
    assertEquals(List.of("125", "111"), r.asSource().stream().map(Link::code).toList());
    assertEquals(List.of("163"), r.asTarget().stream().map(Link::code).toList());
    assertEquals(List.of("historical"), r.asTarget().get(0).flags());
    assertEquals(List.of("Israel", "Saudi Arabia"), r.relations().stream().map(Link::toLabel).toList());

    String text = ExploreText.report(r);
    for (String expected : List.of(
        "Iran\n  type:      Country\n  code:      IRN\n  country:   Iran\n",
        "  wikidata:  http://www.wikidata.org/entity/Q794\n",
        "  aliases:   Iranian officials, Tehran\n",
        "  roles:     adversaryOf Israel\n             adversaryOf Saudi Arabia\n",
        "Events as source (2)\n  2025-03-30  Iran —[125 Reject proposal to meet, discuss, or negotiate]→ United States\n"
            + "      \"Iran rejected a proposal for direct talks with the United States on Sunday.\" (iran-rejects-talks)\n"
            + "  2025-04-02  Iran —[111]→ (no target)\n"
            + "      \"Officials in Tehran called the measures illegal.\" (us-sanctions-history)\n",
        "Events as target (1)\n  2025-04-02  United States —[163 Impose embargo, boycott, or sanctions]→ Iran  [historical]\n",
        "Relations (2)\n  2025-03-30  Iran adversaryOf Israel\n      \"Iran has long been an adversary of Israel and Saudi Arabia.\" (iran-rejects-talks)\n")) {
      assertTrue(text.contains(expected), () -> "missing:\n" + expected + "\nin:\n" + text);
    }
  }

  @Test
  void rolesOfAPerson() {
    ActorReport r = explorer.explore("Kanaani");
    assertEquals(List.of("spokespersonOf Iranian Foreign Ministry"), r.roles());
    assertEquals(List.of(), r.asSource());
    String text = ExploreText.report(r);
    assertTrue(text.contains("Events as source (0)\n  (none)\n"), text);
    assertTrue(text.contains("said Nasser Kanaani, spokesman of the Iranian Foreign Ministry."), text);
  }

  @Test
  void directLinksBetweenTwoActors() {
    Connection c = explorer.connect("Iran", "united states", 3);
    assertEquals(List.of("125", "163"), c.events().stream().map(Link::code).toList());
    assertEquals(List.of(), c.relations());
    assertEquals(List.of(), c.paths());
    String text = ExploreText.connection(c);
    assertTrue(text.contains("Direct events (2)\n  2025-03-30  Iran —[125 Reject proposal"), text);
    assertTrue(text.contains("The United States imposed sanctions on Iran in 2018"), text);
  }

  @Test
  void twoHopPathThroughIran() {
    Connection c = explorer.connect("Israel", "United States", 3);
    assertEquals(List.of(), c.events());
    assertEquals(1, c.paths().size());
    assertEquals(
        "Israel ←[adversaryOf]— Iran —[125 Reject proposal to meet, discuss, or negotiate (+1 more)]→ United States",
        ExploreText.path(c.paths().get(0)));
    assertTrue(ExploreText.connection(c).contains("Paths through other actors (shortest, up to 3 hops) (1)\n  Israel ←"));
    assertEquals(List.of(), explorer.connect("Israel", "United States", 1).paths());
    assertEquals(List.of(), explorer.connect("Kanaani", "Iran", 3).paths());
  }

  @Test
  void jsonReports() {
    JsonObject report = JSON.parse(ExploreJson.report(explorer.explore("IRN")).toString());
    assertEquals("Iran", report.getObj("actor").getString("label"));
    assertEquals(2, report.get("eventsAsSource").getAsArray().size());
    JsonObject conn = JSON.parse(ExploreJson.connection(explorer.connect("Israel", "USA", 3)).toString());
    assertEquals(2, conn.get("paths").getAsArray().get(0).getAsObject().get("hops").getAsNumber().value().intValue());
  }

  @Test
  void badRequests() {
    assertEquals(NewskgException.BAD_INPUT,
        assertThrows(NewskgException.class, () -> explorer.connect("Iran", "Tehran", 3)).exitCode());
    assertEquals(NewskgException.BAD_INPUT,
        assertThrows(NewskgException.class, () -> explorer.connect("Iran", "Israel", 0)).exitCode());
    assertEquals(NewskgException.BAD_INPUT,
        assertThrows(NewskgException.class, () -> explorer.explore("IRNGOV")).exitCode());
  }
}
