package org.newskg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.IngestResult;
import org.newskg.explore.ActorLookup;
import org.newskg.query.NamedQueries;
import org.newskg.query.QueryService;
import org.newskg.query.SelectResult;
import org.newskg.store.GraphStore;

/**
 * The bundled annotated articles, ingested with the real CoreNLP pipeline into a real TDB2 store:
 * every "must" item of their hand annotation is found through the named queries, and none of the
 * negative checks fails.
 */
class AnnotatedArticlesIT {
  private static final String SEED = "iran-rejects-direct-talks";
  private static final String RUSSIA = "150-russia-rejects-latest-us-proposal-on-missile-defense";
  private static final String ALIASES = """
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      SELECT ?actor (GROUP_CONCAT(?alt; separator="|") AS ?aliases)
      WHERE { ?actor skos:prefLabel ?l . OPTIONAL { ?actor skos:altLabel ?alt } } GROUP BY ?actor""";

  private static Path dir;
  private static GraphStore store;
  private static QueryService queries;
  private static final NamedQueries NAMED = NamedQueries.load();

  @BeforeAll
  static void ingest() throws IOException {
    dir = Files.createTempDirectory("newskg-it");
    store = GraphStore.openForWrite(dir.resolve("store"));
    List<IngestResult> results = SharedPipeline.get().ingest(
        List.of(SharedPipeline.article("iran-rejects-direct-talks.txt"),
            SharedPipeline.article("150_Russia_rejects_latest_US_proposal_on_missile_defense.txt")),
        store, false, r -> { });
    results.forEach(r -> assertEquals(IngestResult.Status.INGESTED, r.status(), r.toString()));
    queries = new QueryService(store, ActorLookup.resolver());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static List<Map<String, String>> rows(String queryOrName, Map<String, String> params) {
    SelectResult r = queries.select(NAMED.resolve(queryOrName), params);
    List<Map<String, String>> out = new ArrayList<>();
    for (var row : r.rows()) {
      Map<String, String> m = new HashMap<>();
      for (String c : r.columns()) {
        m.put(c, SelectResult.text(row, c));
      }
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, String>> inArticle(String query, String article) {
    return rows(query, Map.of()).stream().filter(r -> r.get("article").equals(article)).toList();
  }

  private static GoldChecker checker(String article) throws IOException {
    JsonObject gold = JSON.read("src/test/resources/expectations/" + article + ".json");
    Map<String, String> aliases = new HashMap<>();
    rows(ALIASES, Map.of()).forEach(r -> aliases.put(r.get("actor"), r.get("aliases")));
    List<Map<String, String>> actors = new ArrayList<>();
    for (Map<String, String> r : rows("actors", Map.of())) {
      Map<String, String> m = new HashMap<>(r);
      m.put("aliases", aliases.getOrDefault(r.get("actor"), ""));
      actors.add(m);
    }
    return new GoldChecker(gold, actors);
  }

  @ParameterizedTest
  @ValueSource(strings = {SEED, RUSSIA})
  void everyMustItemIsFound(String article) throws IOException {
    GoldChecker gold = checker(article);
    List<String> problems = new ArrayList<>();
    for (JsonValue a : gold.items("actors")) {
      if (GoldChecker.isMust(a)) {
        problems.addAll(gold.checkActor(a.getAsObject()));
      }
    }
    List<Map<String, String>> events = inArticle("events", article);
    for (JsonValue e : gold.items("events")) {
      if (GoldChecker.isMust(e) && gold.matchingEvents(e.getAsObject(), events).isEmpty()) {
        problems.add("event " + GoldChecker.str(e.getAsObject(), "key") + " not found");
      }
    }
    List<Map<String, String>> quotes = inArticle("quotes", article);
    for (JsonValue q : gold.items("quotes")) {
      if (GoldChecker.isMust(q) && !gold.quoteFound(q.getAsObject(), quotes)) {
        problems.add("quote of " + GoldChecker.str(q.getAsObject(), "speaker") + " not found");
      }
    }
    List<Map<String, String>> relations = inArticle("relations", article);
    for (JsonValue r : gold.items("relations")) {
      if (GoldChecker.isMust(r) && !gold.relationFound(r.getAsObject(), relations)) {
        JsonObject o = r.getAsObject();
        problems.add("relation " + GoldChecker.str(o, "subject") + " " + GoldChecker.str(o, "relation") + " "
            + GoldChecker.str(o, "object") + " not found");
      }
    }
    assertEquals(List.of(), problems);
  }

  @ParameterizedTest
  @ValueSource(strings = {SEED, RUSSIA})
  void noEventHasTheSameActorAsSourceAndTarget(String article) {
    List<Map<String, String>> events = inArticle("events", article);
    assertTrue(events.size() >= 3, "expected events, got " + events);
    for (Map<String, String> e : events) {
      assertTrue(e.get("source").isEmpty() || !e.get("source").equals(e.get("target")), e.toString());
    }
  }

  @Test
  void noActorFromHeadingsSourcesLineOrBoilerplate() throws IOException {
    JsonObject gold = JSON.read("src/test/resources/expectations/" + SEED + ".json");
    List<String> forbidden = new ArrayList<>();
    gold.get("not_actors").getAsArray().forEach(v -> forbidden.add(v.getAsString().value().toLowerCase()));
    gold.get("article").getAsObject().get("section_headings_not_sentences").getAsArray()
        .forEach(v -> forbidden.add(v.getAsString().value().toLowerCase()));
    for (Map<String, String> a : rows("actors", Map.of())) {
      assertTrue(!forbidden.contains(a.get("label").toLowerCase()), "actor from non-content: " + a);
      for (String publisher : Set.of("townhall", "politico", "euronews")) {
        assertTrue(!a.get("label").toLowerCase().contains(publisher), "actor from the SOURCES line: " + a);
      }
    }
  }

  @Test
  void capitalsResolveToTheirCountriesNotToCities() {
    for (Map<String, String> a : rows("actors", Map.of())) {
      assertTrue(!Set.of("washington", "tehran").contains(a.get("label").toLowerCase()), "city actor: " + a);
    }
    List<Map<String, String>> events = inArticle("events", SEED);
    assertTrue(events.stream().anyMatch(e -> e.get("target").equals("United States") && e.get("trigger").contains("rejected")),
        "Washington as a rejection target is the United States: " + events);
  }

  @Test
  void mostShouldItemsOfTheSeedAreFound() throws IOException {
    GoldChecker gold = checker(SEED);
    List<String> found = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (JsonValue a : gold.items("actors")) {
      if (!GoldChecker.isMust(a)) {
        (gold.checkActor(a.getAsObject()).isEmpty() ? found : missed).add("actor " + GoldChecker.str(a.getAsObject(), "key"));
      }
    }
    List<Map<String, String>> events = inArticle("events", SEED);
    for (JsonValue e : gold.items("events")) {
      if (!GoldChecker.isMust(e)) {
        (gold.matchingEvents(e.getAsObject(), events).isEmpty() ? missed : found)
            .add("event " + GoldChecker.str(e.getAsObject(), "key"));
      }
    }
    List<Map<String, String>> relations = inArticle("relations", SEED);
    for (JsonValue r : gold.items("relations")) {
      if (!GoldChecker.isMust(r)) {
        JsonObject o = r.getAsObject();
        (gold.relationFound(o, relations) ? found : missed).add("relation " + GoldChecker.str(o, "subject") + " "
            + GoldChecker.str(o, "relation") + " " + GoldChecker.str(o, "object"));
      }
    }
    System.out.println("seed should items found " + found.size() + "/" + (found.size() + missed.size()) + ": " + found
        + "; missed: " + missed);
    assertTrue(found.size() >= 0.8 * (found.size() + missed.size()), "found " + found + ", missed " + missed);
  }

  @Test
  void theRejectionRespondsToTheOverture() {
    Map<String, String> p = Map.of();
    List<Map<String, String>> rows = rows("""
        PREFIX nkg: <https://w3id.org/newskg/ontology#>
        SELECT ?r ?o WHERE { ?r nkg:inResponseTo ?o ; nkg:cameoCode ?c . ?o nkg:cameoCode ?oc .
          FILTER(STRSTARTS(?c, "12") && STRSTARTS(?oc, "03")) }""", p);
    assertTrue(!rows.isEmpty(), "no rejection linked to the initiative it answers");
  }

  @Test
  void aLongArticleIsAnalysedInChunksWithOffsetsIntoTheWholeText() {
    org.newskg.ingest.Article seed = SharedPipeline.article("iran-rejects-direct-talks.txt");
    int copies = 12;
    String text = (seed.text() + "\n").repeat(copies);
    org.newskg.ingest.Article longOne = new org.newskg.ingest.Article("long", seed.headline(), seed.date(), text,
        List.of(), List.of(), "test");
    var x = SharedPipeline.get().extract(longOne);
    int period = seed.text().length() + 1;
    // the same report repeated is one event with a mention in every copy
    List<Integer> rejections = x.events().stream()
        .flatMap(e -> e.mentions().stream())
        .filter(m -> m.text().equals("rejected direct negotiations")).map(m -> m.begin()).sorted().toList();
    assertEquals(copies, rejections.size(), "one rejection mention per copy: " + rejections);
    for (int i = 0; i < copies; i++) {
      assertEquals(rejections.get(0) + i * period, rejections.get(i));
      assertEquals("rejected", text.substring(rejections.get(i), rejections.get(i) + 8));
    }
  }
}
