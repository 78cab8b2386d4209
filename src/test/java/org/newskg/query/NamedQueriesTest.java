package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewskgException;

class NamedQueriesTest {
  private final NamedQueries registry = NamedQueries.load();

  @Test
  void findsEveryNamedQueryWithItsDescription() {
    List<String> names = registry.all().stream().map(NamedQuery::name).toList();
    assertTrue(
        names.containsAll(
            List.of("actors", "events", "relations", "quotes", "actor-events", "between", "timeline", "links")),
        names.toString());
    for (NamedQuery q : registry.all()) {
      assertTrue(q.text().startsWith("# "), q.name() + " must start with a # description line");
      assertFalse(q.description().isBlank(), q.name());
      SparqlParser.parse(q);
    }
  }

  @Test
  void readsDeclaredParameters() {
    assertEquals(
        List.of(new QueryParam("a", ParamKind.ACTOR, true), new QueryParam("b", ParamKind.ACTOR, true)),
        registry.get("between").params());
    assertEquals(List.of(new QueryParam("actor", ParamKind.ACTOR, false)), registry.get("timeline").params());
    assertEquals(List.of(new QueryParam("actor", ParamKind.ACTOR, true)), registry.get("actor-events").params());
    assertTrue(registry.get("events").params().isEmpty());
  }

  @Test
  void resolvesNamesFilesAndText(@TempDir Path tmp) throws Exception {
    assertEquals("events", registry.resolve("events").name());
    assertEquals("events", registry.resolve("events.rq").name());
    Path file = tmp.resolve("mine.rq");
    Files.writeString(file, "# Mine.\n# @param x literal\nSELECT ?x WHERE { ?x ?p ?o }\n");
    NamedQuery mine = registry.resolve(file.toString());
    assertEquals("Mine.", mine.description());
    assertEquals(List.of(new QueryParam("x", ParamKind.LITERAL, false)), mine.params());
    assertEquals("the query text", registry.resolve("SELECT * WHERE { ?s ?p ?o }").origin());
  }

  @Test
  void unknownNameSuggestsCloseOnes() {
    NewskgException e = assertThrows(NewskgException.class, () -> registry.resolve("actor"));
    assertEquals(NewskgException.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("did you mean actor-events, actors?"), e.getMessage());
    NewskgException file = assertThrows(NewskgException.class, () -> registry.resolve("missing.rq"));
    assertTrue(file.getMessage().contains("no query file"), file.getMessage());
  }

  @Test
  void readsADirectory(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("one.rq"), "# One.\nASK {}\n");
    Files.writeString(tmp.resolve("notes.txt"), "not a query");
    NamedQueries dir = NamedQueries.fromDirectory(tmp);
    assertEquals(List.of("one"), dir.all().stream().map(NamedQuery::name).toList());
  }
}
